#include "cli/comms_report_output.h"

#include <string>
#include <utility>
#include <vector>

#include "base/text.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

std::string LevelText(const org::ReportTemplate& r) {
  return r.level ? std::string(org::UnitLevelName(*r.level)) : "all";
}

std::string Title(const org::ReportTemplate& r) {
  return "Report " + std::to_string(r.id) + " \"" + r.title + "\"";
}

}  // namespace

Output DefinedOutput(const org::ReportTemplate& r) {
  Output out;
  std::vector<std::string> names;
  for (const org::ReportField& f : r.fields) names.push_back(f.name);
  std::string fields;
  for (size_t i = 0; i < names.size(); ++i) fields += (i ? ", " : "") + names[i];
  out.lines.push_back(
      Title(r) + " from " + r.from + ": " + report::GroupDigits(r.targets) + " " +
      (r.level ? LevelText(r) + " " : "") + (r.targets == 1 ? "unit" : "units") + " of " +
      r.to + "'s subtree to report " + fields + ".");
  out.json = api::ReportDefinedJson(r);
  return out;
}

Output ReportListOutput(const std::vector<store::CommsStore::ReportSummary>& list,
                        const std::string& unit) {
  Output out;
  out.lines.push_back(CountOf(static_cast<int64_t>(list.size()), "report", "reports") +
                      (unit.empty() ? "" : " concerning " + unit) + ", newest first.");
  report::Sheet sheet("Reports", {{"#", Kind::kId},
                                  {"Defined on"},
                                  {"From"},
                                  {"To"},
                                  {"Level"},
                                  {"Title"},
                                  {"Fields", Kind::kInteger},
                                  {"Targets", Kind::kInteger},
                                  {"Submissions", Kind::kInteger},
                                  {"Periods", Kind::kInteger},
                                  {"Last period"}});
  for (const auto& s : list) {
    const org::ReportTemplate& r = s.report;
    sheet.AddRow({Cell::Int(r.id), Cell::Text(r.defined_on), Cell::Text(r.from),
                  Cell::Text(r.to), Cell::Text(LevelText(r)), Cell::Text(r.title),
                  Cell::Int(static_cast<int64_t>(r.fields.size())), Cell::Int(r.targets),
                  Cell::Int(s.submissions), Cell::Int(s.periods),
                  Cell::Text(s.last_period)});
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::ReportListJson(list, unit);
  return out;
}

Output SubmittedOutput(const service::SubmitResult& r) {
  const org::ReportSubmission& s = r.submission;
  Output out;
  out.lines.push_back(s.unit + (r.replaced ? " corrected" : " submitted") + " " +
                      Title(r.report) + " for " + s.period + " on " + s.submitted_on +
                      ".");
  report::Sheet sheet(
      "Values",
      {{"Field"}, {"Label"}, {"Value", Kind::kInteger}, {"Before", Kind::kInteger}});
  for (size_t i = 0; i < r.report.fields.size(); ++i) {
    sheet.AddRow({Cell::Text(r.report.fields[i].name),
                  Cell::Text(r.report.fields[i].label), Cell::Int(s.values[i]),
                  r.replaced ? Cell::Int(r.replaced->values[i]) : Cell::Missing()});
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::ReportSubmittedJson(r);
  return out;
}

Output ReportShowOutput(const org::ReportTemplate& r) {
  Output out;
  out.lines.push_back(Title(r) + " from " + r.from + " to " + r.to + " (" + LevelText(r) +
                      "), defined on " + r.defined_on + " by " + r.defined_by + "; " +
                      report::GroupDigits(r.targets) + " units to report.");
  report::Sheet sheet("Fields", {{"Field"}, {"Label"}});
  for (const org::ReportField& f : r.fields) {
    sheet.AddRow({Cell::Text(f.name), Cell::Text(f.label)});
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::ReportShowJson(r);
  return out;
}

Output RollUpOutput(const service::RollUpResult& r, const ReportView& view) {
  const org::ReportRollUp& up = r.rollup;
  const org::Unit& start = r.tree.unit(up.start);
  Output out;
  out.lines.push_back(Title(r.report) + ", " + r.period + ", " + start.name + " (" +
                      start.code + "): " + report::GroupDigits(up.total.reported) +
                      " of " + report::GroupDigits(up.total.expected) +
                      " units reported.");
  std::vector<report::Column> columns = {{"Unit"},
                                         {"Name"},
                                         {"Level"},
                                         {"Expected", Kind::kInteger},
                                         {"Reported", Kind::kInteger},
                                         {"Not reported", Kind::kInteger}};
  for (const org::ReportField& f : r.report.fields)
    columns.push_back({f.label, Kind::kInteger});
  report::Sheet sheet("Sums by unit", columns);
  for (const org::UnitReportSums& s : up.units) {
    const org::Unit& u = r.tree.unit(s.unit);
    const std::string indent(static_cast<size_t>(2 * s.depth), ' ');
    std::vector<Cell> row = {Cell::Text(u.code),
                             Cell::Text(view.text ? indent + u.name : u.name),
                             Cell::Text(std::string(org::UnitLevelName(u.level))),
                             Cell::Int(s.expected),
                             Cell::Int(s.reported),
                             Cell::Int(s.expected - s.reported)};
    for (const int64_t v : s.sums) row.push_back(Cell::Int(v));
    sheet.AddRow(std::move(row));
  }
  sheet.AddNote(
      "Sums of each field over the units of each unit's subtree that reported for " +
      r.period + "; `comms report missing` lists those that did not.");
  out.sheets.push_back(std::move(sheet));
  out.json = api::ReportRollUpJson(r);
  return out;
}

Output MissingOutput(const service::RollUpResult& r, const ReportView& view) {
  const org::ReportRollUp& up = r.rollup;
  Output out;
  out.lines.push_back(Title(r.report) + ", " + r.period + ": " +
                      report::GroupDigits(static_cast<int64_t>(up.missing.size())) +
                      " of " + report::GroupDigits(up.total.expected) + " units in " +
                      r.tree.unit(up.start).code + " have not reported.");
  report::Sheet sheet("Units that have not reported",
                      {{"Unit"}, {"Name"}, {"Level"}, {"Parent"}});
  size_t rows = 0;
  for (const int id : up.missing) {
    const org::Unit& u = r.tree.unit(id);
    const std::string parent = u.parent >= 0 ? r.tree.unit(u.parent).code : "";
    if (!view.text || rows < static_cast<size_t>(view.show)) {
      sheet.AddRow({Cell::Text(u.code), Cell::Text(u.name),
                    Cell::Text(std::string(org::UnitLevelName(u.level))),
                    Cell::Text(parent)});
      ++rows;
    }
  }
  if (up.missing.empty()) sheet.AddNote("Every unit has reported.");
  if (view.text && up.missing.size() > static_cast<size_t>(view.show)) {
    sheet.AddNote("The first " + std::to_string(view.show) + " of " +
                  report::GroupDigits(static_cast<int64_t>(up.missing.size())) +
                  " units; --show N, --json, --csv or --xlsx give more.");
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::ReportMissingJson(r);
  return out;
}

}  // namespace janadhar::cli
