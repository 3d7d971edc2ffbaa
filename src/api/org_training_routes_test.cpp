// Training over HTTP: sessions and attendance recorded in the user's name,
// the pending list of a unit's subtree (masked unless the role allows); a
// unit or an attendee of another subtree is 403, audited, and records
// nothing.
#include <gtest/gtest.h>

#include <string>

#include "api/api_write_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiWriteTest;

class OrgTrainingRoutesTest : public ApiWriteTest {
 protected:
  // An induction session of S24/AC173 added by ac_bearer: its id.
  int64_t Induction() const {
    const http::Response r =
        Post("/api/org/training/sessions", "ac_bearer",
             {{"trainer", "R. Sharma"}, {"date", "2026-01-10"}, {"induction", true}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? json::parse(r.body)["session"]["id"].get<int64_t>() : 0;
  }
  // The ids of the people the pending list of `unit` names, as `as`.
  json Pending(const std::string& unit, const std::string& as) const {
    const http::Response r = Do("/api/org/training/pending?unit=" + unit, "GET", as);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? json::parse(r.body) : json();
  }
  static bool Names(const json& pending, int64_t id) {
    for (const auto& p : pending["people"]) {
      if (p["id"] == id) return true;
    }
    return false;
  }
};

TEST_F(OrgTrainingRoutesTest, ASessionIsAddedAtTheUsersUnitInTheirName) {
  const http::Response r = Post(
      "/api/org/training/sessions", "ac_bearer",
      {{"topic", "Booth management"}, {"trainer", "R. Sharma"}, {"date", "2026-01-10"}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json s = json::parse(r.body)["session"];
  EXPECT_EQ(s["unit"], "S24/AC173");
  EXPECT_EQ(s["topic"], "Booth management");
  EXPECT_EQ(s["induction"], false);
  auto log = Open()->LoadAudit("", 1);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ(log->front().action, "training.session");
  EXPECT_EQ(log->front().actor, "ac_bearer");
  EXPECT_EQ(log->front().actor_unit, "S24/AC173");
  // An induction's topic by default.
  const http::Response ind =
      Post("/api/org/training/sessions", "ac_bearer",
           {{"trainer", "R. Sharma"}, {"induction", true}, {"unit", "S24/AC173/B45"}});
  ASSERT_EQ(ind.status, 200) << ind.body;
  EXPECT_EQ(json::parse(ind.body)["session"]["topic"], "Induction");
  EXPECT_EQ(Post("/api/org/training/sessions", "ac_bearer", {{"topic", "x"}}).status,
            400);  // no trainer
  EXPECT_EQ(Post("/api/org/training/sessions", "ac_bearer",
                 {{"trainer", "x"}, {"induction", "yes"}})
                .status,
            400);
}

// Person 3, Mohammad Irfan of S24/AC173/B45, came from INC: he needs the
// induction until he attends one.
TEST_F(OrgTrainingRoutesTest, AttendanceOfAnInductionTakesAPersonOffThePendingList) {
  const json before = Pending("S24/AC173", "ac_bearer");
  ASSERT_TRUE(Names(before, 3));
  const int64_t id = Induction();
  const http::Response r =
      Post("/api/org/training/sessions/" + std::to_string(id) + "/attendance",
           "ac_bearer", {{"people", json::array({"9000000003", "#3"})}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);
  ASSERT_EQ(j["added"].size(), 1u);
  EXPECT_EQ(j["added"][0]["id"], 3);
  EXPECT_EQ(j["added"][0]["phone"], "+919000000003");  // an office bearer sees it
  EXPECT_EQ(j["already"].size(), 1u);
  EXPECT_FALSE(Names(Pending("S24/AC173", "ac_bearer"), 3));
  EXPECT_EQ(Audits("training.attend", "person 3"), 1);
  auto log = Open()->LoadAudit("person 3", 1);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ(log->front().actor, "ac_bearer");
  EXPECT_EQ(Post("/api/org/training/sessions/999/attendance", "ac_bearer",
                 {{"people", json::array({"9000000003"})}})
                .status,
            404);
}

TEST_F(OrgTrainingRoutesTest, ThePendingListIsMaskedUnlessTheRoleAllows) {
  const json masked = Pending("S24/AC173", "state_worker");
  ASSERT_FALSE(masked["people"].empty());
  EXPECT_NE(masked["people"][0]["phone"].get<std::string>().find('*'), std::string::npos);
  EXPECT_EQ(masked["unit"], "S24/AC173");
  const json full = Pending("S24/AC173", "ac_bearer");
  EXPECT_EQ(full["people"][0]["phone"].get<std::string>().find('*'), std::string::npos);
  const http::Response one =
      Do("/api/org/training/pending?unit=S24&limit=1", "GET", "state_worker");
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(json::parse(one.body)["people"].size(), 1u);
  EXPECT_EQ(Do("/api/org/training/pending?limit=-1", "GET", "ac_bearer").status, 400);
  EXPECT_EQ(Do("/api/org/training/pending", "GET", "").status, 401);
}

TEST_F(OrgTrainingRoutesTest, AnotherSubtreeIs403AuditedAndRecordsNothing) {
  const int64_t id = Induction();
  const std::string attendance =
      "/api/org/training/sessions/" + std::to_string(id) + "/attendance";
  const int before = Audits("access.denied");
  EXPECT_EQ(Do("/api/org/training/pending?unit=S24/AC173", "GET", "agra_viewer").status,
            403);
  EXPECT_EQ(Post("/api/org/training/sessions", "agra_viewer",
                 {{"trainer", "x"}, {"unit", "S24/AC173"}})
                .status,
            403);
  EXPECT_EQ(
      Post(attendance, "agra_viewer", {{"people", json::array({"9000000003"})}}).status,
      403);
  EXPECT_EQ(Audits("access.denied"), before + 3);
  // An attendee of another subtree.
  const http::Response made = Post(
      "/api/org/people", "national",
      {{"name_en", "Meena Kumari"}, {"phone", "9000000099"}, {"unit", "S24/D:AGRA"}});
  ASSERT_EQ(made.status, 200) << made.body;
  EXPECT_EQ(Post(attendance, "ac_bearer",
                 {{"people", json::array({"9000000003", "9000000099"})}})
                .status,
            403);
  EXPECT_EQ(Audits("access.denied"), before + 4);
  EXPECT_EQ(Audits("training.attend"), 0);
  EXPECT_TRUE(Names(Pending("S24/AC173", "ac_bearer"), 3));
}

}  // namespace
}  // namespace janadhar::api
