// The region level of the forecast (scenario.h): swings per region worked out
// by hand, errors shared by the seats of a region and not by the others, and
// the same bits whatever the threads and kernel.
#include <gtest/gtest.h>

#include <cmath>

#include "forecast/engine.h"
#include "forecast/forecast_test_util.h"
#include "forecast/kernel.h"

namespace janadhar::forecast {
namespace {

using testing::Exact;
using testing::Input;
using testing::MakeElection;
using testing::Phi;
using testing::Simulate;
using testing::Winner;

// Parties A (0), B (1), C (2). S01 has regions WEST (seats 0, 1) and EAST
// (seat 2); seat 3 of S01 has no region; seat 4 is in S02.
analysis::ElectionData FiveSeats() {
  return MakeElection({
      {"S01", {{"A", 450}, {"B", 400}, {"C", 150}}},  // A by 5 points
      {"S01", {{"A", 380}, {"B", 400}, {"C", 220}}},  // B by 2
      {"S01", {{"A", 300}, {"B", 320}, {"C", 380}}},  // C by 6
      {"S01", {{"A", 410}, {"B", 400}, {"C", 190}}},  // A by 1
      {"S02", {{"A", 410}, {"B", 400}, {"C", 190}}},  // A by 1
  });
}

void AddRegions(Scenario& s) {
  s.regions = {{"S01", "WEST"}, {"S01", "EAST"}};
  s.seat_region = {0, 0, 1, -1, -1};
}

TEST(Regions, SwingMovesOnlyTheSeatsOfTheRegion) {
  const ForecastInput in = Input(FiveSeats());
  Scenario s = Exact();
  AddRegions(s);
  s.region_swing[{0, 1}] = 0.06;  // B +6 in WEST: 46 > 45 in seat 0
  s.region_swing[{1, 0}] = 0.07;  // A +7 in EAST: 37 < 38 in seat 2
  ForecastResult r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "B");
  EXPECT_EQ(Winner(in, r, 1), "B");
  EXPECT_EQ(Winner(in, r, 2), "C");
  EXPECT_EQ(Winner(in, r, 3), "A");  // no region: no region swing
  EXPECT_EQ(Winner(in, r, 4), "A");
  EXPECT_DOUBLE_EQ(r.seats_forecast[0].chances[0].share, 0.40 + 0.06);
  // On top of a state swing: B -1.1 in S01 leaves seat 0 to A.
  s.state_swing[{"S01", 1}] = -0.011;
  r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "A");  // 45 against 44.9
  EXPECT_EQ(Winner(in, r, 1), "B");  // 38 against 44.9
  s.region_swing[{1, 0}] = 0.09;     // 39 > 38 in EAST
  r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 2), "A");
}

TEST(Regions, ProportionalSwingDividesByTheRegionShare) {
  const ForecastInput in = Input(FiveSeats());
  Scenario s = Exact();
  AddRegions(s);
  s.swing_mode = SwingMode::kProportional;
  // C in WEST: 150 + 220 of 2000 votes = 18.5%. +18.5 points doubles it:
  // 30% in seat 0 (A 45 still wins), 44% in seat 1 (beats B's 40).
  s.region_swing[{0, 2}] = 0.185;
  const ForecastResult r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "A");
  EXPECT_EQ(Winner(in, r, 1), "C");
  EXPECT_NEAR(r.seats_forecast[1].chances[0].share, 0.44, 1e-12);
  EXPECT_EQ(Winner(in, r, 2), "C");
  EXPECT_EQ(Winner(in, r, 3), "A");
}

TEST(Regions, ErrorsAreSharedWithinARegion) {
  // A by 5 points in two seats of S01. Only region errors: two seats of one
  // region move together (A wins both or neither); of two regions they do not.
  Scenario s;
  s.simulations = 20000;
  const double n = static_cast<double>(s.simulations);
  s.sigma_national = s.sigma_state = s.sigma_seat = 0;
  s.sigma_region = 0.02;
  const ForecastInput in =
      Input(MakeElection({{"S01", {{"A", 500}, {"B", 450}, {"Z", 50}}},
                          {"S01", {{"A", 500}, {"B", 450}, {"Z", 50}}}}));
  auto a_seats = [&](std::vector<int> seat_region) {
    s.regions = {{"S01", "WEST"}, {"S01", "EAST"}};
    s.seat_region = std::move(seat_region);
    return Simulate(in, s).FindParty(0)->seats.histogram;
  };
  const double p = Phi(0.05 / (std::sqrt(2.0) * 0.02));  // 0.961 per seat
  std::vector<int64_t> h = a_seats({0, 0});
  EXPECT_EQ(h[1], 0);
  EXPECT_NEAR(h[2] / n, p, 4 * std::sqrt(p * (1 - p) / n) + 1e-3);
  h = a_seats({0, 1});
  const double split = 2 * p * (1 - p);  // 0.074
  EXPECT_NEAR(h[1] / n, split, 4 * std::sqrt(split * (1 - split) / n) + 1e-3);
  // Without a region a seat has no region error: A always wins it.
  h = a_seats({0, -1});
  EXPECT_EQ(h[0], 0);
  EXPECT_NEAR(h[1] / n, 1 - p, 4 * std::sqrt(p * (1 - p) / n) + 1e-3);
  // The state error is still shared by the two regions.
  s.sigma_region = 0;
  s.sigma_state = 0.02;
  h = a_seats({0, 1});
  EXPECT_EQ(h[1], 0);
  EXPECT_NEAR(h[2] / n, p, 4 * std::sqrt(p * (1 - p) / n) + 1e-3);
}

TEST(Regions, EveryLevelAddsItsVariance) {
  // Seats 0 and 1 in WEST, seat 2 in EAST; A by 5 points in seat 0. Each
  // candidate's error has variance national + state + region + seat, each
  // level drawn once (shared or folded), never twice.
  Scenario s;
  s.simulations = 40000;
  s.sigma_national = 0.01;
  s.sigma_state = 0.02;
  s.sigma_region = 0.015;
  s.sigma_seat = 0.03;
  s.regions = {{"S01", "WEST"}, {"S01", "EAST"}};
  s.seat_region = {0, 0, 1, -1};
  const ForecastInput in =
      Input(MakeElection({{"S01", {{"A", 500}, {"B", 450}, {"Z", 50}}},
                          {"S01", {{"A", 480}, {"B", 470}, {"Z", 50}}},
                          {"S01", {{"A", 300}, {"B", 650}, {"Z", 50}}},
                          {"S02", {{"A", 300}, {"B", 650}, {"Z", 50}}}}));
  const ForecastResult r = Simulate(in, s);
  const double v = 0.01 * 0.01 + 0.02 * 0.02 + 0.015 * 0.015 + 0.03 * 0.03;
  const double p = Phi(0.05 / std::sqrt(2 * v));
  const double n = static_cast<double>(s.simulations);
  EXPECT_NEAR(r.seats_forecast[0].chances[0].probability, p,
              4 * std::sqrt(p * (1 - p) / n) + 1e-3);
}

TEST(Regions, SameBitsWhateverTheThreadsAndKernel) {
  std::vector<testing::SeatVotes> seats;
  uint64_t x = 99;
  for (int i = 0; i < 60; ++i) {
    testing::SeatVotes sv{i % 3 == 0 ? "S02" : "S01", {}};
    for (const char* p : {"A", "B", "C", "D", "IND"}) {
      x = x * 6364136223846793005ull + 1442695040888963407ull;
      sv.candidates.push_back({p, static_cast<int64_t>(x >> 46) + 1000});
    }
    seats.push_back(sv);
  }
  const ForecastInput in = Input(MakeElection(seats));
  Scenario s;
  s.simulations = 2001;
  s.seed = 5;
  s.sigma_region = 0.02;
  s.regions = {{"S01", "NORTH"}, {"S01", "SOUTH"}, {"S02", "ALL"}};
  for (int i = 0; i < 60; ++i) {
    s.seat_region.push_back(i % 3 == 0 ? 2 : (i % 7 == 0 ? -1 : (i / 3) % 2));
  }
  s.region_swing[{1, 2}] = 0.02;
  s.threads = 1;
  const ForecastResult one = Simulate(in, s);
  for (int threads : {2, 5}) {
    s.threads = threads;
    const ForecastResult other = Simulate(in, s);
    for (std::size_t i = 0; i < one.parties.size(); ++i) {
      EXPECT_EQ(one.parties[i].seats.histogram, other.parties[i].seats.histogram);
    }
  }
  s.threads = 2;
  s.skip_rows = false;
  s.kernel = Kernel::kGeneric;
  const ForecastResult generic = Simulate(in, s);
  for (std::size_t i = 0; i < one.seats_forecast.size(); ++i) {
    const auto &a = one.seats_forecast[i].chances, &b = generic.seats_forecast[i].chances;
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t j = 0; j < a.size(); ++j) EXPECT_EQ(a[j].wins, b[j].wins);
  }
}

TEST(Regions, BadRegionsAreRefused) {
  const ForecastInput in = Input(FiveSeats());
  Scenario s = Exact();
  AddRegions(s);
  EXPECT_TRUE(ValidateScenario(in, s).ok());
  auto message = [&](Scenario bad) { return ValidateScenario(in, bad).message(); };
  Scenario bad = s;
  bad.seat_region.pop_back();
  EXPECT_EQ(message(bad), "seat_region has 4 entries for 5 seats");
  bad = s;
  bad.seat_region[4] = 0;
  EXPECT_EQ(message(bad), "seat S02-1 of S02 is in region WEST of S01");
  bad = s;
  bad.seat_region[0] = 2;
  EXPECT_EQ(message(bad), "seat S01-1 has unknown region 2");
  bad = s;
  bad.regions.push_back({"S09", "NOWHERE"});
  EXPECT_EQ(message(bad), "region NOWHERE is in state 'S09', which has no seat in test");
  bad = s;
  bad.regions[1].name = "WEST";
  EXPECT_EQ(message(bad), "region WEST of S01 is given twice");
  bad = s;
  bad.region_swing[{0, 1}] = 2;
  EXPECT_EQ(message(bad),
            "swing in region WEST of B must be between -1 and 1 (a fraction: 0.02 is two "
            "points)");
  bad = s;
  bad.sigma_region = -1;
  EXPECT_NE(message(bad).find("sigma_region"), std::string::npos);
}

}  // namespace
}  // namespace janadhar::forecast
