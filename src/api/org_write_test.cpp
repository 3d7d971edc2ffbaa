// The organisation's write endpoints: POST /api/org/posts, /api/org/posts/
// {id}/end and /api/org/people give `org posts assign|end` and `org people
// add`'s --json documents and store what they say, with the user on the
// audit entry; another subtree, or a viewer, is 403 (audited) and writes
// nothing; anonymous is 401, a session's write without its CSRF token 403;
// a bad body is 400 and writes nothing. Each test
// writes to a store of its own (api_write_fixture.h).
#include <gtest/gtest.h>

#include <string>

#include "api/api_write_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiWriteTest;

class OrgWriteTest : public ApiWriteTest {
 protected:
  int PostsAt(const std::string& unit) const {
    auto posts = Open()->LoadUnitPosts(unit, false);
    EXPECT_TRUE(posts.ok());
    return posts.ok() ? static_cast<int>(posts->size()) : -1;
  }
  static json Assign(const std::string& unit) {
    return {{"person", "9000000001"}, {"unit", unit}, {"role", "polling_agent"}};
  }
};

TEST_F(OrgWriteTest, AssigningAPostAnswersItAndStoresItInTheUsersName) {
  json body = Assign("S24/AC173/B47");
  body["from"] = "2026-01-05";
  const http::Response r = Post("/api/org/posts", "ac_bearer", body);
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);
  EXPECT_EQ(j["post"]["person"], 1);
  EXPECT_EQ(j["post"]["unit"], "S24/AC173/B47");
  EXPECT_EQ(j["post"]["role"], "polling_agent");
  EXPECT_EQ(j["post"]["from"], "2026-01-05");
  EXPECT_TRUE(j["post"]["to"].is_null());
  auto stored = Open()->GetPost(j["post"]["id"].get<int64_t>());
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ((*stored)->unit, "S24/AC173/B47");
  auto log = Open()->LoadAudit("post " + std::to_string(j["post"]["id"].get<int>()), 0);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ(log->back().action, "post.assign");
  EXPECT_EQ(log->back().actor, "ac_bearer");
  EXPECT_EQ(log->back().actor_unit, "S24/AC173/B47");
  // The same post again breaks a rule of the organisation: 409, nothing more.
  EXPECT_EQ(Post("/api/org/posts", "ac_bearer", body).status, 409);
  EXPECT_EQ(PostsAt("S24/AC173/B47"), 1);
}

TEST_F(OrgWriteTest, EndingAPostAnswersItEnded) {
  const http::Response made = Post("/api/org/posts", "national", Assign("S24/AC173/B46"));
  ASSERT_EQ(made.status, 200) << made.body;
  const int id = json::parse(made.body)["post"]["id"];
  const std::string target = "/api/org/posts/" + std::to_string(id) + "/end";
  const http::Response r = Post(target, "state_worker", {{"to", "2099-01-01"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["post"]["to"], "2099-01-01");
  EXPECT_EQ((*Open()->GetPost(id))->to, "2099-01-01");
  auto log = Open()->LoadAudit("post " + std::to_string(id), 1);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ((*log)[0].action, "post.end");
  EXPECT_EQ((*log)[0].actor, "state_worker");
  EXPECT_EQ(Post("/api/org/posts/999999/end", "national", json::object()).status, 404);
  EXPECT_EQ(Post("/api/org/posts/x1/end", "national", json::object()).status, 400);
}

TEST_F(OrgWriteTest, AddingAPersonAnswersThemMaskedUnlessTheRoleAllows) {
  const json person = {{"name_hi", "कमला देवी"},  {"name_en", "Kamla Devi"},
                       {"phone", "98111 22233"}, {"epic", "UPA7654321"},
                       {"joined", "2025-12-01"}, {"unit", "S24/AC173/B45"}};
  http::Response r = Post("/api/org/people", "ac_bearer", person);
  ASSERT_EQ(r.status, 200) << r.body;
  json j = json::parse(r.body);
  EXPECT_EQ(j["person"]["phone"], "+919811122233");
  EXPECT_EQ(j["person"]["epic"], "UPA7654321");
  EXPECT_EQ(j["person"]["unit"], "S24/AC173/B45");
  EXPECT_EQ(j["posts"], json::array());
  auto found =
      Open()->LoadAudit("person " + std::to_string(j["person"]["id"].get<int>()), 0);
  ASSERT_TRUE(found.ok() && !found->empty());
  EXPECT_EQ(found->back().actor, "ac_bearer");

  json other = person;
  other["phone"] = "98111 22244";
  other["epic"] = "UPA7654322";
  r = Post("/api/org/people", "state_worker", other);  // a worker: masked
  ASSERT_EQ(r.status, 200) << r.body;
  j = json::parse(r.body);
  EXPECT_EQ(j["person"]["phone"], "+91******2244");
  EXPECT_EQ(j["person"]["epic"], "UPA****322");
}

TEST_F(OrgWriteTest, AnotherSubtreeIs403AuditedAndWritesNothing) {
  const int before = Audits("access.denied");
  EXPECT_EQ(Post("/api/org/posts", "agra_viewer", Assign("S24/AC173/B47")).status, 403);
  EXPECT_EQ(Audits("access.denied", "unit S24/AC173/B47"), 1);
  EXPECT_EQ(PostsAt("S24/AC173/B47"), 0);
  auto posts = Open()->LoadPersonPosts(1, true);
  ASSERT_TRUE(posts.ok() && !posts->empty());
  const int64_t id = (*posts)[0].id;  // Ram Kumar Yadav's, at S24/AC173/B45
  const http::Response r = Post("/api/org/posts/" + std::to_string(id) + "/end",
                                "agra_viewer", json::object());
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(json::parse(r.body)["error"]["code"], "permission_denied");
  EXPECT_TRUE((*Open()->GetPost(id))->to.empty());
  EXPECT_EQ(Post("/api/org/people", "agra_viewer",
                 {{"name_en", "X Y"}, {"phone", "9811100000"}, {"unit", "S24/AC173"}})
                .status,
            403);
  EXPECT_EQ(Audits("access.denied"), before + 3);
  EXPECT_EQ(Audits("person.add"), 0);
}

TEST_F(OrgWriteTest, AViewersWriteIs403EvenInTheirSubtree) {
  const int before = Audits("access.denied", "unit S24/D:AGRA");
  json body = {{"person", "9000000001"}, {"unit", "S24/D:AGRA"}, {"role", "president"}};
  EXPECT_EQ(Post("/api/org/posts", "agra_viewer", body).status, 403);
  EXPECT_EQ(Post("/api/org/people", "agra_viewer",
                 {{"name_en", "X Y"}, {"phone", "9811100000"}, {"unit", "S24/D:AGRA"}})
                .status,
            403);
  EXPECT_EQ(Audits("access.denied", "unit S24/D:AGRA"), before + 2);
  EXPECT_EQ(PostsAt("S24/D:AGRA"), 0);
}

TEST_F(OrgWriteTest, AnonymousIs401) {
  for (const char* target :
       {"/api/org/posts", "/api/org/posts/1/end", "/api/org/people"}) {
    const http::Response r = Do(target, "POST", "", Assign("S24/AC173/B47").dump());
    EXPECT_EQ(r.status, 401) << target;
  }
  EXPECT_EQ(PostsAt("S24/AC173/B47"), 0);
}

TEST_F(OrgWriteTest, ASessionsWriteNeedsItsCsrfToken) {
  const http::Response login =
      Do("/api/session", "POST", "",
         json{{"user", "ac_bearer"}, {"password", "password-ac_bearer"}}.dump());
  ASSERT_EQ(login.status, 200) << login.body;
  std::string cookie;
  for (const auto& [k, v] : login.headers) {
    if (k == "Set-Cookie") cookie = v.substr(0, v.find(';'));
  }
  const std::string csrf = json::parse(login.body)["csrf_token"];
  http::Request q;
  q.method = "POST";
  q.target = q.path = "/api/org/posts";
  q.body = Assign("S24/AC173/B47").dump();
  q.client = "127.0.0.1";
  q.headers.emplace_back("Cookie", cookie);
  EXPECT_EQ(own_api_->Handle(q).status, 403);  // no token: refused, nothing written
  EXPECT_EQ(PostsAt("S24/AC173/B47"), 0);
  q.headers.emplace_back("X-CSRF-Token", csrf);
  const http::Response r = own_api_->Handle(q);
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(PostsAt("S24/AC173/B47"), 1);
}

TEST_F(OrgWriteTest, BadBodiesAre400AndWriteNothing) {
  const auto message = [](const http::Response& r) {
    EXPECT_EQ(r.status, 400) << r.body;
    return json::parse(r.body)["error"]["message"].get<std::string>();
  };
  EXPECT_EQ(Do("/api/org/posts", "POST", "ac_bearer", "{person: 1").status, 400);
  json body = Assign("S24/AC173/B47");
  body["rank"] = 3;
  EXPECT_NE(message(Post("/api/org/posts", "ac_bearer", body)).find("'rank'"),
            std::string::npos);
  body = Assign("S24/AC173/B47");
  body["from"] = 20260105;
  EXPECT_NE(message(Post("/api/org/posts", "ac_bearer", body)).find("'from'"),
            std::string::npos);
  body = Assign("S24/AC173/B47");
  body["role"] = "polling_agnt";
  EXPECT_NE(message(Post("/api/org/posts", "ac_bearer", body)).find("polling_agent"),
            std::string::npos);
  EXPECT_EQ(Post("/api/org/posts/1/end", "ac_bearer", {{"to", 5}}).status, 400);
  EXPECT_EQ(Post("/api/org/people", "ac_bearer",
                 {{"name_en", "X Y"}, {"phone", 9811100000}, {"unit", "S24/AC173"}})
                .status,
            400);
  EXPECT_EQ(
      Post("/api/org/people", "ac_bearer", {{"name_en", "X Y"}, {"phone", "9811100000"}})
          .status,
      400);  // no unit
  EXPECT_EQ(PostsAt("S24/AC173/B47"), 0);
  EXPECT_EQ(Audits("person.add"), 0);
  EXPECT_EQ(Audits("post.end"), 0);
}

}  // namespace
}  // namespace janadhar::api
