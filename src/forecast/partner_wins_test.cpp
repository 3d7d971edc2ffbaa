// SimulatePartnerWins: without errors the win or loss worked out by hand for
// each partner fielding; the same bits on any number of threads; common
// random numbers across partners; the forecast engine's probabilities within
// sampling error; and bad requests refused.
#include "forecast/partner_wins.h"

#include <gtest/gtest.h>

#include <cmath>

#include "forecast/engine.h"
#include "forecast/forecast_test_util.h"

namespace janadhar::forecast {
namespace {

using testing::Exact;
using testing::Input;
using testing::MakeAlliance;
using testing::MakeElection;
using Matrix = std::vector<std::vector<double>>;

// Parties A (0), B (1), C (2), D (3), E (4); 1,000 votes a seat, so 10 votes
// are a point. B, C and D negotiate; A (with E, in some tests) opposes.
analysis::ElectionData FourSeats() {
  return MakeElection({
      {"S01", {{"A", 380}, {"B", 300}, {"C", 220}, {"D", 100}}},
      {"S01", {{"A", 350}, {"E", 150}, {"B", 250}, {"C", 250}}},  // no D
      {"S02", {{"A", 420}, {"C", 300}, {"D", 180}, {"B", 100}}},
      {"S02", {{"E", 380}, {"B", 320}, {"C", 200}, {"A", 100}}},  // no D
  });
}

PartnerWins Wins(const ForecastInput& in, const Scenario& s,
                 const PartnerWinsRequest& r) {
  auto w = SimulatePartnerWins(in, s, r);
  EXPECT_TRUE(w.ok()) << w.status().ToString();
  return w.ok() ? std::move(w).value() : PartnerWins{};
}

void ExpectNear(const Matrix& got, const Matrix& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    ASSERT_EQ(got[i].size(), want[i].size());
    for (std::size_t k = 0; k < got[i].size(); ++k) {
      EXPECT_NEAR(got[i][k], want[i][k], 1e-12) << "seat " << i << " partner " << k;
    }
  }
}

// Rates from B: to C 0.6, to D 0.2; from C: to B 0.8, to D 0.4; from D:
// to B 0.5, to C 0.9.
const Matrix kRates = {{0, 0.6, 0.2}, {0.8, 0, 0.4}, {0.5, 0.9, 0}};

TEST(PartnerWins, UniformRateWithAndWithoutAnOpposingAlliance) {
  const ForecastInput in = Input(FourSeats());
  Scenario s = Exact();
  PartnerWinsRequest r;
  r.seats = {0, 1, 2, 3};
  r.partners = {1, 2};
  r.transfer = {{0, 0.5}, {0.5, 0}};
  PartnerWins w = Wins(in, s, r);
  // Seat 0: B 30 + 11 = 41 beats A's 38, C 22 + 15 = 37 does not. Seat 1:
  // 25 + 12.5 against A's 35. Seat 2: B 10 + 15, C 30 + 5 against 42. Seat
  // 3: B 32 + 10 = 42, C 20 + 16 = 36 against E's 38.
  ExpectNear(w.mean_share, {{0.41, 0.37}, {0.375, 0.375}, {0.25, 0.35}, {0.42, 0.36}});
  EXPECT_EQ(w.p_win, (Matrix{{1, 0}, {1, 1}, {0, 0}, {1, 0}}));
  EXPECT_EQ(w.best_opponent_party, (std::vector<int>{0, 0, 0, 4}));
  EXPECT_NEAR(w.best_opponent_mean[3], 0.38, 1e-12);
  EXPECT_EQ(w.simulations, 7);
  EXPECT_EQ(w.seed, 1u);
  // With E: A and E field one candidate, 35 + 15 = 50 in seat 1 (A's), 38 + 10
  // = 48 in seat 3 (E's).
  s.alliances.push_back(MakeAlliance("AE", {0, 4}));
  w = Wins(in, s, r);
  EXPECT_EQ(w.p_win, (Matrix{{1, 0}, {0, 0}, {0, 0}, {0, 0}}));
  EXPECT_EQ(w.best_opponent_party, (std::vector<int>{0, 0, 0, 4}));
  EXPECT_NEAR(w.best_opponent_mean[1], 0.50, 1e-12);
  EXPECT_NEAR(w.best_opponent_mean[3], 0.48, 1e-12);
  // No transfer matrix: every rate 1. Seat 2: 10 + 30 = 40 against 42.
  s.alliances.clear();
  r.transfer.clear();
  w = Wins(in, s, r);
  EXPECT_NEAR(w.mean_share[0][1], 0.52, 1e-12);
  EXPECT_EQ(w.p_win, (Matrix{{1, 1}, {1, 1}, {0, 0}, {1, 1}}));
  // The alliance's own swing: +3 points nationally takes seat 0 for C (40).
  r.transfer = {{0, 0.5}, {0.5, 0}};
  r.alliance_swing = 0.03;
  w = Wins(in, s, r);
  EXPECT_NEAR(w.mean_share[0][1], 0.40, 1e-12);
  EXPECT_EQ(w.p_win[0], (std::vector<double>{1, 1}));
  // And in S02 only, 5 points more: C 35 + 8 = 43 beats A's 42 in seat 2.
  r.alliance_state_swing["S02"] = 0.05;
  w = Wins(in, s, r);
  EXPECT_NEAR(w.mean_share[2][1], 0.43, 1e-12);
  EXPECT_EQ(w.p_win[2], (std::vector<double>{0, 1}));
}

TEST(PartnerWins, PairRatesAndAPartnerThatDidNotStand) {
  const ForecastInput in = Input(FourSeats());
  Scenario s = Exact();
  PartnerWinsRequest r;
  r.seats = {0, 1, 2, 3};
  r.partners = {1, 2, 3};
  r.transfer = kRates;
  PartnerWins w = Wins(in, s, r);
  // Seat 0: B 30 + .8·22 + .5·10, C 22 + .6·30 + .9·10, D 10 + .2·30 + .4·22.
  // Seat 1 has no D: D starts from 0 and gives nothing. Seat 2: B 10 +
  // .8·30 + .5·18 = 43 beats A's 42 by a point.
  ExpectNear(w.mean_share, {{0.526, 0.49, 0.248},
                            {0.45, 0.40, 0.15},
                            {0.43, 0.522, 0.32},
                            {0.48, 0.392, 0.144}});
  EXPECT_EQ(w.p_win, (Matrix{{1, 1, 0}, {1, 1, 0}, {1, 1, 0}, {1, 1, 0}}));
}

TEST(PartnerWins, UniformAndProportionalSwings) {
  const ForecastInput in = Input(FourSeats());
  ASSERT_DOUBLE_EQ(in.national_share[3], 0.07);  // D: 280 of 4,000 votes
  Scenario s = Exact();
  s.party_swing[3] = 0.10;   // D +10
  s.party_swing[0] = -0.02;  // A -2: 36, 33, 40 and 8
  PartnerWinsRequest r;
  r.seats = {0, 1, 2, 3};
  r.partners = {1, 2, 3};
  r.transfer = kRates;
  PartnerWins w = Wins(in, s, r);
  // D has 20 and 28 where it stood; where it did not it fields from 0 + 10
  // but transfers nothing (B stays at 45 in seat 1).
  ExpectNear(w.mean_share, {{0.576, 0.58, 0.348},
                            {0.45, 0.40, 0.25},
                            {0.48, 0.612, 0.42},
                            {0.48, 0.392, 0.244}});
  EXPECT_EQ(w.p_win, (Matrix{{1, 1, 0}, {1, 1, 0}, {1, 1, 1}, {1, 1, 0}}));
  EXPECT_NEAR(w.best_opponent_mean[2], 0.40, 1e-12);
  // Proportional: +7 points doubles D where it stood (20, 36) and gives it
  // nothing where it did not.
  s.swing_mode = SwingMode::kProportional;
  s.party_swing = {{3, 0.07}};
  w = Wins(in, s, r);
  ExpectNear(w.mean_share, {{0.576, 0.58, 0.348},
                            {0.45, 0.40, 0.15},
                            {0.52, 0.684, 0.50},
                            {0.48, 0.392, 0.144}});
  EXPECT_EQ(w.p_win, (Matrix{{1, 1, 0}, {1, 1, 0}, {1, 1, 1}, {1, 1, 0}}));
}

analysis::ElectionData Random() {
  return testing::RandomElection(/*blank_candidate=*/false);
}

TEST(PartnerWins, SameSeedSameBitsWhateverTheThreads) {
  const ForecastInput in = Input(Random());
  Scenario s;
  s.simulations = 3001;  // not a whole number of blocks
  s.seed = 42;
  s.sigma_region = 0.01;
  s.regions = {{"S00", "WEST"}};
  s.seat_region.assign(in.seats.size(), -1);
  PartnerWinsRequest r;
  for (int seat = 0; seat < 150; seat += 5) r.seats.push_back(seat);  // S00
  for (int seat = 0; seat < 75; seat += 5) s.seat_region[seat] = 0;
  s.alliances.push_back(MakeAlliance("AE", {0, 4}, 0.7));
  r.partners = {1, 2, 3};
  r.transfer = kRates;
  s.threads = 1;
  const PartnerWins one = Wins(in, s, r);
  EXPECT_EQ(one.threads, 1);
  double sum = 0;
  for (const auto& row : one.p_win) sum += row[0] + row[1] + row[2];
  EXPECT_GT(sum, 1);
  s.threads = 2;
  EXPECT_EQ(Wins(in, s, r).p_win, one.p_win);
  s.threads = 7;
  const PartnerWins seven = Wins(in, s, r);
  EXPECT_EQ(seven.threads, 7);
  EXPECT_EQ(seven.p_win, one.p_win);
  s.seed = 43;
  EXPECT_NE(Wins(in, s, r).p_win, one.p_win);
}

TEST(PartnerWins, PartnersShareTheSeatErrors) {
  // Only seat errors: every partner's candidate meets the same draws, so a
  // higher projected share never wins less often, and equal ones (seat 1 of
  // FourSeats: B and C both 37.5) win exactly as often.
  const ForecastInput in = Input(FourSeats());
  Scenario s;
  s.sigma_national = s.sigma_state = 0;
  s.simulations = 4000;
  PartnerWinsRequest r;
  r.seats = {0, 1, 2, 3};
  r.partners = {1, 2, 3};
  r.transfer = {{0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
  const PartnerWins w = Wins(in, s, r);
  EXPECT_EQ(w.mean_share[1][0], w.mean_share[1][1]);
  EXPECT_EQ(w.p_win[1][0], w.p_win[1][1]);
  EXPECT_GT(w.p_win[1][0], 0.1);
  EXPECT_LT(w.p_win[1][0], 0.9);
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t a = 0; a < 3; ++a) {
      for (std::size_t b = 0; b < 3; ++b) {
        if (w.mean_share[i][a] >= w.mean_share[i][b]) {
          EXPECT_GE(w.p_win[i][a], w.p_win[i][b]) << i << " " << a << " " << b;
        }
      }
    }
  }
}

TEST(PartnerWins, AgreesWithTheForecastEngine) {
  // The forecast with the partners as a scenario alliance that fields k in
  // every seat gives the same probabilities within sampling error.
  const ForecastInput in = Input(FourSeats());
  Scenario s;
  s.simulations = 20000;
  s.seed = 7;
  s.sigma_region = 0.015;
  s.regions = {{"S01", "WEST"}};
  s.seat_region = {0, 0, -1, -1};
  s.party_swing[0] = 0.04;
  s.alliances.push_back(MakeAlliance("AE", {0, 4}, 0.3));
  PartnerWinsRequest r;
  r.seats = {3, 0, 2, 1};
  r.partners = {1, 2, 3};
  r.transfer = kRates;
  r.alliance_swing = -0.01;
  const PartnerWins w = Wins(in, s, r);
  const double n = static_cast<double>(s.simulations);
  int uncertain = 0;
  for (std::size_t k = 0; k < r.partners.size(); ++k) {
    Scenario f = s;
    f.seed = 8;  // draws independent of the partners' run
    Alliance bloc = MakeAlliance("BCD", r.partners);
    bloc.swing = r.alliance_swing;
    for (std::size_t q = 0; q < r.partners.size(); ++q) {
      if (q != k) bloc.transfer_from[r.partners[q]] = r.transfer[q][k];
    }
    for (int seat = 0; seat < 4; ++seat) bloc.fielded[seat] = r.partners[k];
    f.alliances.push_back(bloc);
    const ForecastResult fr = testing::Simulate(in, f);
    for (std::size_t i = 0; i < r.seats.size(); ++i) {
      double p = 0, share = -1;
      for (const SeatChance& c : fr.seats_forecast[r.seats[i]].chances) {
        if (c.alliance != 1) continue;
        p += c.probability;
        share = c.share;
      }
      EXPECT_NEAR(w.mean_share[i][k], share, 1e-12);
      const double q = w.p_win[i][k];
      const double se = std::sqrt(std::max(p * (1 - p), 1e-4) * 2 / n);
      EXPECT_NEAR(q, p, 4 * se + 1e-3) << "seat " << r.seats[i] << " partner " << k;
      uncertain += q > 0.05 && q < 0.95;
    }
  }
  EXPECT_GE(uncertain, 4);  // the comparison is not only of 0s and 1s
}

TEST(PartnerWins, RejectsBadRequests) {
  ForecastInput in = Input(FourSeats());
  Scenario s = Exact();
  s.alliances.push_back(MakeAlliance("AE", {0, 4}));
  PartnerWinsRequest good;
  good.seats = {0, 1};
  good.partners = {1, 2};
  good.transfer = {{0, 0.5}, {0.5, 0}};
  ASSERT_TRUE(SimulatePartnerWins(in, s, good).ok());
  auto message = [&](auto change) {
    PartnerWinsRequest r = good;
    change(r);
    auto w = SimulatePartnerWins(in, s, r);
    EXPECT_EQ(w.status().code(), StatusCode::kInvalidArgument);
    return w.status().message();
  };
  EXPECT_EQ(message([](auto& r) { r.partners.clear(); }),
            "partners is empty: name at least one party");
  EXPECT_EQ(message([](auto& r) { r.partners[1] = 9; }),
            "unknown partner party 9 (parties are 0 to 4)");
  EXPECT_EQ(message([](auto& r) { r.partners[1] = 1; }), "partner B is given twice");
  EXPECT_EQ(message([](auto& r) { r.partners[1] = 4; }),
            "partner E is in the scenario's alliance 'AE'; a partner must be in none of "
            "them");
  EXPECT_EQ(message([](auto& r) { r.seats.clear(); }),
            "seats is empty: name at least one seat");
  EXPECT_EQ(message([](auto& r) { r.seats[1] = -1; }),
            "unknown seat -1 (seats are 0 to 3)");
  EXPECT_EQ(message([](auto& r) { r.seats[1] = 0; }), "seat S01-1 is given twice");
  EXPECT_EQ(message([](auto& r) { r.transfer.pop_back(); }),
            "transfer has 1 rows for 2 partners (one per partner, or none for rates "
            "of 1)");
  EXPECT_EQ(message([](auto& r) { r.transfer[1] = {0.5}; }),
            "transfer row 1 (from C) has 1 rates for 2 partners");
  EXPECT_EQ(message([](auto& r) { r.transfer[0][1] = 1.5; }),
            "transfer from B to C must be between 0 and 1, not 1.5");
  EXPECT_EQ(message([](auto& r) { r.transfer[1][0] = NAN; }),
            "transfer from C to B must be between 0 and 1, not nan");
  EXPECT_EQ(message([](auto& r) { r.alliance_swing = -2; }),
            "alliance_swing must be between -1 and 1 (a fraction: 0.02 is two points), "
            "not -2");
  EXPECT_EQ(message([](auto& r) { r.alliance_state_swing["S09"] = 0.01; }),
            "alliance_state_swing in state 'S09', which has no seat in test");
  // The diagonal is ignored.
  PartnerWinsRequest r = good;
  r.transfer[0][0] = 7;
  EXPECT_TRUE(SimulatePartnerWins(in, s, r).ok());
  // Independents and NOTA stand alone.
  in.parties[2].is_independent = true;
  EXPECT_EQ(message([](auto&) {}), "partner C is Independents, who stand alone");
  in.nota_party = 2;
  EXPECT_EQ(message([](auto&) {}), "NOTA cannot be a partner");
  // The scenario is checked too.
  in = Input(FourSeats());
  s.simulations = 0;
  EXPECT_EQ(message([](auto&) {}), "simulations must be 1 or more, not 0");
}

}  // namespace
}  // namespace janadhar::forecast
