#include "analysis/iou.h"

#include <gtest/gtest.h>

#include "analysis/analysis_test_util.h"

namespace janadhar::analysis {
namespace {

TEST(IouTest, SeatAndStateByHand) {
  const ElectionData data = testing::SampleElection();
  IouOptions o;
  o.state = "S24";
  o.ruling = {data.FindParty("BJP")};
  const IouResult r = ComputeIou(data, o);
  ASSERT_EQ(r.seats.size(), 2u);
  // Alpha: INC 300 of opposition 500 (INC, BSP, IND); NOTA not counted.
  EXPECT_NEAR(*r.seats[0].iou, 60.0, 1e-9);
  EXPECT_EQ(r.seats[0].opposition_votes, 500);
  EXPECT_EQ(data.parties[r.seats[0].largest].label, "INC");
  EXPECT_TRUE(r.seats[0].ruling_won);
  EXPECT_NEAR(*r.seats[0].ruling_share, 0.5, 1e-12);
  // Beta: INC 450 of 600.
  EXPECT_NEAR(*r.seats[1].iou, 75.0, 1e-9);
  EXPECT_FALSE(r.seats[1].ruling_won);
  // UP: INC 750 of 1100 (two independents count apart); seat mean 67.5.
  ASSERT_EQ(r.states.size(), 1u);
  EXPECT_NEAR(*r.states[0].iou, 750.0 / 1100 * 100, 1e-9);
  EXPECT_NEAR(*r.states[0].mean_seat_iou, 67.5, 1e-9);
  EXPECT_EQ(r.states[0].ruling_won, 1);
  EXPECT_EQ(data.parties[r.states[0].largest].label, "INC");
}

TEST(IouTest, AllianceAndIndependentLeadingTheOpposition) {
  const ElectionData data = testing::MakeElection("ls2014", {{"S24",
                                                              1,
                                                              "A",
                                                              {{"a", "BJP", 500},
                                                               {"b", "Apna Dal", 100},
                                                               {"c", "Independent", 300},
                                                               {"d", "Independent", 100},
                                                               {"e", "SP", 200}}}});
  IouOptions o;
  o.ruling = {data.FindParty("BJP"), data.FindParty("AD")};
  const IouResult r = ComputeIou(data, o);
  // Opposition 600: the first independent alone, 300 → 50.
  EXPECT_NEAR(*r.seats[0].iou, 50.0, 1e-9);
  EXPECT_EQ(r.seats[0].largest_candidate, 2);
  EXPECT_NEAR(*r.seats[0].ruling_share, 0.5, 1e-12);
}

TEST(IouTest, NoOppositionVotesHasNoIndex) {
  const ElectionData data = testing::MakeElection(
      "ls2014", {{"S24", 1, "A", {{"a", "BJP", 500}, {"n", "", 9}}}});
  IouOptions o;
  o.ruling = {data.FindParty("BJP")};
  const IouResult r = ComputeIou(data, o);
  EXPECT_FALSE(r.seats[0].iou);
  EXPECT_FALSE(r.states[0].iou);
}

}  // namespace
}  // namespace janadhar::analysis
