// People of the organisation in the SQLite store (org_people,
// org_name_tokens): one at a time, and their look-ups by id, phone and EPIC.
// The bulk batch is in sqlite_org_batch.cpp.
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"

namespace janadhar::store::sqlite {

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
                         "unit_id = ?, name_keys = ? WHERE id = ?"));
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
  const PersonKeys keys = KeysOf(person);
  const std::string joined = JoinKeys(keys);
  stmt.Bind(9, joined);
  stmt.Bind(10, person.id);
  if (Status s = stmt.Run(); !s.ok()) {
    if (s.code() != StatusCode::kDataError) return s;
    return writer.Duplicate(person, person.id);
  }
  if (sqlite3_changes(db_) == 0) {
    return Status::NotFound("no person " + std::to_string(person.id));
  }
  JANADHAR_RETURN_IF_ERROR(Exec(
      db_, "DELETE FROM org_name_tokens WHERE person_id = " + std::to_string(person.id),
      "updating a person's name keys"));
  JANADHAR_RETURN_IF_ERROR(writer.WriteTokens(person.id, DistinctKeys(keys)));
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
  // Probed in text order: neighbouring probes then share the index's pages
  // (a roster's phones would otherwise visit them at random).
  std::vector<uint32_t> order(values.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&values](uint32_t a, uint32_t b) { return values[a] < values[b]; });
  std::vector<int64_t> ids(values.size(), 0);
  for (const uint32_t i : order) {
    stmt.Bind(1, values[i]);
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    ids[i] = row ? stmt.Int(0) : 0;
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

}  // namespace janadhar::store::sqlite
