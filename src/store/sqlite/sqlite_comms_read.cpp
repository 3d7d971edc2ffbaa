// Reading the communication system's directives from the SQLite store
// (store/comms_store.h): a directive, the list of those concerning a unit, a
// target's record, and a directive's targets in a state's tree.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "org/directive.h"
#include "store/sqlite/sqlite_comms_util.h"
#include "store/sqlite/sqlite_org_tree.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

Result<std::optional<org::Directive>> SqliteStore::GetDirective(int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt, Statement::Prepare(db_, "SELECT " + std::string(kDirectiveColumns) +
                                                  " WHERE d.id = ?"));
  stmt.Bind(1, id);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<org::Directive>();
  JANADHAR_ASSIGN_OR_RETURN(org::Directive d, ReadDirective(stmt));
  return std::optional<org::Directive>(std::move(d));
}

Result<std::vector<CommsStore::DirectiveSummary>> SqliteStore::ListDirectives(
    const std::string& unit, int limit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(const ConcernScope scope, ConcernOf(db_, unit));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_, "SELECT " + std::string(kDirectiveColumns) +
                                  ConcernWhere(scope) + " ORDER BY d.id DESC" +
                                  (limit > 0 ? " LIMIT " + std::to_string(limit) : "")));
  BindConcern(stmt, scope);
  JANADHAR_ASSIGN_OR_RETURN(
      Statement counts,
      Statement::Prepare(db_,
                         "SELECT count(acked_on), count(done_on) FROM "
                         "comms_directive_targets WHERE directive_id = ?"));
  std::vector<DirectiveSummary> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    DirectiveSummary s;
    JANADHAR_ASSIGN_OR_RETURN(s.directive, ReadDirective(stmt));
    counts.Bind(1, s.directive.id);
    JANADHAR_ASSIGN_OR_RETURN(bool counted, counts.Step());
    if (counted) {
      s.acknowledged = counts.Int(0);
      s.done = counts.Int(1);
    }
    counts.Reset();
    out.push_back(std::move(s));
  }
  return out;
}
Result<std::optional<org::DirectiveTarget>> SqliteStore::GetDirectiveTarget(
    int64_t directive, const std::string& unit) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "SELECT t.acked_on, t.acked_by, t.done_on, t.done_by, t.note "
                         "FROM comms_directive_targets t JOIN org_units u ON u.id = "
                         "t.unit_id WHERE t.directive_id = ? AND u.code = ?"));
  stmt.Bind(1, directive);
  stmt.Bind(2, unit);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<org::DirectiveTarget>();
  return std::optional<org::DirectiveTarget>(org::DirectiveTarget{
      unit, TextOrEmpty(stmt, 0), TextOrEmpty(stmt, 1), TextOrEmpty(stmt, 2),
      TextOrEmpty(stmt, 3), TextOrEmpty(stmt, 4)});
}

Result<CommsStore::DirectiveUnits> SqliteStore::LoadDirectiveTargets(
    int64_t directive, const std::string& state) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(bool exists, DirectiveExists(db_, directive));
  if (!exists) return NoDirective(directive);
  DirectiveUnits out;
  JANADHAR_ASSIGN_OR_RETURN(int64_t expected, CountUnits(db_, state));
  if (expected == 0) return out;
  // The tree decodes on a second thread while this one reads the targets.
  TreeDecoder decoder;
  JANADHAR_RETURN_IF_ERROR(decoder.Start(db_, state));
  struct Row {
    int64_t unit;
    int32_t acked_on, done_on;  // org::DateNumber
  };
  std::vector<Row> rows;
  Status read = [&]() -> Status {
    JANADHAR_ASSIGN_OR_RETURN(
        Statement stmt,
        Statement::Prepare(db_,
                           "SELECT unit_id, acked_on, done_on FROM "
                           "comms_directive_targets WHERE directive_id = ?"));
    stmt.Bind(1, directive);
    while (true) {
      JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) return Status::Ok();
      const Row r{stmt.Int(0), stmt.IsNull(1) ? 0 : org::DateNumber(stmt.TextView(1)),
                  stmt.IsNull(2) ? 0 : org::DateNumber(stmt.TextView(2))};
      if (r.acked_on < 0 || r.done_on < 0) {
        return Status::Internal("directive " + std::to_string(directive) +
                                " has a target with a date that is not YYYY-MM-DD");
      }
      rows.push_back(r);
    }
  }();
  RowIds ids;
  Result<org::UnitTree> tree = decoder.Finish(db_, expected, &ids);
  JANADHAR_RETURN_IF_ERROR(read);
  JANADHAR_RETURN_IF_ERROR(tree.status());
  out.tree = std::move(*tree);
  out.targets.reserve(rows.size());
  for (const Row& r : rows) {
    const int id = ids.Find(r.unit);
    if (id < 0) continue;  // another state's unit
    out.targets.push_back({id, r.acked_on, r.done_on});
  }
  return out;
}

}  // namespace janadhar::store::sqlite
