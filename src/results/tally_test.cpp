#include "results/tally.h"

#include <gtest/gtest.h>

namespace janadhar::results {
namespace {

TEST(TallyByParty, CountsWinnersAndVotes) {
  SeatResult a{
      "S24", "UP", 1, "One", {{"x", "P", 10}, {"y", "Q", 20}, {"n", "NOTA", 30, true}}};
  SeatResult b{"S24", "UP", 2, "Two", {{"x", "P", 50}, {"y", "Q", 5}}};
  SeatResult c{"S24", "UP", 3, "Three", {{"z", "Q", kMissing}}, true};
  const auto t = TallyByParty({a, b, c});
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].party, "Q");  // 2 seats (one uncontested)
  EXPECT_EQ(t[0].seats_won, 2);
  EXPECT_EQ(t[0].seats_contested, 3);
  EXPECT_EQ(t[0].votes, 25);
  EXPECT_EQ(t[1].party, "P");
  EXPECT_EQ(t[1].seats_won, 1);
  EXPECT_EQ(t[1].votes, 60);
}

}  // namespace
}  // namespace janadhar::results
