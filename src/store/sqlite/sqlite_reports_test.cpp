// Reports in the SQLite store: a template's fields and targets, one
// submission per (unit, period) with a correction audited before/after, the
// submissions read back by tree id, and the upgrade of a version 9 store.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_org_test_util.h"

namespace janadhar::store {
namespace {

using testing::Audit;
using testing::kAc1;
using testing::kAc2;
using testing::kB1;
using testing::kB2;
using testing::kB3;
using testing::OpenOrgStore;
using testing::QueryInt;

org::ReportTemplate MakeTemplate(const std::string& from, const std::string& to = "") {
  org::ReportTemplate r;
  r.from = from;
  r.to = to;
  r.level = org::UnitLevel::kBooth;
  r.title = "बूथ संपर्क अभियान";
  r.fields = {{"households_visited", "घर"}, {"new_members", "New members"}};
  r.defined_on = "2026-03-01";
  r.defined_by = "ravi";
  return r;
}

org::ReportSubmission Submission(int64_t report, const std::string& unit,
                                 std::vector<int64_t> values,
                                 const std::string& period = "2026-W10") {
  return {report, unit, period, std::move(values), "2026-03-08", "asha"};
}

TEST(SqliteReportsTest, StoresFieldsAndTargets) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  auto r =
      s.store->Comms().AddReportTemplate(MakeTemplate("S24"), Audit("report.define"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->targets, 3);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM comms_report_targets"), 3);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_audit WHERE subject = 'report " +
                                 std::to_string(r->id) + "'"),
            1);
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT json_extract(after, '$.targets') FROM org_audit WHERE "
                     "action = 'report.define'"),
            3);
  auto got = s.store->Comms().GetReportTemplate(r->id);
  ASSERT_TRUE(got.ok() && got->has_value());
  ASSERT_EQ((*got)->fields.size(), 2u);
  EXPECT_EQ((*got)->fields[0].label, "घर");
  EXPECT_EQ((*got)->fields[1].name, "new_members");
  EXPECT_EQ((*got)->to, "S24");
  auto none = s.store->Comms().GetReportTemplate(r->id + 1);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  // Another AC's subtree is not the sender's.
  EXPECT_EQ(s.store->Comms()
                .AddReportTemplate(MakeTemplate(kAc1, kAc2), Audit("x"))
                .status()
                .code(),
            StatusCode::kInvalidArgument);
}

TEST(SqliteReportsTest, OneSubmissionPerUnitAndPeriod) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  auto r =
      s.store->Comms().AddReportTemplate(MakeTemplate("S24"), Audit("report.define"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  auto first = s.store->Comms().SubmitReport(Submission(r->id, kB1, {10, 2}),
                                             Audit("report.submit"));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_FALSE(first->has_value());
  auto again = s.store->Comms().SubmitReport(Submission(r->id, kB1, {12, 3}),
                                             Audit("report.submit"));
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  ASSERT_TRUE(again->has_value());
  EXPECT_EQ((*again)->values, (std::vector<int64_t>{10, 2}));
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM comms_report_submissions"), 1);
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_audit WHERE action = 'report.correct' AND "
                     "before LIKE '%\"households_visited\":10%'"),
            1);
  ASSERT_TRUE(s.store->Comms()
                  .SubmitReport(Submission(r->id, kB1, {1, 1}, "2026-W11"), Audit("x"))
                  .ok());
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM comms_report_submissions"), 2);
  auto got = s.store->Comms().GetReportSubmission(r->id, kB1, "2026-W10");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->values, (std::vector<int64_t>{12, 3}));
  // Not a target (an AC), and no such report.
  EXPECT_EQ(s.store->Comms()
                .SubmitReport(Submission(r->id, kAc1, {1, 1}), Audit("x"))
                .status()
                .code(),
            StatusCode::kNotFound);
  EXPECT_EQ(s.store->Comms()
                .SubmitReport(Submission(r->id + 9, kB1, {1, 1}), Audit("x"))
                .status()
                .code(),
            StatusCode::kNotFound);
}

TEST(SqliteReportsTest, SubmissionsLoadByTreeId) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  auto r = s.store->Comms().AddReportTemplate(MakeTemplate("S24"), Audit("x"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(
      s.store->Comms().SubmitReport(Submission(r->id, kB2, {5, 1}), Audit("x")).ok());
  ASSERT_TRUE(s.store->Comms()
                  .SubmitReport(Submission(r->id, kB3, {7, 0}, "2026-W11"), Audit("x"))
                  .ok());
  auto units = s.store->Comms().LoadReportSubmissions(r->id, "S24", "2026-W10");
  ASSERT_TRUE(units.ok()) << units.status().ToString();
  EXPECT_EQ(units->targets.size(), 3u);
  ASSERT_EQ(units->submissions.size(), 1u);
  EXPECT_EQ(units->tree.unit(units->submissions[0].unit).code, kB2);
  EXPECT_EQ(units->submissions[0].values, (std::vector<int64_t>{5, 1}));
}

TEST(SqliteReportsTest, AVersion9StoreGetsTheTables) {
  const std::string path = testing::FreshStorePath();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  auto version = sqlite::Migrate(db, path, 9);
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  sqlite3_close(db);
  EXPECT_EQ(
      QueryInt(path,
               "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'comms_report%'"),
      0);
  auto store = testing::OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->SchemaVersion(), sqlite::NewestSchemaVersion());
  EXPECT_EQ(
      QueryInt(path,
               "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
               "('comms_report_templates', 'comms_report_fields', "
               "'comms_report_targets', 'comms_report_submissions')"),
      4);
}

TEST(SqliteReportsTest, ListsTemplatesConcerningAUnit) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  auto state = s.store->Comms().AddReportTemplate(MakeTemplate("S24"), Audit("x"));
  auto ac2 = s.store->Comms().AddReportTemplate(MakeTemplate(kAc2), Audit("x"));
  ASSERT_TRUE(state.ok() && ac2.ok());
  ASSERT_TRUE(
      s.store->Comms().SubmitReport(Submission(state->id, kB1, {1, 1}), Audit("x")).ok());
  ASSERT_TRUE(
      s.store->Comms()
          .SubmitReport(Submission(state->id, kB2, {2, 2}, "2026-W11"), Audit("x"))
          .ok());
  auto all = s.store->Comms().ListReportTemplates("", 0);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].report.id, ac2->id);  // newest first
  EXPECT_EQ((*all)[0].submissions, 0);
  EXPECT_EQ((*all)[0].last_period, "");
  EXPECT_EQ((*all)[1].submissions, 2);
  EXPECT_EQ((*all)[1].periods, 2);
  EXPECT_EQ((*all)[1].last_period, "2026-W11");
  EXPECT_EQ((*all)[1].report.fields.size(), 2u);
  // A booth of AC 1 sees the state's template, not AC 2's.
  auto b1 = s.store->Comms().ListReportTemplates(kB1, 0);
  ASSERT_TRUE(b1.ok());
  ASSERT_EQ(b1->size(), 1u);
  EXPECT_EQ((*b1)[0].report.id, state->id);
  auto one = s.store->Comms().ListReportTemplates("", 1);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->size(), 1u);
  EXPECT_EQ(s.store->Comms().ListReportTemplates("S24/AC9", 0).status().code(),
            StatusCode::kNotFound);
}

}  // namespace
}  // namespace janadhar::store
