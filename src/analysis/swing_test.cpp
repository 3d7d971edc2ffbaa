#include "analysis/swing.h"

#include <gtest/gtest.h>

#include "analysis/analysis_test_util.h"

namespace janadhar::analysis {
namespace {

const SwingRow* Find(const SwingResult& r, SwingLevel level, const std::string& party,
                     int seat = 0, const std::string& state = "") {
  for (const auto& row : r.rows) {
    if (row.level == level && row.party == party && row.seat == seat &&
        (state.empty() || row.state == state)) {
      return &row;
    }
  }
  return nullptr;
}

ElectionData Later() {
  return testing::MakeElection(
      "ls2019",
      {
          {"S24",
           1,
           "Alpha",
           {{"A BJP", "BJP", 400}, {"A INC", "INC", 400}, {"A BSP", "BSP", 200}}},
          {"S24", 2, "Beta", {{"B BJP", "BJP", 600}, {"B INC", "INC", 400}}},
          {"S01", 1, "Gamma", {{"G TDP", "TDP", 450}, {"G YSR", "YSRCP", 550}}},
      });
}

TEST(SwingTest, PerSeatStateAndNation) {
  const ElectionData from = testing::SampleElection();
  const ElectionData to = Later();
  auto r = ComputeSwing(from, to, {});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->seats_matched, 3);
  EXPECT_TRUE(r->unmatched.empty());
  // Alpha: BJP 50% → 40%.
  const SwingRow* a = Find(*r, SwingLevel::kSeat, "BJP", 1, "S24");
  ASSERT_NE(a, nullptr);
  EXPECT_NEAR(*a->share_from, 0.5, 1e-12);
  EXPECT_NEAR(*a->share_to, 0.4, 1e-12);
  EXPECT_NEAR(*a->swing_pp, -10.0, 1e-9);
  // UP: BJP 900 of 2000 → 1000 of 2000: +5 points.
  EXPECT_NEAR(*Find(*r, SwingLevel::kState, "BJP", 0, "S24")->swing_pp, 5.0, 1e-9);
  // Nation: BJP 1000 of 3000 → 1000 of 3000.
  EXPECT_NEAR(*Find(*r, SwingLevel::kNation, "BJP")->swing_pp, 0.0, 1e-9);
  // A party absent earlier swings from 0: YSRCP in Gamma, +55.
  const SwingRow* y = Find(*r, SwingLevel::kSeat, "YSRCP", 1, "S01");
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(y->votes_from, 0);
  EXPECT_NEAR(*y->swing_pp, 55.0, 1e-9);
}

TEST(SwingTest, PartiesAskedForAndStateScope) {
  SwingOptions o;
  o.state = "S24";
  o.parties = {"Indian National Congress"};
  auto r = ComputeSwing(testing::SampleElection(), Later(), o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->parties, std::vector<std::string>{"INC"});
  EXPECT_EQ(r->rows.size(), 3u);  // two seats and UP; no nation row
  EXPECT_NEAR(*Find(*r, SwingLevel::kSeat, "INC", 2)->swing_pp, -5.0, 1e-9);
  o.parties = {"AAP"};
  EXPECT_EQ(ComputeSwing(testing::SampleElection(), Later(), o).status().code(),
            StatusCode::kNotFound);
}

TEST(SwingTest, RefusesDifferentDelimitationsAndReportsUnmatchedSeats) {
  const ElectionData old =
      testing::MakeElection("ls2004", {{"S24", 1, "A", {{"x", "BJP", 1}}}}, "1976");
  auto r = ComputeSwing(old, testing::SampleElection(), {});
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("delimitation"), std::string::npos);

  const ElectionData one =
      testing::MakeElection("ls2019", {{"S24", 1, "Alpha", {{"x", "BJP", 10}}}});
  auto u = ComputeSwing(testing::SampleElection(), one, {});
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(u->seats_matched, 1);
  EXPECT_EQ(u->unmatched.size(), 2u);
}

}  // namespace
}  // namespace janadhar::analysis
