#include "alliance/feasibility.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace janadhar::alliance {
namespace {

// A problem with `seats` seats named S1.., the given partners and limits,
// p_win 0.5 everywhere, nothing locked or left.
SeatShareProblem Make(int seats, std::vector<std::string> partners,
                      std::vector<Limits> limits) {
  SeatShareProblem p;
  p.partners = std::move(partners);
  for (int s = 0; s < seats; ++s) p.seats.push_back("S" + std::to_string(s + 1));
  p.p_win.assign(seats, std::vector<double>(p.partners.size(), 0.5));
  p.limits = std::move(limits);
  p.locked.assign(seats, -1);
  p.left.assign(seats, false);
  return p;
}

std::vector<std::string> Messages(const SeatShareProblem& p) {
  Result<std::vector<Conflict>> conflicts = FindConflicts(p);
  EXPECT_TRUE(conflicts.ok()) << conflicts.status().ToString();
  std::vector<std::string> out;
  if (!conflicts.ok()) return out;
  for (const Conflict& c : *conflicts) out.push_back(c.message);
  return out;
}

TEST(ValidateProblemTest, AcceptsAWellFormedProblem) {
  EXPECT_TRUE(ValidateProblem(Make(3, {"A", "B"}, {{}, {1, 2}})).ok());
  EXPECT_TRUE(ValidateProblem(Make(0, {"A"}, {{}})).ok());
}

TEST(ValidateProblemTest, RejectsMalformedProblems) {
  const SeatShareProblem good = Make(3, {"A", "B"}, {{}, {1, 2}});
  struct Case {
    const char* what;
    void (*change)(SeatShareProblem&);
    const char* message_part;
  };
  const Case cases[] = {
      {"no partners",
       [](SeatShareProblem& p) {
         p.partners.clear();
         p.limits.clear();
         for (auto& row : p.p_win) row.clear();
       },
       "no partners"},
      {"p_win rows", [](SeatShareProblem& p) { p.p_win.pop_back(); }, "3 seats"},
      {"p_win row", [](SeatShareProblem& p) { p.p_win[1].push_back(0); }, "S2"},
      {"limits", [](SeatShareProblem& p) { p.limits.pop_back(); }, "2 partners"},
      {"locked", [](SeatShareProblem& p) { p.locked.pop_back(); }, "locked"},
      {"left", [](SeatShareProblem& p) { p.left.push_back(false); }, "left"},
      {"p above 1", [](SeatShareProblem& p) { p.p_win[2][1] = 1.5; }, "B in S3 is 1.5"},
      {"p negative", [](SeatShareProblem& p) { p.p_win[0][0] = -0.1; },
       "between 0 and 1"},
      {"p NaN", [](SeatShareProblem& p) { p.p_win[0][0] = std::nan(""); }, "nan"},
      {"min negative", [](SeatShareProblem& p) { p.limits[0].min = -1; }, "minimum of A"},
      {"max below min", [](SeatShareProblem& p) { p.limits[1].max = 0; }, "maximum of B"},
      {"max -2", [](SeatShareProblem& p) { p.limits[0].max = -2; }, "maximum of A"},
      {"locked range", [](SeatShareProblem& p) { p.locked[1] = 2; }, "S2 is locked"},
      {"locked -2", [](SeatShareProblem& p) { p.locked[1] = -2; }, "S2 is locked"},
      {"locked and left",
       [](SeatShareProblem& p) {
         p.locked[0] = 1;
         p.left[0] = true;
       },
       "S1 is both locked to B and left"},
  };
  for (const Case& c : cases) {
    SeatShareProblem p = good;
    c.change(p);
    const Status status = ValidateProblem(p);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << c.what;
    EXPECT_NE(status.message().find(c.message_part), std::string::npos)
        << c.what << ": " << status.message();
    EXPECT_EQ(FindConflicts(p).status().code(), StatusCode::kInvalidArgument) << c.what;
  }
}

TEST(FindConflictsTest, NoConflictsWhenFeasible) {
  EXPECT_TRUE(
      Messages(Make(80, {"BSP", "SP", "RLD"}, {{38, 38}, {37, 37}, {3, 5}})).empty());
  EXPECT_TRUE(Messages(Make(0, {"A", "B"}, {{}, {0, 0}})).empty());
}

TEST(FindConflictsTest, LockedOverMaximum) {
  SeatShareProblem p = Make(20, {"SP", "RLD"}, {{}, {0, 3}});
  for (int s = 0; s < 12; ++s) p.locked[s] = 1;
  Result<std::vector<Conflict>> conflicts = FindConflicts(p);
  ASSERT_TRUE(conflicts.ok());
  ASSERT_EQ(conflicts->size(), 1u);
  EXPECT_EQ((*conflicts)[0].kind, Conflict::Kind::kLockedOverMaximum);
  EXPECT_EQ((*conflicts)[0].partner, 1);
  EXPECT_EQ((*conflicts)[0].message, "12 seats are locked to RLD but RLD's maximum is 3");

  p = Make(2, {"SP", "RLD"}, {{}, {0, 0}});
  p.locked[0] = 1;
  EXPECT_EQ(Messages(p),
            std::vector<std::string>{"1 seat is locked to RLD but RLD's maximum is 0"});
}

TEST(FindConflictsTest, MinimumsNeedTooMany) {
  SeatShareProblem p = Make(80, {"BSP", "SP", "RLD"}, {{38, -1}, {38, -1}, {3, -1}});
  p.left[10] = p.left[20] = true;
  EXPECT_EQ(Messages(p), std::vector<std::string>{
                             "the minimums need 79 seats (BSP 38 + SP 38 + RLD 3) but "
                             "only 78 seats are the alliance's (80 less 2 left to a "
                             "friendly party)"});
  p.left[10] = p.left[20] = false;
  p.limits[0].min = 40;
  EXPECT_EQ(Messages(p), std::vector<std::string>{"the minimums need 81 seats (BSP 40 + "
                                                  "SP 38 + RLD 3) but only 80 seats are "
                                                  "the alliance's"});
}

TEST(FindConflictsTest, MinimumsNeedTooManyWithLocks) {
  SeatShareProblem p = Make(10, {"BSP", "SP", "RLD"}, {{6, -1}, {4, -1}, {0, -1}});
  p.left[9] = true;
  p.locked[0] = p.locked[1] = 0;
  p.locked[2] = 2;  // locks beyond a minimum of 0 do not help the others
  EXPECT_EQ(Messages(p), std::vector<std::string>{
                             "the minimums need 8 seats besides the locked ones (BSP 6 "
                             "less 2 locked + SP 4) but only 6 seats are open (10 less 1 "
                             "left to a friendly party and 3 locked)"});
  p.limits[1].min = 3;  // 4 + 3 = 7 > 6 still
  p.limits[0].min = 5;  // 3 + 3 = 6: fits
  EXPECT_TRUE(Messages(p).empty());
  // Every seat locked or left.
  SeatShareProblem q = Make(2, {"A", "B"}, {{0, -1}, {1, -1}});
  q.locked[0] = 0;
  q.left[1] = true;
  EXPECT_EQ(Messages(q), std::vector<std::string>{
                             "the minimums need 1 seat besides the locked ones (B 1) but "
                             "no seat is open (2 less 1 left to a friendly party and 1 "
                             "locked)"});
}

TEST(FindConflictsTest, MaximumsAllowTooFew) {
  SeatShareProblem p = Make(80, {"BSP", "SP", "RLD"}, {{0, 30}, {0, 37}, {0, 3}});
  p.left[0] = p.left[1] = true;
  EXPECT_EQ(Messages(p), std::vector<std::string>{"the maximums allow 70 seats (BSP 30 + "
                                                  "SP 37 + RLD 3) but the alliance "
                                                  "fields 78"});
  p.limits[2].max = -1;  // no maximum: no upper condition
  EXPECT_TRUE(Messages(p).empty());
}

TEST(FindConflictsTest, MaximumsAllowTooFewWithLocks) {
  SeatShareProblem p = Make(10, {"BSP", "SP"}, {{0, 3}, {0, 2}});
  p.left[9] = true;
  p.locked[0] = p.locked[1] = 0;
  EXPECT_EQ(Messages(p), std::vector<std::string>{
                             "the maximums allow 3 seats besides the locked ones (BSP 3 "
                             "less 2 locked + SP 2) but 7 open seats need a partner (10 "
                             "less 1 left to a friendly party and 2 locked)"});
}

TEST(FindConflictsTest, ReportsEveryConflict) {
  SeatShareProblem p = Make(10, {"A", "B", "C"}, {{0, 1}, {9, 9}, {0, 2}});
  p.locked[0] = p.locked[1] = 0;  // A: 2 locked, maximum 1
  p.left[9] = true;
  Result<std::vector<Conflict>> conflicts = FindConflicts(p);
  ASSERT_TRUE(conflicts.ok());
  ASSERT_EQ(conflicts->size(), 2u);
  EXPECT_EQ((*conflicts)[0].message, "2 seats are locked to A but A's maximum is 1");
  EXPECT_EQ((*conflicts)[1].kind, Conflict::Kind::kMinimumsTooMany);
  EXPECT_EQ((*conflicts)[1].message,
            "the minimums need 9 seats besides the locked ones (B 9) but only 7 seats "
            "are open (10 less 1 left to a friendly party and 2 locked)");
  p.limits[1] = {0, 1};
  EXPECT_EQ(Messages(p),
            (std::vector<std::string>{
                "2 seats are locked to A but A's maximum is 1",
                "the maximums allow 3 seats besides the locked ones (A none (2 locked, "
                "over its maximum of 1) + B 1 + C 2) but 7 open seats need a partner (10 "
                "less 1 left to a friendly party and 2 locked)"}));
  const std::string joined = DescribeConflicts(*FindConflicts(p));
  EXPECT_EQ(joined.rfind("the seat-sharing constraints conflict: 2 seats are locked", 0),
            0u);
  EXPECT_NE(joined.find("; the maximums allow 3 seats"), std::string::npos);
}

// Whether any assignment meets every constraint, by enumeration.
bool AnyAssignment(const SeatShareProblem& p) {
  const int seats = static_cast<int>(p.seats.size());
  const int partners = static_cast<int>(p.partners.size());
  std::vector<int> choice(seats, 0);
  while (true) {
    std::vector<int> count(partners, 0);
    bool ok = true;
    for (int s = 0; s < seats && ok; ++s) {
      if (p.left[s]) continue;
      if (p.locked[s] >= 0 && choice[s] != p.locked[s]) ok = false;
      ++count[choice[s]];
    }
    for (int k = 0; k < partners && ok; ++k) {
      if (count[k] < p.limits[k].min) ok = false;
      if (p.limits[k].max != -1 && count[k] > p.limits[k].max) ok = false;
    }
    if (ok) return true;
    int s = 0;
    while (s < seats && ++choice[s] == partners) choice[s++] = 0;
    if (s == seats) return false;
  }
}

TEST(FindConflictsTest, AgreesWithEnumerationOnSmallProblems) {
  std::mt19937 rng(20240611);
  auto uniform = [&rng](int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
  };
  int feasible = 0;
  const int cases = 3000;
  for (int c = 0; c < cases; ++c) {
    const int seats = uniform(0, 6);
    const int partners = uniform(1, 3);
    std::vector<std::string> names;
    std::vector<Limits> limits;
    for (int k = 0; k < partners; ++k) {
      names.emplace_back(1, static_cast<char>('A' + k));
      Limits limit;
      limit.min = uniform(0, 2) == 0 ? 0 : uniform(0, 3);
      limit.max = uniform(0, 2) == 0 ? -1 : limit.min + uniform(0, 3);
      limits.push_back(limit);
    }
    SeatShareProblem p = Make(seats, names, limits);
    for (int s = 0; s < seats; ++s) {
      const int r = uniform(0, 9);
      if (r == 0) p.left[s] = true;
      if (r == 1 || r == 2) p.locked[s] = uniform(0, partners - 1);
    }
    Result<std::vector<Conflict>> conflicts = FindConflicts(p);
    ASSERT_TRUE(conflicts.ok()) << conflicts.status().ToString();
    const bool any = AnyAssignment(p);
    feasible += any;
    EXPECT_EQ(conflicts->empty(), any)
        << "case " << c << ": "
        << (conflicts->empty() ? std::string("no conflicts")
                               : DescribeConflicts(*conflicts));
  }
  // Both outcomes are well represented.
  EXPECT_GT(feasible, cases / 5);
  EXPECT_LT(feasible, cases * 4 / 5);
}

}  // namespace
}  // namespace janadhar::alliance
