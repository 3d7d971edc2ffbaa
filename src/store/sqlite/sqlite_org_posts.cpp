// Posts, training sessions and attendance of the organisation in the SQLite
// store (org_posts, org_training_sessions, org_attendance).
#include <string>
#include <utility>
#include <vector>

#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"

namespace janadhar::store::sqlite {

namespace {

std::string PostQuery(std::string_view where) {
  return "SELECT " + std::string(kPostColumns) +
         " FROM org_posts q JOIN org_units u ON u.id = q.unit_id WHERE " +
         std::string(where) + " ORDER BY q.from_date, q.id";
}

Result<std::vector<org::Post>> ReadPosts(Statement& stmt) {
  std::vector<org::Post> posts;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    JANADHAR_ASSIGN_OR_RETURN(org::Post q, ReadPost(stmt));
    posts.push_back(std::move(q));
  }
  return posts;
}

Result<org::TrainingSession> ReadSession(const Statement& stmt) {
  org::TrainingSession s;
  s.id = stmt.Int(0);
  s.unit = stmt.Text(1);
  s.date = stmt.Text(2);
  s.topic = stmt.Text(3);
  s.trainer = stmt.Text(4);
  s.induction = stmt.Int(5) != 0;
  s.synthetic = stmt.Int(6) != 0;
  return s;
}

constexpr std::string_view kSessionColumns =
    "s.id, u.code, s.date, s.topic, s.trainer, s.induction, s.synthetic "
    "FROM org_training_sessions s JOIN org_units u ON u.id = s.unit_id";

}  // namespace

Result<int64_t> SqliteStore::AddPost(const org::Post& post,
                                     const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(int64_t unit, UnitRowId(db_, post.unit));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "INSERT INTO org_posts (person_id, unit_id, role, from_date, "
                         "to_date, synthetic) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
  stmt.Bind(1, post.person);
  stmt.Bind(2, unit);
  stmt.Bind(3, org::RoleName(post.role));
  stmt.Bind(4, post.from);
  if (post.to.empty()) {
    stmt.BindNull(5);
  } else {
    stmt.Bind(5, post.to);
  }
  stmt.Bind(6, int64_t{post.synthetic ? 1 : 0});
  auto id = stmt.StepReturningId("writing a post");
  if (!id.ok()) {
    if (id.status().code() != StatusCode::kDataError) return id.status();
    stmt.Reset();
    JANADHAR_ASSIGN_OR_RETURN(
        Statement held,
        Statement::Prepare(db_,
                           "SELECT id, role FROM org_posts WHERE person_id = ? AND "
                           "unit_id = ? AND to_date IS NULL"));
    held.Bind(1, post.person);
    held.Bind(2, unit);
    JANADHAR_ASSIGN_OR_RETURN(bool row, held.Step());
    if (!row) return Status::NotFound("no person " + std::to_string(post.person));
    return Status::AlreadyExists("person " + std::to_string(post.person) +
                                 " already holds post " + std::to_string(held.Int(0)) +
                                 " (" + held.Text(1) + ") in " + post.unit +
                                 "; one person holds one post per unit: end it first");
  }
  org::AuditEntry entry = audit;
  if (entry.subject.empty()) entry.subject = "post " + std::to_string(*id);
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, entry));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return *id;
}

Status SqliteStore::EndPost(int64_t post, const std::string& to,
                            const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement check,
      Statement::Prepare(db_, "SELECT to_date FROM org_posts WHERE id = ?"));
  check.Bind(1, post);
  JANADHAR_ASSIGN_OR_RETURN(bool row, check.Step());
  if (!row) return Status::NotFound("no post " + std::to_string(post));
  if (!check.IsNull(0)) {
    return Status::FailedPrecondition("post " + std::to_string(post) + " ended on " +
                                      check.Text(0));
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_, "UPDATE org_posts SET to_date = ? WHERE id = ?"));
  stmt.Bind(1, to);
  stmt.Bind(2, post);
  JANADHAR_RETURN_IF_ERROR(stmt.Run());
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, audit));
  return txn.Commit();
}

Result<std::optional<org::Post>> SqliteStore::GetPost(int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt,
                            Statement::Prepare(db_, PostQuery("q.id = ?")));
  stmt.Bind(1, id);
  JANADHAR_ASSIGN_OR_RETURN(std::vector<org::Post> posts, ReadPosts(stmt));
  if (posts.empty()) return std::optional<org::Post>();
  return std::optional<org::Post>(std::move(posts.front()));
}

Result<std::vector<org::Post>> SqliteStore::LoadPersonPosts(int64_t person,
                                                            bool current_only) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         PostQuery(current_only ? "q.person_id = ? AND q.to_date IS NULL"
                                                : "q.person_id = ?")));
  stmt.Bind(1, person);
  return ReadPosts(stmt);
}

Result<std::vector<org::Post>> SqliteStore::LoadUnitPosts(const std::string& unit,
                                                          bool current_only) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_, PostQuery(current_only ? "u.code = ? AND q.to_date IS NULL"
                                                     : "u.code = ?")));
  stmt.Bind(1, unit);
  return ReadPosts(stmt);
}

Result<int64_t> SqliteStore::AddTrainingSession(const org::TrainingSession& session,
                                                const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(int64_t unit, UnitRowId(db_, session.unit));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "INSERT INTO org_training_sessions (unit_id, date, topic, "
                         "trainer, induction, synthetic) VALUES (?, ?, ?, ?, ?, ?) "
                         "RETURNING id"));
  stmt.Bind(1, unit);
  stmt.Bind(2, session.date);
  stmt.Bind(3, session.topic);
  stmt.Bind(4, session.trainer);
  stmt.Bind(5, int64_t{session.induction ? 1 : 0});
  stmt.Bind(6, int64_t{session.synthetic ? 1 : 0});
  JANADHAR_ASSIGN_OR_RETURN(int64_t id, stmt.StepReturningId("writing a session"));
  org::AuditEntry entry = audit;
  if (entry.subject.empty()) entry.subject = "session " + std::to_string(id);
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, entry));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return id;
}

Result<std::optional<org::TrainingSession>> SqliteStore::GetTrainingSession(int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt, Statement::Prepare(db_, "SELECT " + std::string(kSessionColumns) +
                                                  " WHERE s.id = ?"));
  stmt.Bind(1, id);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<org::TrainingSession>();
  JANADHAR_ASSIGN_OR_RETURN(org::TrainingSession s, ReadSession(stmt));
  return std::optional<org::TrainingSession>(std::move(s));
}

Result<int> SqliteStore::AddAttendance(int64_t session,
                                       const std::vector<int64_t>& people,
                                       const std::vector<org::AuditEntry>& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement check,
      Statement::Prepare(db_, "SELECT 1 FROM org_training_sessions WHERE id = ?"));
  check.Bind(1, session);
  JANADHAR_ASSIGN_OR_RETURN(bool found, check.Step());
  if (!found) return Status::NotFound("no training session " + std::to_string(session));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement person, Statement::Prepare(db_, "SELECT 1 FROM org_people WHERE id = ?"));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "INSERT OR IGNORE INTO org_attendance (session_id, "
                         "person_id) VALUES (?, ?)"));
  int added = 0;
  for (const int64_t p : people) {
    person.Bind(1, p);
    JANADHAR_ASSIGN_OR_RETURN(bool exists, person.Step());
    person.Reset();
    if (!exists) return Status::NotFound("no person " + std::to_string(p));
    stmt.Bind(1, session);
    stmt.Bind(2, p);
    JANADHAR_RETURN_IF_ERROR(stmt.Run());
    added += sqlite3_changes(db_);
  }
  for (const org::AuditEntry& e : audit) JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, e));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return added;
}

Result<std::vector<org::TrainingSession>> SqliteStore::LoadAttended(int64_t person) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_, "SELECT " + std::string(kSessionColumns) +
                                  " JOIN org_attendance a ON a.session_id = s.id "
                                  "WHERE a.person_id = ? ORDER BY s.date, s.id"));
  stmt.Bind(1, person);
  std::vector<org::TrainingSession> sessions;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    JANADHAR_ASSIGN_OR_RETURN(org::TrainingSession s, ReadSession(stmt));
    sessions.push_back(std::move(s));
  }
  return sessions;
}

Result<std::vector<Store::PendingTraining>> SqliteStore::LoadPendingTraining(
    const std::string& unit, int limit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement scope,
      Statement::Prepare(db_,
                         "SELECT state, lft, rgt, level = 'national' FROM org_units "
                         "WHERE code = ?"));
  scope.Bind(1, unit);
  JANADHAR_ASSIGN_OR_RETURN(bool found, scope.Step());
  if (!found) return Status::NotFound("no unit '" + unit + "'");
  // The national unit's scope is every state's people (?1 to ?3 unused).
  const std::string in_scope =
      scope.Int(3) != 0 ? "1" : "u.state = ?1 AND u.lft BETWEEN ?2 AND ?3";
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_, R"sql(
WITH scoped AS (
  SELECT p.id, u.state, u.lft,
    (SELECT count(*) FROM org_posts q WHERE q.person_id = p.id AND q.to_date IS NULL)
      AS posts,
    EXISTS (SELECT 1 FROM org_attendance a JOIN org_training_sessions s
              ON s.id = a.session_id WHERE a.person_id = p.id AND s.induction = 1)
      AS inducted,
    EXISTS (SELECT 1 FROM org_attendance a WHERE a.person_id = p.id) AS trained,
    p.came_from <> '' AS newcomer
  FROM org_people p JOIN org_units u ON u.id = p.unit_id
  WHERE )sql" + in_scope + R"sql( AND p.status = 'active'
)
SELECT )sql" + std::string(kPersonColumns) +
                                  R"sql(, s.newcomer AND NOT s.inducted, s.posts
FROM scoped s JOIN org_people p ON p.id = s.id JOIN org_units u ON u.id = p.unit_id
WHERE (s.newcomer AND NOT s.inducted) OR (s.posts > 0 AND NOT s.trained)
ORDER BY s.state, s.lft, p.name_hi, p.name_en, p.id
LIMIT ?4
)sql"));
  const std::string state = scope.Text(0);  // binds do not copy
  stmt.Bind(1, state);
  stmt.Bind(2, scope.Int(1));
  stmt.Bind(3, scope.Int(2));
  stmt.Bind(4, int64_t{limit > 0 ? limit : -1});
  std::vector<PendingTraining> pending;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    PendingTraining p;
    JANADHAR_ASSIGN_OR_RETURN(p.person, ReadPerson(stmt));
    p.needs_induction = stmt.Int(10) != 0;
    p.posts = static_cast<int>(stmt.Int(11));
    pending.push_back(std::move(p));
  }
  return pending;
}

}  // namespace janadhar::store::sqlite
