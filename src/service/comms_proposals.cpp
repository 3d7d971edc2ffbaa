#include "service/comms_proposals.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "service/text_checks.h"

namespace janadhar::service {

namespace {

std::string Subject(int64_t id) {
  return "proposal " + std::to_string(id);
}

// The day of a change to `p` (Day), not before the proposal was submitted.
Result<std::string> DayOf(const org::Proposal& p, const std::string& date) {
  JANADHAR_ASSIGN_OR_RETURN(std::string day, DayOrToday("on", date));
  if (day < p.submitted_on) {
    return Status::InvalidArgument("proposal " + std::to_string(p.id) +
                                   " was submitted on " + p.submitted_on + ", after " +
                                   day);
  }
  return day;
}

std::string User(const OrgActor& actor) {
  return actor.user.empty() ? "unknown" : actor.user;
}

Result<org::Person> StoredPerson(store::Store& store, int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<org::Person> p, store.GetPerson(id));
  if (!p) {
    return Status::NotFound("no person #" + std::to_string(id) +
                            "; people are named by their store id, as `janadhar org "
                            "people show` gives it");
  }
  return std::move(*p);
}

// "#1 राम, #2 सीता".
std::string Labels(const std::vector<org::Person>& people) {
  std::string out;
  for (const org::Person& p : people) out += (out.empty() ? "" : ", ") + MemberLabel(p);
  return out;
}

Result<std::vector<org::Person>> People(store::Store& store,
                                        const std::vector<int64_t>& ids) {
  std::vector<org::Person> out;
  for (const int64_t id : ids) {
    JANADHAR_ASSIGN_OR_RETURN(out.emplace_back(), StoredPerson(store, id));
  }
  return out;
}

nlohmann::ordered_json ViewJson(const org::MemberView& v) {
  return {{"person", v.person},
          {"view", org::ProposalViewName(v.view)},
          {"note", v.note},
          {"on", v.on}};
}

org::ProposalEvent Event(org::ProposalEventKind kind, std::string on,
                         const OrgActor& actor, std::string detail) {
  return {kind, std::move(on), User(actor), std::move(detail)};
}

}  // namespace

std::string MemberLabel(const org::Person& p) {
  return "#" + std::to_string(p.id) + " " + org::DisplayName(p);
}

Result<org::Proposal> SubmitProposal(store::Store& store,
                                     const ProposalSubmitRequest& request) {
  org::Proposal p;
  p.from = CollapseSpaces(request.from);
  JANADHAR_RETURN_IF_ERROR(StoredUnit(store, p.from).status());
  p.title = CollapseSpaces(request.title);
  if (p.title.empty()) return Status::InvalidArgument("a proposal needs a title");
  JANADHAR_RETURN_IF_ERROR(CheckUtf8Text("title", p.title));
  p.text = request.text;
  JANADHAR_RETURN_IF_ERROR(CheckUtf8Text("text", p.text));
  JANADHAR_ASSIGN_OR_RETURN(p.submitted_on, DayOrToday("on", request.on));
  p.submitted_by = User(request.actor);
  const nlohmann::ordered_json after = {{"from", p.from},
                                        {"title", p.title},
                                        {"text", p.text},
                                        {"submitted_on", p.submitted_on}};
  return store.Comms().AddProposal(
      p,
      Event(org::ProposalEventKind::kSubmitted, p.submitted_on, request.actor,
            "submitted from " + p.from + ": " + p.title),
      AuditEntryBy(request.actor, "proposal.submit", "", "", after.dump()));
}

Result<ProposalDetail> AssignCommittee(store::Store& store,
                                       const CommitteeRequest& request) {
  JANADHAR_RETURN_IF_ERROR(org::CheckCommittee(request.members));
  JANADHAR_ASSIGN_OR_RETURN(ProposalDetail now, ShowProposal(store, request.proposal));
  const org::Proposal& p = now.record.proposal;
  JANADHAR_RETURN_IF_ERROR(org::CheckOpen(p, "change its committee"));
  JANADHAR_ASSIGN_OR_RETURN(std::vector<org::Person> members,
                            People(store, request.members));
  for (const org::Person& m : members) {
    if (m.status != org::PersonStatus::kActive) {
      return Status::FailedPrecondition(
          "person " + MemberLabel(m) + " is " +
          (m.status == org::PersonStatus::kLeft ? "no longer in the party (left)"
                                                : "expelled") +
          "; only active members sit on a review committee");
    }
    if (m.synthetic) {
      // `org wipe-synthetic` removes made-up people; a proposal's history
      // refers to its members for good.
      return Status::FailedPrecondition(
          "person " + MemberLabel(m) +
          " was made up by `org synth`; only real members sit on a review committee");
    }
  }
  if (request.members == p.committee) {
    return Status::FailedPrecondition("the review committee of proposal " +
                                      std::to_string(p.id) + " is already " +
                                      Labels(members));
  }
  JANADHAR_ASSIGN_OR_RETURN(const std::string on, DayOf(p, request.on));
  const bool change = !p.committee.empty();
  std::string detail = (change ? "review committee changed to " : "review committee ") +
                       std::string(change ? "" : "assigned: ") + Labels(members);
  if (change) detail += " (was " + Labels(now.members) + ")";
  const std::string before =
      change ? nlohmann::ordered_json{{"committee", p.committee}}.dump() : "";
  const nlohmann::ordered_json after = {{"committee", request.members}, {"on", on}};
  JANADHAR_RETURN_IF_ERROR(store.Comms().SetProposalCommittee(
      p.id, request.members,
      Event(org::ProposalEventKind::kCommittee, on, request.actor, detail),
      AuditEntryBy(request.actor, "proposal.assign", Subject(p.id), before,
                   after.dump())));
  return ShowProposal(store, p.id);
}

Result<ProposalDetail> RecordView(store::Store& store, const ViewRequest& request) {
  org::MemberView v;
  JANADHAR_ASSIGN_OR_RETURN(v.view, org::ParseProposalView(request.view));
  v.person = request.member;
  v.note = request.note;
  JANADHAR_RETURN_IF_ERROR(CheckUtf8Text("note", v.note));
  JANADHAR_ASSIGN_OR_RETURN(ProposalDetail now, ShowProposal(store, request.proposal));
  const org::Proposal& p = now.record.proposal;
  JANADHAR_RETURN_IF_ERROR(org::CheckOpen(p, "record a view"));
  const std::string id = std::to_string(p.id);
  if (p.committee.empty()) {
    return Status::FailedPrecondition(
        "proposal " + id +
        " has no review committee yet, so nobody can give a view; assign its committee "
        "first");
  }
  JANADHAR_ASSIGN_OR_RETURN(org::Person member, StoredPerson(store, v.person));
  const auto at = std::find(p.committee.begin(), p.committee.end(), v.person);
  if (at == p.committee.end()) {
    return Status::FailedPrecondition("person " + MemberLabel(member) +
                                      " is not on the review committee of proposal " +
                                      id + "; its members are " + Labels(now.members));
  }
  if (member.status != org::PersonStatus::kActive) {
    return Status::FailedPrecondition("person " + MemberLabel(member) +
                                      " is no longer an active member (" +
                                      std::string(org::PersonStatusName(member.status)) +
                                      "); assign the committee again without them");
  }
  JANADHAR_ASSIGN_OR_RETURN(v.on, DayOf(p, request.on));
  v.by = User(request.actor);
  const std::optional<org::MemberView>& earlier =
      now.current[static_cast<size_t>(at - p.committee.begin())];
  const std::string word(org::ProposalViewName(v.view));
  std::string detail =
      MemberLabel(member) +
      (earlier ? " changed their view from " +
                     std::string(org::ProposalViewName(earlier->view)) + " to " + word
               : ": " + word);
  if (!v.note.empty()) detail += " (" + v.note + ")";
  JANADHAR_RETURN_IF_ERROR(store.Comms().AddProposalView(
      p.id, v, Event(org::ProposalEventKind::kView, v.on, request.actor, detail),
      AuditEntryBy(request.actor, "proposal.view", Subject(p.id),
                   earlier ? ViewJson(*earlier).dump() : "", ViewJson(v).dump())));
  return ShowProposal(store, p.id);
}

Result<ProposalDetail> DecideProposal(store::Store& store,
                                      const DecisionRequest& request) {
  org::Proposal d;
  JANADHAR_ASSIGN_OR_RETURN(d.decision, org::ParseProposalDecision(request.decision));
  d.reasons = CollapseSpaces(request.reasons).empty() ? "" : request.reasons;
  d.revised_text = request.revised_text;
  JANADHAR_RETURN_IF_ERROR(org::CheckDecision(*d.decision, d.reasons, d.revised_text));
  JANADHAR_RETURN_IF_ERROR(CheckUtf8Text("reasons", d.reasons));
  JANADHAR_RETURN_IF_ERROR(CheckUtf8Text("revised text", d.revised_text));
  JANADHAR_ASSIGN_OR_RETURN(ProposalDetail now, ShowProposal(store, request.proposal));
  const org::Proposal& p = now.record.proposal;
  JANADHAR_RETURN_IF_ERROR(org::CheckOpen(p, "decide it again"));
  if (p.committee.empty()) {
    const std::string id = std::to_string(p.id);
    return Status::FailedPrecondition(
        "proposal " + id +
        " has no review committee yet; a decision follows its review: assign its "
        "committee first");
  }
  JANADHAR_ASSIGN_OR_RETURN(d.decided_on, DayOf(p, request.on));
  d.decided_by = User(request.actor);
  const std::string word(org::ProposalDecisionName(*d.decision));
  std::string detail = word + ": " + d.reasons;
  if (!d.revised_text.empty()) detail += "; revised text: " + d.revised_text;
  nlohmann::ordered_json after = {
      {"decision", word}, {"reasons", d.reasons}, {"decided_on", d.decided_on}};
  if (!d.revised_text.empty()) after["revised_text"] = d.revised_text;
  const nlohmann::ordered_json before = {{"status", org::ProposalStatusName(p.status())}};
  JANADHAR_RETURN_IF_ERROR(store.Comms().DecideProposal(
      p.id, d,
      Event(org::ProposalEventKind::kDecision, d.decided_on, request.actor, detail),
      AuditEntryBy(request.actor, "proposal.decide", Subject(p.id), before.dump(),
                   after.dump())));
  return ShowProposal(store, p.id);
}

Result<ProposalDetail> ShowProposal(store::Store& store, int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<org::ProposalRecord> r,
                            store.Comms().GetProposal(id));
  if (!r) {
    return Status::NotFound("no proposal " + std::to_string(id) +
                            "; `janadhar comms proposal list` shows them");
  }
  ProposalDetail d;
  d.record = std::move(*r);
  JANADHAR_ASSIGN_OR_RETURN(d.members, People(store, d.record.proposal.committee));
  d.current = org::CurrentViews(d.record.proposal.committee, d.record.views);
  d.tally = org::TallyViews(d.current);
  return d;
}

Result<std::vector<org::Proposal>> ListProposals(store::Store& store,
                                                 const std::string& unit,
                                                 const std::string& status, int limit) {
  const std::string code = CollapseSpaces(unit);
  if (!code.empty()) JANADHAR_RETURN_IF_ERROR(StoredUnit(store, code).status());
  std::optional<org::ProposalStatus> only;
  if (!CollapseSpaces(status).empty()) {
    JANADHAR_ASSIGN_OR_RETURN(only, org::ParseProposalStatus(status));
  }
  if (limit < 0) return Status::InvalidArgument("limit: a count from 0 (0 = all)");
  return store.Comms().ListProposals(code, only, limit);
}

}  // namespace janadhar::service
