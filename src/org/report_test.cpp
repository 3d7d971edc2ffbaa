#include "org/report.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "org/comms_test_util.h"

namespace janadhar::org {
namespace {

using testing::HandMadeTree;
using testing::Id;

std::vector<int> Booths(const UnitTree& tree) {
  std::vector<int> out;
  for (int id = 0; id < tree.size(); ++id) {
    if (tree.unit(id).level == UnitLevel::kBooth) out.push_back(id);
  }
  return out;
}

const UnitReportSums* Find(const ReportRollUp& r, int unit) {
  for (const UnitReportSums& u : r.units) {
    if (u.unit == unit) return &u;
  }
  return nullptr;
}

TEST(ReportTest, ParsesFieldsWithHindiLabels) {
  auto f = ParseReportField(" households_visited : घर संपर्क ");
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f->name, "households_visited");
  EXPECT_EQ(f->label, "घर संपर्क");
  auto bare = ParseReportField("new_members");
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->label, "new_members");
  EXPECT_FALSE(ParseReportField("New Members:x").ok());
  EXPECT_FALSE(ParseReportField(":x").ok());
  EXPECT_FALSE(CheckReportFields({}).ok());
  EXPECT_FALSE(CheckReportFields({{"a", "A"}, {"a", "B"}}).ok());
}

TEST(ReportTest, ValuesComeInFieldOrder) {
  const std::vector<ReportField> fields = {{"households_visited", "H"},
                                           {"voters_contacted", "V"}};
  auto v = CheckReportValues(fields,
                             {{"voters_contacted", "40"}, {"households_visited", "12"}});
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(*v, (std::vector<int64_t>{12, 40}));
}

TEST(ReportTest, RefusesUnknownMissingAndNegativeValues) {
  const std::vector<ReportField> fields = {{"households_visited", "H"},
                                           {"voters_contacted", "V"}};
  auto typo =
      CheckReportValues(fields, {{"houshold_visited", "1"}, {"voters_contacted", "2"}});
  ASSERT_FALSE(typo.ok());
  EXPECT_NE(typo.status().message().find("did you mean"), std::string::npos)
      << typo.status().message();
  EXPECT_NE(typo.status().message().find("households_visited"), std::string::npos);
  auto missing = CheckReportValues(fields, {{"voters_contacted", "2"}});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("households_visited"), std::string::npos);
  EXPECT_FALSE(
      CheckReportValues(fields, {{"households_visited", "-3"}, {"voters_contacted", "2"}})
          .ok());
  EXPECT_FALSE(CheckReportValues(
                   fields, {{"households_visited", "2.5"}, {"voters_contacted", "2"}})
                   .ok());
  EXPECT_FALSE(CheckReportValues(fields, {{"households_visited", "1"},
                                          {"households_visited", "1"},
                                          {"voters_contacted", "2"}})
                   .ok());
}

TEST(ReportTest, ValuesRoundTripAsText) {
  EXPECT_EQ(JoinReportValues({12, 0, 7}), "12,0,7");
  EXPECT_EQ(SplitReportValues("12,0,7"), (std::vector<int64_t>{12, 0, 7}));
  EXPECT_FALSE(SplitReportValues("12,,7").has_value());
  EXPECT_FALSE(SplitReportValues("1,-2").has_value());
  EXPECT_FALSE(CheckReportPeriod("  ").ok());
  EXPECT_EQ(*CheckReportPeriod(" 2026-W10 "), "2026-W10");
}

TEST(ReportTest, SumsRollUpWithTheUnitsThatDidNotReport) {
  const UnitTree tree = HandMadeTree();
  const std::vector<SubmittedValues> subs = {
      {Id(tree, "S24/AC1/B1"), {10, 30}},
      {Id(tree, "S24/AC1/B3"), {5, 7}},
      {Id(tree, "S24/AC3/B2"), {1, 2}},
      {Id(tree, "S24/AC2"), {100, 100}},  // not a target: left out
  };
  auto r = RollUpReport(tree, Booths(tree), subs, 2, {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total.expected, 7);
  EXPECT_EQ(r->total.reported, 3);
  EXPECT_EQ(r->total.sums, (std::vector<int64_t>{16, 39}));
  const UnitReportSums* ac1 = Find(*r, Id(tree, "S24/AC1"));
  ASSERT_NE(ac1, nullptr);
  EXPECT_EQ(ac1->expected, 3);
  EXPECT_EQ(ac1->reported, 2);
  EXPECT_EQ(ac1->sums, (std::vector<int64_t>{15, 37}));
  const UnitReportSums* db = Find(*r, Id(tree, "S24/D:B"));
  ASSERT_NE(db, nullptr);
  EXPECT_EQ(db->sums, (std::vector<int64_t>{1, 2}));
  std::vector<std::string> missing;
  for (const int id : r->missing) missing.push_back(tree.unit(id).code);
  EXPECT_EQ(missing, (std::vector<std::string>{"S24/AC1/B2", "S24/AC2/B1", "S24/AC2/B2",
                                               "S24/AC3/B1"}));
}

TEST(ReportTest, DepthAndStartCutTheListNotTheSums) {
  const UnitTree tree = HandMadeTree();
  const std::vector<SubmittedValues> subs = {{Id(tree, "S24/AC1/B1"), {4}},
                                             {Id(tree, "S24/AC3/B1"), {6}}};
  ReportRollUpOptions options;
  options.start = Id(tree, "S24/D:A");
  options.depth = 1;
  auto r = RollUpReport(tree, Booths(tree), subs, 1, options);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->units.size(), 3u);  // D:A, AC1, AC2
  EXPECT_EQ(r->total.expected, 5);
  EXPECT_EQ(r->total.sums, (std::vector<int64_t>{4}));
  EXPECT_EQ(r->missing.size(), 4u);  // never cut by depth
  options.depth = -2;
  EXPECT_FALSE(RollUpReport(tree, Booths(tree), subs, 1, options).ok());
  EXPECT_FALSE(RollUpReport(tree, Booths(tree), {{0, {1, 2}}}, 1, {}).ok());
  EXPECT_FALSE(RollUpReport(tree, {99}, {}, 1, {}).ok());
}

}  // namespace
}  // namespace janadhar::org
