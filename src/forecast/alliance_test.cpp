// Alliances worked out by hand: one candidate per seat with the partners'
// transferred votes, the partner named for a seat, and the alliance's seats.
#include <gtest/gtest.h>

#include "forecast/engine.h"
#include "forecast/forecast_test_util.h"

namespace janadhar::forecast {
namespace {

using testing::Exact;
using testing::Input;
using testing::MakeElection;
using testing::Simulate;
using testing::Winner;

// Parties A, B, C, D: B and C ally.
analysis::ElectionData AllianceCase() {
  return MakeElection({
      {"S01", {{"A", 400}, {"B", 320}, {"C", 280}}},  // B the stronger partner
      {"S01", {{"A", 400}, {"C", 330}, {"B", 270}}},  // C the stronger partner
      {"S02", {{"A", 600}, {"D", 400}}},              // neither stands
  });
}

TEST(RunForecast, AllianceFieldsOneCandidateWithTransfers) {
  const ForecastInput in = Input(AllianceCase());
  Scenario s = Exact();
  s.alliances.push_back(testing::MakeAlliance("BC", {1, 2}, 0.5));
  ForecastResult r = Simulate(in, s);
  // 32 + 0.5 × 28 = 46 and 33 + 0.5 × 27 = 46.5 beat A's 40.
  EXPECT_EQ(Winner(in, r, 0), "B");
  EXPECT_EQ(Winner(in, r, 1), "C");
  EXPECT_EQ(Winner(in, r, 2), "A");
  EXPECT_NEAR(r.seats_forecast[0].chances[0].share, 0.46, 1e-12);
  EXPECT_EQ(r.seats_forecast[0].chances[0].alliance, 0);
  EXPECT_EQ(r.seats_forecast[0].chances.size(), 2u);  // C withdrew
  ASSERT_EQ(r.alliances.size(), 1u);
  EXPECT_EQ(r.alliances[0].name, "BC");
  EXPECT_EQ(r.alliances[0].seats.mean, 2.0);
  EXPECT_EQ(r.alliances[0].seats.p_majority, 1.0);
  EXPECT_EQ(r.alliances[0].seats.p_largest_alone, 1.0);  // bloc of 2 against A's 1
  EXPECT_EQ(r.FindParty(1)->alliance, 0);
  // Parties tie at one seat each: largest, but not alone.
  EXPECT_EQ(r.FindParty(0)->seats.p_largest, 1.0);
  EXPECT_EQ(r.FindParty(0)->seats.p_largest_alone, 0.0);

  // Transfer 0.25: 39 and 39.75 fall short of 40.
  s.alliances[0].transfer = 0.25;
  r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "A");
  EXPECT_EQ(Winner(in, r, 1), "A");
  EXPECT_EQ(r.alliances[0].seats.mean, 0.0);
  // C's voters follow fully: 32 + 28 = 60 in seat 1; seat 2 still 39.75.
  s.alliances[0].transfer_from[2] = 1.0;
  r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "B");
  EXPECT_EQ(Winner(in, r, 1), "A");
}

TEST(RunForecast, AllianceFieldsTheNamedPartner) {
  const ForecastInput in = Input(AllianceCase());
  Scenario s = Exact();
  s.alliances.push_back(testing::MakeAlliance("BC", {1, 2}, 0.5, {}, {{0, 2}, {2, 1}}));
  const ForecastResult r = Simulate(in, s);
  // Seat 1: C fields, 28 + 0.5 × 32 = 44. Seat 3: B stands where it did
  // not, from 0, and loses.
  EXPECT_EQ(Winner(in, r, 0), "C");
  EXPECT_NEAR(r.seats_forecast[0].chances[0].share, 0.44, 1e-12);
  EXPECT_EQ(Winner(in, r, 2), "A");
  const auto& chances = r.seats_forecast[2].chances;
  ASSERT_EQ(chances.size(), 3u);  // A, D and the new B
  EXPECT_EQ(chances[2].party, 1);
  EXPECT_EQ(chances[2].candidate, "");
  EXPECT_EQ(chances[2].share, 0.0);
}

TEST(RunForecast, AllianceSwingsMoveItsCandidate) {
  const ForecastInput in = Input(AllianceCase());
  Scenario s = Exact();
  s.alliances.push_back(testing::MakeAlliance("BC", {1, 2}, 0.25));
  // Transfer 0.25: 39 and 39.75 against A's 40. +0.5 points nationally
  // takes seat 2 only (40.25); +1.5 in S01 on top takes both.
  s.alliances[0].swing = 0.005;
  ForecastResult r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "A");
  EXPECT_EQ(Winner(in, r, 1), "C");
  EXPECT_NEAR(r.seats_forecast[1].chances[0].share, 0.4025, 1e-12);
  s.alliances[0].state_swing["S01"] = 0.015;
  r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "B");
  EXPECT_NEAR(r.seats_forecast[0].chances[0].share, 0.39 + 0.02, 1e-12);
  EXPECT_EQ(Winner(in, r, 2), "A");  // no alliance candidate in S02
  // Proportional: B and C have 1,200 of S01's 2,000 votes (60%). +4 points
  // in S01 scales the alliance by 1 + 0.04 / 0.6: 39 × 1.0667 = 41.6 > 40.
  Scenario p = Exact();
  p.swing_mode = SwingMode::kProportional;
  p.alliances.push_back(testing::MakeAlliance("BC", {1, 2}, 0.25));
  p.alliances[0].state_swing["S01"] = 0.04;
  r = Simulate(in, p);
  EXPECT_EQ(Winner(in, r, 0), "B");
  EXPECT_NEAR(r.seats_forecast[0].chances[0].share, 0.39 * (1 + 0.04 / 0.6), 1e-12);
  // Bad swings are refused.
  p.alliances[0].state_swing["S09"] = 0.01;
  EXPECT_EQ(ValidateScenario(in, p).message(),
            "swing of alliance 'BC' in state 'S09', which has no seat in test");
  p.alliances[0].state_swing.erase("S09");
  p.alliances[0].swing = 1.5;
  EXPECT_NE(ValidateScenario(in, p).message().find("must be between -1 and 1"),
            std::string::npos);
}

}  // namespace
}  // namespace janadhar::forecast
