// Shared by the SQLite store's directive, report and proposal files
// (sqlite_comms*.cpp, sqlite_reports.cpp, sqlite_proposals*.cpp): finding
// units, the units a directive or a report template targets, reading
// directives' rows, and reading a proposal with its committee. Internal to
// store/sqlite.
// Thread-safety: as the connection given.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "org/directive.h"
#include "org/proposal.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

// A unit as a directive needs it: row id, state, pre-order range.
struct UnitRow {
  int64_t id = 0;
  std::string state;
  int64_t lft = 0, rgt = 0;
};
// NotFound naming the code when no unit has it.
Result<UnitRow> FindUnitRow(sqlite3* db, const std::string& code);

// Whom a directive or a report template goes to (org::TargetUnits).
struct TargetSpec {
  std::string from;  // the sender's code
  std::string to;    // the unit whose subtree is targeted (not "")
  std::optional<org::UnitLevel> level;
};
// The row ids of the units `spec` targets, sorted; `to` is its `to`'s row.
// The national unit's subtree is every state's tree.
Result<std::vector<int64_t>> TargetRows(sqlite3* db, const TargetSpec& spec,
                                        const UnitRow& to);
// Runs `insert` ("INSERT INTO t (owner_id, unit_id) VALUES ") for `owner`
// and each of `rows`, many rows per statement.
Status InsertTargets(sqlite3* db, std::string_view insert, int64_t owner,
                     const std::vector<int64_t>& rows);
// The units whose directives and reports concern a unit: the national unit,
// the unit itself and the units above and below it. Everywhere for "" or the
// national unit. NotFound for a code that is not stored.
struct ConcernScope {
  bool everywhere = true;
  UnitRow unit;
};
Result<ConcernScope> ConcernOf(sqlite3* db, const std::string& unit);
// " WHERE …" over the sending unit's row (aliased `f`) with parameters ?1 to
// ?3, or "" everywhere; BindConcern binds them.
std::string ConcernWhere(const ConcernScope& scope);
void BindConcern(Statement& stmt, const ConcernScope& scope);

// The audit entry's `after` (a JSON object) with "targets": count added, so
// that the log says how many units a directive or template reached; text
// that is not a JSON object is returned as it is.
std::string WithTargetCount(const std::string& after, int64_t targets);

// Columns read by ReadDirective, with the tables: "SELECT <kDirectiveColumns>
// WHERE …".
inline constexpr std::string_view kDirectiveColumns =
    "d.id, f.code, t.code, d.level, d.title, d.body, d.deadline, d.issued_on, "
    "d.issued_by, d.targets FROM comms_directives d "
    "JOIN org_units f ON f.id = d.from_unit_id JOIN org_units t ON t.id = d.to_unit_id";
// Internal when the stored level is not one.
Result<org::Directive> ReadDirective(const Statement& stmt);

// The text of a column, "" for NULL.
std::string TextOrEmpty(const Statement& stmt, int column);

Result<bool> DirectiveExists(sqlite3* db, int64_t id);
// NotFound for directive `id`, saying how to list them.
Status NoDirective(int64_t id);

// The proposal `id` with its committee (no views or history), or nullopt
// (sqlite_proposals_read.cpp). Internal when a stored decision is not one.
Result<std::optional<org::Proposal>> FindProposal(sqlite3* db, int64_t id);
// NotFound for proposal `id`, saying how to list them.
Status NoProposal(int64_t id);

}  // namespace janadhar::store::sqlite
