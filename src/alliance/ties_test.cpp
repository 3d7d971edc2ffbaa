// The optimiser's tie-breaking by preference (seat_share.h, optimizer.h):
// the expected seats stay optimal, and among equal allocations the one
// preferred wins.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "alliance/optimizer.h"

namespace janadhar::alliance {
namespace {

SeatShareProblem Make(std::vector<std::vector<double>> p_win,
                      std::vector<std::vector<double>> preference,
                      std::vector<Limits> limits) {
  SeatShareProblem p;
  for (std::size_t k = 0; k < limits.size(); ++k)
    p.partners.push_back("P" + std::to_string(k));
  for (std::size_t s = 0; s < p_win.size(); ++s)
    p.seats.push_back("S" + std::to_string(s));
  p.p_win = std::move(p_win);
  p.preference = std::move(preference);
  p.limits = std::move(limits);
  p.locked.assign(p.seats.size(), -1);
  p.left.assign(p.seats.size(), false);
  return p;
}

// Enumerates every allocation within the limits: the best expected seats,
// and the best preference sum among the allocations with those.
std::pair<double, double> BruteForce(const SeatShareProblem& p) {
  const int seats = static_cast<int>(p.seats.size());
  const int partners = static_cast<int>(p.partners.size());
  std::vector<int> choice(seats, 0);
  double best = -1, best_pref = -1e300;
  while (true) {
    std::vector<int> count(partners, 0);
    double value = 0, pref = 0;
    for (int s = 0; s < seats; ++s) {
      ++count[choice[s]];
      value += p.p_win[s][choice[s]];
      pref += p.preference[s][choice[s]];
    }
    bool ok = true;
    for (int k = 0; k < partners; ++k) {
      ok = ok && count[k] >= p.limits[k].min &&
           (p.limits[k].max < 0 || count[k] <= p.limits[k].max);
    }
    if (ok) {
      if (value > best + 1e-9) {
        best = value;
        best_pref = pref;
      } else if (value > best - 1e-9 && pref > best_pref) {
        best_pref = pref;
      }
    }
    int s = 0;
    while (s < seats && ++choice[s] == partners) choice[s++] = 0;
    if (s == seats) break;
  }
  return {best, best_pref};
}

TEST(Ties, SeatsNoPartnerCanWinGoToThePreferredPartner) {
  // Seats 0-2: no partner wins anywhere; seat 3: P1 is better.
  SeatShareProblem p =
      Make({{0, 0}, {0, 0}, {0, 0}, {0.2, 0.6}},
           {{0.30, 0.10}, {0.05, 0.25}, {0.40, 0.20}, {0.30, 0.10}}, {{0, -1}, {0, -1}});
  auto r = Optimise(p);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 1, 0, 1}));
  EXPECT_DOUBLE_EQ(r->allocation.expected_seats, 0.6);
  for (const auto& reason : r->reasons) EXPECT_EQ(reason.code, SeatReasonCode::kBest);
}

TEST(Ties, LimitsStillHold) {
  // Everything ties; P0 is preferred everywhere but may field only one seat.
  SeatShareProblem p = Make({{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}},
                            {{0.9, 0.1}, {0.8, 0.1}, {0.7, 0.1}}, {{0, 1}, {0, -1}});
  auto r = Optimise(p);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->allocation.seats_of_partner, (std::vector<int>{1, 2}));
  EXPECT_EQ(r->allocation.partner_of_seat[0], 0);  // its strongest seat
  EXPECT_DOUBLE_EQ(r->allocation.expected_seats, 1.5);
}

TEST(Ties, RandomProblemsKeepTheOptimumAndPreferWithinIt) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> level(0, 3);  // few distinct values: many ties
  std::uniform_real_distribution<double> unit(0, 1);
  for (int trial = 0; trial < 400; ++trial) {
    const int seats = 2 + trial % 5, partners = 2 + trial % 2;
    std::vector<std::vector<double>> p_win(seats, std::vector<double>(partners));
    std::vector<std::vector<double>> pref = p_win;
    for (int s = 0; s < seats; ++s) {
      for (int k = 0; k < partners; ++k) {
        p_win[s][k] = level(rng) / 4.0;
        pref[s][k] = unit(rng);
      }
    }
    std::vector<Limits> limits(partners);
    limits[0].max = 1 + trial % seats;
    SeatShareProblem p = Make(p_win, pref, limits);
    auto r = Optimise(p, {.concession_prices = false});
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    const auto [best, best_pref] = BruteForce(p);
    EXPECT_NEAR(r->allocation.expected_seats, best, 1e-9) << "trial " << trial;
    // No single move or exchange of two seats keeps the expected seats and
    // raises the preference.
    const auto& a = r->allocation.partner_of_seat;
    std::vector<int> count(partners, 0);
    for (int k : a) ++count[k];
    for (int s = 0; s < seats; ++s) {
      for (int b = 0; b < partners; ++b) {
        const int k = a[s];
        const bool fits = count[k] - 1 >= limits[k].min &&
                          (limits[b].max < 0 || count[b] + 1 <= limits[b].max);
        if (b == k || !fits || p_win[s][b] < p_win[s][k]) continue;
        EXPECT_LE(pref[s][b], pref[s][k]) << "trial " << trial << " seat " << s;
      }
      for (int t = s + 1; t < seats; ++t) {
        const int k = a[s], b = a[t];
        if (k == b || p_win[s][b] + p_win[t][k] < p_win[s][k] + p_win[t][b]) continue;
        EXPECT_LE(pref[s][b] + pref[t][k], pref[s][k] + pref[t][b]) << "trial " << trial;
      }
    }
    (void)best_pref;
  }
}

TEST(Ties, ABadPreferenceTableIsRefused) {
  SeatShareProblem p = Make({{0.5, 0.5}}, {{0.1}}, {{0, -1}, {0, -1}});
  auto r = Optimise(p);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "the preferences of S0 are not one finite number per partner");
}

}  // namespace
}  // namespace janadhar::alliance
