// The communication endpoints: directives (list, show, send, ack, done),
// reports (list, show, submit) and proposals (list, show, a member's view)
// give the CLI's --json documents and store what they say in the user's
// name; for every communication endpoint (comms_rollup_api_test.cpp has the
// documents of the rest), another subtree is 403 (audited) and a viewer's
// change 403, both writing nothing; anonymous is 401; a bad body or
// parameter is 400 and writes nothing. The store is comms_api_fixture.h's.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "api/comms_api_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::api {
namespace {

using nlohmann::json;

using testing_util::Call3;
using testing_util::CommsApiTest;

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
  EXPECT_EQ(Written()[4], 1);
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
  EXPECT_EQ(Written()[6], 1);
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
      {"POST", "/api/comms/proposals/2/views", {{"member", 8}, {"view", "support"}}},
      {"POST",
       "/api/comms/reports",
       {{"unit", "S24/D:AGRA"}, {"title", "t"}, {"fields", {"visits"}}}},
      {"POST", "/api/comms/proposals", {{"from", "S24/D:AGRA"}, {"title", "t"}}},
      {"POST", "/api/comms/proposals/2/committee", {{"members", {8}}}},
      {"POST",
       "/api/comms/proposals/2/decision",
       {{"decision", "accepted"}, {"reasons", "r"}}}};
  for (const Call3& c : changes) {
    EXPECT_EQ(Send(c, "agra_viewer").status, 403) << std::get<1>(c);
  }
  EXPECT_EQ(Audits("access.denied", "unit S24/D:AGRA"),
            denied + static_cast<int>(changes.size()));
  EXPECT_EQ(Written(), before);
  auto agra = Open()->Comms().GetProposal(2);
  ASSERT_TRUE(agra.ok() && agra->has_value());
  EXPECT_TRUE((*agra)->proposal.committee.empty());
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
  EXPECT_EQ(
      Post("/api/comms/proposals/1/committee", "ac_bearer", {{"members", {0}}}).status,
      400);  // not a person id
  EXPECT_EQ(
      Post("/api/comms/proposals/1/decision", "ac_bearer", {{"decision", "accepted"}})
          .status,
      400);  // no reasons
  for (const char* bad :
       {"/api/comms/directives/1/compliance?depth=-2",
        "/api/comms/directives/1/overdue?unit=S24&unit=S24/AC173",
        "/api/comms/reports/1/rollup?period=p&depth=x", "/api/comms/reports/1/missing"}) {
    EXPECT_EQ(Do(bad, "GET", "ac_bearer").status, 400) << bad;
  }
  EXPECT_EQ(Written(), before);
}

}  // namespace
}  // namespace janadhar::api
