#include "api/comms_json.h"

#include <utility>

#include "api/results_json.h"

namespace janadhar::api {

namespace {

nlohmann::json TextOrNull(const std::string& text) {
  return text.empty() ? nlohmann::json() : nlohmann::json(text);
}

}  // namespace

nlohmann::json DirectiveJson(const org::Directive& d) {
  return {{"id", d.id},
          {"from", d.from},
          {"to", d.to},
          {"level",
           d.level ? nlohmann::json(org::UnitLevelName(*d.level)) : nlohmann::json()},
          {"title", d.title},
          {"text", d.text},
          {"deadline", d.deadline},
          {"issued_on", d.issued_on},
          {"issued_by", d.issued_by},
          {"targets", d.targets}};
}

nlohmann::json TargetJson(const org::DirectiveTarget& t) {
  return {{"unit", t.unit},
          {"state", org::TargetStateName(t.state())},
          {"acked_on", TextOrNull(t.acked_on)},
          {"acked_by", TextOrNull(t.acked_by)},
          {"done_on", TextOrNull(t.done_on)},
          {"done_by", TextOrNull(t.done_by)},
          {"note", TextOrNull(t.note)}};
}

nlohmann::json DirectiveSentJson(const org::Directive& d) {
  return {{"directive", DirectiveJson(d)}};
}

nlohmann::json DirectiveReportedJson(int64_t directive, const org::DirectiveTarget& t) {
  return {{"directive", directive}, {"target", TargetJson(t)}};
}

nlohmann::json DirectiveShowJson(const service::ComplianceResult& r,
                                 const org::DirectiveTarget* target) {
  const org::UnitCompliance& c = r.report.total;
  nlohmann::json j = {{"directive", DirectiveJson(r.directive)},
                      {"as_of", r.as_of},
                      {"acknowledged", c.acknowledged},
                      {"done", c.done},
                      {"done_late", c.done_late},
                      {"overdue", c.overdue},
                      {"share", OrNull(c.share)},
                      {"target", nullptr}};
  if (target != nullptr) j["target"] = TargetJson(*target);
  return j;
}

nlohmann::json DirectiveListJson(
    const std::vector<store::CommsStore::DirectiveSummary>& list,
    const std::string& unit) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& s : list) {
    nlohmann::json j = DirectiveJson(s.directive);
    j["acknowledged"] = s.acknowledged;
    j["done"] = s.done;
    items.push_back(std::move(j));
  }
  return {{"unit", TextOrNull(unit)}, {"directives", std::move(items)}};
}

nlohmann::json UnitComplianceJson(const org::UnitTree& tree,
                                  const org::UnitCompliance& c) {
  const org::Unit& u = tree.unit(c.unit);
  return {{"unit", u.code},
          {"name", u.name},
          {"level", org::UnitLevelName(u.level)},
          {"depth", c.depth},
          {"targets", c.targets},
          {"acknowledged", c.acknowledged},
          {"done", c.done},
          {"done_late", c.done_late},
          {"overdue", c.overdue},
          {"share", OrNull(c.share)}};
}

nlohmann::json DirectiveComplianceJson(const service::ComplianceResult& r) {
  const org::ComplianceReport& rep = r.report;
  nlohmann::json units = nlohmann::json::array();
  for (const org::UnitCompliance& c : rep.units) {
    units.push_back(UnitComplianceJson(r.tree, c));
  }
  return {{"directive", DirectiveJson(r.directive)},
          {"as_of", r.as_of},
          {"unit", r.tree.unit(rep.start).code},
          {"total", UnitComplianceJson(r.tree, rep.total)},
          {"units", std::move(units)}};
}

nlohmann::json DirectiveOverdueJson(const service::ComplianceResult& r) {
  const org::UnitTree& tree = r.tree;
  const org::ComplianceReport& rep = r.report;
  nlohmann::json groups = nlohmann::json::array();
  for (const service::Escalation& g : service::EscalateLate(rep)) {
    nlohmann::json late = nlohmann::json::array();
    for (const size_t i : g.late) {
      const org::LateUnit& l = rep.late[i];
      const org::Unit& u = tree.unit(l.unit);
      late.push_back({{"unit", u.code},
                      {"name", u.name},
                      {"state", org::TargetStateName(l.state)},
                      {"days_late", l.days_late}});
    }
    groups.push_back(
        {{"escalated_to",
          g.parent >= 0 ? nlohmann::json(tree.unit(g.parent).code) : nlohmann::json()},
         {"name",
          g.parent >= 0 ? nlohmann::json(tree.unit(g.parent).name) : nlohmann::json()},
         {"late", std::move(late)}});
  }
  return {{"directive", DirectiveJson(r.directive)},
          {"as_of", r.as_of},
          {"unit", tree.unit(rep.start).code},
          {"late", rep.late.size()},
          {"escalations", std::move(groups)}};
}

nlohmann::json ReportTemplateJson(const org::ReportTemplate& r) {
  nlohmann::json fields = nlohmann::json::array();
  for (const org::ReportField& f : r.fields) {
    fields.push_back({{"name", f.name}, {"label", f.label}});
  }
  return {{"id", r.id},
          {"from", r.from},
          {"to", r.to},
          {"level",
           r.level ? nlohmann::json(org::UnitLevelName(*r.level)) : nlohmann::json()},
          {"title", r.title},
          {"fields", std::move(fields)},
          {"defined_on", r.defined_on},
          {"defined_by", r.defined_by},
          {"targets", r.targets}};
}

nlohmann::json ReportValuesJson(const org::ReportTemplate& r,
                                const std::vector<int64_t>& v) {
  nlohmann::json j = nlohmann::json::object();
  for (size_t i = 0; i < r.fields.size() && i < v.size(); ++i) j[r.fields[i].name] = v[i];
  return j;
}

nlohmann::json SubmissionJson(const org::ReportTemplate& r,
                              const org::ReportSubmission& s) {
  return {{"report", s.report},
          {"unit", s.unit},
          {"period", s.period},
          {"values", ReportValuesJson(r, s.values)},
          {"submitted_on", s.submitted_on},
          {"submitted_by", s.submitted_by}};
}

nlohmann::json ReportSubmittedJson(const service::SubmitResult& r) {
  nlohmann::json j = SubmissionJson(r.report, r.submission);
  j["replaced"] =
      r.replaced ? ReportValuesJson(r.report, r.replaced->values) : nlohmann::json();
  return j;
}

nlohmann::json ReportShowJson(const org::ReportTemplate& r) {
  return {{"report", ReportTemplateJson(r)}};
}

nlohmann::json ReportListJson(const std::vector<store::CommsStore::ReportSummary>& list,
                              const std::string& unit) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& s : list) {
    nlohmann::json j = ReportTemplateJson(s.report);
    j["submissions"] = s.submissions;
    j["periods"] = s.periods;
    j["last_period"] = TextOrNull(s.last_period);
    items.push_back(std::move(j));
  }
  return {{"unit", TextOrNull(unit)}, {"reports", std::move(items)}};
}

nlohmann::json ReportDefinedJson(const org::ReportTemplate& r) {
  return {{"report", ReportTemplateJson(r)}};
}

nlohmann::json UnitReportSumsJson(const service::RollUpResult& r,
                                  const org::UnitReportSums& s) {
  const org::Unit& u = r.tree.unit(s.unit);
  return {{"unit", u.code},
          {"name", u.name},
          {"level", org::UnitLevelName(u.level)},
          {"depth", s.depth},
          {"expected", s.expected},
          {"reported", s.reported},
          {"not_reported", s.expected - s.reported},
          {"sums", ReportValuesJson(r.report, s.sums)}};
}

nlohmann::json ReportRollUpJson(const service::RollUpResult& r) {
  const org::ReportRollUp& up = r.rollup;
  nlohmann::json units = nlohmann::json::array();
  for (const org::UnitReportSums& s : up.units) units.push_back(UnitReportSumsJson(r, s));
  return {{"report", ReportTemplateJson(r.report)},
          {"period", r.period},
          {"unit", r.tree.unit(up.start).code},
          {"total", UnitReportSumsJson(r, up.total)},
          {"units", std::move(units)}};
}

nlohmann::json ReportMissingJson(const service::RollUpResult& r) {
  const org::ReportRollUp& up = r.rollup;
  nlohmann::json missing = nlohmann::json::array();
  for (const int id : up.missing) {
    const org::Unit& u = r.tree.unit(id);
    missing.push_back(
        {{"unit", u.code},
         {"name", u.name},
         {"level", org::UnitLevelName(u.level)},
         {"parent", u.parent >= 0 ? nlohmann::json(r.tree.unit(u.parent).code)
                                  : nlohmann::json()}});
  }
  return {{"report", ReportTemplateJson(r.report)}, {"period", r.period},
          {"unit", r.tree.unit(up.start).code},     {"expected", up.total.expected},
          {"reported", up.total.reported},          {"missing", std::move(missing)}};
}

nlohmann::json ProposalJson(const org::Proposal& p) {
  nlohmann::json decision;
  if (p.decision) {
    decision = {{"decision", org::ProposalDecisionName(*p.decision)},
                {"reasons", p.reasons},
                {"revised_text", TextOrNull(p.revised_text)},
                {"decided_on", p.decided_on},
                {"decided_by", p.decided_by}};
  }
  return {{"id", p.id},
          {"from", p.from},
          {"title", p.title},
          {"text", p.text},
          {"status", org::ProposalStatusName(p.status())},
          {"submitted_on", p.submitted_on},
          {"submitted_by", p.submitted_by},
          {"committee", p.committee},
          {"decision", std::move(decision)}};
}

nlohmann::json ProposalSubmittedJson(const org::Proposal& p) {
  return {{"proposal", ProposalJson(p)}};
}

nlohmann::json ProposalDetailJson(const service::ProposalDetail& d) {
  nlohmann::json committee = nlohmann::json::array();
  for (size_t i = 0; i < d.members.size(); ++i) {
    const org::Person& m = d.members[i];
    const auto& v = d.current[i];
    committee.push_back(
        {{"person", m.id},
         {"name", org::DisplayName(m)},
         {"status", org::PersonStatusName(m.status)},
         {"view", v ? nlohmann::json(org::ProposalViewName(v->view)) : nlohmann::json()},
         {"note", v ? TextOrNull(v->note) : nlohmann::json()},
         {"on", v ? nlohmann::json(v->on) : nlohmann::json()}});
  }
  nlohmann::json history = nlohmann::json::array();
  for (const org::ProposalEvent& e : d.record.history) {
    history.push_back({{"on", e.on},
                       {"by", e.by},
                       {"event", org::ProposalEventName(e.kind)},
                       {"detail", e.detail}});
  }
  return {{"proposal", ProposalJson(d.record.proposal)},
          {"committee", std::move(committee)},
          {"tally",
           {{"support", d.tally.support},
            {"oppose", d.tally.oppose},
            {"abstain", d.tally.abstain},
            {"pending", d.tally.pending}}},
          {"history", std::move(history)}};
}

nlohmann::json ProposalListJson(const std::vector<org::Proposal>& list,
                                const std::string& unit, const std::string& status) {
  nlohmann::json items = nlohmann::json::array();
  for (const org::Proposal& p : list) items.push_back(ProposalJson(p));
  return {{"unit", TextOrNull(unit)},
          {"status", TextOrNull(status)},
          {"proposals", std::move(items)}};
}

}  // namespace janadhar::api
