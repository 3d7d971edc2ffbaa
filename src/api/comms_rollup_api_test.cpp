// The communication endpoints that roll up and decide: a directive's
// compliance and overdue units, a report's roll-up and missing units, a
// report's definition, and a proposal's submission, committee and decision
// give the CLI's --json documents (the same builders on the same service
// calls) and store what they say in the user's name. The checks every
// endpoint shares (403 audited, 401, 400 writing nothing) are in
// comms_api_test.cpp; the store is comms_api_fixture.h's.
#include <gtest/gtest.h>

#include <string>

#include "api/comms_api_fixture.h"
#include "api/comms_json.h"
#include "nlohmann/json.hpp"
#include "service/comms_directives.h"
#include "service/comms_proposals.h"
#include "service/comms_reports.h"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::CommsApiTest;

json Parsed(const http::Response& r) {
  return json::parse(r.body);
}

TEST_F(CommsApiTest, ComplianceAndOverdueAreTheCommandsDocuments) {
  ASSERT_EQ(Post("/api/comms/directives/1/done", "ac_bearer",
                 {{"unit", "S24/AC173/B45"}, {"note", "n"}, {"on", "2026-01-09"}})
                .status,
            200);
  http::Response r =
      Do("/api/comms/directives/1/compliance?unit=S24/AC173&as_of=2100-01-01", "GET",
         "state_worker");
  ASSERT_EQ(r.status, 200) << r.body;
  service::ComplianceRequest q;
  q.directive = 1;
  q.unit = "S24/AC173";
  q.as_of = "2100-01-01";
  auto result = service::DirectiveCompliance(*Open(), q);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(Parsed(r), DirectiveComplianceJson(*result));
  json j = Parsed(r);
  EXPECT_EQ(j["unit"], "S24/AC173");
  EXPECT_EQ(j["total"]["targets"], 361);
  EXPECT_EQ(j["total"]["done"], 1);
  EXPECT_EQ(j["total"]["overdue"], 360);
  // depth=1: the unit and the level below it; no unit: the user's own.
  r = Do("/api/comms/directives/1/compliance?depth=1", "GET", "ac_bearer");
  ASSERT_EQ(r.status, 200) << r.body;
  j = Parsed(r);
  EXPECT_EQ(j["unit"], "S24/AC173");
  ASSERT_FALSE(j["units"].empty());
  for (const json& u : j["units"]) EXPECT_LE(u["depth"].get<int>(), 1);

  r = Do("/api/comms/directives/1/overdue?unit=S24/AC173&as_of=2100-01-01", "GET",
         "ac_bearer");
  ASSERT_EQ(r.status, 200) << r.body;
  q.depth = 0;
  result = service::DirectiveCompliance(*Open(), q);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(Parsed(r), DirectiveOverdueJson(*result));
  j = Parsed(r);
  EXPECT_EQ(j["late"], 360);
  ASSERT_FALSE(j["escalations"].empty());
  EXPECT_EQ(j["escalations"][0]["late"][0]["state"], "pending");
  // Not yet due: nothing is late.
  r = Do("/api/comms/directives/1/overdue?as_of=2026-02-01", "GET", "ac_bearer");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Parsed(r)["late"], 0);

  // A directive that does not concern the unit is read through its sender.
  r = Do("/api/comms/directives/1/compliance?unit=S24/D:AGRA", "GET", "agra_viewer");
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(
      Do("/api/comms/directives/1/compliance?depth=deep", "GET", "ac_bearer").status,
      400);
  EXPECT_EQ(Do("/api/comms/directives/1/overdue?depth=1", "GET", "ac_bearer").status,
            400);
  EXPECT_EQ(Do("/api/comms/directives/99/compliance", "GET", "ac_bearer").status, 404);
  EXPECT_EQ(Do("/api/comms/directives/x/overdue", "GET", "ac_bearer").status, 400);
}

TEST_F(CommsApiTest, RollUpAndMissingAreTheCommandsDocuments) {
  ASSERT_EQ(Post("/api/comms/reports/1/submissions", "ac_bearer",
                 {{"unit", "S24/AC173/B45"},
                  {"period", "2026-W02"},
                  {"values", {{"households_visited", 120}, {"new_members", 4}}}})
                .status,
            200);
  http::Response r = Do("/api/comms/reports/1/rollup?unit=S24/AC173&period=2026-W02",
                        "GET", "ac_bearer");
  ASSERT_EQ(r.status, 200) << r.body;
  service::RollUpRequest q;
  q.report = 1;
  q.period = "2026-W02";
  q.unit = "S24/AC173";
  auto result = service::RollUpReport(*Open(), q);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(Parsed(r), ReportRollUpJson(*result));
  json j = Parsed(r);
  EXPECT_EQ(j["total"]["expected"], 361);
  EXPECT_EQ(j["total"]["reported"], 1);
  EXPECT_EQ(j["total"]["sums"]["households_visited"], 120);

  r = Do("/api/comms/reports/1/missing?period=2026-W02", "GET", "ac_bearer");
  ASSERT_EQ(r.status, 200) << r.body;
  q.depth = 0;
  result = service::RollUpReport(*Open(), q);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(Parsed(r), ReportMissingJson(*result));
  j = Parsed(r);
  EXPECT_EQ(j["unit"], "S24/AC173");
  EXPECT_EQ(j["reported"], 1);
  EXPECT_EQ(j["missing"].size(), 360u);

  r = Do("/api/comms/reports/1/rollup?unit=S24/AC173", "GET", "ac_bearer");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("'period'"), std::string::npos) << r.body;
  r = Do("/api/comms/reports/1/missing?period=p&unit=S24/D:AGRA", "GET", "agra_viewer");
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(Do("/api/comms/reports/7/missing?period=p", "GET", "ac_bearer").status, 404);
}

TEST_F(CommsApiTest, ReportsAreDefined) {
  http::Response r = Post("/api/comms/reports", "ac_bearer",
                          {{"unit", "S24/AC173"},
                           {"to", "S24/AC173/SK12"},
                           {"level", "booth"},
                           {"title", "बैठकें"},
                           {"fields", {"meetings:बैठकें", "attendance"}},
                           {"on", "2026-01-10"}});
  ASSERT_EQ(r.status, 200) << r.body;
  json j = Parsed(r)["report"];
  EXPECT_EQ(j["id"], 2);
  EXPECT_EQ(j["to"], "S24/AC173/SK12");
  EXPECT_EQ(j["defined_by"], "ac_bearer");
  EXPECT_EQ(j["defined_on"], "2026-01-10");
  EXPECT_EQ(j["fields"][0], (json{{"name", "meetings"}, {"label", "बैठकें"}}));
  auto log = Open()->LoadAudit("report 2", 0);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ(log->back().actor, "ac_bearer");
  // No fields, or a malformed one: 400, nothing defined.
  const std::vector<int64_t> before = Written();
  EXPECT_EQ(
      Post("/api/comms/reports", "ac_bearer", {{"unit", "S24/AC173"}, {"title", "t"}})
          .status,
      400);
  EXPECT_EQ(Post("/api/comms/reports", "ac_bearer",
                 {{"unit", "S24/AC173"}, {"title", "t"}, {"fields", {"Bad Name"}}})
                .status,
            400);
  EXPECT_EQ(Written(), before);
}

TEST_F(CommsApiTest, ProposalsAreSubmittedAssignedAndDecided) {
  http::Response r = Post("/api/comms/proposals", "ac_bearer",
                          {{"from", "S24/AC173/B45"},
                           {"title", "नया कार्यालय"},
                           {"text", "बूथ पर एक कमरा"},
                           {"on", "2026-01-08"}});
  ASSERT_EQ(r.status, 200) << r.body;
  json j = Parsed(r)["proposal"];
  EXPECT_EQ(j["id"], 3);
  EXPECT_EQ(j["status"], "submitted");
  EXPECT_EQ(j["submitted_by"], "ac_bearer");

  r = Post("/api/comms/proposals/3/committee", "ac_bearer",
           {{"members", {8, 9}}, {"on", "2026-01-09"}});
  ASSERT_EQ(r.status, 200) << r.body;
  j = Parsed(r);
  EXPECT_EQ(j["proposal"]["status"], "under_review");
  EXPECT_EQ(j["committee"].size(), 2u);
  EXPECT_EQ(j["tally"]["pending"], 2);

  // "revised" needs the revised text: the service's refusal, nothing written.
  r = Post("/api/comms/proposals/3/decision", "ac_bearer",
           {{"decision", "revised"}, {"reasons", "छोटा कमरा"}});
  EXPECT_EQ(r.status, 400) << r.body;
  r = Post("/api/comms/proposals/3/decision", "ac_bearer",
           {{"decision", "revised"},
            {"reasons", "छोटा कमरा"},
            {"revised_text", "बूथ पर एक छोटा कमरा"},
            {"on", "2026-01-10"}});
  ASSERT_EQ(r.status, 200) << r.body;
  j = Parsed(r);
  EXPECT_EQ(j["proposal"]["status"], "revised");
  EXPECT_EQ(j["proposal"]["decision"]["revised_text"], "बूथ पर एक छोटा कमरा");
  EXPECT_EQ(j["proposal"]["decision"]["decided_by"], "ac_bearer");
  auto detail = service::ShowProposal(*Open(), 3);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(j, ProposalDetailJson(*detail));
  // Closed: another decision is refused.
  EXPECT_NE(Post("/api/comms/proposals/3/decision", "ac_bearer",
                 {{"decision", "accepted"}, {"reasons", "r"}})
                .status,
            200);
  EXPECT_EQ(
      Post("/api/comms/proposals/3/committee", "ac_bearer", {{"members", json::array()}})
          .status,
      400);
  EXPECT_EQ(
      Post("/api/comms/proposals/9/committee", "ac_bearer", {{"members", {8}}}).status,
      404);
}

}  // namespace
}  // namespace janadhar::api
