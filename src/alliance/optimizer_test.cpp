#include "alliance/optimizer.h"

#include <glpk.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "alliance/feasibility.h"

namespace janadhar::alliance {
namespace {

SeatShareProblem Make(std::vector<std::string> partners,
                      std::vector<std::vector<double>> p_win,
                      std::vector<Limits> limits) {
  SeatShareProblem p;
  p.partners = std::move(partners);
  for (size_t s = 0; s < p_win.size(); ++s)
    p.seats.push_back("S" + std::to_string(s + 1));
  p.p_win = std::move(p_win);
  p.limits = std::move(limits);
  p.locked.assign(p.seats.size(), -1);
  p.left.assign(p.seats.size(), false);
  return p;
}

// seats x 3 probabilities, uniform in [0, 1).
std::vector<std::vector<double>> RandomPWin(unsigned seed, int seats) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> unit(0, 1);
  std::vector<std::vector<double>> p_win(seats, std::vector<double>(3));
  for (auto& row : p_win) {
    for (double& v : row) v = unit(rng);
  }
  return p_win;
}

// The best expected seats over every allocation meeting the constraints,
// found by enumeration; empty when there is none.
std::optional<double> BruteForce(const SeatShareProblem& p) {
  const int seats = static_cast<int>(p.seats.size());
  const int partners = static_cast<int>(p.partners.size());
  std::vector<int> choice(seats, 0);
  std::optional<double> best;
  while (true) {
    std::vector<int> count(partners, 0);
    bool ok = true;
    double value = 0;
    for (int s = 0; s < seats && ok; ++s) {
      if (p.left[s]) continue;
      if (p.locked[s] >= 0 && choice[s] != p.locked[s]) ok = false;
      ++count[choice[s]];
      value += p.p_win[s][choice[s]];
    }
    for (int k = 0; k < partners && ok; ++k) {
      ok = count[k] >= p.limits[k].min &&
           (p.limits[k].max == -1 || count[k] <= p.limits[k].max);
    }
    if (ok && (!best || value > *best)) best = value;
    int s = 0;
    while (s < seats && ++choice[s] == partners) choice[s++] = 0;
    if (s == seats) return best;
  }
}

// Checks that `a` honours every constraint of `p` and adds up.
void ExpectHonours(const SeatShareProblem& p, const Allocation& a) {
  const int partners = static_cast<int>(p.partners.size());
  ASSERT_EQ(a.partner_of_seat.size(), p.seats.size());
  ASSERT_EQ(a.seats_of_partner.size(), p.partners.size());
  std::vector<int> count(partners, 0);
  double expected = 0;
  for (size_t s = 0; s < p.seats.size(); ++s) {
    const int k = a.partner_of_seat[s];
    EXPECT_EQ(k == -1, static_cast<bool>(p.left[s])) << "seat " << s;
    EXPECT_TRUE(p.locked[s] < 0 || k == p.locked[s]) << "seat " << s;
    if (k < 0) continue;
    ASSERT_LT(k, partners) << "seat " << s;
    ++count[k];
    expected += p.p_win[s][k];
  }
  EXPECT_EQ(count, a.seats_of_partner);
  for (int k = 0; k < partners; ++k) {
    EXPECT_GE(count[k], p.limits[k].min) << "partner " << k;
    if (p.limits[k].max != -1) {
      EXPECT_LE(count[k], p.limits[k].max) << "partner " << k;
    }
  }
  EXPECT_NEAR(a.expected_seats, expected, 1e-12);
}

// Checks the reasons against the allocation and p_win.
void ExpectReasons(const SeatShareProblem& p, const SeatShareResult& r) {
  ASSERT_EQ(r.reasons.size(), p.seats.size());
  for (size_t s = 0; s < p.seats.size(); ++s) {
    const SeatReason& reason = r.reasons[s];
    const double max = *std::max_element(p.p_win[s].begin(), p.p_win[s].end());
    EXPECT_EQ(reason.chosen, r.allocation.partner_of_seat[s]);
    EXPECT_EQ(reason.best_p_win, max);
    EXPECT_EQ(p.p_win[s][reason.best], max);
    if (p.left[s]) {
      EXPECT_EQ(reason.code, SeatReasonCode::kLeft);
      continue;
    }
    EXPECT_EQ(reason.chosen_p_win, p.p_win[s][reason.chosen]);
    if (p.locked[s] >= 0) {
      EXPECT_EQ(reason.code, SeatReasonCode::kLocked);
    } else if (reason.chosen_p_win == max) {
      EXPECT_EQ(reason.code, SeatReasonCode::kBest);
      EXPECT_EQ(reason.best, reason.chosen);
      EXPECT_EQ(reason.loss, 0);
    } else {
      EXPECT_EQ(reason.code, SeatReasonCode::kLimit);
      EXPECT_EQ(reason.loss, max - reason.chosen_p_win);
    }
  }
}

TEST(OptimiseTest, MatchesEnumerationOnSmallRandomProblems) {
  std::mt19937 rng(7771);
  auto uniform = [&rng](int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
  };
  std::uniform_real_distribution<double> unit(0, 1);
  int solved = 0, infeasible = 0, limited = 0, prices = 0;
  const int cases = 1500;
  for (int c = 0; c < cases; ++c) {
    SCOPED_TRACE("case " + std::to_string(c));
    const int seats = uniform(0, 7);
    const int partners = uniform(1, 3);
    std::vector<std::string> names;
    std::vector<Limits> limits;
    for (int k = 0; k < partners; ++k) {
      names.emplace_back(1, static_cast<char>('A' + k));
      Limits limit;
      limit.min = uniform(0, 2) == 0 ? uniform(0, 3) : 0;
      limit.max = uniform(0, 2) == 0 ? -1 : limit.min + uniform(0, 3);
      limits.push_back(limit);
    }
    // A third of the problems on a coarse grid, for ties.
    const bool coarse = uniform(0, 2) == 0;
    std::vector<std::vector<double>> p_win(seats, std::vector<double>(partners));
    for (auto& row : p_win) {
      for (double& v : row) v = coarse ? uniform(0, 4) / 4.0 : unit(rng);
    }
    SeatShareProblem p = Make(names, p_win, limits);
    for (int s = 0; s < seats; ++s) {
      const int r = uniform(0, 9);
      if (r == 0) p.left[s] = true;
      if (r == 1) p.locked[s] = uniform(0, partners - 1);
    }

    const std::optional<double> best = BruteForce(p);
    Result<SeatShareResult> result = Optimise(p);
    if (!best) {
      ++infeasible;
      ASSERT_FALSE(result.ok());
      EXPECT_EQ(result.status().code(), StatusCode::kFailedPrecondition);
      Result<std::vector<Conflict>> conflicts = FindConflicts(p);
      ASSERT_TRUE(conflicts.ok());
      ASSERT_FALSE(conflicts->empty());
      for (const Conflict& conflict : *conflicts) {
        EXPECT_NE(result.status().message().find(conflict.message), std::string::npos)
            << result.status().message();
      }
      continue;
    }
    ++solved;
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    EXPECT_EQ(result->solver_status, "optimal");
    EXPECT_NEAR(result->allocation.expected_seats, *best, 1e-9);
    ExpectHonours(p, result->allocation);
    ExpectReasons(p, *result);
    for (const SeatReason& reason : result->reasons) {
      limited += reason.code == SeatReasonCode::kLimit;
    }

    ASSERT_EQ(result->concession_prices.size(), static_cast<size_t>(partners));
    for (int k = 0; k < partners; ++k) {
      const int count = result->allocation.seats_of_partner[k];
      for (int delta : {+1, -1}) {
        SCOPED_TRACE("partner " + std::to_string(k) + " " + std::to_string(delta));
        std::optional<double> changed;
        if (count + delta >= 0) {
          SeatShareProblem q = p;
          q.limits[k] = {count + delta, count + delta};
          changed = BruteForce(q);
        }
        const ConcessionPrice& prices_k = result->concession_prices[k];
        const auto& price = delta > 0 ? prices_k.one_more : prices_k.one_fewer;
        ASSERT_EQ(price.has_value(), changed.has_value());
        if (changed) {
          ++prices;
          EXPECT_NEAR(*price, result->allocation.expected_seats - *changed, 1e-9);
        }
      }
    }
  }
  // Every kind of outcome is exercised.
  EXPECT_GT(solved, cases / 3);
  EXPECT_GT(infeasible, cases / 10);
  EXPECT_GT(limited, 20);
  EXPECT_GT(prices, cases);
}

TEST(OptimiseTest, ReasonsForEveryKindOfSeat) {
  // A can field one seat; it is worth more in S1 (0.9 against 0.5) than in
  // S2 (0.8 against 0.6).
  SeatShareProblem p =
      Make({"A", "B"}, {{0.9, 0.5}, {0.8, 0.6}, {0.7, 0.2}, {0.4, 0.3}}, {{0, 1}, {}});
  p.locked[2] = 1;
  p.left[3] = true;
  Result<SeatShareResult> r = Optimise(p);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->solver_status, "optimal");
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 1, 1, -1}));
  EXPECT_EQ(r->allocation.seats_of_partner, (std::vector<int>{1, 2}));
  EXPECT_NEAR(r->allocation.expected_seats, 0.9 + 0.6 + 0.2, 1e-12);

  const std::vector<SeatReason>& why = r->reasons;
  const auto expect = [&why](int s, SeatReasonCode code, int chosen, double chosen_p) {
    EXPECT_EQ(why[s].code, code) << s;
    EXPECT_EQ(why[s].chosen, chosen) << s;
    EXPECT_EQ(why[s].chosen_p_win, chosen_p) << s;
    EXPECT_EQ(why[s].best, 0) << s;  // A has the highest p_win everywhere
  };
  expect(0, SeatReasonCode::kBest, 0, 0.9);
  expect(1, SeatReasonCode::kLimit, 1, 0.6);
  expect(2, SeatReasonCode::kLocked, 1, 0.2);
  expect(3, SeatReasonCode::kLeft, -1, 0);
  EXPECT_EQ(why[1].best_p_win, 0.8);
  EXPECT_NEAR(why[1].loss, 0.2, 1e-12);
  EXPECT_EQ(why[2].best_p_win, 0.7);

  // A one more (S2 too, its maximum lifted): the alliance gains 0.2, so the
  // price is -0.2. A one fewer: B everywhere, 0.4 less. B one more is the
  // same; B one fewer would leave S1 or S2 to A over its kept maximum of 1.
  ASSERT_EQ(r->concession_prices.size(), 2u);
  EXPECT_NEAR(r->concession_prices[0].one_more.value(), -0.2, 1e-12);
  EXPECT_NEAR(r->concession_prices[0].one_fewer.value(), 0.4, 1e-12);
  EXPECT_NEAR(r->concession_prices[1].one_more.value(), 0.4, 1e-12);
  EXPECT_FALSE(r->concession_prices[1].one_fewer.has_value());
}

TEST(OptimiseTest, TiesGoToABestPartner) {
  SeatShareProblem p = Make(
      {"A", "B", "C"}, {{0.5, 0.5, 0.1}, {0.3, 0.6, 0.6}, {0.2, 0.2, 0.2}}, {{}, {}, {}});
  Result<SeatShareResult> r = Optimise(p);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NEAR(r->allocation.expected_seats, 1.3, 1e-12);
  for (const SeatReason& reason : r->reasons) {
    EXPECT_EQ(reason.code, SeatReasonCode::kBest);
    EXPECT_EQ(reason.best, reason.chosen);  // the chosen one of the tied best
  }
  ExpectReasons(p, *r);
}

TEST(OptimiseTest, NoOpenSeat) {
  SeatShareProblem p =
      Make({"A", "B"}, {{0.2, 0.9}, {0.6, 0.1}, {0.5, 0.5}}, {{1, 2}, {}});
  p.locked[0] = 0;
  p.locked[1] = 1;
  p.left[2] = true;
  Result<SeatShareResult> r = Optimise(p);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->solver_status, "optimal");
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 1, -1}));
  EXPECT_NEAR(r->allocation.expected_seats, 0.3, 1e-12);
  EXPECT_EQ(r->reasons[0].code, SeatReasonCode::kLocked);
  EXPECT_EQ(r->reasons[2].code, SeatReasonCode::kLeft);
  for (const ConcessionPrice& price : r->concession_prices) {
    EXPECT_FALSE(price.one_more.has_value());   // no seat to take
    EXPECT_FALSE(price.one_fewer.has_value());  // the locked seat stays
  }

  SeatShareProblem empty = Make({"A", "B"}, {}, {{}, {0, 0}});
  Result<SeatShareResult> e = Optimise(empty);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  EXPECT_EQ(e->solver_status, "optimal");
  EXPECT_EQ(e->allocation.expected_seats, 0);
  EXPECT_EQ(e->allocation.seats_of_partner, (std::vector<int>{0, 0}));
  EXPECT_FALSE(e->concession_prices[0].one_fewer.has_value());  // 0 - 1 seats
}

TEST(OptimiseTest, ErrorsAndOptions) {
  SeatShareProblem p = Make({"A", "B"}, {{0.2, 0.9}, {0.6, 0.1}}, {{0, 0}, {0, 1}});
  Result<SeatShareResult> r = Optimise(p);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(
      r.status().message(),
      "the seat-sharing constraints conflict: the maximums allow 1 seat (A 0 + B 1) "
      "but the alliance fields 2");

  p.p_win[0][0] = 2;
  EXPECT_EQ(Optimise(p).status().code(), StatusCode::kInvalidArgument);

  p = Make({"A", "B"}, {{0.2, 0.9}, {0.6, 0.1}}, {{}, {}});
  OptimiseOptions options;
  options.concession_prices = false;
  r = Optimise(p, options);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->concession_prices.empty());
  EXPECT_NEAR(r->allocation.expected_seats, 1.5, 1e-12);
}

TEST(SolverStatusWordsTest, NamesGlpkOutcomes) {
  EXPECT_EQ(SolverStatusWords(0, GLP_OPT), "optimal");
  EXPECT_EQ(SolverStatusWords(0, GLP_FEAS), "feasible (not proven optimal)");
  EXPECT_EQ(SolverStatusWords(0, GLP_NOFEAS), "infeasible");
  EXPECT_EQ(SolverStatusWords(0, GLP_UNDEF), "undefined");
  EXPECT_EQ(SolverStatusWords(GLP_ETMLIM, GLP_FEAS), "feasible (time limit reached)");
  EXPECT_EQ(SolverStatusWords(GLP_ETMLIM, GLP_UNDEF), "time limit reached");
  EXPECT_EQ(SolverStatusWords(GLP_ENOPFS, GLP_UNDEF), "infeasible");
  EXPECT_EQ(SolverStatusWords(GLP_EFAIL, GLP_UNDEF), "solver failure");
  EXPECT_EQ(SolverStatusWords(999, GLP_UNDEF), "GLPK return code 999");
}

// Whether no exchange of seats along a cycle of partners improves `a`: with
// every partner's count fixed, an allocation is optimal exactly when no such
// cycle gains (and with 3 partners a cycle has 2 or 3 of them).
bool NoImprovingCycle(const SeatShareProblem& p, const Allocation& a) {
  const int partners = static_cast<int>(p.partners.size());
  // gain[i][j]: the most moving one open seat of i to j gains.
  std::vector<std::vector<double>> gain(partners, std::vector<double>(partners, -1e9));
  for (size_t s = 0; s < p.seats.size(); ++s) {
    const int i = a.partner_of_seat[s];
    if (i < 0 || p.locked[s] >= 0) continue;
    for (int j = 0; j < partners; ++j) {
      gain[i][j] = std::max(gain[i][j], p.p_win[s][j] - p.p_win[s][i]);
    }
  }
  for (int i = 0; i < partners; ++i) {
    for (int j = 0; j < partners; ++j) {
      if (j != i && gain[i][j] + gain[j][i] > 1e-9) return false;
      for (int k = 0; k < partners; ++k) {
        const bool distinct = j != i && k != i && k != j;
        if (distinct && gain[i][j] + gain[j][k] + gain[k][i] > 1e-9) return false;
      }
    }
  }
  return true;
}

TEST(OptimiseTest, AtTheSizeOfTheRealUse) {
  // 80 seats, 2 left to a friendly party, maximums 38 + 37 + 3 = 78: every
  // partner fields exactly its maximum.
  SeatShareProblem p =
      Make({"BSP", "SP", "RLD"}, RandomPWin(80, 80), {{0, 38}, {0, 37}, {0, 3}});
  p.left[7] = p.left[41] = true;
  p.locked[3] = 2;
  Result<SeatShareResult> r = Optimise(p);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->solver_status, "optimal");
  ExpectHonours(p, r->allocation);
  ExpectReasons(p, *r);
  EXPECT_EQ(r->allocation.seats_of_partner, (std::vector<int>{38, 37, 3}));
  EXPECT_TRUE(NoImprovingCycle(p, r->allocation));
  for (const ConcessionPrice& price : r->concession_prices) {
    // One more is possible (another partner gives a seat up; as every
    // partner is at its maximum, it may gain); one fewer is not: the others'
    // maximums leave no room for the seat given up.
    EXPECT_TRUE(price.one_more.has_value());
    EXPECT_FALSE(price.one_fewer.has_value());
  }
}

TEST(OptimiseTest, FromSeveralThreadsAtOnce) {
  const SeatShareProblem p =
      Make({"A", "B", "C"}, RandomPWin(5, 40), {{5, 20}, {5, 20}, {0, 4}});
  Result<SeatShareResult> alone = Optimise(p);
  ASSERT_TRUE(alone.ok()) << alone.status().ToString();
  std::vector<std::optional<double>> found(4);
  std::vector<std::thread> threads;
  threads.reserve(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&p, &found, t] {
      for (int i = 0; i < 3; ++i) {
        Result<SeatShareResult> r = Optimise(p);
        if (!r.ok()) return;
        found[t] = r->allocation.expected_seats;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::optional<double>& value : found) {
    ASSERT_TRUE(value.has_value());
    EXPECT_EQ(*value, alone->allocation.expected_seats);
  }
}

}  // namespace
}  // namespace janadhar::alliance
