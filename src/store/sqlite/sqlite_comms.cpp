// The communication system's directives in the SQLite store
// (comms_directives, comms_directive_targets; store/comms_store.h): sending
// one and the target units' reports. Reads are in sqlite_comms_read.cpp.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "org/directive.h"
#include "store/sqlite/sqlite_comms_util.h"
#include "store/sqlite/sqlite_org_tree.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

// Target rows per INSERT: two parameters each.
constexpr int kTargetsPerInsert = 500;

}  // namespace

Result<std::vector<int64_t>> TargetRows(sqlite3* db, const TargetSpec& directive,
                                        const UnitRow& to) {
  const bool national_to = to.state == org::kNationalCode;
  std::vector<std::string> states;
  if (national_to) {
    JANADHAR_ASSIGN_OR_RETURN(
        states, ListTexts(db, "SELECT DISTINCT state FROM org_units WHERE state != '" +
                                  std::string(org::kNationalCode) + "' ORDER BY state"));
  } else {
    states.push_back(to.state);
  }
  std::vector<int64_t> rows;
  for (const std::string& state : states) {
    RowIds ids;
    JANADHAR_ASSIGN_OR_RETURN(org::UnitTree tree, ReadUnits(db, state, &ids));
    if (tree.empty()) continue;
    int root = 0;
    if (!national_to) {
      const auto found = tree.Find(directive.to);
      if (!found) return Status::Internal("unit " + directive.to + " is not in its tree");
      root = *found;
    }
    // The national unit is in no state's tree: a state's root is below it.
    const bool include_root = national_to || directive.to != directive.from;
    std::vector<int> ids_in_tree =
        org::TargetUnits(tree, root, directive.level, include_root);
    // Row ids by tree id: invert the map once.
    std::vector<int64_t> row_of(static_cast<size_t>(tree.size()), 0);
    for (size_t i = 0; i < ids.tree_id.size(); ++i) {
      if (ids.tree_id[i] >= 0)
        row_of[ids.tree_id[i]] = ids.first + static_cast<int64_t>(i);
    }
    for (const int id : ids_in_tree) rows.push_back(row_of[id]);
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

Status InsertTargets(sqlite3* db, std::string_view insert, int64_t directive,
                     const std::vector<int64_t>& rows) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement many,
      Statement::Prepare(db, std::string(insert) + ValuesRows(kTargetsPerInsert, 2)));
  JANADHAR_ASSIGN_OR_RETURN(Statement one,
                            Statement::Prepare(db, std::string(insert) + "(?, ?)"));
  size_t i = 0;
  for (; i + kTargetsPerInsert <= rows.size(); i += kTargetsPerInsert) {
    for (int r = 0; r < kTargetsPerInsert; ++r) {
      many.Bind(2 * r + 1, directive);
      many.Bind(2 * r + 2, rows[i + static_cast<size_t>(r)]);
    }
    JANADHAR_RETURN_IF_ERROR(many.Run());
  }
  for (; i < rows.size(); ++i) {
    one.Bind(1, directive);
    one.Bind(2, rows[i]);
    JANADHAR_RETURN_IF_ERROR(one.Run());
  }
  return Status::Ok();
}

Result<ConcernScope> ConcernOf(sqlite3* db, const std::string& unit) {
  ConcernScope scope;
  scope.everywhere = unit.empty() || unit == org::kNationalCode;
  if (!scope.everywhere) {
    JANADHAR_ASSIGN_OR_RETURN(scope.unit, FindUnitRow(db, unit));
  }
  return scope;
}

std::string ConcernWhere(const ConcernScope& scope) {
  if (scope.everywhere) return "";
  // From above the unit (the national unit is above all), from it, or from
  // below it.
  return " WHERE f.state = ?1 AND (f.lft BETWEEN ?2 AND ?3 OR ?2 BETWEEN f.lft AND "
         "f.rgt) OR f.state = '" +
         std::string(org::kNationalCode) + "'";
}

void BindConcern(Statement& stmt, const ConcernScope& scope) {
  if (scope.everywhere) return;
  stmt.Bind(1, scope.unit.state);
  stmt.Bind(2, scope.unit.lft);
  stmt.Bind(3, scope.unit.rgt);
}

std::string WithTargetCount(const std::string& after, int64_t targets) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(after, nullptr, false);
  if (!j.is_object()) return after;
  j["targets"] = targets;
  return j.dump();
}

Result<UnitRow> FindUnitRow(sqlite3* db, const std::string& code) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db, "SELECT id, state, lft, rgt FROM org_units WHERE code = ?"));
  stmt.Bind(1, code);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return UnitRowId(db, code).status();  // NotFound with its message
  return UnitRow{stmt.Int(0), stmt.Text(1), stmt.Int(2), stmt.Int(3)};
}

Result<org::Directive> ReadDirective(const Statement& stmt) {
  org::Directive d;
  d.id = stmt.Int(0);
  d.from = stmt.Text(1);
  d.to = stmt.Text(2);
  if (!stmt.IsNull(3)) {
    auto level = org::ParseUnitLevel(stmt.TextView(3));
    if (!level.ok()) {
      return Status::Internal("directive " + std::to_string(d.id) + " has the level '" +
                              stmt.Text(3) + "', which is not one");
    }
    d.level = *level;
  }
  d.title = stmt.Text(4);
  d.text = stmt.Text(5);
  d.deadline = stmt.Text(6);
  d.issued_on = stmt.Text(7);
  d.issued_by = stmt.Text(8);
  d.targets = stmt.Int(9);
  return d;
}

std::string TextOrEmpty(const Statement& stmt, int column) {
  return stmt.IsNull(column) ? std::string() : stmt.Text(column);
}

Result<bool> DirectiveExists(sqlite3* db, int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db, "SELECT 1 FROM comms_directives WHERE id = ?"));
  stmt.Bind(1, id);
  return stmt.Step();
}

Status NoDirective(int64_t id) {
  return Status::NotFound("no directive " + std::to_string(id) +
                          "; `janadhar comms directive list` shows them");
}

Result<org::Directive> SqliteStore::AddDirective(const org::Directive& directive,
                                                 const org::AuditEntry& audit) {
  org::Directive d = directive;
  if (d.to.empty()) d.to = d.from;
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(UnitRow from, FindUnitRow(db_, d.from));
  JANADHAR_ASSIGN_OR_RETURN(UnitRow to, FindUnitRow(db_, d.to));
  const bool below = from.state == org::kNationalCode ||
                     (to.state == from.state && to.lft >= from.lft && to.lft <= from.rgt);
  if (!below) {
    return Status::InvalidArgument("a directive of " + d.from +
                                   " goes to its own subtree; " + d.to + " is not in it");
  }
  JANADHAR_ASSIGN_OR_RETURN(std::vector<int64_t> rows,
                            TargetRows(db_, TargetSpec{d.from, d.to, d.level}, to));
  if (rows.empty()) {
    return Status::FailedPrecondition(
        "the directive would reach no unit: " + d.to + " has no " +
        (d.level ? std::string(org::UnitLevelName(*d.level)) + " unit" : "unit") +
        " below it" + (d.to == d.from ? "" : " or at it"));
  }
  d.targets = static_cast<int64_t>(rows.size());
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO comms_directives (from_unit_id, to_unit_id, level, "
                         "title, body, deadline, issued_on, issued_by, targets) VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
  insert.Bind(1, from.id);
  insert.Bind(2, to.id);
  if (d.level) {
    insert.Bind(3, org::UnitLevelName(*d.level));
  } else {
    insert.BindNull(3);
  }
  insert.Bind(4, d.title);
  insert.Bind(5, d.text);
  insert.Bind(6, d.deadline);
  insert.Bind(7, d.issued_on);
  insert.Bind(8, d.issued_by);
  insert.Bind(9, d.targets);
  JANADHAR_ASSIGN_OR_RETURN(d.id, insert.StepReturningId("writing a directive"));
  JANADHAR_RETURN_IF_ERROR(InsertTargets(
      db_, "INSERT INTO comms_directive_targets (directive_id, unit_id) VALUES ", d.id,
      rows));
  org::AuditEntry entry = audit;
  if (entry.subject.empty()) entry.subject = "directive " + std::to_string(d.id);
  entry.after = WithTargetCount(entry.after, d.targets);
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, entry));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return d;
}
Result<org::DirectiveTarget> SqliteStore::ReportOnDirective(
    const TargetReport& report, const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(int64_t unit, UnitRowId(db_, report.unit));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement read,
      Statement::Prepare(
          db_,
          "SELECT acked_on, acked_by, done_on, done_by, note FROM "
          "comms_directive_targets WHERE directive_id = ? AND unit_id = ?"));
  read.Bind(1, report.directive);
  read.Bind(2, unit);
  JANADHAR_ASSIGN_OR_RETURN(bool row, read.Step());
  if (!row) {
    JANADHAR_ASSIGN_OR_RETURN(bool exists, DirectiveExists(db_, report.directive));
    if (!exists) return NoDirective(report.directive);
    return Status::NotFound("unit " + report.unit + " is not a target of directive " +
                            std::to_string(report.directive));
  }
  org::DirectiveTarget t{report.unit,          TextOrEmpty(read, 0),
                         TextOrEmpty(read, 1), TextOrEmpty(read, 2),
                         TextOrEmpty(read, 3), TextOrEmpty(read, 4)};
  const std::string what = "directive " + std::to_string(report.directive) + " ";
  if (!t.done_on.empty()) {
    return Status::FailedPrecondition(report.unit + " completed " + what + "on " +
                                      t.done_on + " (reported by " + t.done_by + ")");
  }
  if (!report.done && !t.acked_on.empty()) {
    return Status::FailedPrecondition(report.unit + " acknowledged " + what + "on " +
                                      t.acked_on + " (by " + t.acked_by +
                                      "); report its completion with `done`");
  }
  if (t.acked_on.empty()) {
    t.acked_on = report.on;
    t.acked_by = report.by;
  }
  if (report.done) {
    t.done_on = report.on;
    t.done_by = report.by;
  }
  if (!report.note.empty()) t.note = report.note;
  JANADHAR_ASSIGN_OR_RETURN(
      Statement update,
      Statement::Prepare(db_,
                         "UPDATE comms_directive_targets SET acked_on = ?, acked_by = ?, "
                         "done_on = ?, done_by = ?, note = ? WHERE directive_id = ? AND "
                         "unit_id = ?"));
  update.Bind(1, t.acked_on);
  update.Bind(2, t.acked_by);
  if (t.done_on.empty()) {
    update.BindNull(3);
    update.BindNull(4);
  } else {
    update.Bind(3, t.done_on);
    update.Bind(4, t.done_by);
  }
  update.Bind(5, t.note);
  update.Bind(6, report.directive);
  update.Bind(7, unit);
  JANADHAR_RETURN_IF_ERROR(update.Run());
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, audit));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return t;
}
}  // namespace janadhar::store::sqlite
