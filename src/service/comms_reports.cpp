#include "service/comms_reports.h"

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "org/person.h"
#include "org/unit.h"
#include "service/text_checks.h"

namespace janadhar::service {

namespace {

std::string Subject(int64_t id) {
  return "report " + std::to_string(id);
}

std::string TemplateJson(const org::ReportTemplate& r) {
  nlohmann::ordered_json fields = nlohmann::ordered_json::array();
  for (const org::ReportField& f : r.fields) fields.push_back({f.name, f.label});
  nlohmann::ordered_json j = {
      {"from", r.from},
      {"to", r.to},
      {"level", r.level ? nlohmann::ordered_json(org::UnitLevelName(*r.level))
                        : nlohmann::ordered_json()},
      {"title", r.title},
      {"fields", fields},
      {"defined_on", r.defined_on}};
  return j.dump();
}

// Every stored state's tree with the template's targets and the period's
// submissions, joined under the national unit (ids as
// org::JoinUnderNational gives them).
Result<store::CommsStore::ReportUnits> NationalSubmissions(store::Store& store,
                                                           int64_t report,
                                                           const std::string& period) {
  JANADHAR_ASSIGN_OR_RETURN(org::Unit national,
                            StoredUnit(store, std::string(org::kNationalCode)));
  JANADHAR_ASSIGN_OR_RETURN(std::vector<std::string> states, store.LoadOrgStates());
  std::vector<store::CommsStore::ReportUnits> parts;
  parts.reserve(states.size());
  std::vector<const org::UnitTree*> trees;
  for (const std::string& state : states) {
    JANADHAR_ASSIGN_OR_RETURN(parts.emplace_back(),
                              store.Comms().LoadReportSubmissions(report, state, period));
    trees.push_back(&parts.back().tree);
  }
  store::CommsStore::ReportUnits out;
  JANADHAR_ASSIGN_OR_RETURN(out.tree, org::JoinUnderNational(national, trees));
  int offset = 1;  // ids as JoinUnderNational gives them
  for (store::CommsStore::ReportUnits& part : parts) {
    for (int t : part.targets) out.targets.push_back(t + offset);
    for (org::SubmittedValues& v : part.submissions) {
      v.unit += offset;
      out.submissions.push_back(std::move(v));
    }
    offset += part.tree.size();
  }
  return out;
}

}  // namespace

Result<org::ReportTemplate> DefineReport(store::Store& store,
                                         const ReportDefineRequest& request) {
  org::ReportTemplate r;
  r.from = CollapseSpaces(request.from);
  r.to = CollapseSpaces(request.to);
  if (r.to.empty()) r.to = r.from;
  JANADHAR_RETURN_IF_ERROR(StoredUnit(store, r.from).status());
  JANADHAR_RETURN_IF_ERROR(StoredUnit(store, r.to).status());
  if (!CollapseSpaces(request.level).empty()) {
    JANADHAR_ASSIGN_OR_RETURN(r.level,
                              org::ParseUnitLevel(CollapseSpaces(request.level)));
  }
  r.title = CollapseSpaces(request.title);
  if (r.title.empty()) return Status::InvalidArgument("a report needs a title");
  if (FindInvalidUtf8(r.title)) {
    return Status::InvalidArgument("the title is not UTF-8 text");
  }
  for (const std::string& spec : request.fields) {
    JANADHAR_ASSIGN_OR_RETURN(org::ReportField f, org::ParseReportField(spec));
    r.fields.push_back(std::move(f));
  }
  JANADHAR_RETURN_IF_ERROR(org::CheckReportFields(r.fields));
  JANADHAR_ASSIGN_OR_RETURN(r.defined_on, DayOrToday("on", request.on));
  r.defined_by = request.actor.user.empty() ? "unknown" : request.actor.user;
  return store.Comms().AddReportTemplate(
      r, AuditEntryBy(request.actor, "report.define", "", "", TemplateJson(r)));
}

Result<org::ReportTemplate> GetReport(store::Store& store, int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(auto r, store.Comms().GetReportTemplate(id));
  if (!r) {
    return Status::NotFound("no report " + std::to_string(id) +
                            "; `janadhar comms report define` makes one");
  }
  return std::move(*r);
}

Result<std::pair<std::string, std::string>> ParseReportValue(const std::string& text) {
  const size_t eq = text.find('=');
  if (eq == std::string::npos) {
    return Status::InvalidArgument("the value '" + text +
                                   "' is not field=number (e.g. households_visited=12)");
  }
  return std::make_pair(CollapseSpaces(text.substr(0, eq)),
                        CollapseSpaces(text.substr(eq + 1)));
}

Result<SubmitResult> SubmitReport(store::Store& store,
                                  const ReportSubmitRequest& request) {
  SubmitResult out;
  JANADHAR_ASSIGN_OR_RETURN(out.report, GetReport(store, request.report));
  org::ReportSubmission& s = out.submission;
  s.report = request.report;
  s.unit = CollapseSpaces(request.unit);
  JANADHAR_RETURN_IF_ERROR(StoredUnit(store, s.unit).status());
  JANADHAR_ASSIGN_OR_RETURN(s.period, org::CheckReportPeriod(request.period));
  JANADHAR_ASSIGN_OR_RETURN(s.values,
                            org::CheckReportValues(out.report.fields, request.values));
  JANADHAR_ASSIGN_OR_RETURN(s.submitted_on, DayOrToday("on", request.on));
  if (s.submitted_on < out.report.defined_on) {
    return Status::InvalidArgument("report " + std::to_string(out.report.id) +
                                   " was defined on " + out.report.defined_on +
                                   ", after " + s.submitted_on);
  }
  s.submitted_by = request.actor.user.empty() ? "unknown" : request.actor.user;
  nlohmann::ordered_json after = {{"unit", s.unit}, {"period", s.period}};
  for (size_t i = 0; i < s.values.size(); ++i) {
    after[out.report.fields[i].name] = s.values[i];
  }
  after["submitted_on"] = s.submitted_on;
  after["submitted_by"] = s.submitted_by;
  JANADHAR_ASSIGN_OR_RETURN(
      out.replaced,
      store.Comms().SubmitReport(s, AuditEntryBy(request.actor, "report.submit",
                                                 Subject(s.report), "", after.dump())));
  return out;
}

Result<std::vector<store::CommsStore::ReportSummary>> ListReports(store::Store& store,
                                                                  const std::string& unit,
                                                                  int limit) {
  const std::string code = CollapseSpaces(unit);
  if (!code.empty()) JANADHAR_RETURN_IF_ERROR(StoredUnit(store, code).status());
  if (limit < 0) return Status::InvalidArgument("--limit takes a count from 0 (0 = all)");
  return store.Comms().ListReportTemplates(code, limit);
}

Result<RollUpResult> RollUpReport(store::Store& store, const RollUpRequest& request) {
  RollUpResult out;
  JANADHAR_ASSIGN_OR_RETURN(out.report, GetReport(store, request.report));
  JANADHAR_ASSIGN_OR_RETURN(out.period, org::CheckReportPeriod(request.period));
  const std::string code =
      CollapseSpaces(request.unit).empty() ? out.report.to : CollapseSpaces(request.unit);
  JANADHAR_ASSIGN_OR_RETURN(org::Unit unit, StoredUnit(store, code));
  store::CommsStore::ReportUnits units;
  if (unit.state == org::kNationalCode) {
    JANADHAR_ASSIGN_OR_RETURN(units,
                              NationalSubmissions(store, request.report, out.period));
  } else {
    JANADHAR_ASSIGN_OR_RETURN(units, store.Comms().LoadReportSubmissions(
                                         request.report, unit.state, out.period));
  }
  const auto start = units.tree.Find(code);
  if (!start) return NoSuchUnit(code, &units.tree);
  org::ReportRollUpOptions options;
  options.start = *start;
  options.depth = request.depth;
  JANADHAR_ASSIGN_OR_RETURN(
      out.rollup, org::RollUpReport(units.tree, units.targets, units.submissions,
                                    out.report.fields.size(), options));
  out.tree = std::move(units.tree);
  return out;
}

}  // namespace janadhar::service
