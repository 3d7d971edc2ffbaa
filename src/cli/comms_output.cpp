#include "cli/comms_output.h"

#include <string>
#include <utility>
#include <vector>

#include "base/text.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

std::string LevelText(const org::Directive& d) {
  return d.level ? std::string(org::UnitLevelName(*d.level)) : "all";
}

// "1,38,771 booth units below S24", "12 units of S24/D:AGRA's subtree".
std::string Reach(const org::Directive& d) {
  const std::string kind = d.level ? std::string(org::UnitLevelName(*d.level)) + " " : "";
  const std::string units =
      report::GroupDigits(d.targets) + " " + kind + (d.targets == 1 ? "unit" : "units");
  if (d.to == d.from) return units + " below " + d.from;
  return units + " of " + d.to + "'s subtree";
}

std::string DoneText(const org::UnitCompliance& c) {
  return report::GroupDigits(c.done) + " of " + report::GroupDigits(c.targets) +
         " done (" + (c.share ? report::Percent(*c.share) : std::string("–")) + ")";
}

}  // namespace

Output SentOutput(const org::Directive& d) {
  Output out;
  out.lines.push_back("Directive " + std::to_string(d.id) + " \"" + d.title + "\" from " +
                      d.from + " to " + Reach(d) + "; deadline " + d.deadline + ".");
  out.json = api::DirectiveSentJson(d);
  return out;
}

Output ReportedOutput(int64_t directive, const org::DirectiveTarget& t) {
  Output out;
  const bool done = t.state() == org::TargetState::kDone;
  out.lines.push_back(t.unit + (done ? " completed" : " acknowledged") + " directive " +
                      std::to_string(directive) + " on " +
                      (done ? t.done_on : t.acked_on) +
                      (t.note.empty() ? "." : ": " + t.note));
  out.json = api::DirectiveReportedJson(directive, t);
  return out;
}

Output ShowOutput(const service::ComplianceResult& r,
                  const org::DirectiveTarget* target) {
  const org::Directive& d = r.directive;
  const org::UnitCompliance& c = r.report.total;
  Output out;
  report::Sheet sheet("Directive " + std::to_string(d.id), {{"Field"}, {"Value"}});
  const std::vector<std::pair<std::string, std::string>> fields = {
      {"Title", d.title},
      {"Text", d.text},
      {"From", d.from},
      {"To", d.to},
      {"Level", LevelText(d)},
      {"Sent on", d.issued_on + " by " + d.issued_by},
      {"Deadline", d.deadline},
      {"Targets", report::GroupDigits(d.targets)},
      {"Acknowledged", report::GroupDigits(c.acknowledged)},
      {"Done", DoneText(c)},
      {"Overdue on " + r.as_of, report::GroupDigits(c.overdue)}};
  for (const auto& [k, v] : fields) sheet.AddRow({Cell::Text(k), Cell::Text(v)});
  out.sheets.push_back(std::move(sheet));
  out.json = api::DirectiveShowJson(r, target);
  if (target != nullptr) {
    report::Sheet unit("Target " + target->unit, {{"Field"}, {"Value"}});
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"State", std::string(org::TargetStateName(target->state()))},
        {"Acknowledged",
         target->acked_on.empty() ? "–" : target->acked_on + " by " + target->acked_by},
        {"Done",
         target->done_on.empty() ? "–" : target->done_on + " by " + target->done_by},
        {"Note", target->note}};
    for (const auto& [k, v] : rows) unit.AddRow({Cell::Text(k), Cell::Text(v)});
    out.sheets.push_back(std::move(unit));
  }
  return out;
}

Output ListOutput(const std::vector<store::CommsStore::DirectiveSummary>& list,
                  const std::string& unit) {
  Output out;
  out.lines.push_back(
      CountOf(static_cast<int64_t>(list.size()), "directive", "directives") +
      (unit.empty() ? "" : " concerning " + unit) + ", newest first.");
  report::Sheet sheet("Directives", {{"#", Kind::kId},
                                     {"Sent on"},
                                     {"From"},
                                     {"To"},
                                     {"Level"},
                                     {"Title"},
                                     {"Deadline"},
                                     {"Targets", Kind::kInteger},
                                     {"Acknowledged", Kind::kInteger},
                                     {"Done", Kind::kInteger}});
  for (const auto& s : list) {
    const org::Directive& d = s.directive;
    sheet.AddRow({Cell::Int(d.id), Cell::Text(d.issued_on), Cell::Text(d.from),
                  Cell::Text(d.to), Cell::Text(LevelText(d)), Cell::Text(d.title),
                  Cell::Text(d.deadline), Cell::Int(d.targets), Cell::Int(s.acknowledged),
                  Cell::Int(s.done)});
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::DirectiveListJson(list, unit);
  return out;
}

Output ComplianceOutput(const service::ComplianceResult& r, const ComplianceView& view) {
  const org::UnitTree& tree = r.tree;
  const org::ComplianceReport& rep = r.report;
  const org::Unit& start = tree.unit(rep.start);
  Output out;
  out.lines.push_back("Directive " + std::to_string(r.directive.id) + " \"" +
                      r.directive.title + "\" (deadline " + r.directive.deadline + "), " +
                      start.name + " (" + start.code + "): " + DoneText(rep.total) +
                      ", " + report::GroupDigits(rep.total.acknowledged) +
                      " acknowledged, " + report::GroupDigits(rep.total.overdue) +
                      " overdue on " + r.as_of + ".");
  report::Sheet units("Compliance by unit", {{"Unit"},
                                             {"Name"},
                                             {"Level"},
                                             {"Targets", Kind::kInteger},
                                             {"Acknowledged", Kind::kInteger},
                                             {"Done", Kind::kInteger},
                                             {"Done late", Kind::kInteger},
                                             {"Overdue", Kind::kInteger},
                                             {"Done share", Kind::kPercent}});
  for (const org::UnitCompliance& c : rep.units) {
    const org::Unit& u = tree.unit(c.unit);
    const std::string indent(static_cast<size_t>(2 * c.depth), ' ');
    units.AddRow({Cell::Text(u.code), Cell::Text(view.text ? indent + u.name : u.name),
                  Cell::Text(std::string(org::UnitLevelName(u.level))),
                  Cell::Int(c.targets), Cell::Int(c.acknowledged), Cell::Int(c.done),
                  Cell::Int(c.done_late), Cell::Int(c.overdue),
                  c.share ? Cell::Number(*c.share) : Cell::Missing()});
  }
  units.AddNote(
      "Targets, acknowledgements and completions of the units in each unit's "
      "subtree; overdue: not done after the deadline, as of " +
      r.as_of + ".");
  out.sheets.push_back(std::move(units));
  if (view.json) out.json = api::DirectiveComplianceJson(r);
  return out;
}

Output OverdueOutput(const service::ComplianceResult& r, const ComplianceView& view) {
  const org::UnitTree& tree = r.tree;
  const org::ComplianceReport& rep = r.report;
  const std::vector<service::Escalation> groups = service::EscalateLate(rep);
  Output out;
  out.lines.push_back(
      "Directive " + std::to_string(r.directive.id) + " \"" + r.directive.title +
      "\" (deadline " + r.directive.deadline +
      "): " + report::GroupDigits(static_cast<int64_t>(rep.late.size())) + " of " +
      report::GroupDigits(rep.total.targets) + " target units in " +
      tree.unit(rep.start).code + " are late on " + r.as_of + ", escalated to " +
      CountOf(static_cast<int64_t>(groups.size()), "parent unit", "parent units") + ".");
  report::Sheet sheet("Late units by the unit they are escalated to",
                      {{"Escalated to"},
                       {"Its name"},
                       {"Late unit"},
                       {"Name"},
                       {"State"},
                       {"Days late", Kind::kInteger}});
  size_t rows = 0;
  for (const service::Escalation& g : groups) {
    const std::string to = g.parent >= 0 ? tree.unit(g.parent).code : "";
    const std::string to_name = g.parent >= 0 ? tree.unit(g.parent).name : "";
    for (const size_t i : g.late) {
      const org::LateUnit& l = rep.late[i];
      const org::Unit& u = tree.unit(l.unit);
      const std::string state(org::TargetStateName(l.state));
      if (!view.text || rows < static_cast<size_t>(view.show)) {
        sheet.AddRow({Cell::Text(to), Cell::Text(to_name), Cell::Text(u.code),
                      Cell::Text(u.name), Cell::Text(state), Cell::Int(l.days_late)});
        ++rows;
      }
    }
  }
  if (rep.late.empty()) sheet.AddNote("No target unit is late.");
  if (view.text && rep.late.size() > static_cast<size_t>(view.show)) {
    sheet.AddNote("The first " + std::to_string(view.show) + " of " +
                  report::GroupDigits(static_cast<int64_t>(rep.late.size())) +
                  " late units; --show N, --json, --csv or --xlsx give more.");
  }
  out.sheets.push_back(std::move(sheet));
  if (view.json) out.json = api::DirectiveOverdueJson(r);
  return out;
}

}  // namespace janadhar::cli
