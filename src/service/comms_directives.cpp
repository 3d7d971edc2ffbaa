#include "service/comms_directives.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/text.h"
#include "org/person.h"
#include "service/text_checks.h"

namespace janadhar::service {

namespace {

std::string Subject(int64_t id) {
  return "directive " + std::to_string(id);
}

std::string DirectiveJson(const org::Directive& d) {
  nlohmann::ordered_json j = {
      {"from", d.from},
      {"to", d.to},
      {"level", d.level ? nlohmann::ordered_json(org::UnitLevelName(*d.level))
                        : nlohmann::ordered_json()},
      {"title", d.title},
      {"text", d.text},
      {"deadline", d.deadline},
      {"issued_on", d.issued_on}};
  return j.dump();
}

// Every stored state's tree with the directive's targets, joined under the
// national unit (ids as org::JoinUnderNational gives them).
Result<store::CommsStore::DirectiveUnits> NationalTargets(store::Store& store,
                                                          int64_t directive) {
  const std::string code(org::kNationalCode);
  JANADHAR_ASSIGN_OR_RETURN(org::Unit national, StoredUnit(store, code));
  JANADHAR_ASSIGN_OR_RETURN(std::vector<std::string> states, store.LoadOrgStates());
  if (states.empty()) {
    return Status::FailedPrecondition(
        "no state has organisation's units; build them first: janadhar org bootstrap "
        "--state S24");
  }
  std::vector<store::CommsStore::DirectiveUnits> parts;
  parts.reserve(states.size());
  std::vector<const org::UnitTree*> trees;
  for (const std::string& state : states) {
    JANADHAR_ASSIGN_OR_RETURN(parts.emplace_back(),
                              store.Comms().LoadDirectiveTargets(directive, state));
    trees.push_back(&parts.back().tree);
  }
  store::CommsStore::DirectiveUnits out;
  JANADHAR_ASSIGN_OR_RETURN(out.tree, org::JoinUnderNational(national, trees));
  int offset = 1;  // ids as JoinUnderNational gives them
  for (store::CommsStore::DirectiveUnits& part : parts) {
    for (org::TargetStatus t : part.targets) {
      t.unit += offset;
      out.targets.push_back(t);
    }
    offset += part.tree.size();
  }
  return out;
}

}  // namespace

Result<org::Directive> SendDirective(store::Store& store,
                                     const DirectiveRequest& request) {
  org::Directive d;
  d.from = CollapseSpaces(request.from);
  d.to = CollapseSpaces(request.to);
  if (d.to.empty()) d.to = d.from;
  JANADHAR_RETURN_IF_ERROR(StoredUnit(store, d.from).status());
  JANADHAR_RETURN_IF_ERROR(StoredUnit(store, d.to).status());
  if (!CollapseSpaces(request.level).empty()) {
    JANADHAR_ASSIGN_OR_RETURN(d.level,
                              org::ParseUnitLevel(CollapseSpaces(request.level)));
  }
  d.title = CollapseSpaces(request.title);
  if (d.title.empty()) return Status::InvalidArgument("a directive needs a title");
  JANADHAR_RETURN_IF_ERROR(CheckUtf8Text("title", d.title));
  d.text = request.text;
  JANADHAR_RETURN_IF_ERROR(CheckUtf8Text("text", d.text));
  if (CollapseSpaces(request.deadline).empty()) {
    return Status::InvalidArgument("a directive needs a deadline (YYYY-MM-DD)");
  }
  JANADHAR_ASSIGN_OR_RETURN(d.deadline, DayOrToday("deadline", request.deadline));
  JANADHAR_ASSIGN_OR_RETURN(d.issued_on, DayOrToday("issued on", request.issued_on));
  if (d.deadline < d.issued_on) {
    return Status::InvalidArgument("the deadline " + d.deadline +
                                   " is before the day the directive is sent, " +
                                   d.issued_on);
  }
  d.issued_by = request.actor.user.empty() ? "unknown" : request.actor.user;
  return store.Comms().AddDirective(
      d, AuditEntryBy(request.actor, "directive.send", "", "", DirectiveJson(d)));
}

Result<org::DirectiveTarget> ReportOnDirective(store::Store& store,
                                               const DirectiveReportRequest& request) {
  store::CommsStore::TargetReport report;
  report.directive = request.directive;
  report.unit = CollapseSpaces(request.unit);
  JANADHAR_RETURN_IF_ERROR(StoredUnit(store, report.unit).status());
  report.done = request.done;
  JANADHAR_ASSIGN_OR_RETURN(report.on, DayOrToday("on", request.on));
  report.by = request.actor.user.empty() ? "unknown" : request.actor.user;
  report.note = request.note;
  JANADHAR_RETURN_IF_ERROR(CheckUtf8Text("note", report.note));
  JANADHAR_ASSIGN_OR_RETURN(org::Directive d, GetDirective(store, request.directive));
  if (report.on < d.issued_on) {
    return Status::InvalidArgument("directive " + std::to_string(d.id) + " was sent on " +
                                   d.issued_on + ", after " + report.on);
  }
  nlohmann::ordered_json after = {{"unit", report.unit}, {"on", report.on}};
  if (!report.note.empty()) after["note"] = report.note;
  return store.Comms().ReportOnDirective(
      report,
      AuditEntryBy(request.actor, report.done ? "directive.done" : "directive.ack",
                   Subject(d.id), "", after.dump()));
}

Result<org::Directive> GetDirective(store::Store& store, int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(auto d, store.Comms().GetDirective(id));
  if (!d) {
    return Status::NotFound("no directive " + std::to_string(id) +
                            "; `janadhar comms directive list` shows them");
  }
  return std::move(*d);
}

Result<std::vector<store::CommsStore::DirectiveSummary>> ListDirectives(
    store::Store& store, const std::string& unit, int limit) {
  const std::string code = CollapseSpaces(unit);
  if (!code.empty()) JANADHAR_RETURN_IF_ERROR(StoredUnit(store, code).status());
  if (limit < 0) return Status::InvalidArgument("limit: a count from 0 (0 = all)");
  return store.Comms().ListDirectives(code, limit);
}

Result<ComplianceResult> DirectiveCompliance(store::Store& store,
                                             const ComplianceRequest& request) {
  ComplianceResult result;
  JANADHAR_ASSIGN_OR_RETURN(result.directive, GetDirective(store, request.directive));
  JANADHAR_ASSIGN_OR_RETURN(result.as_of, DayOrToday("as of", request.as_of));
  const std::string code = CollapseSpaces(request.unit).empty()
                               ? result.directive.to
                               : CollapseSpaces(request.unit);
  JANADHAR_ASSIGN_OR_RETURN(org::Unit unit, StoredUnit(store, code));
  store::CommsStore::DirectiveUnits units;
  if (unit.state == org::kNationalCode) {
    JANADHAR_ASSIGN_OR_RETURN(units, NationalTargets(store, request.directive));
  } else {
    JANADHAR_ASSIGN_OR_RETURN(
        units, store.Comms().LoadDirectiveTargets(request.directive, unit.state));
  }
  const auto start = units.tree.Find(code);
  if (!start) return NoSuchUnit(code, &units.tree);
  org::ComplianceOptions options;
  options.start = *start;
  options.depth = request.depth;
  options.deadline = result.directive.deadline;
  options.as_of = result.as_of;
  JANADHAR_ASSIGN_OR_RETURN(result.report,
                            org::RollUpCompliance(units.tree, units.targets, options));
  result.tree = std::move(units.tree);
  return result;
}

std::vector<Escalation> EscalateLate(const org::ComplianceReport& report) {
  std::vector<Escalation> out;
  std::unordered_map<int, size_t> index;  // parent → its place in `out`
  for (size_t i = 0; i < report.late.size(); ++i) {
    const int parent = report.late[i].parent;
    const auto [it, added] = index.emplace(parent, out.size());
    if (added) out.push_back({parent, {}});
    out[it->second].late.push_back(i);
  }
  return out;
}

}  // namespace janadhar::service
