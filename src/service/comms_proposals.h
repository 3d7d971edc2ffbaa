// The use cases behind `janadhar comms proposal submit|assign|view|decide|
// show|list`: a unit submits a proposal, a review committee of stored people
// is assigned to it, each member's view is recorded, and a decision closes
// it (org/proposal.h; the store's side is store/comms_store.h).
//
// Rules (each refusal says what to do instead):
//  - a proposal comes from a stored unit and has a title (its text may be
//    empty); titles, texts, notes and reasons are UTF-8 (Hindi or English),
//    kept as typed;
//  - a committee is one or more stored people (by id), each active (a person
//    who left or was expelled cannot sit on one) and real (not made up by
//    `org synth`, which `org wipe-synthetic` removes), nobody twice;
//    assigning again replaces the committee (the same one again is refused);
//  - only a committee member gives a view (support, oppose, abstain, with an
//    optional note), while active; a later view replaces theirs, the earlier
//    stays in the history;
//  - a decision (accepted, rejected, revised) needs a committee and reasons;
//    "revised" needs the revised text, kept beside the original;
//  - a decided proposal is closed: views, committee changes and decisions
//    are refused;
//  - dates are YYYY-MM-DD (default today), never before the submission.
// Every change adds an event to the proposal's history and an audit entry
// with the subject "proposal <id>" ("proposal.submit", "proposal.assign",
// "proposal.view", "proposal.decide"; `before` and `after` as JSON), in one
// transaction.
//
// Errors: InvalidArgument for malformed input (an unknown word names the
// words and the closest one); NotFound for a unit that is not stored
// (NoSuchUnit, with the closest codes), a person or a proposal that is not
// there; FailedPrecondition for a person who is not active or synthetic, a view from a
// non-member (naming the members), no committee yet, or a closed proposal;
// IoError from the store. A refused change leaves the store unchanged.
// Thread-safety: one call at a time per Store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "org/person.h"
#include "org/proposal.h"
#include "service/org_people.h"
#include "store/store.h"

namespace janadhar::service {

// A proposal with the people of its committee and how their views stand.
struct ProposalDetail {
  org::ProposalRecord record;
  std::vector<org::Person> members;  // the committee, in its order
  // Each member's current view (the latest), nullopt when none yet.
  std::vector<std::optional<org::MemberView>> current;
  org::ViewTally tally;
};

struct ProposalSubmitRequest {
  std::string from;  // the submitting unit's code
  std::string title;
  std::string text;
  std::string on;  // "" = today
  OrgActor actor;  // the user is recorded as who submitted it
};
Result<org::Proposal> SubmitProposal(store::Store& store,
                                     const ProposalSubmitRequest& request);

struct CommitteeRequest {
  int64_t proposal = 0;
  std::vector<int64_t> members;  // person ids
  std::string on;                // "" = today
  OrgActor actor;
};
// The proposal as it is after the change.
Result<ProposalDetail> AssignCommittee(store::Store& store,
                                       const CommitteeRequest& request);

struct ViewRequest {
  int64_t proposal = 0;
  int64_t member = 0;  // person id
  std::string view;    // "support", "oppose", "abstain"
  std::string note;
  std::string on;  // "" = today
  OrgActor actor;
};
Result<ProposalDetail> RecordView(store::Store& store, const ViewRequest& request);

struct DecisionRequest {
  int64_t proposal = 0;
  std::string decision;  // "accepted", "rejected", "revised"
  std::string reasons;
  std::string revised_text;  // for "revised" only
  std::string on;            // "" = today
  OrgActor actor;
};
Result<ProposalDetail> DecideProposal(store::Store& store,
                                      const DecisionRequest& request);

// NotFound when there is no such proposal.
Result<ProposalDetail> ShowProposal(store::Store& store, int64_t id);

// Proposals from `unit`'s subtree (every one for "" or IN), of `status`
// ("" = any), newest first, up to `limit` (0 = all).
Result<std::vector<org::Proposal>> ListProposals(store::Store& store,
                                                 const std::string& unit,
                                                 const std::string& status, int limit);

// "#12 राम कुमार यादव": a person as proposals name them.
std::string MemberLabel(const org::Person& p);

}  // namespace janadhar::service
