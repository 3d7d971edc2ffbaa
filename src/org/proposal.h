// Proposals of the communication system: a unit submits a
// proposal with a title and text, a review committee of stored people is
// assigned to it, each member records a view (support, oppose, abstain) with
// a note, and a decision closes it: accepted, rejected or revised (with the
// revised text kept beside the original), always with reasons. Every step is
// an event of the proposal's history.
//
// Plain values and pure functions: the words of views, decisions and
// statuses, a member's current view from the views recorded, and the checks
// of a committee and a decision. The store keeps proposals, their committee,
// views and history (store/comms_store.h); the service checks the rules that
// need the store (service/comms_proposals.h).
//
// Units are named by code, people by store id. Dates are ISO "YYYY-MM-DD".
// Ownership: values. Thread-safety: values and pure functions.
// Errors: InvalidArgument quoting the bad value (an unknown word names the
// words and the closest one); FailedPrecondition for a change to a closed
// proposal.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace janadhar::org {

// A committee member's view of a proposal.
enum class ProposalView { kSupport, kOppose, kAbstain };
// "support", "oppose", "abstain".
std::string_view ProposalViewName(ProposalView view);
// A name above, ignoring case and spaces ("समर्थन", "विरोध", "तटस्थ" too).
// InvalidArgument naming the views and the closest one otherwise.
Result<ProposalView> ParseProposalView(std::string_view text);

// What the decision on a proposal is.
enum class ProposalDecision { kAccepted, kRejected, kRevised };
// "accepted", "rejected", "revised".
std::string_view ProposalDecisionName(ProposalDecision decision);
// A name above, ignoring case and spaces ("accept", "reject", "revise"
// too). InvalidArgument naming the decisions and the closest one otherwise.
Result<ProposalDecision> ParseProposalDecision(std::string_view text);

// Where a proposal stands: submitted (no committee yet), under review (a
// committee, no decision), or the decision taken (closed).
enum class ProposalStatus { kSubmitted, kUnderReview, kAccepted, kRejected, kRevised };
// "submitted", "under_review", "accepted", "rejected", "revised".
std::string_view ProposalStatusName(ProposalStatus status);
// A name above ("under review" too). InvalidArgument naming the statuses and
// the closest one otherwise.
Result<ProposalStatus> ParseProposalStatus(std::string_view text);
// The status a decision gives.
ProposalStatus StatusOf(ProposalDecision decision);

struct Proposal {
  int64_t id = 0;                            // store id; 0 before it is stored
  std::string from;                          // the submitting unit's code
  std::string title;                         // Hindi or English, UTF-8
  std::string text;                          // as submitted
  std::string submitted_on;                  // the day
  std::string submitted_by;                  // the user
  std::vector<int64_t> committee;            // person ids, in the order assigned
  std::optional<ProposalDecision> decision;  // nullopt = not decided
  std::string reasons;                       // the decision's reasons
  std::string revised_text;                  // for kRevised: the text as revised
  std::string decided_on;
  std::string decided_by;

  ProposalStatus status() const {
    if (decision) return StatusOf(*decision);
    return committee.empty() ? ProposalStatus::kSubmitted : ProposalStatus::kUnderReview;
  }
  bool closed() const { return decision.has_value(); }
};

// A view as recorded; a member may record another later (the latest counts).
struct MemberView {
  int64_t person = 0;
  ProposalView view = ProposalView::kAbstain;
  std::string note;
  std::string on;  // the day it was given
  std::string by;  // the user who recorded it
};

// One step of a proposal's history.
enum class ProposalEventKind { kSubmitted, kCommittee, kView, kDecision };
// "submitted", "committee", "view", "decision".
std::string_view ProposalEventName(ProposalEventKind kind);
// Internal when `text` is not one (a stored value).
Result<ProposalEventKind> ParseProposalEvent(std::string_view text);

struct ProposalEvent {
  ProposalEventKind kind = ProposalEventKind::kSubmitted;
  std::string on;      // the day
  std::string by;      // the user
  std::string detail;  // what happened, for people to read
};

// A proposal with every view recorded and its history, both in the order
// they were recorded.
struct ProposalRecord {
  Proposal proposal;
  std::vector<MemberView> views;
  std::vector<ProposalEvent> history;
};

// The current view of each of `committee` (in its order): the latest of
// `views` (in recorded order) by that member; nullopt when they gave none.
// Views of people not on the committee are left out.
std::vector<std::optional<MemberView>> CurrentViews(const std::vector<int64_t>& committee,
                                                    const std::vector<MemberView>& views);

// How the current views stand.
struct ViewTally {
  int support = 0;
  int oppose = 0;
  int abstain = 0;
  int pending = 0;  // members with no view yet
};
ViewTally TallyViews(const std::vector<std::optional<MemberView>>& current);

// A committee must have someone on it and nobody twice; InvalidArgument
// naming the duplicate otherwise.
Status CheckCommittee(const std::vector<int64_t>& committee);

// A decision needs reasons (not blank), and "revised" the revised text (not
// blank); only "revised" takes a revised text. InvalidArgument otherwise.
Status CheckDecision(ProposalDecision decision, std::string_view reasons,
                     std::string_view revised_text);

// FailedPrecondition when `p` is decided, saying when and how, for `what`
// ("record a view", "change its committee", "decide it").
Status CheckOpen(const Proposal& p, std::string_view what);

}  // namespace janadhar::org
