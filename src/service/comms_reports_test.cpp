// The report use cases on a hand-made tree (org_people_test_util.h): a
// template for the booths, the refusals (a unit that is not a target, a
// misspelt field with its suggestion, a negative value), a correction with
// its audit entry, and the sums rolled up with the units that did not report.
#include "service/comms_reports.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "service/org_people_test_util.h"

namespace janadhar::service {
namespace {

using testing::kAc;
using testing::kB45;
using testing::kB46;
using testing::kDistrict;

const std::string kAgraBooth = "S24/AC88/B1";

class CommsReportsTest : public testing::OrgPeopleTest {
 protected:
  org::ReportTemplate Define(const std::string& from = "S24") {
    ReportDefineRequest r;
    r.from = from;
    r.level = "booth";
    r.title = "बूथ संपर्क अभियान";
    r.fields = {"households_visited:घर संपर्क", "voters_contacted:Voters contacted",
                "new_members"};
    r.on = "2026-03-01";
    r.actor = actor_;
    auto t = DefineReport(*store_, r);
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.ok() ? *t : org::ReportTemplate{};
  }
  Result<SubmitResult> Submit(int64_t id, const std::string& unit,
                              std::vector<std::pair<std::string, std::string>> values,
                              const std::string& period = "2026-W10") {
    ReportSubmitRequest r;
    r.report = id;
    r.unit = unit;
    r.period = period;
    r.values = std::move(values);
    r.on = "2026-03-08";
    r.actor = actor_;
    return SubmitReport(*store_, r);
  }
};

TEST_F(CommsReportsTest, DefinesATemplateForTheBooths) {
  const org::ReportTemplate t = Define();
  EXPECT_EQ(t.targets, 3);
  ASSERT_EQ(t.fields.size(), 3u);
  EXPECT_EQ(t.fields[0].label, "घर संपर्क");
  EXPECT_EQ(t.fields[2].label, "new_members");
  EXPECT_EQ(Actions("report " + std::to_string(t.id)),
            (std::vector<std::string>{"report.define"}));
  ReportDefineRequest bad;
  bad.from = "S24";
  bad.title = "x";
  bad.actor = actor_;
  auto none = DefineReport(*store_, bad);
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("at least one field"), std::string::npos);
}

TEST_F(CommsReportsTest, RefusesWhatIsNotAReport) {
  const org::ReportTemplate t = Define();
  const std::vector<std::pair<std::string, std::string>> good = {
      {"households_visited", "12"}, {"voters_contacted", "40"}, {"new_members", "3"}};
  auto not_target = Submit(t.id, kAc, good);
  ASSERT_FALSE(not_target.ok());
  EXPECT_EQ(not_target.status().code(), StatusCode::kNotFound);
  EXPECT_NE(not_target.status().message().find("not one of the 3 units"),
            std::string::npos)
      << not_target.status().message();
  auto typo = Submit(
      t.id, kB45,
      {{"househlds_visited", "12"}, {"voters_contacted", "40"}, {"new_members", "3"}});
  ASSERT_FALSE(typo.ok());
  EXPECT_NE(typo.status().message().find("did you mean 'households_visited'"),
            std::string::npos)
      << typo.status().message();
  auto negative = Submit(
      t.id, kB45,
      {{"households_visited", "-1"}, {"voters_contacted", "40"}, {"new_members", "3"}});
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(negative.status().message().find("households_visited"), std::string::npos);
  EXPECT_EQ(Submit(t.id, kB45, good, " ").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Submit(t.id + 5, kB45, good).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(Actions("report " + std::to_string(t.id)).size(), 1u);
}

TEST_F(CommsReportsTest, ACorrectionReplacesTheValuesAndIsAudited) {
  const org::ReportTemplate t = Define();
  auto first = Submit(
      t.id, kB45,
      {{"households_visited", "12"}, {"voters_contacted", "40"}, {"new_members", "3"}});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_FALSE(first->replaced.has_value());
  auto second = Submit(
      t.id, kB45,
      {{"households_visited", "14"}, {"voters_contacted", "40"}, {"new_members", "3"}});
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  ASSERT_TRUE(second->replaced.has_value());
  EXPECT_EQ(second->replaced->values, (std::vector<int64_t>{12, 40, 3}));
  EXPECT_EQ(
      Actions("report " + std::to_string(t.id)),
      (std::vector<std::string>{"report.correct", "report.submit", "report.define"}));
}

TEST_F(CommsReportsTest, SumsRollUpWithTheUnitsThatHaveNotReported) {
  const org::ReportTemplate t = Define();
  ASSERT_TRUE(Submit(t.id, kB45,
                     {{"households_visited", "12"},
                      {"voters_contacted", "40"},
                      {"new_members", "3"}})
                  .ok());
  ASSERT_TRUE(
      Submit(
          t.id, kAgraBooth,
          {{"households_visited", "5"}, {"voters_contacted", "9"}, {"new_members", "0"}})
          .ok());
  // Another period does not count.
  ASSERT_TRUE(Submit(t.id, kB46,
                     {{"households_visited", "100"},
                      {"voters_contacted", "1"},
                      {"new_members", "1"}},
                     "2026-W11")
                  .ok());
  RollUpRequest r;
  r.report = t.id;
  r.period = "2026-W10";
  auto up = RollUpReport(*store_, r);
  ASSERT_TRUE(up.ok()) << up.status().ToString();
  EXPECT_EQ(up->rollup.total.expected, 3);
  EXPECT_EQ(up->rollup.total.reported, 2);
  EXPECT_EQ(up->rollup.total.sums, (std::vector<int64_t>{17, 49, 3}));
  ASSERT_EQ(up->rollup.missing.size(), 1u);
  EXPECT_EQ(up->tree.unit(up->rollup.missing[0]).code, kB46);
  r.unit = kDistrict;
  auto lucknow = RollUpReport(*store_, r);
  ASSERT_TRUE(lucknow.ok()) << lucknow.status().ToString();
  EXPECT_EQ(lucknow->rollup.total.expected, 2);
  EXPECT_EQ(lucknow->rollup.total.sums, (std::vector<int64_t>{12, 40, 3}));
}

TEST_F(CommsReportsTest, TheNationalUnitRollsUpEveryState) {
  org::UnitTree national;
  ASSERT_TRUE(national.Add(org::NationalUnit()).ok());
  ASSERT_TRUE(store_->ReplaceOrgUnits("IN", national).ok());
  ReportDefineRequest d;
  d.from = "IN";
  d.level = "district";
  d.title = "Training held";
  d.fields = {"sessions", "attended"};
  d.on = "2026-03-01";
  d.actor = actor_;
  auto t = DefineReport(*store_, d);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->targets, 3);  // two districts in S24, one in S06
  ASSERT_TRUE(Submit(t->id, kDistrict, {{"sessions", "2"}, {"attended", "30"}}).ok());
  ASSERT_TRUE(
      Submit(t->id, "S06/D:KACHCHH", {{"sessions", "1"}, {"attended", "11"}}).ok());
  RollUpRequest r;
  r.report = t->id;
  r.period = "2026-W10";
  auto up = RollUpReport(*store_, r);
  ASSERT_TRUE(up.ok()) << up.status().ToString();
  EXPECT_EQ(up->tree.unit(up->rollup.start).code, "IN");
  EXPECT_EQ(up->rollup.total.expected, 3);
  EXPECT_EQ(up->rollup.total.reported, 2);
  EXPECT_EQ(up->rollup.total.sums, (std::vector<int64_t>{3, 41}));
  ASSERT_EQ(up->rollup.missing.size(), 1u);
  EXPECT_EQ(up->tree.unit(up->rollup.missing[0]).code.substr(0, 6), "S24/D:");
  EXPECT_NE(up->tree.unit(up->rollup.missing[0]).code, kDistrict);
  r.unit = "S06";
  auto s06 = RollUpReport(*store_, r);
  ASSERT_TRUE(s06.ok()) << s06.status().ToString();
  EXPECT_EQ(s06->rollup.total.expected, 1);
  EXPECT_EQ(s06->rollup.total.sums, (std::vector<int64_t>{1, 11}));
}

}  // namespace
}  // namespace janadhar::service
