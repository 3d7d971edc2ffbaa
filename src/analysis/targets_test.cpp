#include "analysis/targets.h"

#include <gtest/gtest.h>

#include "analysis/analysis_test_util.h"

namespace janadhar::analysis {
namespace {

results::SegmentBooths Booths(const std::vector<std::vector<int32_t>>& rows) {
  results::SegmentBooths s;
  s.state = "S24";
  s.ac = 10;
  for (const char* name : {"B INC", "B BJP", "B SP", "B IND"}) {
    results::BoothColumn c;
    c.linked_candidate = name;
    s.columns.push_back(c);
  }
  for (const auto& r : rows) {
    results::Booth b;
    b.votes = r;
    s.booths.push_back(b);
  }
  return s;
}

TEST(TargetsTest, SeatsWithinReachOrderedBySwingWithFlippingBooths) {
  const ElectionData data = testing::SampleElection();
  const results::SegmentBooths booths = Booths({
      {100, 150, 20, 10},  // won
      {120, 110, 30, 0},   // lost by 10 of 260: at +2.5/−2.5 points BJP leads
      {200, 90, 10, 10},   // lost by 110: does not flip
      {50, 40, 0, 0},      // lost by 10 of 90: does not flip at 2.5 points
  });
  const std::vector<Segment> segs = {
      LinkSegment(booths, data.seats[1], data, "Tenth", 2)};
  TargetOptions o;
  o.deficit_booths = 2;
  const auto targets = FindTargets(data, data.FindParty("BJP"), segs, o);
  ASSERT_EQ(targets.size(), 1u);  // Gamma is 50 points away
  const TargetSeat& t = targets[0];
  EXPECT_EQ(t.seat->name, "Beta");
  EXPECT_EQ(t.deficit_votes, 50);
  EXPECT_NEAR(t.margin_pp, 5.0, 1e-9);
  EXPECT_NEAR(t.swing_needed_pp, 2.5, 1e-9);
  EXPECT_EQ(t.segments_with_booths, 1);
  EXPECT_EQ(t.booths, 4);
  EXPECT_EQ(t.booths_won, 1);
  EXPECT_EQ(t.booths_flip, 1);
  ASSERT_EQ(t.largest_deficits.size(), 2u);
  EXPECT_EQ(t.largest_deficits[0].booth, 2u);
  EXPECT_EQ(t.largest_deficits[0].deficit_votes, 110);
  EXPECT_EQ(t.largest_deficits[1].booth, 1u);  // ties keep file order

  o.within_pp = 60;
  const auto wider = FindTargets(data, data.FindParty("BJP"), segs, o);
  ASSERT_EQ(wider.size(), 2u);
  // Gamma: BJP third; beating INC (300 vs 100) needs 20 points, TDP needs 25.
  EXPECT_EQ(wider[1].seat->name, "Gamma");
  EXPECT_NEAR(wider[1].swing_needed_pp, 25.0, 1e-9);
  EXPECT_EQ(wider[1].segments_with_booths, 0);
}

TEST(TargetsTest, ThirdPlaceSwingIsBoundByTheRunnerUp) {
  // P third: winner 400, runner-up 390, P 300 of 1090. Half the gap to the
  // winner is 4.59 points, but 390 − 300 = 8.26 points is needed.
  const ElectionData data = testing::MakeElection(
      "ls2014",
      {{"S24", 5, "Delta", {{"W", "SP", 400}, {"R", "BSP", 390}, {"P", "BJP", 300}}}});
  const auto t = FindTargets(data, data.FindParty("BJP"), {}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_NEAR(t[0].swing_needed_pp, 90.0 / 1090 * 100, 1e-9);
  EXPECT_EQ(t[0].party_rank, 3);
}

}  // namespace
}  // namespace janadhar::analysis
