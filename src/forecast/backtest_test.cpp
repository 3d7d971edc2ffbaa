// The pure part of a backtest on made-up elections whose answer is worked out
// by hand in the comments: seat matching, party mapping, state swings, the
// deterministic projection and its score.
#include "forecast/backtest.h"

#include <gtest/gtest.h>

#include <cmath>

namespace janadhar::forecast {
namespace {

struct Cand {
  std::string party;
  int64_t votes = 0;
};
struct SeatSpec {
  std::string state;
  int number = 0;
  std::string name;
  std::vector<Cand> candidates;
};

// Parties get indices in order of first appearance.
analysis::ElectionData Election(const std::string& name,
                                const std::vector<SeatSpec>& seats) {
  analysis::ElectionData data;
  data.election.name = name;
  for (const auto& s : seats) {
    analysis::Seat& seat = data.seats.emplace_back();
    seat.state = seat.state_name = s.state;
    seat.number = s.number;
    seat.name = s.name;
    for (const auto& c : s.candidates) {
      analysis::Candidate& out = seat.candidates.emplace_back();
      out.name = s.name + " " + c.party;
      out.votes = c.votes;
      out.party = data.FindParty(c.party);
      if (out.party == analysis::kNoParty) {
        out.party = static_cast<int>(data.parties.size());
        data.parties.push_back({c.party, c.party, false});
      }
    }
  }
  return data;
}

// E1: S10 seats 1-3, S11 seats 1-2, 1000 valid votes each.
analysis::ElectionData Base() {
  return Election("e1",
                  {{"S10", 1, "Bangalore North", {{"A", 500}, {"B", 400}, {"C", 100}}},
                   {"S10", 2, "Jalore", {{"A", 300}, {"B", 450}, {"C", 250}}},
                   {"S10", 3, "Gulbarga", {{"A", 450}, {"B", 350}, {"C", 200}}},
                   {"S11", 1, "Mavelikkara", {{"A", 200}, {"B", 500}, {"C", 300}}},
                   {"S11", 2, "Alathur", {{"A", 360}, {"B", 300}, {"C", 340}}}});
}

// E2: three seats respelled, S10-3 renamed beyond recognition, D new in S10.
// Parties are listed in another order than in E1 (B first) on purpose.
analysis::ElectionData Target() {
  return Election(
      "e2",
      {{"S10", 1, "Bengaluru North", {{"B", 450}, {"A", 400}, {"C", 100}, {"D", 50}}},
       {"S10", 2, "Jalor", {{"A", 420}, {"B", 380}, {"C", 200}}},
       {"S10", 3, "Kalaburagi", {{"A", 600}, {"B", 400}}},
       {"S11", 1, "Mavelikara", {{"A", 300}, {"B", 400}, {"C", 300}}},
       {"S11", 2, "Alathur", {{"A", 250}, {"B", 350}, {"C", 400}}}});
}

Scenario Exact(const BacktestSetup& s) {
  Scenario sc;
  sc.sigma_national = sc.sigma_state = sc.sigma_seat = 0;
  sc.simulations = 5;
  sc.state_swing = s.swings.swing;
  return sc;
}

BacktestScore Score(const BacktestSetup& s, const Scenario& sc) {
  auto r = RunForecast(s.input, sc);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return ScoreBacktest(s.input, sc.alliances, *r, s.actual);
}

const SeatTotal* Total(const std::vector<SeatTotal>& all, const std::string& label) {
  for (const auto& t : all) {
    if (t.label == label) return &t;
  }
  return nullptr;
}

TEST(MatchSeats, TheThreeRules) {
  const std::vector<SeatId> e1 = {
      {"S10", 1, "Bangalore North"}, {"S10", 2, "Gulbarga"},    {"S10", 3, "Udupi"},
      {"S10", 4, "Mumbai North"},    {"S11", 1, "Mavelikkara"}, {"S20", 1, "Jalore"}};
  const std::vector<SeatId> e2 = {
      {"S10", 1, "Bengaluru North"}, {"S10", 2, "Kalaburagi"},
      {"S10", 7, "UDUPI"},           {"S10", 4, "Mumbai North West"},
      {"S10", 5, "Mumbai North"},    {"S11", 1, "Mavelikara"},
      {"S20", 1, "Jalor"},           {"S21", 1, "Jalor"}};
  const SeatMatching m = MatchSeats(e1, e2);
  ASSERT_EQ(m.matched.size(), 5u);
  auto at = [&](int base) {
    for (const auto& x : m.matched) {
      if (x.base == base) return x;
    }
    return SeatMatch{-1, -1, SeatMatchKind::kSame};
  };
  EXPECT_EQ(at(0).target, 0);  // respelled, same number
  EXPECT_EQ(at(0).kind, SeatMatchKind::kRespelled);
  EXPECT_EQ(at(2).target, 2);  // same name (case aside), number 3 → 7
  EXPECT_EQ(at(2).kind, SeatMatchKind::kRenumbered);
  EXPECT_EQ(at(3).target, 4);  // the same name at 5 wins over "Mumbai North West" at 4
  EXPECT_EQ(at(3).kind, SeatMatchKind::kRenumbered);
  EXPECT_EQ(at(4).kind, SeatMatchKind::kRespelled);
  EXPECT_EQ(at(5).target, 6);                     // Jalor in S20, not the one in S21
  EXPECT_EQ(m.base_only, (std::vector<int>{1}));  // Gulbarga
  EXPECT_EQ(m.target_only, (std::vector<int>{1, 3, 7}));  // Kalaburagi, …
  EXPECT_STREQ(SeatMatchKindName(SeatMatchKind::kRespelled), "respelled");
}

TEST(MapParties, ByDirectoryNameThenLabel) {
  analysis::ElectionData a, b;
  a.parties = {{"INC", "Indian National Congress", false},
               {"X", "X Party", false},
               {"NEW", "New Front", false}};
  b.parties = {{"BJP", "Bharatiya Janata Party", false},
               {"INC", "Indian National Congress", false},
               {"X", "Old X", false}};
  EXPECT_EQ(MapParties(a, b), (std::vector<int>{1, 2, analysis::kNoParty}));
}

TEST(Backtest, SwingsAreTheStateSharesOfTheMatchedSeats) {
  auto s = PrepareBacktest(Base(), Target());
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->input.seats.size(), 4u);
  EXPECT_EQ(s->matching.base_only, (std::vector<int>{2}));    // Gulbarga
  EXPECT_EQ(s->matching.target_only, (std::vector<int>{2}));  // Kalaburagi
  // E1 matched shares: S10 A 800, B 850, C 350 of 2000; S11 A 560, B 800,
  // C 640 of 2000. E2: S10 A 820, B 830, C 300, D 50; S11 A 550, B 750, C 700.
  const auto& w = s->swings.swing;
  ASSERT_EQ(w.size(), 6u);
  const int a = 0, b = 1, c = 2;  // E1 indices
  EXPECT_NEAR(w.at({"S10", a}), 0.410 - 0.400, 1e-12);
  EXPECT_NEAR(w.at({"S10", b}), 0.415 - 0.425, 1e-12);
  EXPECT_NEAR(w.at({"S10", c}), 0.150 - 0.175, 1e-12);
  EXPECT_NEAR(w.at({"S11", a}), 0.275 - 0.280, 1e-12);
  EXPECT_NEAR(w.at({"S11", b}), 0.375 - 0.400, 1e-12);
  EXPECT_NEAR(w.at({"S11", c}), 0.350 - 0.320, 1e-12);
  ASSERT_EQ(s->swings.unprojected.size(), 1u);  // D: 50 of 2000 in S10
  EXPECT_EQ(s->swings.unprojected[0].state, "S10");
  EXPECT_EQ(s->target_input.parties[s->swings.unprojected[0].target_party].label, "D");
  EXPECT_DOUBLE_EQ(s->swings.unprojected[0].target_share, 0.025);
  // Actual winners, mapped to E1's parties.
  EXPECT_EQ(s->actual[0].party, b);
  EXPECT_DOUBLE_EQ(s->actual[0].margin_pp, 5.0);  // 450 - 400 of 1000
  EXPECT_EQ(s->actual[1].party, a);
  EXPECT_DOUBLE_EQ(s->actual[1].margin_pp, 4.0);
  EXPECT_EQ(s->actual[3].party, c);
}

// Projected shares (E1 share + swing), all sigmas 0:
//   S10-1 A .51  B .39  C .075 → A; actual B (by 5 points): miss
//   S10-2 A .31  B .44  C .225 → B; actual A (by 4 points): miss
//   S11-1 A .195 B .475 C .33  → B; actual B: right
//   S11-2 A .355 B .275 C .37  → C; actual C: right
// 2 of 4 right; Brier (2 + 2 + 0 + 0) / 4 = 1. Naive (E1 winner again: A, B,
// B, A): only S11-1 right, Brier (2 + 2 + 0 + 2) / 4 = 1.5. Seats projected
// A 1, B 2, C 1; actual A 1, B 2, C 1.
TEST(Backtest, ZeroSigmasByHand) {
  auto s = PrepareBacktest(Base(), Target());
  ASSERT_TRUE(s.ok());
  const BacktestScore score = Score(*s, Exact(*s));
  EXPECT_EQ(score.seats, 4);
  EXPECT_EQ(score.called_right, 2);
  EXPECT_DOUBLE_EQ(score.ShareCalledRight(), 0.5);
  EXPECT_DOUBLE_EQ(score.brier, 1.0);
  EXPECT_EQ(score.naive_called_right, 1);
  EXPECT_DOUBLE_EQ(score.naive_brier, 1.5);
  ASSERT_EQ(score.seat_scores.size(), 4u);
  const SeatScore& m0 = score.seat_scores[0];
  EXPECT_FALSE(m0.called_right);
  EXPECT_EQ(m0.favourite.label, "A");
  EXPECT_DOUBLE_EQ(m0.probability, 1.0);
  EXPECT_EQ(m0.actual.label, "B");
  EXPECT_EQ(score.seat_scores[1].favourite.label, "B");
  EXPECT_EQ(score.seat_scores[1].actual.label, "A");
  EXPECT_TRUE(score.seat_scores[2].called_right);
  EXPECT_TRUE(score.seat_scores[3].called_right);
  for (const char* p : {"A", "B", "C"}) ASSERT_NE(Total(score.parties, p), nullptr) << p;
  EXPECT_EQ(Total(score.parties, "A")->mean, 1.0);
  EXPECT_EQ(Total(score.parties, "B")->mean, 2.0);
  EXPECT_EQ(Total(score.parties, "B")->p05, 2);
  EXPECT_EQ(Total(score.parties, "B")->p95, 2);
  EXPECT_EQ(Total(score.parties, "C")->mean, 1.0);
  EXPECT_EQ(Total(score.parties, "A")->actual, 1);
  EXPECT_EQ(Total(score.parties, "B")->actual, 2);
  EXPECT_EQ(Total(score.parties, "C")->actual, 1);
  EXPECT_EQ(Total(score.parties, "D"), nullptr);  // no seat either way
}

// Alliance "AC" of A and C, transfer 0.5; it fields the member with more E1
// votes in the seat and adds half the partner's swung share:
//   S10-1 A .51 + .0375 = .5475 vs B .39  → AC; actual B: miss
//   S10-2 A .31 + .1125 = .4225 vs B .44  → B;  actual A (AC): miss
//   S11-1 C .33 + .0975 = .4275 vs B .475 → B;  actual B: right
//   S11-2 A .355 + .185 = .54   vs B .275 → AC; actual C (AC): right
// 2 of 4 right, Brier 1. Naive (A→AC, B, B, A→AC): S11-1 and S11-2 right,
// Brier 1. Projected A 2, B 2, C 0, AC 2; actual A 1, B 2, C 1, AC 2.
TEST(Backtest, AnAllianceIsOneContender) {
  auto s = PrepareBacktest(Base(), Target());
  ASSERT_TRUE(s.ok());
  Scenario sc = Exact(*s);
  Alliance ac;
  ac.name = "AC";
  ac.parties = {0, 2};
  ac.transfer = 0.5;
  sc.alliances.push_back(ac);
  const BacktestScore score = Score(*s, sc);
  EXPECT_EQ(score.called_right, 2);
  EXPECT_DOUBLE_EQ(score.brier, 1.0);
  EXPECT_EQ(score.naive_called_right, 2);
  EXPECT_DOUBLE_EQ(score.naive_brier, 1.0);
  EXPECT_EQ(score.seat_scores[0].favourite.label, "AC");
  EXPECT_EQ(score.seat_scores[1].actual.label, "AC");
  EXPECT_TRUE(score.seat_scores[3].called_right);
  EXPECT_EQ(Total(score.parties, "A")->mean, 2.0);
  EXPECT_EQ(Total(score.parties, "A")->actual, 1);
  EXPECT_EQ(Total(score.parties, "C")->mean, 0.0);
  EXPECT_EQ(Total(score.parties, "C")->actual, 1);
  ASSERT_EQ(score.alliances.size(), 1u);
  EXPECT_EQ(score.alliances[0].mean, 2.0);
  EXPECT_EQ(score.alliances[0].actual, 2);
}

TEST(Backtest, ASeatErrorGivesABrierScoreBetweenTheExtremesAndRepeats) {
  auto s = PrepareBacktest(Base(), Target());
  ASSERT_TRUE(s.ok());
  Scenario sc = Exact(*s);
  sc.sigma_seat = 0.05;
  sc.simulations = 4000;
  sc.seed = 11;
  const BacktestScore a = Score(*s, sc);
  EXPECT_GT(a.brier, 0.0);
  EXPECT_LT(a.brier, 2.0);
  // S11-2 is projected C .37, A .355, B .275: a 5-point seat error makes it
  // anyone's, C still the likeliest.
  EXPECT_TRUE(a.seat_scores[3].called_right);
  EXPECT_GT(a.seat_scores[3].probability, 0.4);
  EXPECT_LT(a.seat_scores[3].probability, 0.8);
  sc.threads = 1;
  const BacktestScore b = Score(*s, sc);
  EXPECT_EQ(a.brier, b.brier);
  EXPECT_EQ(a.called_right, b.called_right);
  for (std::size_t i = 0; i < a.seat_scores.size(); ++i) {
    EXPECT_EQ(a.seat_scores[i].probability, b.seat_scores[i].probability);
  }
}

TEST(Backtest, AnElectionOntoItselfIsCalledRight) {
  auto s = PrepareBacktest(Base(), Base());
  ASSERT_TRUE(s.ok());
  for (const auto& [key, swing] : s->swings.swing) EXPECT_EQ(swing, 0.0);
  const BacktestScore score = Score(*s, Exact(*s));
  EXPECT_EQ(score.seats, 5);
  EXPECT_EQ(score.called_right, 5);
  EXPECT_EQ(score.brier, 0.0);
  EXPECT_EQ(score.naive_brier, 0.0);
}

// A party new in the target that wins a seat: never projected, so the seat
// is a miss whose Brier score is 1 (the favourite's certainty) + 1 (the
// winner's missing probability) = 2, and the party's total is 0 against 1.
TEST(Backtest, ASeatWonByANewPartyIsACertainMiss) {
  analysis::ElectionData target = Base();
  analysis::Seat& gulbarga = target.seats[2];
  gulbarga.candidates.push_back({"Gulbarga D", 3, 2000, false});
  target.parties.push_back({"D", "D", false});
  auto s = PrepareBacktest(Base(), target);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->actual[2].party, analysis::kNoParty);
  EXPECT_EQ(s->actual[2].label, "D");
  EXPECT_DOUBLE_EQ(s->actual[2].margin_pp, (2000.0 - 450) / 3000 * 100);
  const BacktestScore score = Score(*s, Exact(*s));
  EXPECT_FALSE(score.seat_scores[2].called_right);
  EXPECT_DOUBLE_EQ(score.seat_scores[2].brier, 2.0);
  EXPECT_EQ(score.seat_scores[2].actual.label, "D");
  const SeatTotal* d = Total(score.parties, "D");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->actual, 1);
  EXPECT_EQ(d->mean, 0.0);
}

TEST(Backtest, NoMatchedSeatIsAPreconditionError) {
  analysis::ElectionData other =
      Election("e3", {{"S24", 1, "Saharanpur", {{"A", 10}, {"B", 5}}}});
  EXPECT_EQ(PrepareBacktest(Base(), other).status().code(),
            StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace janadhar::forecast
