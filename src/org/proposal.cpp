#include "org/proposal.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"

namespace janadhar::org {

namespace {

// Lower-case ASCII letters, spaces and dashes as '_', other bytes kept
// (Devanagari words compare as typed), ends trimmed.
std::string Word(std::string_view text) {
  std::string out;
  for (const char ch : CollapseSpaces(text)) {
    if (ch == ' ' || ch == '-') {
      out += '_';
    } else if (ch >= 'A' && ch <= 'Z') {
      out += static_cast<char>(ch - 'A' + 'a');
    } else {
      out += ch;
    }
  }
  return out;
}

// InvalidArgument for an unknown `what` ("view"), with the closest of
// `names` and the list of them.
Status Unknown(std::string_view what, std::string_view text,
               const std::vector<std::string>& names) {
  const std::string hint = DidYouMean(Word(text), names);
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  }
  return Status::InvalidArgument("unknown " + std::string(what) + " '" +
                                 std::string(text) + "'" +
                                 (hint.empty() ? "" : " (" + hint + ")") + "; a " +
                                 std::string(what) + " is " + list);
}

}  // namespace

std::string_view ProposalViewName(ProposalView view) {
  switch (view) {
    case ProposalView::kSupport: return "support";
    case ProposalView::kOppose: return "oppose";
    case ProposalView::kAbstain: return "abstain";
  }
  return "abstain";
}

Result<ProposalView> ParseProposalView(std::string_view text) {
  const std::string w = Word(text);
  if (w == "support" || w == "समर्थन") return ProposalView::kSupport;
  if (w == "oppose" || w == "विरोध") return ProposalView::kOppose;
  if (w == "abstain" || w == "तटस्थ") return ProposalView::kAbstain;
  return Unknown("view", text, {"support", "oppose", "abstain"});
}

std::string_view ProposalDecisionName(ProposalDecision decision) {
  switch (decision) {
    case ProposalDecision::kAccepted: return "accepted";
    case ProposalDecision::kRejected: return "rejected";
    case ProposalDecision::kRevised: return "revised";
  }
  return "rejected";
}

Result<ProposalDecision> ParseProposalDecision(std::string_view text) {
  const std::string w = Word(text);
  if (w == "accepted" || w == "accept") return ProposalDecision::kAccepted;
  if (w == "rejected" || w == "reject") return ProposalDecision::kRejected;
  if (w == "revised" || w == "revise") return ProposalDecision::kRevised;
  return Unknown("decision", text, {"accepted", "rejected", "revised"});
}

std::string_view ProposalStatusName(ProposalStatus status) {
  switch (status) {
    case ProposalStatus::kSubmitted: return "submitted";
    case ProposalStatus::kUnderReview: return "under_review";
    case ProposalStatus::kAccepted: return "accepted";
    case ProposalStatus::kRejected: return "rejected";
    case ProposalStatus::kRevised: return "revised";
  }
  return "submitted";
}

Result<ProposalStatus> ParseProposalStatus(std::string_view text) {
  const std::string w = Word(text);
  for (const ProposalStatus s :
       {ProposalStatus::kSubmitted, ProposalStatus::kUnderReview,
        ProposalStatus::kAccepted, ProposalStatus::kRejected, ProposalStatus::kRevised}) {
    if (w == ProposalStatusName(s)) return s;
  }
  return Unknown("status", text,
                 {"submitted", "under_review", "accepted", "rejected", "revised"});
}

ProposalStatus StatusOf(ProposalDecision decision) {
  switch (decision) {
    case ProposalDecision::kAccepted: return ProposalStatus::kAccepted;
    case ProposalDecision::kRejected: return ProposalStatus::kRejected;
    case ProposalDecision::kRevised: return ProposalStatus::kRevised;
  }
  return ProposalStatus::kRejected;
}

std::string_view ProposalEventName(ProposalEventKind kind) {
  switch (kind) {
    case ProposalEventKind::kSubmitted: return "submitted";
    case ProposalEventKind::kCommittee: return "committee";
    case ProposalEventKind::kView: return "view";
    case ProposalEventKind::kDecision: return "decision";
  }
  return "submitted";
}

Result<ProposalEventKind> ParseProposalEvent(std::string_view text) {
  for (const ProposalEventKind k :
       {ProposalEventKind::kSubmitted, ProposalEventKind::kCommittee,
        ProposalEventKind::kView, ProposalEventKind::kDecision}) {
    if (text == ProposalEventName(k)) return k;
  }
  return Status::Internal("a proposal event of the kind '" + std::string(text) +
                          "', which is not one");
}

std::vector<std::optional<MemberView>> CurrentViews(
    const std::vector<int64_t>& committee, const std::vector<MemberView>& views) {
  std::vector<std::optional<MemberView>> out(committee.size());
  for (const MemberView& v : views) {
    const auto it = std::find(committee.begin(), committee.end(), v.person);
    if (it != committee.end()) out[static_cast<size_t>(it - committee.begin())] = v;
  }
  return out;
}

ViewTally TallyViews(const std::vector<std::optional<MemberView>>& current) {
  ViewTally t;
  for (const auto& v : current) {
    if (!v) {
      ++t.pending;
      continue;
    }
    switch (v->view) {
      case ProposalView::kSupport: ++t.support; break;
      case ProposalView::kOppose: ++t.oppose; break;
      case ProposalView::kAbstain: ++t.abstain; break;
    }
  }
  return t;
}

Status CheckCommittee(const std::vector<int64_t>& committee) {
  if (committee.empty()) {
    return Status::InvalidArgument(
        "a review committee needs at least one member (--member PERSON_ID)");
  }
  for (size_t i = 0; i < committee.size(); ++i) {
    if (committee[i] <= 0) {
      return Status::InvalidArgument("person id " + std::to_string(committee[i]) +
                                     " is not one: ids are numbers from 1");
    }
    if (std::find(committee.begin(), committee.begin() + static_cast<long>(i),
                  committee[i]) != committee.begin() + static_cast<long>(i)) {
      return Status::InvalidArgument("person #" + std::to_string(committee[i]) +
                                     " is named twice for the committee");
    }
  }
  return Status::Ok();
}

Status CheckDecision(ProposalDecision decision, std::string_view reasons,
                     std::string_view revised_text) {
  if (CollapseSpaces(reasons).empty()) {
    return Status::InvalidArgument("a decision needs its reasons (--reasons TEXT)");
  }
  const bool revised = decision == ProposalDecision::kRevised;
  if (revised && CollapseSpaces(revised_text).empty()) {
    return Status::InvalidArgument(
        "a proposal accepted as revised needs the revised text (--revised-text TEXT)");
  }
  if (!revised && !CollapseSpaces(revised_text).empty()) {
    return Status::InvalidArgument(
        "only a \"revised\" decision takes a revised text; this one is \"" +
        std::string(ProposalDecisionName(decision)) + "\"");
  }
  return Status::Ok();
}

Status CheckOpen(const Proposal& p, std::string_view what) {
  if (!p.decision) return Status::Ok();
  return Status::FailedPrecondition("proposal " + std::to_string(p.id) + " was " +
                                    std::string(ProposalDecisionName(*p.decision)) +
                                    " on " + p.decided_on + " by " + p.decided_by +
                                    " and is closed; cannot " + std::string(what) +
                                    " (submit a new proposal instead)");
}

}  // namespace janadhar::org
