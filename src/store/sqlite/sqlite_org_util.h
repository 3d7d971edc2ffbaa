// Shared by the SQLite store's organisation files (sqlite_org*.cpp): reading
// the organisation's rows into org/ values and writing the audit log.
// Internal to store/sqlite. Thread-safety: as the connection given.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "org/person.h"
#include "org/unit.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

// Columns read by ReadPerson, for "SELECT <kPersonColumns> FROM kPersonFrom".
inline constexpr std::string_view kPersonColumns =
    "p.id, p.name_hi, p.name_en, p.phone, p.epic, p.joined, p.came_from, p.status, "
    "u.code, p.synthetic";
inline constexpr std::string_view kPersonFrom =
    "org_people p JOIN org_units u ON u.id = p.unit_id";
// The person of the row, from column `first` on (kPersonColumns' order).
Result<org::Person> ReadPerson(const Statement& stmt, int first = 0);

// Columns read by ReadPost: "q.id, q.person_id, u.code, q.role, q.from_date,
// q.to_date, q.synthetic" of org_posts q JOIN org_units u.
inline constexpr std::string_view kPostColumns =
    "q.id, q.person_id, u.code, q.role, q.from_date, q.to_date, q.synthetic";
Result<org::Post> ReadPost(const Statement& stmt);

// Internal when the stored text is not a level, role or status.
Result<org::UnitLevel> ReadUnitLevel(const Statement& stmt, int column, int code_column);
Result<org::Role> ReadRole(const Statement& stmt, int column);

// The row id of the unit with this code; NotFound naming it otherwise.
Result<int64_t> UnitRowId(sqlite3* db, const std::string& code);

// Appends entries to org_audit inside the caller's transaction, with one
// prepared statement. Fills in the time when `entry.at` is empty.
class AuditWriter {
 public:
  static Result<AuditWriter> Prepare(sqlite3* db);
  Status Write(const org::AuditEntry& entry);

 private:
  Statement insert_;
};
// One entry (AuditWriter for many).
Status WriteAudit(sqlite3* db, const org::AuditEntry& entry);

// The distinct search keys of a person's names (org/name_key.h).
std::vector<std::string> PersonTokens(const org::Person& p);

}  // namespace janadhar::store::sqlite
