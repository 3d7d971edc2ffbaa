// A person over HTTP: shown with their posts (masked unless the role
// allows), edited, left and expelled in the user's name; another subtree is
// 403, audited, and changes nothing; a move out of the user's subtree is
// 403; a viewer may read but not change; bad bodies are 400.
#include <gtest/gtest.h>

#include <string>

#include "api/api_write_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiWriteTest;

class OrgPeopleRoutesTest : public ApiWriteTest {
 protected:
  // Person 1 of the roster: Ram Kumar Yadav, booth president of S24/AC173/B45.
  json Person1(const std::string& as) const {
    const http::Response r = Do("/api/org/people/9000000001", "GET", as);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? json::parse(r.body) : json();
  }
  std::string StatusOf1() const {
    auto p = Open()->GetPerson(1);
    return p.ok() && p->has_value() ? std::string(org::PersonStatusName((*p)->status))
                                    : "";
  }
};

TEST_F(OrgPeopleRoutesTest, APersonIsShownWithTheirPostsMaskedUnlessTheRoleAllows) {
  const json masked = Person1("state_worker");
  EXPECT_EQ(masked["person"]["name_en"], "Ram Kumar Yadav");
  EXPECT_EQ(masked["person"]["phone"], "+91******0001");
  ASSERT_FALSE(masked["posts"].empty());
  EXPECT_EQ(masked["posts"][0]["role"], "booth_president");
  const json full = Person1("ac_bearer");
  EXPECT_EQ(full["person"]["phone"].get<std::string>().find('*'), std::string::npos);
  EXPECT_EQ(Do("/api/org/people/%231", "GET", "ac_bearer").status, 200);  // "#1"
  EXPECT_EQ(Do("/api/org/people/9999999999", "GET", "national").status, 404);
}

TEST_F(OrgPeopleRoutesTest, EditLeaveAndExpelAreInTheUsersName) {
  http::Response r =
      Post("/api/org/people/9000000001/edit", "ac_bearer", {{"name_en", "Ram K. Yadav"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["person"]["name_en"], "Ram K. Yadav");
  r = Post("/api/org/people/9000000001/leave", "ac_bearer",
           {{"date", "2026-02-01"}, {"reason", "moved away"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["person"]["status"], "left");
  EXPECT_EQ(StatusOf1(), "left");
  auto log = Open()->LoadAudit("person 1", 0);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ(log->front().actor, "ac_bearer");
  // Already gone: a rule of the organisation, 409.
  EXPECT_EQ(Post("/api/org/people/9000000001/expel", "ac_bearer", json::object()).status,
            409);
}

TEST_F(OrgPeopleRoutesTest, AnotherSubtreeIs403AuditedAndChangesNothing) {
  const int before = Audits("access.denied");
  EXPECT_EQ(Do("/api/org/people/9000000001", "GET", "agra_viewer").status, 403);
  EXPECT_EQ(
      Post("/api/org/people/9000000001/leave", "agra_viewer", json::object()).status,
      403);
  EXPECT_EQ(
      Post("/api/org/people/9000000001/edit", "agra_viewer", {{"name_en", "X"}}).status,
      403);
  EXPECT_EQ(Audits("access.denied"), before + 3);
  EXPECT_EQ(StatusOf1(), "active");
  // Moving someone into another subtree needs write access there too.
  EXPECT_EQ(Post("/api/org/people/9000000001/edit", "ac_bearer", {{"unit", "S24/D:AGRA"}})
                .status,
            403);
  EXPECT_EQ(Person1("national")["person"]["unit"], "S24/AC173/B45");
}

TEST_F(OrgPeopleRoutesTest, AViewerReadsButDoesNotChange) {
  const http::Response made = Post(
      "/api/org/people", "national",
      {{"name_en", "Meena Kumari"}, {"phone", "9000000099"}, {"unit", "S24/D:AGRA"}});
  ASSERT_EQ(made.status, 200) << made.body;
  EXPECT_EQ(Do("/api/org/people/9000000099", "GET", "agra_viewer").status, 200);
  const int before = Audits("access.denied");
  EXPECT_EQ(
      Post("/api/org/people/9000000099/leave", "agra_viewer", json::object()).status,
      403);
  EXPECT_EQ(Audits("access.denied"), before + 1);
  // A worker's role writes.
  EXPECT_EQ(
      Post("/api/org/people/9000000001/leave", "state_worker", json::object()).status,
      200);
}

TEST_F(OrgPeopleRoutesTest, AnonymousIs401AndBadBodiesAre400) {
  EXPECT_EQ(Do("/api/org/people/9000000001", "GET", "").status, 401);
  EXPECT_EQ(Do("/api/org/people/9000000001/leave", "POST", "ac_bearer", "{oops").status,
            400);
  EXPECT_EQ(Post("/api/org/people/9000000001/leave", "ac_bearer", {{"why", "x"}}).status,
            400);
  EXPECT_EQ(Post("/api/org/people/9000000001/edit", "ac_bearer", {{"name_en", 5}}).status,
            400);
  EXPECT_EQ(StatusOf1(), "active");
}

}  // namespace
}  // namespace janadhar::api
