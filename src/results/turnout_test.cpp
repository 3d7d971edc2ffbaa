#include "results/turnout.h"

#include <gtest/gtest.h>

namespace janadhar::results {
namespace {

TEST(TurnoutTest, FractionOfElectors) {
  SeatTurnout adilabad;
  adilabad.electors_total = 1386233;
  adilabad.voters_total = 1045839;
  EXPECT_NEAR(adilabad.Turnout(), 0.7544, 0.00005);
  EXPECT_DOUBLE_EQ(TurnoutFraction(0, 10), 0.0);
}

TEST(TurnoutTest, UnknownWhenACountIsMissingOrThereAreNoElectors) {
  SeatTurnout t;
  EXPECT_EQ(t.Turnout(), kUnknownTurnout);
  t.electors_total = 100;
  EXPECT_LT(t.Turnout(), 0);  // voters missing
  t.voters_total = 60;
  EXPECT_DOUBLE_EQ(t.Turnout(), 0.6);
  t.electors_total = kMissing;
  EXPECT_LT(t.Turnout(), 0);
  EXPECT_EQ(TurnoutFraction(5, 0), kUnknownTurnout);
}

}  // namespace
}  // namespace janadhar::results
