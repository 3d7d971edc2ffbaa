// The system's users in the SQLite store (auth_users, auth_grants;
// store/auth_store.h): accounts, password hashes and roles held at units,
// each change with its audit entry in one transaction.
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "store/sqlite/sqlite_auth_util.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

constexpr std::string_view kUserColumns =
    "SELECT id, name, display_name, created_on, disabled FROM auth_users";

namespace {

auth::User ReadUserRow(const Statement& stmt) {
  auth::User u;
  u.id = stmt.Int(0);
  u.name = stmt.Text(1);
  u.display_name = stmt.Text(2);
  u.created_on = stmt.Text(3);
  u.disabled = stmt.Int(4) != 0;
  return u;
}

}  // namespace

Status ReadGrants(sqlite3* db, auth::User& user) {
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(db, R"sql(
SELECT g.role, u.code, g.granted_on, g.granted_by FROM auth_grants g
JOIN org_units u ON u.id = g.unit_id WHERE g.user_id = ? ORDER BY u.code, g.role)sql"));
  stmt.Bind(1, user.id);
  user.grants.clear();
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    auto role = auth::ParseRole(stmt.TextView(0));
    if (!role.ok()) {
      return Status::Internal("user " + user.name + " holds the role '" + stmt.Text(0) +
                              "', which is not one");
    }
    user.grants.push_back({{*role, stmt.Text(1)}, stmt.Text(2), stmt.Text(3)});
  }
  return Status::Ok();
}

// The user of this name (ignoring case) without grants, or nullopt.
Result<std::optional<auth::User>> FindUser(sqlite3* db, const std::string& name) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db, std::string(kUserColumns) + " WHERE name = ?"));
  stmt.Bind(1, name);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<auth::User>();
  return std::optional<auth::User>(ReadUserRow(stmt));
}

namespace {

// NotFound for user `name`, with the closest stored names.
Status NoUser(sqlite3* db, const std::string& name) {
  auto names = ListTexts(db, "SELECT name FROM auth_users");
  const std::string hint = names.ok() ? DidYouMean(name, *names) : "";
  return Status::NotFound("no user '" + name + "'" +
                          (hint.empty() ? "" : " (" + hint + ")") +
                          "; `janadhar users list` shows them");
}

// The user, or NotFound.
Result<auth::User> NeedUser(sqlite3* db, const std::string& name) {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user, FindUser(db, name));
  if (!user) return NoUser(db, name);
  return std::move(*user);
}

std::string GrantJson(const auth::Grant& g) {
  nlohmann::ordered_json j;
  j["role"] = auth::RoleName(g.role);
  j["unit"] = g.unit;
  return j.dump();
}

// `audit` with what the store writes itself: never a hash.
org::AuditEntry Entry(const org::AuditEntry& audit, std::string_view action,
                      const std::string& user, std::string before, std::string after) {
  org::AuditEntry e = audit;
  e.action = action;
  e.subject = "user " + user;
  e.before = std::move(before);
  e.after = std::move(after);
  return e;
}

std::string HeldList(const auth::User& user) {
  if (user.grants.empty()) return "they hold no role";
  std::string list;
  for (const auth::UserGrant& g : user.grants) {
    list += (list.empty() ? "" : ", ") + std::string(auth::RoleName(g.grant.role)) +
            " at " + g.grant.unit;
  }
  return "they hold " + list;
}

}  // namespace

Result<auth::User> SqliteStore::AddUser(const NewUser& user,
                                        const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> taken, FindUser(db_, user.name));
  if (taken) {
    return Status::AlreadyExists("the user name '" + user.name + "' is taken (by '" +
                                 taken->name + "')");
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO auth_users (name, display_name, password_hash, "
                         "created_on) VALUES (?, ?, ?, ?) RETURNING id"));
  insert.Bind(1, user.name);
  insert.Bind(2, user.display_name);
  insert.Bind(3, user.password_hash);
  insert.Bind(4, user.created_on);
  JANADHAR_ASSIGN_OR_RETURN(int64_t id, insert.StepReturningId("adding a user"));
  nlohmann::ordered_json after;
  after["name"] = user.name;
  after["display_name"] = user.display_name;
  after["created_on"] = user.created_on;
  JANADHAR_RETURN_IF_ERROR(
      WriteAudit(db_, Entry(audit, "user.add", user.name, "", after.dump())));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  auth::User stored;
  stored.id = id;
  stored.name = user.name;
  stored.display_name = user.display_name;
  stored.created_on = user.created_on;
  return stored;
}

Result<std::optional<auth::User>> SqliteStore::GetUser(const std::string& name) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user, FindUser(db_, name));
  if (user) JANADHAR_RETURN_IF_ERROR(ReadGrants(db_, *user));
  return user;
}

Result<std::optional<std::string>> SqliteStore::GetPasswordHash(const std::string& name) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_, "SELECT password_hash FROM auth_users WHERE name = ?"));
  stmt.Bind(1, name);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<std::string>();
  return std::optional<std::string>(stmt.Text(0));
}

Result<std::vector<auth::User>> SqliteStore::ListUsers() {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt,
                            Statement::Prepare(db_, std::string(kUserColumns) +
                                                        " ORDER BY name COLLATE NOCASE"));
  std::vector<auth::User> users;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    users.push_back(ReadUserRow(stmt));
  }
  for (auth::User& u : users) JANADHAR_RETURN_IF_ERROR(ReadGrants(db_, u));
  return users;
}

Status SqliteStore::SetPasswordHash(const std::string& name, const std::string& hash,
                                    const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(auth::User user, NeedUser(db_, name));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement update,
      Statement::Prepare(db_, "UPDATE auth_users SET password_hash = ? WHERE id = ?"));
  update.Bind(1, hash);
  update.Bind(2, user.id);
  JANADHAR_RETURN_IF_ERROR(update.Run());
  JANADHAR_RETURN_IF_ERROR(EndUserSessions(db_, user.id));
  JANADHAR_RETURN_IF_ERROR(WriteAudit(
      db_, Entry(audit, "user.password", user.name, "", R"({"password":"changed"})")));
  return txn.Commit();
}

Status SqliteStore::SetDisabled(const std::string& name, bool disabled,
                                const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(auth::User user, NeedUser(db_, name));
  if (user.disabled == disabled) {
    return Status::FailedPrecondition("user " + user.name + " is already " +
                                      (disabled ? "disabled" : "enabled"));
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement update,
      Statement::Prepare(db_, "UPDATE auth_users SET disabled = ? WHERE id = ?"));
  update.Bind(1, int64_t{disabled ? 1 : 0});
  update.Bind(2, user.id);
  JANADHAR_RETURN_IF_ERROR(update.Run());
  if (disabled) JANADHAR_RETURN_IF_ERROR(EndUserSessions(db_, user.id));
  const std::string before = disabled ? R"({"disabled":false})" : R"({"disabled":true})";
  const std::string after = disabled ? R"({"disabled":true})" : R"({"disabled":false})";
  JANADHAR_RETURN_IF_ERROR(WriteAudit(
      db_,
      Entry(audit, disabled ? "user.disable" : "user.enable", user.name, before, after)));
  return txn.Commit();
}

Status SqliteStore::AddGrant(const std::string& name, const auth::UserGrant& grant,
                             const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(auth::User user, NeedUser(db_, name));
  JANADHAR_ASSIGN_OR_RETURN(int64_t unit_id, UnitRowId(db_, grant.grant.unit));
  const std::string role(auth::RoleName(grant.grant.role));
  JANADHAR_ASSIGN_OR_RETURN(Statement held, Statement::Prepare(db_, R"sql(
SELECT 1 FROM auth_grants WHERE user_id = ? AND role = ? AND unit_id = ?)sql"));
  held.Bind(1, user.id);
  held.Bind(2, role);
  held.Bind(3, unit_id);
  JANADHAR_ASSIGN_OR_RETURN(bool already, held.Step());
  if (already) {
    return Status::AlreadyExists("user " + user.name + " already holds " + role + " at " +
                                 grant.grant.unit);
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO auth_grants (user_id, role, unit_id, granted_on, "
                         "granted_by) VALUES (?, ?, ?, ?, ?)"));
  insert.Bind(1, user.id);
  insert.Bind(2, role);
  insert.Bind(3, unit_id);
  insert.Bind(4, grant.granted_on);
  insert.Bind(5, grant.granted_by);
  JANADHAR_RETURN_IF_ERROR(insert.Run());
  JANADHAR_RETURN_IF_ERROR(
      WriteAudit(db_, Entry(audit, "user.grant", user.name, "", GrantJson(grant.grant))));
  return txn.Commit();
}

Status SqliteStore::RevokeGrant(const std::string& name, const auth::Grant& grant,
                                const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(auth::User user, NeedUser(db_, name));
  const std::string role(auth::RoleName(grant.role));
  JANADHAR_ASSIGN_OR_RETURN(Statement remove, Statement::Prepare(db_, R"sql(
DELETE FROM auth_grants WHERE user_id = ? AND role = ?
  AND unit_id = (SELECT id FROM org_units WHERE code = ?))sql"));
  remove.Bind(1, user.id);
  remove.Bind(2, role);
  remove.Bind(3, grant.unit);
  JANADHAR_RETURN_IF_ERROR(remove.Run());
  if (sqlite3_changes(db_) == 0) {
    JANADHAR_RETURN_IF_ERROR(ReadGrants(db_, user));
    return Status::NotFound("user " + user.name + " does not hold " + role + " at " +
                            grant.unit + "; " + HeldList(user));
  }
  JANADHAR_RETURN_IF_ERROR(
      WriteAudit(db_, Entry(audit, "user.revoke", user.name, GrantJson(grant), "")));
  return txn.Commit();
}

}  // namespace janadhar::store::sqlite
