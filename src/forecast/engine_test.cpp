// RunForecast on made-up elections: without errors the results are the
// swings and alliances worked out by hand; with errors, probabilities the
// normal distribution gives; and the same seed gives the same bits.
#include "forecast/engine.h"

#include <gtest/gtest.h>

#include <cmath>

#include "forecast/forecast_test_util.h"
#include "forecast/kernel.h"

namespace janadhar::forecast {
namespace {

using testing::Exact;
using testing::Input;
using testing::MakeElection;
using testing::MeanSeats;
using testing::Phi;
using testing::Simulate;
using testing::Winner;

// Parties A, B, C; A is party 0.
analysis::ElectionData ThreeSeats() {
  return MakeElection({
      {"S01", {{"A", 450}, {"B", 400}, {"C", 150}}},  // A by 5 points
      {"S01", {{"A", 380}, {"B", 400}, {"C", 220}}},  // B by 2
      {"S02", {{"A", 300}, {"B", 450}, {"C", 250}}},  // B by 15
  });
}

TEST(RunForecast, UniformSwingOfThreePointsFlipsOneSeat) {
  const ForecastInput in = Input(ThreeSeats());
  ForecastResult base = Simulate(in, Exact());
  EXPECT_EQ(Winner(in, base, 0), "A");
  EXPECT_EQ(Winner(in, base, 1), "B");
  EXPECT_EQ(Winner(in, base, 2), "B");
  EXPECT_EQ(base.majority, 2);
  Scenario s = Exact();
  s.party_swing[0] = 0.03;
  const ForecastResult r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "A");
  EXPECT_EQ(Winner(in, r, 1), "A");  // 41 against 40
  EXPECT_EQ(Winner(in, r, 2), "B");  // 33 against 45
  const PartyForecast* a = r.FindParty(0);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->seats.mean, 2.0);
  EXPECT_EQ(a->seats.sd, 0.0);
  EXPECT_EQ(a->seats.median, 2);
  EXPECT_EQ(a->seats.p05, 2);
  EXPECT_EQ(a->seats.p95, 2);
  EXPECT_EQ(a->seats.p_majority, 1.0);
  EXPECT_EQ(a->seats.p_largest_alone, 1.0);
  EXPECT_EQ(a->seats.histogram, (std::vector<int64_t>{0, 0, 7, 0}));
  EXPECT_EQ(MeanSeats(in, r, "B"), 1.0);
  EXPECT_EQ(r.FindParty(1)->seats.p_majority, 0.0);
  EXPECT_EQ(r.parties[0].party, 0);  // most seats first
  EXPECT_DOUBLE_EQ(r.seats_forecast[1].chances[0].share, 0.38 + 0.03);
  EXPECT_EQ(r.seats_forecast[1].chances[0].candidate, "S01-2 A");
  EXPECT_EQ(r.seats_forecast[1].chances[1].probability, 0.0);
}

TEST(RunForecast, StateSwingMovesOnlyThatState) {
  const ForecastInput in = Input(ThreeSeats());
  Scenario s = Exact();
  s.state_swing[{"S02", 2}] = 0.21;  // C: 46 against B's 45 in S02 only
  const ForecastResult r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 1), "B");
  EXPECT_EQ(Winner(in, r, 2), "C");
}

TEST(RunForecast, ExactTiesGoToTheCandidateWithMoreBaseVotes) {
  const ForecastInput in = Input(MakeElection({
      {"S01", {{"B", 390}, {"A", 400}, {"C", 210}}},
      {"S01", {{"A", 400}, {"B", 400}, {"C", 200}}},  // equal: file order
  }));
  Scenario s = Exact();
  s.party_swing[0] = 0.25;  // B is party 0 here
  s.party_swing[1] = 0.25;
  const ForecastResult r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "A");
  EXPECT_EQ(Winner(in, r, 1), "A");
}

// National share of A: 1200 of 3000 votes = 0.4.
analysis::ElectionData ProportionalCase() {
  return MakeElection({
      {"S01", {{"A", 480}, {"B", 496}, {"C", 24}}},
      {"S01", {{"C", 210}, {"A", 200}, {"B", 198}, {"D", 197}, {"E", 195}}},
      {"S02", {{"A", 520}, {"B", 480}}},
  });
}

TEST(RunForecast, ProportionalSwingScalesByTheBaseShare) {
  const ForecastInput in = Input(ProportionalCase());
  ASSERT_DOUBLE_EQ(in.national_share[0], 0.4);
  Scenario s = Exact();
  s.party_swing[0] = 0.015;
  // Uniform: 49.5 against 49.6, 21.5 against 21.
  ForecastResult r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "B");
  EXPECT_EQ(Winner(in, r, 1), "A");
  EXPECT_EQ(Winner(in, r, 2), "A");
  // Proportional: × (1 + 1.5/40) = × 1.0375: 49.8 against 49.6, 20.75
  // against 21.
  s.swing_mode = SwingMode::kProportional;
  r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 0), "A");
  EXPECT_EQ(Winner(in, r, 1), "C");
  EXPECT_EQ(Winner(in, r, 2), "A");
  EXPECT_NEAR(r.seats_forecast[0].chances[0].share, 0.48 * 1.0375, 1e-12);
  EXPECT_EQ(MeanSeats(in, r, "A"), 2.0);
  // A state swing is relative to the party's share in the state: A has 52%
  // in S02, so +2 points there make 54.
  s.party_swing.clear();
  s.state_swing[{"S02", 0}] = 0.02;
  r = Simulate(in, s);
  EXPECT_NEAR(r.seats_forecast[2].chances[0].share, 0.54, 1e-12);
  // A loss larger than the party's share leaves it nothing, never less.
  s.state_swing.clear();
  s.party_swing[0] = -0.5;
  r = Simulate(in, s);
  EXPECT_EQ(Winner(in, r, 2), "B");
  for (const auto& c : r.seats_forecast[2].chances) {
    if (c.party == 0) {
      EXPECT_EQ(c.share, 0.0);
    }
  }
}

TEST(RunForecast, WinProbabilityFollowsTheNormalErrors) {
  // A leads B by 5 points: the gap's sd is √2·√(2² + 2² + 3²) points.
  const ForecastInput in =
      Input(MakeElection({{"S01", {{"A", 500}, {"B", 450}, {"Z", 50}}}}));
  Scenario s;
  s.simulations = 20000;
  const double n = static_cast<double>(s.simulations);
  const ForecastResult r = Simulate(in, s);
  const double p = Phi(0.05 / std::sqrt(2 * (0.0004 + 0.0004 + 0.0009)));  // 0.804
  EXPECT_NEAR(r.seats_forecast[0].chances[0].probability, p,
              4 * std::sqrt(p * (1 - p) / n) + 1e-3);
  EXPECT_EQ(in.parties[r.seats_forecast[0].chances[0].party].label, "A");
}

TEST(RunForecast, ErrorsAreSharedByPartyAndState) {
  // Two seats, A by 5 points in both. Only state errors: seats of one state
  // move together (A wins both or neither), seats of two states do not.
  Scenario s;
  s.simulations = 20000;
  const double n = static_cast<double>(s.simulations);
  s.sigma_national = s.sigma_seat = 0;
  auto a_seats = [&](const char* state2) {
    const ForecastInput in =
        Input(MakeElection({{"S01", {{"A", 500}, {"B", 450}, {"Z", 50}}},
                            {state2, {{"A", 500}, {"B", 450}, {"Z", 50}}}}));
    return Simulate(in, s).FindParty(0)->seats.histogram;
  };
  std::vector<int64_t> h = a_seats("S01");
  EXPECT_EQ(h[1], 0);
  const double p = Phi(0.05 / (std::sqrt(2.0) * 0.02));  // 0.961 per seat
  EXPECT_NEAR(h[2] / n, p, 4 * std::sqrt(p * (1 - p) / n) + 1e-3);
  h = a_seats("S02");
  const double split = 2 * p * (1 - p);  // 0.074
  EXPECT_NEAR(h[1] / n, split, 4 * std::sqrt(split * (1 - split) / n) + 1e-3);
  // Only national errors: both states move together again.
  s.sigma_state = 0;
  s.sigma_national = 0.02;
  h = a_seats("S02");
  EXPECT_EQ(h[1], 0);
  EXPECT_NEAR(h[2] / n, p, 4 * std::sqrt(p * (1 - p) / n) + 1e-3);
}

analysis::ElectionData Random() {
  return testing::RandomElection(/*blank_candidate=*/true);
}

void ExpectSame(const ForecastResult& a, const ForecastResult& b) {
  ASSERT_EQ(a.parties.size(), b.parties.size());
  for (std::size_t i = 0; i < a.parties.size(); ++i) {
    EXPECT_EQ(a.parties[i].party, b.parties[i].party);
    EXPECT_EQ(a.parties[i].seats.histogram, b.parties[i].seats.histogram);
    EXPECT_EQ(a.parties[i].seats.p_largest, b.parties[i].seats.p_largest);
    EXPECT_EQ(a.parties[i].seats.p_largest_alone, b.parties[i].seats.p_largest_alone);
  }
  ASSERT_EQ(a.alliances.size(), b.alliances.size());
  for (std::size_t i = 0; i < a.alliances.size(); ++i) {
    EXPECT_EQ(a.alliances[i].seats.histogram, b.alliances[i].seats.histogram);
    EXPECT_EQ(a.alliances[i].seats.p_largest, b.alliances[i].seats.p_largest);
  }
  ASSERT_EQ(a.seats_forecast.size(), b.seats_forecast.size());
  for (std::size_t i = 0; i < a.seats_forecast.size(); ++i) {
    const auto &x = a.seats_forecast[i].chances, &y = b.seats_forecast[i].chances;
    ASSERT_EQ(x.size(), y.size());
    for (std::size_t j = 0; j < x.size(); ++j) {
      EXPECT_EQ(x[j].party, y[j].party);
      EXPECT_EQ(x[j].wins, y[j].wins) << "seat " << i;
    }
  }
}

TEST(RunForecast, SameSeedSameBitsWhateverTheThreads) {
  const ForecastInput in = Input(Random());
  Scenario s;
  s.simulations = 3001;  // not a whole number of blocks
  s.seed = 42;
  s.party_swing[1] = 0.01;
  s.alliances.push_back(testing::MakeAlliance("AC", {0, 2}, 0.7));
  s.threads = 1;
  const ForecastResult one = Simulate(in, s);
  EXPECT_EQ(one.threads, 1);
  EXPECT_GT(one.parties.size(), 3u);
  s.threads = 2;
  ExpectSame(one, Simulate(in, s));
  s.threads = 7;
  const ForecastResult seven = Simulate(in, s);
  EXPECT_EQ(seven.threads, 7);
  ExpectSame(one, seven);
  // Leaving out rows that cannot win changes nothing.
  s.skip_rows = false;
  ExpectSame(one, Simulate(in, s));
  // Neither does the kernel.
  s.kernel = Kernel::kGeneric;
  const ForecastResult generic = Simulate(in, s);
  EXPECT_EQ(generic.kernel, "generic");
  ExpectSame(one, generic);
  if (internal::HasAvx2()) {
    s.kernel = Kernel::kAvx2;
    const ForecastResult avx2 = Simulate(in, s);
    EXPECT_EQ(avx2.kernel, "avx2");
    ExpectSame(one, avx2);
  }
  // (one is the AVX-512 kernel's where the processor has it.)
  if (internal::HasAvx512()) {
    EXPECT_EQ(one.kernel, "avx512");
  }
  // Another seed gives other draws.
  s.seed = 43;
  const ForecastResult other = Simulate(in, s);
  bool differs = false;
  for (std::size_t i = 0; i < one.seats_forecast.size(); ++i) {
    for (std::size_t j = 0; j < one.seats_forecast[i].chances.size(); ++j) {
      differs |= one.seats_forecast[i].chances[j].wins !=
                 other.seats_forecast[i].chances[j].wins;
    }
  }
  EXPECT_TRUE(differs);
}

TEST(RunForecast, SummariesAddUp) {
  const ForecastInput in = Input(Random());
  Scenario s;
  s.simulations = 2000;
  const ForecastResult r = Simulate(in, s);
  EXPECT_EQ(r.seats, 150);
  EXPECT_EQ(r.majority, 76);
  double seats = 0, largest = 0;
  for (const auto& p : r.parties) {
    int64_t sims = 0;
    for (int64_t h : p.seats.histogram) sims += h;
    EXPECT_EQ(sims, s.simulations);
    EXPECT_LE(p.seats.p05, p.seats.median);
    EXPECT_LE(p.seats.median, p.seats.p95);
    EXPECT_LE(p.seats.min, p.seats.p05);
    EXPECT_LE(p.seats.p95, p.seats.max);
    seats += p.seats.mean;
    largest += p.seats.p_largest_alone;
  }
  EXPECT_NEAR(seats, 150, 1e-9);  // every seat has a winner
  EXPECT_LE(largest, 1 + 1e-12);
  for (const auto& f : r.seats_forecast) {
    double p = f.p_no_winner;
    for (const auto& c : f.chances) p += c.probability;
    EXPECT_NEAR(p, 1, 1e-12);
    for (std::size_t j = 1; j < f.chances.size(); ++j) {
      EXPECT_GE(f.chances[j - 1].wins, f.chances[j].wins);
    }
  }
}

TEST(RunForecast, ReportsProgressAndRejectsBadScenarios) {
  const ForecastInput in = Input(ThreeSeats());
  Scenario s;
  s.simulations = 1000;
  int64_t last = -1;
  int calls = 0;
  auto r = RunForecast(in, s, [&](int64_t done, int64_t total) {
    EXPECT_EQ(total, 1000);
    EXPECT_GE(done, last);
    last = done;
    ++calls;
  });
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(last, 1000);
  EXPECT_GE(calls, 1);
  s.simulations = 0;
  EXPECT_EQ(RunForecast(in, s).status().code(), StatusCode::kInvalidArgument);
  s.simulations = 10;
  s.sigma_national = -0.02;
  EXPECT_EQ(RunForecast(in, s).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace janadhar::forecast
