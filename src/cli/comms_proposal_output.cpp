#include "cli/comms_proposal_output.h"

#include <string>
#include <utility>
#include <vector>

#include "base/text.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

std::string StatusText(const org::Proposal& p) {
  std::string s(org::ProposalStatusName(p.status()));
  for (char& c : s) {
    if (c == '_') c = ' ';
  }
  return s;
}

// "2 support, 1 oppose, 0 abstain, 1 yet to give a view".
std::string TallyText(const org::ViewTally& t) {
  return std::to_string(t.support) + " support, " + std::to_string(t.oppose) +
         " oppose, " + std::to_string(t.abstain) + " abstain, " +
         std::to_string(t.pending) + " yet to give a view";
}

// The committee with each member's current view, in the committee's order.
report::Sheet CommitteeSheet(const service::ProposalDetail& d) {
  report::Sheet sheet("Committee",
                      {{"Person", Kind::kId}, {"Name"}, {"View"}, {"Note"}, {"On"}});
  for (size_t i = 0; i < d.members.size(); ++i) {
    const org::Person& m = d.members[i];
    const auto& v = d.current[i];
    sheet.AddRow({Cell::Int(m.id), Cell::Text(org::DisplayName(m)),
                  Cell::Text(v ? std::string(org::ProposalViewName(v->view)) : "–"),
                  Cell::Text(v ? v->note : ""), Cell::Text(v ? v->on : "")});
  }
  if (d.members.empty()) {
    sheet.AddNote("No review committee yet.");
  } else {
    sheet.AddNote("Each member's latest view: " + TallyText(d.tally) + ".");
  }
  return sheet;
}

}  // namespace

Output ProposalSubmittedOutput(const org::Proposal& p) {
  Output out;
  const std::string id = std::to_string(p.id);
  out.lines.push_back("Proposal " + id + " \"" + p.title + "\" submitted from " + p.from +
                      " on " + p.submitted_on + " by " + p.submitted_by +
                      "; assign its review committee: janadhar comms proposal assign " +
                      id + " --member PERSON_ID,…");
  out.json = api::ProposalSubmittedJson(p);
  return out;
}

Output ProposalChangedOutput(const service::ProposalDetail& d, ProposalChange change,
                             int64_t member) {
  const org::Proposal& p = d.record.proposal;
  const std::string id = std::to_string(p.id);
  Output out;
  switch (change) {
    case ProposalChange::kAssign: {
      std::string names;
      for (const org::Person& m : d.members) {
        names += (names.empty() ? "" : ", ") + service::MemberLabel(m);
      }
      out.lines.push_back("Proposal " + id + " is under review by " + names + ".");
      break;
    }
    case ProposalChange::kView:
      for (size_t i = 0; i < d.members.size(); ++i) {
        if (d.members[i].id != member || !d.current[i]) continue;
        out.lines.push_back(service::MemberLabel(d.members[i]) + ": " +
                            std::string(org::ProposalViewName(d.current[i]->view)) +
                            " on proposal " + id + " (" + TallyText(d.tally) + ").");
      }
      break;
    case ProposalChange::kDecide:
      out.lines.push_back(
          "Proposal " + id + " " + StatusText(p) + " on " + p.decided_on + " by " +
          p.decided_by + ": " + p.reasons +
          (p.revised_text.empty() ? "" : "; revised text: " + p.revised_text));
      break;
  }
  out.sheets.push_back(CommitteeSheet(d));
  out.json = ProposalDetailJson(d);
  return out;
}

Output ProposalShowOutput(const service::ProposalDetail& d) {
  const org::Proposal& p = d.record.proposal;
  Output out;
  report::Sheet fields("Proposal " + std::to_string(p.id), {{"Field"}, {"Value"}});
  std::vector<std::pair<std::string, std::string>> rows = {
      {"Title", p.title},
      {"Text", p.text},
      {"From", p.from},
      {"Submitted", p.submitted_on + " by " + p.submitted_by},
      {"Status", StatusText(p)}};
  if (p.decision) {
    rows.emplace_back("Decided", p.decided_on + " by " + p.decided_by);
    rows.emplace_back("Reasons", p.reasons);
    if (!p.revised_text.empty()) rows.emplace_back("Revised text", p.revised_text);
  }
  for (const auto& [k, v] : rows) fields.AddRow({Cell::Text(k), Cell::Text(v)});
  out.sheets.push_back(std::move(fields));
  out.sheets.push_back(CommitteeSheet(d));
  report::Sheet history("History", {{"On"}, {"By"}, {"Event"}, {"Detail"}});
  for (const org::ProposalEvent& e : d.record.history) {
    history.AddRow({Cell::Text(e.on), Cell::Text(e.by),
                    Cell::Text(std::string(org::ProposalEventName(e.kind))),
                    Cell::Text(e.detail)});
  }
  out.sheets.push_back(std::move(history));
  out.csv_sheet = 1;
  out.json = ProposalDetailJson(d);
  return out;
}

Output ProposalListOutput(const std::vector<org::Proposal>& list, const std::string& unit,
                          const std::string& status) {
  Output out;
  out.lines.push_back(
      CountOf(static_cast<int64_t>(list.size()), "proposal", "proposals") +
      (unit.empty() ? "" : " from " + unit + "'s subtree") +
      (status.empty() ? "" : ", " + status) + ", newest first.");
  report::Sheet sheet("Proposals", {{"#", Kind::kId},
                                    {"Submitted on"},
                                    {"From"},
                                    {"Title"},
                                    {"Status"},
                                    {"Committee", Kind::kInteger},
                                    {"Decided on"}});
  for (const org::Proposal& p : list) {
    sheet.AddRow({Cell::Int(p.id), Cell::Text(p.submitted_on), Cell::Text(p.from),
                  Cell::Text(p.title), Cell::Text(StatusText(p)),
                  Cell::Int(static_cast<int64_t>(p.committee.size())),
                  Cell::Text(p.decided_on)});
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::ProposalListJson(list, unit, status);
  return out;
}

}  // namespace janadhar::cli
