// Sessions, bearer tokens and unit paths in the SQLite store
// (store/access_store.h; tables auth_sessions and auth_tokens).
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "store/sqlite/sqlite_auth_util.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

// The enabled user `name` with grants, or NotFound.
Result<auth::User> NeedEnabledUser(sqlite3* db, const std::string& name) {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user, FindUser(db, name));
  if (!user) return Status::NotFound("no user '" + name + "'");
  if (user->disabled) {
    return Status::FailedPrecondition("user " + user->name + " is disabled");
  }
  return std::move(*user);
}

// The enabled user with id `id` and their grants, or nullopt.
Result<std::optional<auth::User>> EnabledUserById(sqlite3* db, int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db,
                         "SELECT name FROM auth_users WHERE id = ? AND disabled = 0"));
  stmt.Bind(1, id);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<auth::User>();
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user, FindUser(db, stmt.Text(0)));
  if (user) JANADHAR_RETURN_IF_ERROR(ReadGrants(db, *user));
  return user;
}

}  // namespace

Status EndUserSessions(sqlite3* db, int64_t user_id) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement del,
      Statement::Prepare(db, "DELETE FROM auth_sessions WHERE user_id = ?"));
  del.Bind(1, user_id);
  return del.Run();
}

Status SqliteStore::AddSession(const NewSession& session, const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(auth::User user, NeedEnabledUser(db_, session.user));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO auth_sessions (token_hash, user_id, csrf, "
                         "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"));
  insert.Bind(1, session.token_hash);
  insert.Bind(2, user.id);
  insert.Bind(3, session.csrf);
  insert.Bind(4, session.created_at);
  insert.Bind(5, session.expires_at);
  JANADHAR_RETURN_IF_ERROR(insert.Run());
  org::AuditEntry e = audit;
  e.action = "session.login";
  e.subject = "user " + user.name;
  e.after = nlohmann::json{{"expires_at", session.expires_at}}.dump();
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, e));
  return txn.Commit();
}

Result<std::optional<AccessStore::Session>> SqliteStore::FindSession(
    const std::string& token_hash, int64_t now) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "SELECT user_id, csrf, expires_at FROM auth_sessions "
                         "WHERE token_hash = ? AND expires_at > ?"));
  stmt.Bind(1, token_hash);
  stmt.Bind(2, now);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<Session>();
  Session s;
  s.csrf = stmt.Text(1);
  s.expires_at = stmt.Int(2);
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user,
                            EnabledUserById(db_, stmt.Int(0)));
  if (!user) return std::optional<Session>();
  s.user = std::move(*user);
  return std::optional<Session>(std::move(s));
}

Status SqliteStore::EndSession(const std::string& token_hash, int64_t now) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement del,
      Statement::Prepare(
          db_, "DELETE FROM auth_sessions WHERE token_hash = ? OR expires_at <= ?"));
  del.Bind(1, token_hash);
  del.Bind(2, now);
  JANADHAR_RETURN_IF_ERROR(del.Run());
  return txn.Commit();
}

Result<int64_t> SqliteStore::AddToken(const std::string& user_name,
                                      const std::string& label,
                                      const std::string& token_hash,
                                      const std::string& created_on,
                                      const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(auth::User user, NeedEnabledUser(db_, user_name));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(
          db_,
          "INSERT INTO auth_tokens (user_id, label, token_hash, created_on) "
          "VALUES (?, ?, ?, ?) RETURNING id"));
  insert.Bind(1, user.id);
  insert.Bind(2, label);
  insert.Bind(3, token_hash);
  insert.Bind(4, created_on);
  JANADHAR_ASSIGN_OR_RETURN(int64_t id, insert.StepReturningId("adding a token"));
  org::AuditEntry e = audit;
  e.action = "token.add";
  e.subject = "user " + user.name;
  e.after = nlohmann::json{{"token", id}, {"label", label}}.dump();
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, e));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return id;
}

Result<std::optional<auth::User>> SqliteStore::FindTokenUser(
    const std::string& token_hash) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "SELECT user_id FROM auth_tokens WHERE token_hash = ? AND "
                         "revoked_on IS NULL"));
  stmt.Bind(1, token_hash);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<auth::User>();
  return EnabledUserById(db_, stmt.Int(0));
}

Result<std::vector<AccessStore::Token>> SqliteStore::ListTokens(const std::string& name) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user, FindUser(db_, name));
  if (!user) return Status::NotFound("no user '" + name + "'");
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "SELECT id, label, created_on, coalesce(revoked_on, '') FROM "
                         "auth_tokens WHERE user_id = ? ORDER BY id"));
  stmt.Bind(1, user->id);
  std::vector<Token> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    out.push_back({stmt.Int(0), user->name, stmt.Text(1), stmt.Text(2), stmt.Text(3)});
  }
  return out;
}

Status SqliteStore::RevokeToken(const std::string& name, int64_t id,
                                const std::string& day, const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user, FindUser(db_, name));
  if (!user) return Status::NotFound("no user '" + name + "'");
  JANADHAR_ASSIGN_OR_RETURN(
      Statement find,
      Statement::Prepare(db_,
                         "SELECT label, revoked_on FROM auth_tokens WHERE id = ? AND "
                         "user_id = ?"));
  find.Bind(1, id);
  find.Bind(2, user->id);
  JANADHAR_ASSIGN_OR_RETURN(bool row, find.Step());
  if (!row) {
    return Status::NotFound("user " + user->name + " has no token " + std::to_string(id) +
                            "; `janadhar users token list " + user->name +
                            "` shows theirs");
  }
  if (!find.IsNull(1)) {
    return Status::FailedPrecondition("token " + std::to_string(id) +
                                      " was already revoked on " + find.Text(1));
  }
  const std::string label = find.Text(0);
  JANADHAR_ASSIGN_OR_RETURN(
      Statement update,
      Statement::Prepare(db_, "UPDATE auth_tokens SET revoked_on = ? WHERE id = ?"));
  update.Bind(1, day);
  update.Bind(2, id);
  JANADHAR_RETURN_IF_ERROR(update.Run());
  org::AuditEntry e = audit;
  e.action = "token.revoke";
  e.subject = "user " + user->name;
  e.before = nlohmann::json{{"token", id}, {"label", label}}.dump();
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, e));
  return txn.Commit();
}

Result<std::vector<std::string>> SqliteStore::UnitPath(const std::string& code) {
  // Up the parent links: a few look-ups by row id, whatever the tree's size.
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(db_, R"sql(
WITH RECURSIVE up(id, parent_id, code, depth) AS (
  SELECT id, parent_id, code, 0 FROM org_units WHERE code = ?
  UNION ALL
  SELECT u.id, u.parent_id, u.code, up.depth + 1 FROM org_units u JOIN up ON u.id = up.parent_id
)
SELECT code FROM up ORDER BY depth DESC)sql"));
  stmt.Bind(1, code);
  std::vector<std::string> path;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    path.push_back(stmt.Text(0));
  }
  if (path.empty()) return Status::NotFound("no unit '" + code + "'");
  return path;
}

}  // namespace janadhar::store::sqlite
