#include "org/proposal.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace janadhar::org {
namespace {

bool Has(const Status& s, const std::string& part) {
  return s.message().find(part) != std::string::npos;
}

TEST(ProposalTest, ParsesWordsAndSuggestsTheClosest) {
  EXPECT_EQ(ParseProposalView(" Support ").value(), ProposalView::kSupport);
  EXPECT_EQ(ParseProposalView("विरोध").value(), ProposalView::kOppose);
  EXPECT_EQ(ParseProposalView("ABSTAIN").value(), ProposalView::kAbstain);
  const Status view = ParseProposalView("suport").status();
  EXPECT_EQ(view.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(Has(view, "unknown view 'suport'")) << view.message();
  EXPECT_TRUE(Has(view, "did you mean 'support'")) << view.message();
  EXPECT_TRUE(Has(view, "support, oppose or abstain")) << view.message();

  EXPECT_EQ(ParseProposalDecision("accept").value(), ProposalDecision::kAccepted);
  EXPECT_EQ(ParseProposalDecision("Revised").value(), ProposalDecision::kRevised);
  const Status decision = ParseProposalDecision("rejectd").status();
  EXPECT_TRUE(Has(decision, "did you mean 'rejected'")) << decision.message();

  EXPECT_EQ(ParseProposalStatus("under review").value(), ProposalStatus::kUnderReview);
  EXPECT_EQ(ParseProposalStatus("under-review").value(), ProposalStatus::kUnderReview);
  EXPECT_FALSE(ParseProposalStatus("open").ok());
  for (const ProposalEventKind k :
       {ProposalEventKind::kSubmitted, ProposalEventKind::kCommittee,
        ProposalEventKind::kView, ProposalEventKind::kDecision}) {
    EXPECT_EQ(ParseProposalEvent(ProposalEventName(k)).value(), k);
  }
  EXPECT_EQ(ParseProposalEvent("x").status().code(), StatusCode::kInternal);
}

TEST(ProposalTest, StatusFollowsCommitteeAndDecision) {
  Proposal p;
  EXPECT_EQ(p.status(), ProposalStatus::kSubmitted);
  p.committee = {3, 5};
  EXPECT_EQ(p.status(), ProposalStatus::kUnderReview);
  EXPECT_TRUE(CheckOpen(p, "record a view").ok());
  p.id = 4;
  p.decision = ProposalDecision::kRevised;
  p.decided_on = "2026-03-09";
  p.decided_by = "ravi";
  EXPECT_EQ(p.status(), ProposalStatus::kRevised);
  EXPECT_EQ(ProposalStatusName(p.status()), "revised");
  const Status closed = CheckOpen(p, "record a view");
  EXPECT_EQ(closed.code(), StatusCode::kFailedPrecondition);
  EXPECT_TRUE(Has(closed, "proposal 4 was revised on 2026-03-09 by ravi and is closed"))
      << closed.message();
  EXPECT_TRUE(Has(closed, "cannot record a view")) << closed.message();
}

TEST(ProposalTest, TheLatestViewOfEachMemberCounts) {
  const std::vector<MemberView> views = {
      {3, ProposalView::kOppose, "पहले विरोध", "2026-03-02", "a"},
      {5, ProposalView::kSupport, "", "2026-03-02", "a"},
      {9, ProposalView::kSupport, "not a member", "2026-03-02", "a"},
      {3, ProposalView::kSupport, "now for it", "2026-03-04", "a"}};
  const auto current = CurrentViews({3, 5, 7}, views);
  ASSERT_EQ(current.size(), 3u);
  ASSERT_TRUE(current[0].has_value());
  EXPECT_EQ(current[0]->view, ProposalView::kSupport);
  EXPECT_EQ(current[0]->note, "now for it");
  ASSERT_TRUE(current[1].has_value());
  EXPECT_FALSE(current[2].has_value());
  const ViewTally t = TallyViews(current);
  EXPECT_EQ(t.support, 2);
  EXPECT_EQ(t.oppose, 0);
  EXPECT_EQ(t.abstain, 0);
  EXPECT_EQ(t.pending, 1);
}

TEST(ProposalTest, ChecksCommitteesAndDecisions) {
  EXPECT_TRUE(CheckCommittee({1, 2}).ok());
  EXPECT_TRUE(Has(CheckCommittee({}), "at least one member"));
  const Status twice = CheckCommittee({4, 2, 4});
  EXPECT_EQ(twice.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(Has(twice, "person #4 is named twice")) << twice.message();
  EXPECT_FALSE(CheckCommittee({0}).ok());

  EXPECT_TRUE(CheckDecision(ProposalDecision::kAccepted, "सर्वसम्मति", "").ok());
  EXPECT_TRUE(Has(CheckDecision(ProposalDecision::kRejected, "  ", ""), "reasons"));
  EXPECT_TRUE(Has(CheckDecision(ProposalDecision::kRevised, "why", " "), "revised text"));
  EXPECT_TRUE(CheckDecision(ProposalDecision::kRevised, "why", "नया पाठ").ok());
  EXPECT_FALSE(CheckDecision(ProposalDecision::kAccepted, "why", "text").ok());
}

}  // namespace
}  // namespace janadhar::org
