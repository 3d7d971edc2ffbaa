// The communication system's reports in the SQLite store
// (comms_report_templates, comms_report_fields, comms_report_targets,
// comms_report_submissions; store/comms_store.h): defining a template,
// submitting (or correcting) a unit's values for a period, and reading them
// back by tree id for the roll-up.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "org/report.h"
#include "store/sqlite/sqlite_comms_util.h"
#include "store/sqlite/sqlite_org_tree.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

Status NoReport(int64_t id) {
  return Status::NotFound("no report " + std::to_string(id) +
                          "; `janadhar comms report define` makes one");
}

Result<std::optional<org::ReportTemplate>> ReadTemplate(sqlite3* db, int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(
          db,
          "SELECT r.id, f.code, t.code, r.level, r.title, r.defined_on, "
          "r.defined_by, r.targets FROM comms_report_templates r JOIN "
          "org_units f ON f.id = r.from_unit_id JOIN org_units t ON t.id = "
          "r.to_unit_id WHERE r.id = ?"));
  stmt.Bind(1, id);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<org::ReportTemplate>();
  org::ReportTemplate r;
  r.id = stmt.Int(0);
  r.from = stmt.Text(1);
  r.to = stmt.Text(2);
  if (!stmt.IsNull(3)) {
    auto level = org::ParseUnitLevel(stmt.TextView(3));
    if (!level.ok()) {
      return Status::Internal("report " + std::to_string(id) + " has the level '" +
                              stmt.Text(3) + "', which is not one");
    }
    r.level = *level;
  }
  r.title = stmt.Text(4);
  r.defined_on = stmt.Text(5);
  r.defined_by = stmt.Text(6);
  r.targets = stmt.Int(7);
  JANADHAR_ASSIGN_OR_RETURN(
      Statement fields,
      Statement::Prepare(
          db,
          "SELECT name, label FROM comms_report_fields WHERE template_id = "
          "? ORDER BY position"));
  fields.Bind(1, id);
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool more, fields.Step());
    if (!more) break;
    r.fields.push_back({fields.Text(0), fields.Text(1)});
  }
  return std::optional<org::ReportTemplate>(std::move(r));
}

Result<std::vector<int64_t>> StoredValues(const Statement& stmt, int column,
                                          int64_t report) {
  auto values = org::SplitReportValues(stmt.TextView(column));
  if (!values) {
    return Status::Internal("report " + std::to_string(report) +
                            " has a submission whose values are not whole numbers");
  }
  return std::move(*values);
}

}  // namespace

Result<org::ReportTemplate> SqliteStore::AddReportTemplate(
    const org::ReportTemplate& report, const org::AuditEntry& audit) {
  org::ReportTemplate r = report;
  if (r.to.empty()) r.to = r.from;
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(UnitRow from, FindUnitRow(db_, r.from));
  JANADHAR_ASSIGN_OR_RETURN(UnitRow to, FindUnitRow(db_, r.to));
  const bool below = from.state == org::kNationalCode ||
                     (to.state == from.state && to.lft >= from.lft && to.lft <= from.rgt);
  if (!below) {
    return Status::InvalidArgument("a report of " + r.from +
                                   " goes to its own subtree; " + r.to + " is not in it");
  }
  JANADHAR_ASSIGN_OR_RETURN(std::vector<int64_t> rows,
                            TargetRows(db_, TargetSpec{r.from, r.to, r.level}, to));
  if (rows.empty()) {
    return Status::FailedPrecondition(
        "the report would reach no unit: " + r.to + " has no " +
        (r.level ? std::string(org::UnitLevelName(*r.level)) + " unit" : "unit") +
        " below it" + (r.to == r.from ? "" : " or at it"));
  }
  r.targets = static_cast<int64_t>(rows.size());
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(
          db_,
          "INSERT INTO comms_report_templates (from_unit_id, to_unit_id, "
          "level, title, defined_on, defined_by, targets) VALUES (?, ?, ?, "
          "?, ?, ?, ?) RETURNING id"));
  insert.Bind(1, from.id);
  insert.Bind(2, to.id);
  if (r.level) {
    insert.Bind(3, org::UnitLevelName(*r.level));
  } else {
    insert.BindNull(3);
  }
  insert.Bind(4, r.title);
  insert.Bind(5, r.defined_on);
  insert.Bind(6, r.defined_by);
  insert.Bind(7, r.targets);
  JANADHAR_ASSIGN_OR_RETURN(r.id, insert.StepReturningId("writing a report template"));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement field,
      Statement::Prepare(db_,
                         "INSERT INTO comms_report_fields (template_id, position, name, "
                         "label) VALUES (?, ?, ?, ?)"));
  for (size_t i = 0; i < r.fields.size(); ++i) {
    field.Bind(1, r.id);
    field.Bind(2, static_cast<int64_t>(i));
    field.Bind(3, r.fields[i].name);
    field.Bind(4, r.fields[i].label);
    JANADHAR_RETURN_IF_ERROR(field.Run());
  }
  JANADHAR_RETURN_IF_ERROR(InsertTargets(
      db_, "INSERT INTO comms_report_targets (template_id, unit_id) VALUES ", r.id,
      rows));
  org::AuditEntry entry = audit;
  if (entry.subject.empty()) entry.subject = "report " + std::to_string(r.id);
  entry.after = WithTargetCount(entry.after, r.targets);
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, entry));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return r;
}

Result<std::optional<org::ReportTemplate>> SqliteStore::GetReportTemplate(int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  return ReadTemplate(db_, id);
}

Result<std::vector<CommsStore::ReportSummary>> SqliteStore::ListReportTemplates(
    const std::string& unit, int limit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(const ConcernScope scope, ConcernOf(db_, unit));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement ids,
      Statement::Prepare(db_,
                         "SELECT r.id FROM comms_report_templates r JOIN org_units "
                         "f ON f.id = r.from_unit_id" +
                             ConcernWhere(scope) + " ORDER BY r.id DESC" +
                             (limit > 0 ? " LIMIT " + std::to_string(limit) : "")));
  BindConcern(ids, scope);
  JANADHAR_ASSIGN_OR_RETURN(
      Statement counts,
      Statement::Prepare(db_,
                         "SELECT count(*), count(DISTINCT period), (SELECT period FROM "
                         "comms_report_submissions WHERE template_id = ?1 ORDER BY "
                         "submitted_on DESC, period DESC LIMIT 1) FROM "
                         "comms_report_submissions WHERE template_id = ?1"));
  std::vector<ReportSummary> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, ids.Step());
    if (!row) break;
    const int64_t id = ids.Int(0);
    JANADHAR_ASSIGN_OR_RETURN(auto report, ReadTemplate(db_, id));
    if (!report) return NoReport(id);
    ReportSummary s;
    s.report = std::move(*report);
    counts.Bind(1, id);
    JANADHAR_ASSIGN_OR_RETURN(bool counted, counts.Step());
    if (counted) {
      s.submissions = counts.Int(0);
      s.periods = counts.Int(1);
      s.last_period = TextOrEmpty(counts, 2);
    }
    counts.Reset();
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::optional<org::ReportSubmission>> SqliteStore::SubmitReport(
    const org::ReportSubmission& submission, const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(auto report, ReadTemplate(db_, submission.report));
  if (!report) return NoReport(submission.report);
  if (submission.values.size() != report->fields.size()) {
    return Status::InvalidArgument("report " + std::to_string(report->id) + " has " +
                                   std::to_string(report->fields.size()) +
                                   " fields, not " +
                                   std::to_string(submission.values.size()));
  }
  JANADHAR_ASSIGN_OR_RETURN(int64_t unit, UnitRowId(db_, submission.unit));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement target,
      Statement::Prepare(db_,
                         "SELECT 1 FROM comms_report_targets WHERE template_id = ? AND "
                         "unit_id = ?"));
  target.Bind(1, submission.report);
  target.Bind(2, unit);
  JANADHAR_ASSIGN_OR_RETURN(bool is_target, target.Step());
  if (!is_target) {
    return Status::NotFound(
        "unit " + submission.unit + " is not one of the " +
        std::to_string(report->targets) + " units report " + std::to_string(report->id) +
        " asks (those of " + report->to + "'s subtree" +
        (report->level ? ", level " + std::string(org::UnitLevelName(*report->level))
                       : std::string()) +
        ")");
  }
  JANADHAR_ASSIGN_OR_RETURN(
      auto before,
      GetReportSubmission(submission.report, submission.unit, submission.period));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement write,
      Statement::Prepare(db_,
                         "INSERT OR REPLACE INTO comms_report_submissions (template_id, "
                         "unit_id, period, field_values, submitted_on, submitted_by) "
                         "VALUES (?, ?, ?, ?, ?, ?)"));
  write.Bind(1, submission.report);
  write.Bind(2, unit);
  write.Bind(3, submission.period);
  const std::string values = org::JoinReportValues(submission.values);
  write.Bind(4, values);
  write.Bind(5, submission.submitted_on);
  write.Bind(6, submission.submitted_by);
  JANADHAR_RETURN_IF_ERROR(write.Run());
  org::AuditEntry entry = audit;
  if (entry.subject.empty()) entry.subject = "report " + std::to_string(report->id);
  if (before) {
    nlohmann::ordered_json old = {{"unit", before->unit}, {"period", before->period}};
    for (size_t i = 0; i < report->fields.size() && i < before->values.size(); ++i) {
      old[report->fields[i].name] = before->values[i];
    }
    old["submitted_on"] = before->submitted_on;
    old["submitted_by"] = before->submitted_by;
    entry.before = old.dump();
    const std::string submit = ".submit";
    if (entry.action.size() > submit.size() &&
        entry.action.compare(entry.action.size() - submit.size(), submit.size(),
                             submit) == 0) {
      entry.action.replace(entry.action.size() - submit.size(), submit.size(),
                           ".correct");
    }
  }
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, entry));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return before;
}

Result<std::optional<org::ReportSubmission>> SqliteStore::GetReportSubmission(
    int64_t report, const std::string& unit, const std::string& period) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(
          db_,
          "SELECT s.field_values, s.submitted_on, s.submitted_by FROM "
          "comms_report_submissions s JOIN org_units u ON u.id = s.unit_id "
          "WHERE s.template_id = ? AND s.period = ? AND u.code = ?"));
  stmt.Bind(1, report);
  stmt.Bind(2, period);
  stmt.Bind(3, unit);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<org::ReportSubmission>();
  org::ReportSubmission s;
  s.report = report;
  s.unit = unit;
  s.period = period;
  JANADHAR_ASSIGN_OR_RETURN(s.values, StoredValues(stmt, 0, report));
  s.submitted_on = stmt.Text(1);
  s.submitted_by = stmt.Text(2);
  return std::optional<org::ReportSubmission>(std::move(s));
}

Result<CommsStore::ReportUnits> SqliteStore::LoadReportSubmissions(
    int64_t report, const std::string& state, const std::string& period) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(auto found, ReadTemplate(db_, report));
  if (!found) return NoReport(report);
  const size_t fields = found->fields.size();
  ReportUnits out;
  JANADHAR_ASSIGN_OR_RETURN(int64_t expected, CountUnits(db_, state));
  if (expected == 0) return out;
  // The tree decodes on a second thread while this one reads the rows.
  TreeDecoder decoder;
  JANADHAR_RETURN_IF_ERROR(decoder.Start(db_, state));
  std::vector<int64_t> target_rows;
  std::vector<std::pair<int64_t, std::vector<int64_t>>> submitted;
  Status read = [&]() -> Status {
    JANADHAR_ASSIGN_OR_RETURN(
        Statement targets,
        Statement::Prepare(
            db_, "SELECT unit_id FROM comms_report_targets WHERE template_id = ?"));
    targets.Bind(1, report);
    while (true) {
      JANADHAR_ASSIGN_OR_RETURN(bool row, targets.Step());
      if (!row) break;
      target_rows.push_back(targets.Int(0));
    }
    JANADHAR_ASSIGN_OR_RETURN(
        Statement subs,
        Statement::Prepare(db_,
                           "SELECT unit_id, field_values FROM comms_report_submissions "
                           "WHERE template_id = ? AND period = ?"));
    subs.Bind(1, report);
    subs.Bind(2, period);
    while (true) {
      JANADHAR_ASSIGN_OR_RETURN(bool row, subs.Step());
      if (!row) return Status::Ok();
      JANADHAR_ASSIGN_OR_RETURN(std::vector<int64_t> values,
                                StoredValues(subs, 1, report));
      if (values.size() != fields) {
        return Status::Internal("report " + std::to_string(report) +
                                " has a submission with " +
                                std::to_string(values.size()) + " values for " +
                                std::to_string(fields) + " fields");
      }
      submitted.emplace_back(subs.Int(0), std::move(values));
    }
  }();
  RowIds ids;
  Result<org::UnitTree> tree = decoder.Finish(db_, expected, &ids);
  JANADHAR_RETURN_IF_ERROR(read);
  JANADHAR_RETURN_IF_ERROR(tree.status());
  out.tree = std::move(*tree);
  out.targets.reserve(target_rows.size());
  for (const int64_t row : target_rows) {
    const int id = ids.Find(row);
    if (id >= 0) out.targets.push_back(id);  // else another state's unit
  }
  for (auto& [row, values] : submitted) {
    const int id = ids.Find(row);
    if (id >= 0) out.submissions.push_back({id, std::move(values)});
  }
  return out;
}

}  // namespace janadhar::store::sqlite
