// People and the bulk batch of the organisation in the SQLite store
// (org_people, org_name_tokens), and the shared row readers of
// sqlite_org_util.h.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "org/name_key.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"

namespace janadhar::store::sqlite {

Result<org::Person> ReadPerson(const Statement& stmt, int first) {
  org::Person p;
  p.id = stmt.Int(first);
  p.name_hi = stmt.Text(first + 1);
  p.name_en = stmt.Text(first + 2);
  p.phone = stmt.Text(first + 3);
  p.epic = stmt.Text(first + 4);
  p.joined = stmt.Text(first + 5);
  p.came_from = stmt.Text(first + 6);
  auto status = org::ParsePersonStatus(stmt.Text(first + 7));
  if (!status.ok())
    return Status::Internal("person " + std::to_string(p.id) + ": " +
                            status.status().message());
  p.status = *status;
  p.unit = stmt.Text(first + 8);
  p.synthetic = stmt.Int(first + 9) != 0;
  return p;
}

Result<org::Post> ReadPost(const Statement& stmt) {
  org::Post q;
  q.id = stmt.Int(0);
  q.person = stmt.Int(1);
  q.unit = stmt.Text(2);
  JANADHAR_ASSIGN_OR_RETURN(q.role, ReadRole(stmt, 3));
  q.from = stmt.Text(4);
  q.to = stmt.Text(5);
  q.synthetic = stmt.Int(6) != 0;
  return q;
}

Result<org::UnitLevel> ReadUnitLevel(const Statement& stmt, int column, int code_column) {
  const std::string text = stmt.Text(column);
  if (text == "booth") return org::UnitLevel::kBooth;  // most units: no more work
  auto level = org::ParseUnitLevel(stmt.Text(column));
  if (!level.ok()) {
    return Status::Internal("org unit " + stmt.Text(code_column) + ": " +
                            level.status().message());
  }
  return *level;
}

Result<org::Role> ReadRole(const Statement& stmt, int column) {
  auto role = org::ParseRole(stmt.Text(column));
  if (!role.ok()) return Status::Internal("stored post: " + role.status().message());
  return *role;
}

Result<int64_t> UnitRowId(sqlite3* db, const std::string& code) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt, Statement::Prepare(db, "SELECT id FROM org_units WHERE code = ?"));
  stmt.Bind(1, code);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) {
    return Status::NotFound(
        "no unit '" + code +
        "'; `janadhar org bootstrap` or `org units import` makes units");
  }
  return stmt.Int(0);
}

Result<AuditWriter> AuditWriter::Prepare(sqlite3* db) {
  AuditWriter w;
  JANADHAR_ASSIGN_OR_RETURN(
      w.insert_,
      Statement::Prepare(db,
                         "INSERT INTO org_audit (at, actor, actor_unit, action, "
                         "subject, before, after, reason) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
  return w;
}

Status AuditWriter::Write(const org::AuditEntry& e) {
  const std::string at = e.at.empty() ? org::NowUtc() : e.at;
  insert_.Bind(1, at);
  insert_.Bind(2, e.actor);
  insert_.Bind(3, e.actor_unit);
  insert_.Bind(4, e.action);
  insert_.Bind(5, e.subject);
  insert_.Bind(6, e.before);
  insert_.Bind(7, e.after);
  insert_.Bind(8, e.reason);
  return insert_.Run();
}

Status WriteAudit(sqlite3* db, const org::AuditEntry& e) {
  JANADHAR_ASSIGN_OR_RETURN(AuditWriter w, AuditWriter::Prepare(db));
  return w.Write(e);
}

std::vector<std::string> PersonTokens(const org::Person& p) {
  std::vector<std::string> tokens = org::NameTokens(p.name_hi);
  for (std::string& t : org::NameTokens(p.name_en)) tokens.push_back(std::move(t));
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  return tokens;
}

namespace {

// Writes people with their tokens, resolving unit codes (cached).
class PeopleWriter {
 public:
  static Result<PeopleWriter> Prepare(sqlite3* db) {
    PeopleWriter w(db);
    JANADHAR_ASSIGN_OR_RETURN(
        w.insert_, Statement::Prepare(db,
                                      "INSERT INTO org_people (name_hi, name_en, "
                                      "phone, epic, joined, came_from, status, "
                                      "unit_id, synthetic) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    JANADHAR_ASSIGN_OR_RETURN(w.token_,
                              Statement::Prepare(db,
                                                 "INSERT OR IGNORE INTO org_name_tokens "
                                                 "(token, person_id) VALUES (?, ?)"));
    JANADHAR_ASSIGN_OR_RETURN(
        w.unit_, Statement::Prepare(db, "SELECT id FROM org_units WHERE code = ?"));
    return w;
  }

  Result<int64_t> Unit(const std::string& code) {
    const auto it = units_.find(code);
    if (it != units_.end()) return it->second;
    unit_.Bind(1, code);
    JANADHAR_ASSIGN_OR_RETURN(bool row, unit_.Step());
    const int64_t id = row ? unit_.Int(0) : 0;
    unit_.Reset();
    if (!row) return UnitRowId(db_, code);  // NotFound with its message
    units_.emplace(code, id);
    return id;
  }

  // Inserts `p` (its id ignored); AlreadyExists naming the holder of its
  // phone or EPIC.
  Result<int64_t> Write(const org::Person& p) {
    JANADHAR_ASSIGN_OR_RETURN(int64_t unit, Unit(p.unit));
    insert_.Bind(1, p.name_hi);
    insert_.Bind(2, p.name_en);
    insert_.Bind(3, p.phone);
    if (p.epic.empty()) {
      insert_.BindNull(4);
    } else {
      insert_.Bind(4, p.epic);
    }
    insert_.Bind(5, p.joined);
    insert_.Bind(6, p.came_from);
    insert_.Bind(7, org::PersonStatusName(p.status));
    insert_.Bind(8, unit);
    insert_.Bind(9, int64_t{p.synthetic ? 1 : 0});
    auto id = insert_.StepReturningId("writing a person");
    if (!id.ok()) {
      insert_.Reset();
      if (id.status().code() == StatusCode::kDataError) return Duplicate(p);
      return id.status();
    }
    JANADHAR_RETURN_IF_ERROR(WriteTokens(*id, p));
    return *id;
  }

  Status WriteTokens(int64_t id, const org::Person& p) {
    for (const std::string& t : PersonTokens(p)) {
      token_.Bind(1, t);
      token_.Bind(2, id);
      JANADHAR_RETURN_IF_ERROR(token_.Run());
    }
    return Status::Ok();
  }

  // The message for a phone or EPIC already held.
  Status Duplicate(const org::Person& p) {
    for (const bool epic : {false, true}) {
      const std::string& value = epic ? p.epic : p.phone;
      if (value.empty()) continue;
      auto stmt = Statement::Prepare(
          db_, std::string("SELECT id, CASE WHEN name_hi = '' THEN name_en ELSE name_hi "
                           "END FROM org_people WHERE ") +
                   (epic ? "epic" : "phone") + " = ?");
      if (!stmt.ok()) return stmt.status();
      stmt->Bind(1, value);
      auto row = stmt->Step();
      if (row.ok() && *row) {
        return Status::AlreadyExists(
            (epic ? "EPIC " : "phone ") + value + " is already held by person " +
            std::to_string(stmt->Int(0)) + " (" + stmt->Text(1) + ")");
      }
    }
    return Status::AlreadyExists("the person is already stored");
  }

 private:
  explicit PeopleWriter(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  Statement insert_;
  Statement token_;
  Statement unit_;
  std::unordered_map<std::string, int64_t> units_;
};

}  // namespace

Result<int64_t> SqliteStore::AddPerson(const org::Person& person,
                                       const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(PeopleWriter writer, PeopleWriter::Prepare(db_));
  JANADHAR_ASSIGN_OR_RETURN(int64_t id, writer.Write(person));
  org::AuditEntry entry = audit;
  if (entry.subject.empty()) entry.subject = "person " + std::to_string(id);
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, entry));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return id;
}

Status SqliteStore::UpdatePerson(const org::Person& person,
                                 const std::vector<org::AuditEntry>& audit,
                                 const std::string& end_posts_on) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(PeopleWriter writer, PeopleWriter::Prepare(db_));
  JANADHAR_ASSIGN_OR_RETURN(int64_t unit, writer.Unit(person.unit));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "UPDATE org_people SET name_hi = ?, name_en = ?, phone = ?, "
                         "epic = ?, joined = ?, came_from = ?, status = ?, "
                         "unit_id = ? WHERE id = ?"));
  stmt.Bind(1, person.name_hi);
  stmt.Bind(2, person.name_en);
  stmt.Bind(3, person.phone);
  if (person.epic.empty()) {
    stmt.BindNull(4);
  } else {
    stmt.Bind(4, person.epic);
  }
  stmt.Bind(5, person.joined);
  stmt.Bind(6, person.came_from);
  stmt.Bind(7, org::PersonStatusName(person.status));
  stmt.Bind(8, unit);
  stmt.Bind(9, person.id);
  if (Status s = stmt.Run(); !s.ok()) {
    if (s.code() != StatusCode::kDataError) return s;
    org::Person other = person;
    return writer.Duplicate(other);
  }
  if (sqlite3_changes(db_) == 0) {
    return Status::NotFound("no person " + std::to_string(person.id));
  }
  JANADHAR_RETURN_IF_ERROR(Exec(
      db_, "DELETE FROM org_name_tokens WHERE person_id = " + std::to_string(person.id),
      "updating a person's name keys"));
  JANADHAR_RETURN_IF_ERROR(writer.WriteTokens(person.id, person));
  if (!end_posts_on.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(Statement end,
                              Statement::Prepare(db_,
                                                 "UPDATE org_posts SET to_date = ? WHERE "
                                                 "person_id = ? AND to_date IS NULL"));
    end.Bind(1, end_posts_on);
    end.Bind(2, person.id);
    JANADHAR_RETURN_IF_ERROR(end.Run());
  }
  for (const org::AuditEntry& e : audit) JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, e));
  return txn.Commit();
}

Result<std::optional<org::Person>> SqliteStore::GetPerson(int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_, "SELECT " + std::string(kPersonColumns) + " FROM " +
                                  std::string(kPersonFrom) + " WHERE p.id = ?"));
  stmt.Bind(1, id);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<org::Person>();
  JANADHAR_ASSIGN_OR_RETURN(org::Person p, ReadPerson(stmt));
  return std::optional<org::Person>(std::move(p));
}

namespace {

Result<std::optional<org::Person>> FindBy(sqlite3* db, const char* column,
                                          const std::string& value) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt, Statement::Prepare(db, "SELECT " + std::string(kPersonColumns) +
                                                 " FROM " + std::string(kPersonFrom) +
                                                 " WHERE p." + column + " = ?"));
  stmt.Bind(1, value);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<org::Person>();
  JANADHAR_ASSIGN_OR_RETURN(org::Person p, ReadPerson(stmt));
  return std::optional<org::Person>(std::move(p));
}

Result<std::vector<int64_t>> Lookup(sqlite3* db, const char* column,
                                    const std::vector<std::string>& values) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(
          db, std::string("SELECT id FROM org_people WHERE ") + column + " = ?"));
  std::vector<int64_t> ids;
  ids.reserve(values.size());
  for (const std::string& v : values) {
    stmt.Bind(1, v);
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    ids.push_back(row ? stmt.Int(0) : 0);
    stmt.Reset();
  }
  return ids;
}

}  // namespace

Result<std::optional<org::Person>> SqliteStore::FindPersonByPhone(
    const std::string& phone) {
  return FindBy(db_, "phone", phone);
}
Result<std::optional<org::Person>> SqliteStore::FindPersonByEpic(
    const std::string& epic) {
  return FindBy(db_, "epic", epic);
}
Result<std::vector<int64_t>> SqliteStore::LookupPhones(
    const std::vector<std::string>& phones) {
  return Lookup(db_, "phone", phones);
}
Result<std::vector<int64_t>> SqliteStore::LookupEpics(
    const std::vector<std::string>& epics) {
  return Lookup(db_, "epic", epics);
}

Result<std::vector<int64_t>> SqliteStore::AddOrgBatch(const OrgBatch& batch) {
  // A large batch writes millions of index entries in random order (phones,
  // name keys): a page cache of up to 2 GiB keeps them off the disk until the
  // commit. The usual cache comes back afterwards.
  const bool large = batch.people.size() > 100000;
  if (large) JANADHAR_RETURN_IF_ERROR(Exec(db_, "PRAGMA cache_size = -2097152", "cache"));
  struct RestoreCache {
    sqlite3* db;
    bool on;
    ~RestoreCache() {
      if (on) sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    }
  } restore{db_, large};
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(PeopleWriter writer, PeopleWriter::Prepare(db_));
  std::vector<int64_t> ids;
  ids.reserve(batch.people.size());
  for (const org::Person& p : batch.people) {
    JANADHAR_ASSIGN_OR_RETURN(int64_t id, writer.Write(p));
    ids.push_back(id);
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement post,
      Statement::Prepare(db_,
                         "INSERT INTO org_posts (person_id, unit_id, role, from_date, "
                         "to_date, synthetic) VALUES (?, ?, ?, ?, ?, ?)"));
  for (const org::Post& q : batch.posts) {
    if (q.person < 0 || q.person >= static_cast<int64_t>(ids.size())) {
      return Status::Internal("a post of the batch refers to person index " +
                              std::to_string(q.person));
    }
    JANADHAR_ASSIGN_OR_RETURN(int64_t unit, writer.Unit(q.unit));
    post.Bind(1, ids[q.person]);
    post.Bind(2, unit);
    post.Bind(3, org::RoleName(q.role));
    post.Bind(4, q.from);
    if (q.to.empty()) {
      post.BindNull(5);
    } else {
      post.Bind(5, q.to);
    }
    post.Bind(6, int64_t{q.synthetic ? 1 : 0});
    if (Status s = post.Run(); !s.ok()) {
      if (s.code() != StatusCode::kDataError) return s;
      return Status::AlreadyExists("person " + std::to_string(ids[q.person]) +
                                   " would hold two posts in " + q.unit +
                                   " at once; one person holds one post per unit");
    }
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement session,
      Statement::Prepare(db_,
                         "INSERT INTO org_training_sessions (unit_id, date, topic, "
                         "trainer, induction, synthetic) VALUES (?, ?, ?, ?, ?, ?) "
                         "RETURNING id"));
  std::vector<int64_t> session_ids;
  for (const org::TrainingSession& s : batch.sessions) {
    JANADHAR_ASSIGN_OR_RETURN(int64_t unit, writer.Unit(s.unit));
    session.Bind(1, unit);
    session.Bind(2, s.date);
    session.Bind(3, s.topic);
    session.Bind(4, s.trainer);
    session.Bind(5, int64_t{s.induction ? 1 : 0});
    session.Bind(6, int64_t{s.synthetic ? 1 : 0});
    JANADHAR_ASSIGN_OR_RETURN(int64_t id, session.StepReturningId("writing a session"));
    session_ids.push_back(id);
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement attend,
      Statement::Prepare(db_,
                         "INSERT OR IGNORE INTO org_attendance (session_id, "
                         "person_id) VALUES (?, ?)"));
  for (const auto& [s, p] : batch.attendance) {
    if (s < 0 || s >= static_cast<int>(session_ids.size()) || p < 0 ||
        p >= static_cast<int>(ids.size())) {
      return Status::Internal("an attendance of the batch is out of range");
    }
    attend.Bind(1, session_ids[s]);
    attend.Bind(2, ids[p]);
    JANADHAR_RETURN_IF_ERROR(attend.Run());
  }
  if (!batch.person_audit.empty() && batch.person_audit.size() != ids.size()) {
    return Status::Internal("the batch has " + std::to_string(batch.person_audit.size()) +
                            " audit entries for " + std::to_string(ids.size()) +
                            " people");
  }
  JANADHAR_ASSIGN_OR_RETURN(AuditWriter audit, AuditWriter::Prepare(db_));
  for (size_t i = 0; i < batch.person_audit.size(); ++i) {
    org::AuditEntry e = batch.person_audit[i];
    e.subject = "person " + std::to_string(ids[i]);
    JANADHAR_RETURN_IF_ERROR(audit.Write(e));
  }
  for (const org::AuditEntry& e : batch.audit) JANADHAR_RETURN_IF_ERROR(audit.Write(e));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return ids;
}

}  // namespace janadhar::store::sqlite
