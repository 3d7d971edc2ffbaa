#include "alliance/rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace janadhar::alliance {
namespace {

using Notes = std::vector<std::string>;

struct Case {
  SeatShareProblem problem;
  BaseElection base;
};

// Seats S1.. with these base shares, partners A, B, C.. (as many as the rows
// have), p_win 0.1 times (partner index + 1) + 0.01 times the seat index, no
// limits; sitting: none unless given.
Case Make(std::vector<std::vector<double>> shares, std::vector<int> sitting = {}) {
  Case c;
  const size_t partners = shares.empty() ? 3 : shares[0].size();
  for (size_t k = 0; k < partners; ++k) {
    c.problem.partners.emplace_back(1, static_cast<char>('A' + k));
  }
  c.problem.limits.assign(partners, Limits{});
  for (size_t s = 0; s < shares.size(); ++s) {
    c.problem.seats.push_back("S" + std::to_string(s + 1));
    std::vector<double> row;
    for (size_t k = 0; k < partners; ++k) row.push_back(0.1 * (k + 1) + 0.01 * s);
    c.problem.p_win.push_back(row);
  }
  c.problem.locked.assign(shares.size(), -1);
  c.problem.left.assign(shares.size(), false);
  if (sitting.empty()) sitting.assign(shares.size(), -1);
  c.base.base_share = std::move(shares);
  c.base.sitting = std::move(sitting);
  return c;
}

double Expected(const Case& c, const std::vector<int>& partner_of_seat) {
  double sum = 0;
  for (size_t s = 0; s < partner_of_seat.size(); ++s) {
    if (partner_of_seat[s] >= 0) sum += c.problem.p_win[s][partner_of_seat[s]];
  }
  return sum;
}

// A's single seat is best used where A polled best (S3), not where it is
// sitting (S1).
Case FourSeats() {
  return Make(
      {{0.35, 0.30, 0.10}, {0.20, 0.35, 0.05}, {0.40, 0.15, 0.28}, {0.25, 0.44, 0.00}},
      {0, -1, -1, 1});
}

TEST(WherePolledBestTest, EachSeatToItsBestPartnerWithoutLimits) {
  Case c = FourSeats();
  Result<RuleAllocation> r = AllocateWherePolledBest(c.problem, c.base);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 1, 0, 1}));
  EXPECT_EQ(r->allocation.seats_of_partner, (std::vector<int>{2, 2, 0}));
  EXPECT_NEAR(r->allocation.expected_seats, Expected(c, {0, 1, 0, 1}), 1e-12);
  EXPECT_TRUE(r->notes.empty());
}

TEST(WherePolledBestTest, AMaximumGoesToTheStrongestShares) {
  Case c = FourSeats();
  c.problem.limits[0].max = 1;
  Result<RuleAllocation> r = AllocateWherePolledBest(c.problem, c.base);
  ASSERT_TRUE(r.ok());
  // S4 B .44, S3 A .40 (A now full), S1 A .35 refused, S2 B .35, S1 B .30.
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{1, 1, 0, 1}));
  EXPECT_EQ(r->allocation.seats_of_partner, (std::vector<int>{1, 3, 0}));
  EXPECT_NEAR(r->allocation.expected_seats, Expected(c, {1, 1, 0, 1}), 1e-12);
  EXPECT_TRUE(r->notes.empty());
}

TEST(WherePolledBestTest, TiesByLowerSeatThenLowerPartner) {
  Case c = Make({{0.3, 0.3}, {0.3, 0.3}});
  c.problem.limits[0].max = 1;
  Result<RuleAllocation> r = AllocateWherePolledBest(c.problem, c.base);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 1}));
}

TEST(WherePolledBestTest, OverTheMaximumWhenEveryPartnerIsFull) {
  Case c = Make({{0.5, 0.2}, {0.4, 0.3}, {0.1, 0.35}});
  c.problem.limits = {{0, 1}, {0, 1}};
  Result<RuleAllocation> r = AllocateWherePolledBest(c.problem, c.base);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 0, 1}));
  EXPECT_EQ(r->allocation.seats_of_partner, (std::vector<int>{2, 1}));
  EXPECT_EQ(r->notes, (Notes{"every partner is at its maximum, so S2 goes to A, which "
                             "polled best there (40.00%), over its maximum of 1"}));
}

TEST(WherePolledBestTest, BelowTheMinimumIsNotedNotReshuffled) {
  Case c = FourSeats();
  c.problem.limits[2].min = 2;
  c.problem.limits[1].min = 1;
  Result<RuleAllocation> r = AllocateWherePolledBest(c.problem, c.base);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 1, 0, 1}));
  EXPECT_EQ(r->notes, (Notes{"C has 0 seats, below its minimum of 2"}));
}

TEST(WherePolledBestTest, LockedAndLeftSeatsFirst) {
  Case c = FourSeats();
  c.problem.locked[0] = c.problem.locked[1] = 2;  // C: 2 locked, maximum 1
  c.problem.limits[2].max = 1;
  c.problem.left[3] = true;
  c.problem.limits[1].min = 1;
  Result<RuleAllocation> r = AllocateWherePolledBest(c.problem, c.base);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{2, 2, 0, -1}));
  EXPECT_EQ(r->allocation.seats_of_partner, (std::vector<int>{1, 0, 2}));
  EXPECT_NEAR(r->allocation.expected_seats, Expected(c, {2, 2, 0, -1}), 1e-12);
  EXPECT_EQ(r->notes, (Notes{"C has 2 locked seats, over its maximum of 1",
                             "B has 0 seats, below its minimum of 1"}));
  // A full C takes no open seat: S3 (C .28 second) goes to B when A is full.
  c.problem.limits[0].max = 0;
  r = AllocateWherePolledBest(c.problem, c.base);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{2, 2, 1, -1}));
  EXPECT_EQ(r->notes, (Notes{"C has 2 locked seats, over its maximum of 1"}));
}

TEST(SittingKeepsTest, SittingSeatsFirstThenTheBestPlaced) {
  Case c = FourSeats();
  Result<RuleAllocation> r = AllocateSittingKeeps(c.problem, c.base);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 1, 0, 1}));
  EXPECT_TRUE(r->notes.empty());

  // With one seat for A, A keeps its sitting seat S1; S3 goes to C, placed
  // next there (where the other rule gives A S3).
  c.problem.limits[0].max = 1;
  r = AllocateSittingKeeps(c.problem, c.base);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 1, 2, 1}));
  EXPECT_EQ(r->allocation.seats_of_partner, (std::vector<int>{1, 2, 1}));
  EXPECT_NEAR(r->allocation.expected_seats, Expected(c, {0, 1, 2, 1}), 1e-12);
  EXPECT_TRUE(r->notes.empty());
}

TEST(SittingKeepsTest, ASittingPartnerAtItsMaximumKeepsItsStrongestSeats) {
  Case c = FourSeats();
  c.base.sitting[1] = 1;  // B sits in S2 (.35) and S4 (.44)
  c.problem.limits[1].max = 1;
  Result<RuleAllocation> r = AllocateSittingKeeps(c.problem, c.base);
  ASSERT_TRUE(r.ok());
  // B keeps S4 (the stronger); S2 goes to A, best placed with room.
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 0, 0, 1}));
  EXPECT_TRUE(r->notes.empty());
}

TEST(SittingKeepsTest, OverTheMaximumAndBelowTheMinimum) {
  Case c = Make({{0.5, 0.1}, {0.45, 0.2}, {0.42, 0.3}}, {0, 0, 0});
  c.problem.limits = {{0, 1}, {2, 1}};
  Result<RuleAllocation> r = AllocateSittingKeeps(c.problem, c.base);
  // A maximum of 1 below a minimum of 2 is malformed.
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  c.problem.limits = {{0, 1}, {1, 1}};
  r = AllocateSittingKeeps(c.problem, c.base);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 0, 1}));
  EXPECT_EQ(r->notes, (Notes{"every partner is at its maximum, so S2 goes to A, which "
                             "polled best there (45.00%), over its maximum of 1"}));
  // A locked seat counts towards B's minimum; A's sitting S2 goes to B.
  c.problem.limits = {{0, 1}, {2, -1}};
  c.problem.locked[2] = 1;
  r = AllocateSittingKeeps(c.problem, c.base);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->allocation.partner_of_seat, (std::vector<int>{0, 1, 1}));
  EXPECT_TRUE(r->notes.empty());
}

TEST(RulesTest, RejectsAMalformedBaseElection) {
  Case c = FourSeats();
  Case bad = c;
  bad.base.sitting.pop_back();
  EXPECT_EQ(AllocateWherePolledBest(bad.problem, bad.base).status().code(),
            StatusCode::kInvalidArgument);
  bad = c;
  bad.base.base_share[2].pop_back();
  EXPECT_EQ(AllocateSittingKeeps(bad.problem, bad.base).status().code(),
            StatusCode::kInvalidArgument);
  bad = c;
  bad.base.base_share[1][1] = 1.2;
  Status status = AllocateWherePolledBest(bad.problem, bad.base).status();
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("share of B in S2"), std::string::npos)
      << status.message();
  bad = c;
  bad.base.sitting[0] = 3;
  status = AllocateSittingKeeps(bad.problem, bad.base).status();
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("sitting partner of S1"), std::string::npos)
      << status.message();
  bad = c;
  bad.problem.p_win[0][0] = -1;
  EXPECT_EQ(AllocateSittingKeeps(bad.problem, bad.base).status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace janadhar::alliance
