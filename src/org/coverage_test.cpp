#include "org/coverage.h"

#include <gtest/gtest.h>

#include <map>

#include "org/bootstrap.h"

namespace janadhar::org {
namespace {

BootstrapAc Ac(int number, int booths) {
  BootstrapAc ac;
  ac.number = number;
  ac.name = "AC" + std::to_string(number);
  for (int i = 1; i <= booths; ++i) ac.stations.push_back({std::to_string(i), ""});
  return ac;
}

BoothStaff Staff(bool president, int committee, int agents) {
  BoothStaff s;
  s[Role::kBoothPresident] = president ? 1 : 0;
  s[Role::kBoothCommitteeMember] = committee;
  s[Role::kPollingAgent] = agents;
  return s;
}

CoverageRules Rules(int presidents, int committee, int agents) {
  CoverageRules r;
  r[Role::kBoothPresident] = presidents;
  r[Role::kBoothCommitteeMember] = committee;
  r[Role::kPollingAgent] = agents;
  return r;
}

const BoothStaff kFull = Staff(true, 10, 1);

// S24 → D:ALPHA (AC1: 6 booths in SK 3+3, AC2: 4 booths in one SK) and
// D:BETA (AC3: 5 booths in one SK): 25 units, 15 booths.
class CoverageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    BootstrapInput in;
    in.state_code = "S24";
    in.state_name = "UP";
    in.acs = {Ac(1, 6), Ac(2, 4), Ac(3, 5)};
    in.districts = {{1, "Alpha"}, {2, "Alpha"}, {3, "Beta"}};
    auto r = BootstrapUnits(in);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    tree_ = std::move(r).value();
    ASSERT_EQ(tree_.size(), 25);
    staff_.resize(tree_.size());
    Set("S24/AC1/B1", kFull);
    Set("S24/AC1/B2", kFull);
    Set("S24/AC1/B3", Staff(true, 4, 0));
    // AC1/B4: nothing
    Set("S24/AC1/B5", Staff(true, 11, 3));
    Set("S24/AC1/B6", Staff(false, 10, 2));
    Set("S24/AC2/B1", kFull);
    Set("S24/AC2/B2", kFull);
    Set("S24/AC2/B3", kFull);
    Set("S24/AC2/B4", Staff(true, 12, 1));
    Set("S24/AC3/B1", Staff(true, 9, 1));
    Set("S24/AC3/B2", kFull);
    // AC3/B3..B5: nothing (B5 past the end of staff_)
    staff_.resize(*tree_.Find("S24/AC3/B5"));
  }
  void Set(const std::string& code, BoothStaff s) { staff_[Id(code)] = s; }
  int Id(const std::string& code) const {
    const auto id = tree_.Find(code);
    EXPECT_TRUE(id.has_value()) << code;
    return id.value_or(-1);
  }
  CoverageReport RollUp(const CoverageOptions& options = {}) {
    auto r = RollUpCoverage(tree_, staff_, options);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value() : CoverageReport{};
  }

  UnitTree tree_;
  std::vector<std::optional<BoothStaff>> staff_;
};

TEST_F(CoverageTest, EveryUnitsFigures) {
  const CoverageReport rep = RollUp();
  // code → {booths, covered, depth}
  const std::map<std::string, std::vector<int>> expected = {
      {"S24", {15, 8, 0}},        {"S24/D:ALPHA", {10, 7, 1}}, {"S24/AC1", {6, 3, 2}},
      {"S24/AC1/SK1", {3, 2, 3}}, {"S24/AC1/B1", {1, 1, 4}},   {"S24/AC1/B2", {1, 1, 4}},
      {"S24/AC1/B3", {1, 0, 4}},  {"S24/AC1/SK2", {3, 1, 3}},  {"S24/AC1/B4", {1, 0, 4}},
      {"S24/AC1/B5", {1, 1, 4}},  {"S24/AC1/B6", {1, 0, 4}},   {"S24/AC2", {4, 4, 2}},
      {"S24/AC2/SK1", {4, 4, 3}}, {"S24/AC2/B1", {1, 1, 4}},   {"S24/AC2/B2", {1, 1, 4}},
      {"S24/AC2/B3", {1, 1, 4}},  {"S24/AC2/B4", {1, 1, 4}},   {"S24/D:BETA", {5, 1, 1}},
      {"S24/AC3", {5, 1, 2}},     {"S24/AC3/SK1", {5, 1, 3}},  {"S24/AC3/B1", {1, 0, 4}},
      {"S24/AC3/B2", {1, 1, 4}},  {"S24/AC3/B3", {1, 0, 4}},   {"S24/AC3/B4", {1, 0, 4}},
      {"S24/AC3/B5", {1, 0, 4}}};
  ASSERT_EQ(rep.units.size(), 25u);
  for (size_t i = 0; i < rep.units.size(); ++i) {
    const UnitCoverage& c = rep.units[i];
    EXPECT_EQ(c.unit, static_cast<int>(i));  // pre-order = id order here
    const std::string& code = tree_.unit(c.unit).code;
    const auto it = expected.find(code);
    ASSERT_NE(it, expected.end()) << code;
    EXPECT_EQ(c.booths, it->second[0]) << code;
    EXPECT_EQ(c.covered, it->second[1]) << code;
    EXPECT_EQ(c.depth, it->second[2]) << code;
    ASSERT_TRUE(c.share.has_value()) << code;
    EXPECT_DOUBLE_EQ(*c.share, static_cast<double>(c.covered) / c.booths) << code;
  }
  EXPECT_EQ(rep.start, 0);
  EXPECT_EQ(rep.total.booths, 15);
  EXPECT_EQ(rep.total.covered, 8);
  EXPECT_DOUBLE_EQ(*rep.total.share, 8.0 / 15.0);
}

TEST_F(CoverageTest, UncoveredBoothsAndWhatTheyLack) {
  const CoverageReport rep = RollUp();
  std::vector<std::string> got;
  for (const UncoveredBooth& u : rep.uncovered) {
    got.push_back(tree_.unit(u.unit).code + ": " + rep.Lacks(u));
  }
  const std::string nothing =
      ": no booth president; 0 of 10 booth committee members; no polling agent";
  const std::vector<std::string> expected = {
      "S24/AC1/B3: 4 of 10 booth committee members; no polling agent",
      "S24/AC1/B4" + nothing,
      "S24/AC1/B6: no booth president",
      "S24/AC3/B1: 9 of 10 booth committee members",
      "S24/AC3/B3" + nothing,
      "S24/AC3/B4" + nothing,
      "S24/AC3/B5" + nothing};
  EXPECT_EQ(got, expected);
  const UncoveredBooth& b3 = rep.uncovered[0];
  EXPECT_EQ(b3.has[Role::kBoothPresident], 1);
  EXPECT_EQ(b3.has[Role::kBoothCommitteeMember], 4);
  EXPECT_EQ(b3.missing[Role::kBoothPresident], 0);
  EXPECT_EQ(b3.missing[Role::kBoothCommitteeMember], 6);
  EXPECT_EQ(b3.missing[Role::kPollingAgent], 1);
  EXPECT_EQ(b3.missing[Role::kPageInCharge], 0);
  const UncoveredBooth& b4 = rep.uncovered[1];
  EXPECT_EQ(b4.missing[Role::kBoothPresident], 1);
  EXPECT_EQ(b4.missing[Role::kBoothCommitteeMember], 10);
  EXPECT_EQ(b4.missing[Role::kPollingAgent], 1);
  EXPECT_EQ(b4.has[Role::kBoothCommitteeMember], 0);
}

TEST_F(CoverageTest, DepthAndStart) {
  CoverageOptions options;
  options.depth = 2;
  CoverageReport rep = RollUp(options);
  std::vector<std::string> listed;
  for (const auto& c : rep.units) listed.push_back(tree_.unit(c.unit).code);
  EXPECT_EQ(listed, (std::vector<std::string>{"S24", "S24/D:ALPHA", "S24/AC1", "S24/AC2",
                                              "S24/D:BETA", "S24/AC3"}));
  EXPECT_EQ(rep.uncovered.size(), 7u);  // not cut by depth
  EXPECT_EQ(rep.units[2].covered, 3);

  options.depth = 0;
  EXPECT_EQ(RollUp(options).units.size(), 1u);

  options.depth = 1;
  options.start = Id("S24/AC3");
  rep = RollUp(options);
  EXPECT_EQ(rep.start, Id("S24/AC3"));
  EXPECT_EQ(rep.total.booths, 5);
  EXPECT_EQ(rep.total.covered, 1);
  ASSERT_EQ(rep.units.size(), 2u);
  EXPECT_EQ(rep.units[1].unit, Id("S24/AC3/SK1"));
  EXPECT_EQ(rep.units[1].depth, 1);
  EXPECT_EQ(rep.uncovered.size(), 4u);

  options = {};
  options.start = Id("S24/AC1/B6");
  rep = RollUp(options);
  EXPECT_EQ(rep.total.booths, 1);
  EXPECT_EQ(rep.total.covered, 0);
  ASSERT_EQ(rep.uncovered.size(), 1u);
  EXPECT_EQ(rep.Lacks(rep.uncovered[0]), "no booth president");
}

TEST_F(CoverageTest, OtherRules) {
  CoverageOptions options;
  options.rules[Role::kBoothCommitteeMember] = 5;
  options.rules[Role::kPollingAgent] = 2;
  const CoverageReport rep = RollUp(options);
  // Covered now: AC1/B5 (11, 3 agents), AC3/B1 needs a 2nd agent; the full ones
  // have one agent only.
  EXPECT_EQ(rep.total.covered, 1);
  EXPECT_EQ(rep.uncovered.size(), 14u);
  EXPECT_EQ(rep.Lacks(rep.uncovered[0]), "1 of 2 polling agents");  // AC1/B1
  EXPECT_EQ(rep.Lacks(rep.uncovered[2]),
            "4 of 5 booth committee members; 0 of 2 polling agents");

  options.rules = Rules(0, 0, 0);
  EXPECT_EQ(RollUp(options).total.covered, 15);
}

TEST_F(CoverageTest, Errors) {
  const auto expect_error = [&](const CoverageOptions& options,
                                const std::vector<std::optional<BoothStaff>>& staff,
                                const std::string& text) {
    auto r = RollUpCoverage(tree_, staff, options);
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(text), std::string::npos) << r.status().message();
  };
  CoverageOptions options;
  options.rules[Role::kBoothPresident] = 2;
  expect_error(options, staff_, "at most one booth president");
  options.rules = Rules(1, -1, 1);
  expect_error(options, staff_, "counts from 0");
  options.rules = {};
  options.rules[Role::kPresident] = 1;
  expect_error(options, staff_, "a booth has no president");
  options = {};
  options.start = 25;
  expect_error(options, staff_, "no unit 25");
  options = {};
  options.depth = -2;
  expect_error(options, staff_, "depth -2");

  auto staff = staff_;
  staff[Id("S24/AC1/SK1")] = kFull;
  expect_error({}, staff, "'S24/AC1/SK1', which is a shakti_kendra, not a booth");
  staff = staff_;
  staff.resize(30);
  staff[29] = kFull;
  expect_error({}, staff, "unit 29, which is not in the tree");
  staff = staff_;
  staff[Id("S24/AC1/B1")] = Staff(true, -1, 1);
  expect_error({}, staff, "a negative count");

  auto r = RollUpCoverage(UnitTree{}, {}, {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("empty"), std::string::npos);
}

TEST(CoverageNoBoothsTest, ShareIsMissingWithoutBooths) {
  BootstrapInput in;
  in.state_code = "S24";
  in.acs = {Ac(1, 0)};
  auto tree = BootstrapUnits(in);
  ASSERT_TRUE(tree.ok());
  auto r = RollUpCoverage(*tree, {}, {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total.booths, 0);
  EXPECT_FALSE(r->total.share.has_value());
  EXPECT_TRUE(r->uncovered.empty());
}

TEST(DescribeLackTest, Words) {
  const CoverageRules rules;
  EXPECT_EQ(DescribeLack(Staff(true, 10, 1), rules), "");
  EXPECT_TRUE(IsCovered(Staff(true, 10, 1), rules));
  EXPECT_EQ(DescribeLack(Staff(false, 4, 0), rules),
            "no booth president; 4 of 10 booth committee members; no polling agent");
  EXPECT_FALSE(IsCovered(Staff(false, 4, 0), rules));
  EXPECT_EQ(DescribeLack(Staff(true, 0, 1), Rules(1, 1, 1)), "no booth committee member");
  EXPECT_EQ(DescribeLack(Staff(true, 1, 1), Rules(1, 1, 3)), "1 of 3 polling agents");
  EXPECT_EQ(DescribeLack(Staff(false, 0, 0), Rules(0, 0, 0)), "");
  CoverageRules pages;
  pages[Role::kPageInCharge] = 5;
  EXPECT_EQ(DescribeLack(Staff(true, 10, 1), pages), "0 of 5 page-in-charges");
  EXPECT_EQ(DescribeRules(pages),
            "a booth president, 10 booth committee members, a polling agent and 5 "
            "page-in-charges");
}

}  // namespace
}  // namespace janadhar::org
