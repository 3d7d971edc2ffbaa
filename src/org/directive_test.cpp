#include "org/directive.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "org/comms_test_util.h"

namespace janadhar::org {
namespace {

using testing::HandMadeTree;
using testing::Id;

std::vector<std::string> Codes(const UnitTree& tree, const std::vector<int>& ids) {
  std::vector<std::string> out;
  for (const int id : ids) out.push_back(tree.unit(id).code);
  return out;
}

TEST(DirectiveTest, TargetsTheWholeSubtreeBelowTheSender) {
  const UnitTree tree = HandMadeTree();
  const auto ids = TargetUnits(tree, Id(tree, "S24/D:B"), std::nullopt, false);
  EXPECT_EQ(Codes(tree, ids),
            (std::vector<std::string>{"S24/AC3", "S24/AC3/B1", "S24/AC3/B2"}));
  const auto with_root = TargetUnits(tree, Id(tree, "S24/D:B"), std::nullopt, true);
  EXPECT_EQ(with_root.size(), 4u);
  EXPECT_EQ(tree.unit(with_root[0]).code, "S24/D:B");
}

TEST(DirectiveTest, TargetsOneLevelOfTheSubtree) {
  const UnitTree tree = HandMadeTree();
  EXPECT_EQ(
      Codes(tree, TargetUnits(tree, 0, UnitLevel::kBooth, false)),
      (std::vector<std::string>{"S24/AC1/B1", "S24/AC1/B2", "S24/AC1/B3", "S24/AC2/B1",
                                "S24/AC2/B2", "S24/AC3/B1", "S24/AC3/B2"}));
  EXPECT_EQ(Codes(tree, TargetUnits(tree, Id(tree, "S24/D:A"), UnitLevel::kBooth, false)),
            (std::vector<std::string>{"S24/AC1/B1", "S24/AC1/B2", "S24/AC1/B3",
                                      "S24/AC2/B1", "S24/AC2/B2"}));
  EXPECT_EQ(Codes(tree, TargetUnits(tree, 0, UnitLevel::kAssembly, false)),
            (std::vector<std::string>{"S24/AC1", "S24/AC2", "S24/AC3"}));
  // A booth has nothing below it; a level the subtree lacks gives nothing.
  EXPECT_TRUE(TargetUnits(tree, Id(tree, "S24/AC3/B1"), std::nullopt, false).empty());
  EXPECT_TRUE(TargetUnits(tree, 0, UnitLevel::kMandal, false).empty());
  EXPECT_TRUE(TargetUnits(tree, 99, std::nullopt, false).empty());
}

class ComplianceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tree_ = HandMadeTree();
    // Every booth targeted; deadline 2026-03-10, judged on 2026-03-14.
    for (const int id : TargetUnits(tree_, 0, UnitLevel::kBooth, false)) {
      targets_.push_back({id, 0, 0});
    }
    Set("S24/AC1/B1", "2026-03-02", "2026-03-05");  // done on time
    Set("S24/AC1/B2", "2026-03-02", "2026-03-12");  // done late
    Set("S24/AC1/B3", "2026-03-03", "");            // acknowledged, overdue
    // S24/AC2/B1 and B2: nothing, overdue
    Set("S24/AC3/B1", "", "2026-03-09");            // done without an acknowledgement
    Set("S24/AC3/B2", "2026-03-01", "2026-03-10");  // done on the deadline
    options_.deadline = "2026-03-10";
    options_.as_of = "2026-03-14";
  }
  void Set(const std::string& code, const std::string& acked, const std::string& done) {
    const int id = Id(tree_, code);
    for (TargetStatus& t : targets_) {
      if (t.unit == id) t = {id, DateNumber(acked), DateNumber(done)};
    }
  }
  const UnitCompliance* Find(const ComplianceReport& r, const std::string& code) {
    const int id = Id(tree_, code);
    for (const UnitCompliance& c : r.units) {
      if (c.unit == id) return &c;
    }
    return nullptr;
  }

  UnitTree tree_;
  std::vector<TargetStatus> targets_;
  ComplianceOptions options_;
};

TEST_F(ComplianceTest, RollsUpTheTree) {
  auto r = RollUpCompliance(tree_, targets_, options_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total.targets, 7);
  EXPECT_EQ(r->total.acknowledged, 5);
  EXPECT_EQ(r->total.done, 4);
  EXPECT_EQ(r->total.done_late, 1);
  EXPECT_EQ(r->total.overdue, 3);
  ASSERT_TRUE(r->total.share.has_value());
  EXPECT_DOUBLE_EQ(*r->total.share, 4.0 / 7.0);
  const UnitCompliance* ac1 = Find(*r, "S24/AC1");
  ASSERT_NE(ac1, nullptr);
  EXPECT_EQ(ac1->targets, 3);
  EXPECT_EQ(ac1->done, 2);
  EXPECT_EQ(ac1->overdue, 1);
  const UnitCompliance* da = Find(*r, "S24/D:A");
  ASSERT_NE(da, nullptr);
  EXPECT_EQ(da->targets, 5);
  EXPECT_EQ(da->acknowledged, 3);
  EXPECT_EQ(da->done, 2);
  EXPECT_EQ(da->overdue, 3);
  const UnitCompliance* db = Find(*r, "S24/D:B");
  ASSERT_NE(db, nullptr);
  EXPECT_EQ(db->done, 2);
  EXPECT_EQ(db->overdue, 0);
  EXPECT_DOUBLE_EQ(*db->share, 1.0);
  // Every unit with a target below it is listed, in pre-order.
  EXPECT_EQ(r->units.size(), 13u);
  EXPECT_EQ(r->units[0].unit, 0);
  EXPECT_EQ(r->units[1].unit, Id(tree_, "S24/D:A"));
}

TEST_F(ComplianceTest, StartsAtAUnitAndCutsTheListByDepth) {
  options_.start = Id(tree_, "S24/D:A");
  options_.depth = 1;
  auto r = RollUpCompliance(tree_, targets_, options_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total.targets, 5);
  ASSERT_EQ(r->units.size(), 3u);  // D:A, AC1, AC2
  EXPECT_EQ(r->units[2].unit, Id(tree_, "S24/AC2"));
  EXPECT_EQ(r->units[2].depth, 1);
  EXPECT_EQ(r->late.size(), 3u);  // not cut by depth
}

TEST_F(ComplianceTest, EscalatesLateUnitsToTheirParents) {
  auto r = RollUpCompliance(tree_, targets_, options_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->late.size(), 3u);
  EXPECT_EQ(r->late[0].unit, Id(tree_, "S24/AC1/B3"));
  EXPECT_EQ(r->late[0].parent, Id(tree_, "S24/AC1"));
  EXPECT_EQ(r->late[0].state, TargetState::kAcknowledged);
  EXPECT_EQ(r->late[0].days_late, 4);
  EXPECT_EQ(r->late[1].unit, Id(tree_, "S24/AC2/B1"));
  EXPECT_EQ(r->late[1].parent, Id(tree_, "S24/AC2"));
  EXPECT_EQ(r->late[1].state, TargetState::kPending);
  EXPECT_EQ(r->late[2].parent, Id(tree_, "S24/AC2"));
}

TEST_F(ComplianceTest, NothingIsLateUpToTheDeadline) {
  options_.as_of = "2026-03-10";
  auto r = RollUpCompliance(tree_, targets_, options_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total.overdue, 0);
  EXPECT_TRUE(r->late.empty());
  EXPECT_EQ(r->total.done_late, 1);  // done after the deadline stays late
}

TEST_F(ComplianceTest, RefusesBadInput) {
  ComplianceOptions bad = options_;
  bad.deadline = "10/03/2026";
  auto r = RollUpCompliance(tree_, targets_, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("YYYY-MM-DD"), std::string::npos);
  bad = options_;
  bad.start = 13;
  EXPECT_FALSE(RollUpCompliance(tree_, targets_, bad).ok());
  bad = options_;
  bad.depth = -2;
  EXPECT_FALSE(RollUpCompliance(tree_, targets_, bad).ok());
  std::vector<TargetStatus> outside = targets_;
  outside.push_back({40, 0, 0});
  EXPECT_FALSE(RollUpCompliance(tree_, outside, options_).ok());
}

TEST(DirectiveTest, CountsDaysAcrossMonthsAndLeapYears) {
  EXPECT_EQ(DaysBetween("2024-02-28", "2024-03-01").value(), 2);
  EXPECT_EQ(DaysBetween("2023-02-28", "2023-03-01").value(), 1);
  EXPECT_EQ(DaysBetween("2025-12-31", "2026-01-01").value(), 1);
  EXPECT_EQ(DaysBetween("2026-01-01", "2025-12-31").value(), -1);
  EXPECT_EQ(DaysBetween("1900-01-01", "2000-01-01").value(), 36524);
  EXPECT_FALSE(DaysBetween("2026-02-30", "2026-03-01").ok());
  EXPECT_EQ(TargetStateName(TargetState::kAcknowledged), "acknowledged");
  EXPECT_EQ(DateNumber("2026-03-02"), 20260302);
  EXPECT_EQ(DateNumber(""), 0);
  EXPECT_EQ(DateNumber("2026/03/02"), -1);
  EXPECT_LT(DateNumber("2025-12-31"), DateNumber("2026-01-01"));
}

}  // namespace
}  // namespace janadhar::org
