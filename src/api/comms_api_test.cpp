// The communication endpoints: directives (list, show, send, ack, done),
// reports (list, show, submit) and proposals (list, show, a member's view)
// give the CLI's --json documents and store what they say in the user's
// name; another subtree is 403 (audited) and a viewer's change 403, both
// writing nothing; anonymous is 401; a bad body is 400 and writes nothing.
// Each test has a store of its own (api_write_fixture.h) holding directive
// 1, report 1 and proposal 1 from S24/AC173 (to its booths; the proposal's
// committee persons 8 and 9) and proposal 2 from S24/D:AGRA.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "api/api_write_fixture.h"
#include "nlohmann/json.hpp"
#include "service/comms_directives.h"
#include "service/comms_proposals.h"
#include "service/comms_reports.h"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiWriteTest;

// method, target, body (for a POST).
using Call3 = std::tuple<std::string, std::string, json>;

class CommsApiTest : public ApiWriteTest {
 protected:
  void SetUp() override {
    ApiWriteTest::SetUp();
    auto s = Open();
    const service::OrgActor tester{"tester", "S24/AC173"};
    service::DirectiveRequest d;
    d.from = "S24/AC173";
    d.level = "booth";
    d.title = "बूथ संपर्क अभियान";
    d.text = "हर घर तक पहुँचें";
    d.deadline = "2099-12-31";
    d.issued_on = "2026-01-05";
    d.actor = tester;
    Check(service::SendDirective(*s, d));
    service::ReportDefineRequest r;
    r.from = "S24/AC173";
    r.level = "booth";
    r.title = "Weekly";
    r.fields = {"households_visited:Households visited", "new_members:New members"};
    r.on = "2026-01-05";
    r.actor = tester;
    Check(service::DefineReport(*s, r));
    for (const char* from : {"S24/AC173", "S24/D:AGRA"}) {
      service::ProposalSubmitRequest p;
      p.from = from;
      p.title = "हर बूथ पर युवा प्रकोष्ठ";
      p.text = "हर बूथ पर पाँच युवा सदस्य";
      p.on = "2026-01-06";
      p.actor = {"tester", from};
      Check(service::SubmitProposal(*s, p));
    }
    Check(service::AssignCommittee(*s, {1, {8, 9}, "2026-01-07", tester}));
  }

  // Every endpoint as a user of S24/AC173 would call it, each about a unit
  // of S24/AC173.
  static std::vector<Call3> EveryEndpoint() {
    return {
        {"GET", "/api/comms/directives?unit=S24/AC173", nullptr},
        {"GET", "/api/comms/directives/1?unit=S24/AC173/B45", nullptr},
        {"POST",
         "/api/comms/directives",
         {{"unit", "S24/AC173"}, {"title", "t"}, {"deadline", "2099-01-01"}}},
        {"POST", "/api/comms/directives/1/ack", {{"unit", "S24/AC173/B45"}}},
        {"POST",
         "/api/comms/directives/1/done",
         {{"unit", "S24/AC173/B45"}, {"note", "n"}}},
        {"GET", "/api/comms/reports?unit=S24/AC173", nullptr},
        {"GET", "/api/comms/reports/1?unit=S24/AC173/B45&period=2026-W02", nullptr},
        {"POST",
         "/api/comms/reports/1/submissions",
         {{"unit", "S24/AC173/B45"},
          {"period", "2026-W02"},
          {"values", {{"households_visited", 120}, {"new_members", 4}}}}},
        {"GET", "/api/comms/proposals?unit=S24/AC173", nullptr},
        {"GET", "/api/comms/proposals/1", nullptr},
        {"POST", "/api/comms/proposals/1/views", {{"member", 8}, {"view", "support"}}},
    };
  }
  http::Response Send(const Call3& c, const std::string& as) const {
    const auto& [method, target, body] = c;
    return Do(target, method, as, method == "POST" ? body.dump() : "");
  }
  // What the endpoints write: the directives, directive 1's acknowledged and
  // done targets, report 1's submissions, proposal 1's views.
  std::vector<int64_t> Written() const {
    auto s = Open();
    auto directives = s->Comms().ListDirectives("", 0);
    auto reports = s->Comms().ListReportTemplates("", 0);
    auto proposal = s->Comms().GetProposal(1);
    EXPECT_TRUE(directives.ok() && reports.ok() && proposal.ok());
    return {static_cast<int64_t>(directives->size()), directives->back().acknowledged,
            directives->back().done, (*reports)[0].submissions,
            static_cast<int64_t>((*proposal)->views.size())};
  }
};

TEST_F(CommsApiTest, DirectivesAreListedShownSentAcknowledgedAndDone) {
  http::Response r =
      Do("/api/comms/directives?unit=S24/AC173/B45", "GET", "state_worker");
  ASSERT_EQ(r.status, 200) << r.body;
  json j = json::parse(r.body);
  EXPECT_EQ(j["unit"], "S24/AC173/B45");
  ASSERT_EQ(j["directives"].size(), 1u);
  EXPECT_EQ(j["directives"][0]["targets"], 361);
  EXPECT_EQ(j["directives"][0]["acknowledged"], 0);

  r = Post("/api/comms/directives/1/ack", "ac_bearer", {{"unit", "S24/AC173/B45"}});
  ASSERT_EQ(r.status, 200) << r.body;
  j = json::parse(r.body);
  EXPECT_EQ(j["directive"], 1);
  EXPECT_EQ(j["target"]["state"], "acknowledged");
  EXPECT_EQ(j["target"]["acked_by"], "ac_bearer");
  r = Post("/api/comms/directives/1/done", "state_worker",
           {{"unit", "S24/AC173/B45"}, {"note", "120 घर"}, {"on", "2026-01-09"}});
  ASSERT_EQ(r.status, 200) << r.body;
  j = json::parse(r.body);
  EXPECT_EQ(j["target"]["state"], "done");
  EXPECT_EQ(j["target"]["done_by"], "state_worker");
  EXPECT_EQ(j["target"]["done_on"], "2026-01-09");

  r = Do("/api/comms/directives/1?unit=S24/AC173/B45&as_of=2026-02-01", "GET",
         "ac_bearer");
  ASSERT_EQ(r.status, 200) << r.body;
  j = json::parse(r.body);
  EXPECT_EQ(j["directive"]["title"], "बूथ संपर्क अभियान");
  EXPECT_EQ(j["as_of"], "2026-02-01");
  EXPECT_EQ(j["done"], 1);
  EXPECT_EQ(j["target"]["note"], "120 घर");
  // Without a unit: the user's own (S24/AC173, the sender: no target record).
  r = Do("/api/comms/directives/1", "GET", "ac_bearer");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(json::parse(r.body)["target"].is_null());

  r = Post("/api/comms/directives", "ac_bearer",
           {{"unit", "S24/AC173"},
            {"to", "S24/AC173/SK12"},
            {"title", "सभा"},
            {"text", "रविवार"},
            {"deadline", "2099-02-01"},
            {"on", "2026-01-10"}});
  ASSERT_EQ(r.status, 200) << r.body;
  j = json::parse(r.body);
  EXPECT_EQ(j["directive"]["id"], 2);
  EXPECT_EQ(j["directive"]["to"], "S24/AC173/SK12");
  EXPECT_EQ(j["directive"]["issued_by"], "ac_bearer");
  EXPECT_EQ(j["directive"]["issued_on"], "2026-01-10");
  auto log = Open()->LoadAudit("directive 2", 0);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ(log->back().actor, "ac_bearer");
  EXPECT_EQ(Do("/api/comms/directives/99?unit=S24/AC173", "GET", "ac_bearer").status,
            404);
}

TEST_F(CommsApiTest, ReportsAreListedShownAndSubmitted) {
  http::Response r = Do("/api/comms/reports?unit=S24/AC173/B45", "GET", "state_worker");
  ASSERT_EQ(r.status, 200) << r.body;
  json j = json::parse(r.body);
  ASSERT_EQ(j["reports"].size(), 1u);
  EXPECT_EQ(j["reports"][0]["fields"][1]["name"], "new_members");
  EXPECT_TRUE(j["reports"][0]["last_period"].is_null());

  r = Post("/api/comms/reports/1/submissions", "ac_bearer",
           {{"unit", "S24/AC173/B45"},
            {"period", "2026-W02"},
            {"values", {{"households_visited", 120}, {"new_members", 4}}}});
  ASSERT_EQ(r.status, 200) << r.body;
  j = json::parse(r.body);
  EXPECT_EQ(j["values"], (json{{"households_visited", 120}, {"new_members", 4}}));
  EXPECT_EQ(j["submitted_by"], "ac_bearer");
  EXPECT_TRUE(j["replaced"].is_null());
  r = Post("/api/comms/reports/1/submissions", "ac_bearer",
           {{"unit", "S24/AC173/B45"},
            {"period", "2026-W02"},
            {"values", {{"households_visited", 125}, {"new_members", 4}}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["replaced"]["households_visited"], 120);

  r = Do("/api/comms/reports/1?unit=S24/AC173/B45&period=2026-W02", "GET", "ac_bearer");
  ASSERT_EQ(r.status, 200) << r.body;
  j = json::parse(r.body);
  EXPECT_EQ(j["report"]["title"], "Weekly");
  EXPECT_EQ(j["submission"]["values"]["households_visited"], 125);
  r = Do("/api/comms/reports/1", "GET", "ac_bearer");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(json::parse(r.body).contains("submission"));
  // A field missing is the service's refusal, 400, and nothing is written.
  r = Post("/api/comms/reports/1/submissions", "ac_bearer",
           {{"unit", "S24/AC173/B46"},
            {"period", "2026-W02"},
            {"values", {{"new_members", 1}}}});
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Written()[3], 1);
}

TEST_F(CommsApiTest, ProposalsAreListedShownAndViewed) {
  http::Response r =
      Do("/api/comms/proposals?unit=S24/AC173&status=under_review", "GET", "ac_bearer");
  ASSERT_EQ(r.status, 200) << r.body;
  json j = json::parse(r.body);
  EXPECT_EQ(j["status"], "under_review");
  ASSERT_EQ(j["proposals"].size(), 1u);
  EXPECT_EQ(j["proposals"][0]["committee"], (json{8, 9}));
  r = Do("/api/comms/proposals?unit=IN", "GET", "national");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["proposals"].size(), 2u);

  r = Post(
      "/api/comms/proposals/1/views", "ac_bearer",
      {{"member", 8}, {"view", "oppose"}, {"note", "खर्च ज़्यादा"}, {"on", "2026-01-08"}});
  ASSERT_EQ(r.status, 200) << r.body;
  j = json::parse(r.body);
  EXPECT_EQ(j["committee"][0]["view"], "oppose");
  EXPECT_EQ(j["tally"]["oppose"], 1);
  EXPECT_EQ(j["tally"]["pending"], 1);

  r = Do("/api/comms/proposals/1", "GET", "state_worker");
  ASSERT_EQ(r.status, 200) << r.body;
  j = json::parse(r.body);
  EXPECT_EQ(j["proposal"]["status"], "under_review");
  EXPECT_EQ(j["committee"][0]["note"], "खर्च ज़्यादा");
  EXPECT_EQ(j["history"].back()["by"], "ac_bearer");
  EXPECT_EQ(Do("/api/comms/proposals/7", "GET", "national").status, 404);
  // Not a member of the committee: the service's refusal; nothing written.
  EXPECT_NE(Post("/api/comms/proposals/1/views", "ac_bearer",
                 {{"member", 1}, {"view", "support"}})
                .status,
            200);
  EXPECT_EQ(Written()[4], 1);
}

TEST_F(CommsApiTest, AnotherSubtreeIs403AuditedAndWritesNothing) {
  const std::vector<int64_t> before = Written();
  const int denied = Audits("access.denied");
  for (const Call3& c : EveryEndpoint()) {
    const http::Response r = Send(c, "agra_viewer");
    EXPECT_EQ(r.status, 403) << std::get<1>(c) << " " << r.body;
  }
  EXPECT_EQ(Audits("access.denied"), denied + static_cast<int>(EveryEndpoint().size()));
  EXPECT_EQ(Written(), before);
  // The same calls from a user of S24/AC173 are allowed.
  for (const Call3& c : EveryEndpoint()) {
    EXPECT_EQ(Send(c, "ac_bearer").status, 200) << std::get<1>(c);
  }
  EXPECT_EQ(Audits("access.denied"), denied + static_cast<int>(EveryEndpoint().size()));
}

TEST_F(CommsApiTest, AViewersChangesAre403EvenInTheirSubtree) {
  const std::vector<int64_t> before = Written();
  const int denied = Audits("access.denied", "unit S24/D:AGRA");
  const std::vector<Call3> changes = {
      {"POST",
       "/api/comms/directives",
       {{"unit", "S24/D:AGRA"}, {"title", "t"}, {"deadline", "2099-01-01"}}},
      {"POST", "/api/comms/directives/1/ack", {{"unit", "S24/D:AGRA"}}},
      {"POST", "/api/comms/directives/1/done", {{"unit", "S24/D:AGRA"}, {"note", "n"}}},
      {"POST",
       "/api/comms/reports/1/submissions",
       {{"unit", "S24/D:AGRA"}, {"period", "p"}, {"values", {{"new_members", 1}}}}},
      {"POST", "/api/comms/proposals/2/views", {{"member", 8}, {"view", "support"}}}};
  for (const Call3& c : changes) {
    EXPECT_EQ(Send(c, "agra_viewer").status, 403) << std::get<1>(c);
  }
  EXPECT_EQ(Audits("access.denied", "unit S24/D:AGRA"),
            denied + static_cast<int>(changes.size()));
  EXPECT_EQ(Written(), before);
  // Reading there is theirs.
  EXPECT_EQ(Do("/api/comms/proposals/2", "GET", "agra_viewer").status, 200);
  EXPECT_EQ(Do("/api/comms/directives", "GET", "agra_viewer").status, 200);
}

TEST_F(CommsApiTest, AnonymousIs401) {
  const std::vector<int64_t> before = Written();
  for (const Call3& c : EveryEndpoint()) {
    const http::Response r = Send(c, "");
    EXPECT_EQ(r.status, 401) << std::get<1>(c);
    EXPECT_EQ(json::parse(r.body)["error"]["code"], "unauthenticated");
  }
  EXPECT_EQ(Written(), before);
}

TEST_F(CommsApiTest, BadBodiesAndParametersAre400AndWriteNothing) {
  const std::vector<int64_t> before = Written();
  for (const Call3& c : EveryEndpoint()) {
    const auto& [method, target, body] = c;
    if (method != "POST") {
      const std::string sep = target.find('?') == std::string::npos ? "?" : "&";
      const http::Response r = Do(target + sep + "colour=red", "GET", "ac_bearer");
      EXPECT_EQ(r.status, 400) << target;
      continue;
    }
    EXPECT_EQ(Do(target, "POST", "ac_bearer", "{\"unit\": ").status, 400) << target;
    json unknown = body;
    unknown["colour"] = "red";
    http::Response r = Post(target, "ac_bearer", unknown);
    EXPECT_EQ(r.status, 400) << target;
    EXPECT_NE(r.body.find("'colour'"), std::string::npos) << r.body;
    for (const auto& [key, value] : body.items()) {
      json wrong = body;
      wrong[key] = value.is_string() ? json(7) : json("seven");
      r = Post(target, "ac_bearer", wrong);
      EXPECT_EQ(r.status, 400) << target << " " << key << " " << r.body;
      EXPECT_NE(r.body.find("'" + key + "'"), std::string::npos) << r.body;
    }
  }
  EXPECT_EQ(Post("/api/comms/directives/1/done", "ac_bearer", {{"unit", "S24/AC173/B45"}})
                .status,
            400);  // no note
  EXPECT_EQ(
      Post(
          "/api/comms/reports/1/submissions", "ac_bearer",
          {{"unit", "S24/AC173/B45"}, {"period", "p"}, {"values", {{"new_members", -1}}}})
          .status,
      400);
  EXPECT_EQ(Written(), before);
}

}  // namespace
}  // namespace janadhar::api
