// Users over HTTP: an admin lists, adds, grants, revokes, disables, enables
// and sets passwords in their subtree, audited in their name; another
// subtree, a non-admin and an escalation (a role above their unit, or
// stronger than theirs) are 403 and audited; a user changes their own
// password with the old one, which ends their other sessions. No password
// hash is ever answered.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "api/api_write_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiWriteTest;

class UsersRoutesTest : public ApiWriteTest {
 protected:
  void SetUp() override {
    ApiWriteTest::SetUp();
    auto s = Open();
    ASSERT_NE(s, nullptr);
    const service::OrgActor cli{"tester", ""};
    // An admin of Agra district only (not Lucknow East, S24/AC173).
    ASSERT_TRUE(service::AddUser(*s, {"agra_admin", "", "password-agra_admin"}, cli,
                                 auth::HashOptions::Fastest())
                    .ok());
    ASSERT_TRUE(service::GrantRole(*s, "agra_admin", "admin", "S24/D:AGRA", cli).ok());
    auto token = service::AddToken(*s, "agra_admin", "tests", cli);
    ASSERT_TRUE(token.ok());
    agra_admin_ = token->secret;
  }

  // A request with the bearer token `token`.
  http::Response With(const std::string& token, const std::string& target,
                      const std::string& method, const json& body = nullptr) const {
    http::Request q = MakeRequest(target, method, "", body.is_null() ? "" : body.dump());
    q.headers.emplace_back("Authorization", "Bearer " + token);
    return own_api_->Handle(q);
  }
  http::Response AsAgraAdmin(const std::string& target,
                             const json& body = nullptr) const {
    return With(agra_admin_, target, body.is_null() ? "GET" : "POST", body);
  }

  // The names in a GET /api/users answer.
  static std::vector<std::string> Names(const json& doc) {
    std::vector<std::string> names;
    for (const json& u : doc["users"]) names.push_back(u["name"]);
    return names;
  }

  // A login's session cookie ("name=value") and CSRF token.
  struct Session {
    std::string cookie;
    std::string csrf;
  };
  Session LogIn(const std::string& user, const std::string& password) const {
    const http::Response r = Do("/api/session", "POST", "",
                                json{{"user", user}, {"password", password}}.dump());
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? Of(r) : Session{};
  }
  static Session Of(const http::Response& r) {
    Session s;
    for (const auto& [k, v] : r.headers) {
      if (k == "Set-Cookie") s.cookie = v.substr(0, v.find(';'));
    }
    s.csrf = json::parse(r.body).value("csrf_token", "");
    return s;
  }
  http::Response InSession(const Session& s, const std::string& target,
                           const std::string& method, const json& body = nullptr) const {
    http::Request q = MakeRequest(target, method, "", body.is_null() ? "" : body.dump());
    q.headers.emplace_back("Cookie", s.cookie);
    q.headers.emplace_back("X-CSRF-Token", s.csrf);
    return own_api_->Handle(q);
  }

  std::string agra_admin_;
};

TEST_F(UsersRoutesTest, AListHoldsTheUsersOfTheSubtreeWithTheirRolesThere) {
  http::Response r = Do("/api/users", "GET", "national");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Names(json::parse(r.body)),
            (std::vector<std::string>{"ac_bearer", "agra_admin", "agra_viewer",
                                      "national", "state_worker"}));
  EXPECT_EQ(r.body.find("argon2"), std::string::npos);
  EXPECT_EQ(r.body.find("password"), std::string::npos);
  r = AsAgraAdmin("/api/users");
  ASSERT_EQ(r.status, 200) << r.body;
  const json agra = json::parse(r.body);
  EXPECT_EQ(Names(agra), (std::vector<std::string>{"agra_admin", "agra_viewer"}));
  ASSERT_EQ(agra["users"][1]["grants"].size(), 1u);
  EXPECT_EQ(agra["users"][1]["grants"][0]["role"], "viewer");
  EXPECT_EQ(agra["users"][1]["grants"][0]["unit"], "S24/D:AGRA");
  // A role elsewhere is not shown: the national admin's at IN is above Agra.
  const auto grant = Post("/api/users/agra_viewer/grant", "national",
                          {{"role", "worker"}, {"unit", "S24/AC173"}});
  ASSERT_EQ(grant.status, 200) << grant.body;
  EXPECT_EQ(json::parse(AsAgraAdmin("/api/users").body)["users"][1]["grants"].size(), 1u);
}

TEST_F(UsersRoutesTest, ANonAdminGets403ForEveryEndpointAndIsAudited) {
  const int before = Audits("access.denied");
  const int changes = Audits("user.add") + Audits("user.grant");
  EXPECT_EQ(Do("/api/users", "GET", "state_worker").status, 403);
  EXPECT_EQ(
      Post("/api/users", "ac_bearer", {{"name", "meena"}, {"password", "a good one!"}})
          .status,
      403);
  EXPECT_EQ(Post("/api/users/agra_viewer/disable", "ac_bearer", json::object()).status,
            403);
  EXPECT_EQ(Post("/api/users/agra_viewer/enable", "no_role", json::object()).status, 403);
  EXPECT_EQ(Post("/api/users/agra_viewer/password", "agra_viewer",
                 {{"password", "a new one!!"}})
                .status,
            403);
  EXPECT_EQ(Post("/api/users/no_role/grant", "ac_bearer",
                 {{"role", "viewer"}, {"unit", "S24/AC173"}})
                .status,
            403);
  EXPECT_EQ(Audits("access.denied"), before + 6);
  EXPECT_EQ(Do("/api/users", "GET", "").status, 401);
  EXPECT_EQ(Audits("user.add") + Audits("user.grant"), changes);
}

TEST_F(UsersRoutesTest, AnAdminAddsAndGrantsInTheirSubtreeInTheirName) {
  http::Response r = AsAgraAdmin("/api/users", {{"name", "meena"},
                                                {"password", "meena-booth-12"},
                                                {"display_name", "Meena Devi"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["user"]["display_name"], "Meena Devi");
  EXPECT_EQ(r.body.find("meena-booth-12"), std::string::npos);
  r = AsAgraAdmin("/api/users/meena/grant", {{"role", "worker"}, {"unit", "S24/D:AGRA"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["user"]["grants"][0]["granted_by"], "agra_admin");
  auto log = Open()->LoadAudit("user meena", 0);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 2u);
  for (const auto& e : *log) EXPECT_EQ(e.actor, "agra_admin") << e.action;
  EXPECT_EQ(log->front().action, "user.grant");
  r = AsAgraAdmin("/api/users/meena/revoke",
                  {{"role", "worker"}, {"unit", "S24/D:AGRA"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(json::parse(r.body)["user"]["grants"].empty());
  EXPECT_EQ(Audits("user.revoke", "user meena"), 1);
  // The password rules are the CLI's: too short, or the name, is 400.
  EXPECT_EQ(AsAgraAdmin("/api/users", {{"name", "suresh"}, {"password", "short"}}).status,
            400);
  EXPECT_EQ(
      AsAgraAdmin("/api/users", {{"name", "suresh"}, {"password", "SURESH"}}).status,
      400);
  EXPECT_EQ(
      AsAgraAdmin("/api/users", {{"name", "meena"}, {"password", "meena-again"}}).status,
      409);
}

TEST_F(UsersRoutesTest, AnotherSubtreeIs403AuditedAndChangesNothing) {
  const auto changes = [this] {
    return Audits("user.grant") + Audits("user.revoke") + Audits("user.disable") +
           Audits("user.password");
  };
  const int before = Audits("access.denied");
  const int changed_before = changes();
  EXPECT_EQ(
      AsAgraAdmin("/api/users/no_role/grant", {{"role", "worker"}, {"unit", "S24/AC173"}})
          .status,
      403);
  EXPECT_EQ(AsAgraAdmin("/api/users/ac_bearer/revoke",
                        {{"role", "office_bearer"}, {"unit", "S24/AC173"}})
                .status,
            403);
  EXPECT_EQ(AsAgraAdmin("/api/users/ac_bearer/disable", json::object()).status, 403);
  EXPECT_EQ(AsAgraAdmin("/api/users/national/password", {{"password", "taken-over-now"}})
                .status,
            403);
  EXPECT_EQ(Audits("access.denied"), before + 4);
  EXPECT_EQ(Audits("access.denied", "user ac_bearer"), 1);
  EXPECT_EQ(changes(), changed_before);
  EXPECT_EQ(Do("/api/session", "POST", "",
               json{{"user", "national"}, {"password", "password-national"}}.dump())
                .status,
            200);
}

TEST_F(UsersRoutesTest, EscalationIsRefusedAndAudited) {
  const int before = Audits("access.denied");
  const int grants = Audits("user.grant");
  // Admin above their own unit: at the state, or the whole country.
  EXPECT_EQ(
      AsAgraAdmin("/api/users/agra_admin/grant", {{"role", "admin"}, {"unit", "S24"}})
          .status,
      403);
  EXPECT_EQ(
      AsAgraAdmin("/api/users/agra_viewer/grant", {{"role", "admin"}, {"unit", "IN"}})
          .status,
      403);
  // A role stronger than their own: an office bearer making themselves admin.
  EXPECT_EQ(Post("/api/users/ac_bearer/grant", "ac_bearer",
                 {{"role", "admin"}, {"unit", "S24/AC173"}})
                .status,
            403);
  EXPECT_EQ(Audits("access.denied"), before + 3);
  EXPECT_EQ(Audits("user.grant"), grants);
  // Below their unit it is theirs to give.
  EXPECT_EQ(AsAgraAdmin("/api/users/agra_viewer/grant",
                        {{"role", "admin"}, {"unit", "S24/AC88"}})
                .status,
            200);
}

TEST_F(UsersRoutesTest, DisableEnableAndPasswordInTheSubtree) {
  http::Response r = AsAgraAdmin("/api/users/agra_viewer/disable", json::object());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["user"]["disabled"], true);
  const json login = {{"user", "agra_viewer"}, {"password", "password-agra_viewer"}};
  EXPECT_EQ(Do("/api/session", "POST", "", login.dump()).status, 401);
  EXPECT_EQ(AsAgraAdmin("/api/users/agra_viewer/disable", json::object()).status, 409);
  r = AsAgraAdmin("/api/users/agra_viewer/enable", json::object());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["user"]["disabled"], false);
  EXPECT_EQ(Do("/api/session", "POST", "", login.dump()).status, 200);
  r = AsAgraAdmin("/api/users/agra_viewer/password", {{"password", "naya-password-1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body, R"({"password_changed":true,"user":"agra_viewer"})");
  EXPECT_EQ(Do("/api/session", "POST", "", login.dump()).status, 401);
  EXPECT_EQ(Do("/api/session", "POST", "",
               json{{"user", "agra_viewer"}, {"password", "naya-password-1"}}.dump())
                .status,
            200);
  auto log = Open()->LoadAudit("user agra_viewer", 0);
  ASSERT_TRUE(log.ok());
  int by_admin = 0;
  for (const auto& e : *log) by_admin += e.actor == "agra_admin";
  EXPECT_EQ(by_admin, 3);  // disable, enable, password
  EXPECT_EQ(AsAgraAdmin("/api/users/nobody/disable", json::object()).status, 404);
}

TEST_F(UsersRoutesTest, AUserWithoutRolesIsManagedOnlyFromIN) {
  // no_role lies in nobody's subtree: an admin of a district may not set
  // their password (they could be given a stronger role later), IN may.
  const int before = Audits("access.denied", "user no_role");
  EXPECT_EQ(
      AsAgraAdmin("/api/users/no_role/password", {{"password", "chhota-mouka-1"}}).status,
      403);
  EXPECT_EQ(AsAgraAdmin("/api/users/no_role/disable", json::object()).status, 403);
  EXPECT_EQ(Audits("access.denied", "user no_role"), before + 2);
  EXPECT_EQ(
      Post("/api/users/no_role/password", "national", {{"password", "desh-ka-admin-1"}})
          .status,
      200);
}

TEST_F(UsersRoutesTest, OwnPasswordChangeEndsTheOtherSessions) {
  const Session first = LogIn("ac_bearer", "password-ac_bearer");
  const Session other = LogIn("ac_bearer", "password-ac_bearer");
  ASSERT_EQ(InSession(other, "/api/session", "GET").status, 200);
  const int before = Audits("access.denied");
  EXPECT_EQ(
      InSession(first, "/api/session/password", "POST",
                {{"old_password", "not-my-password"}, {"new_password", "a new one 1"}})
          .status,
      403);
  EXPECT_EQ(Audits("access.denied", "user ac_bearer"), 1);
  EXPECT_EQ(Audits("access.denied"), before + 1);
  EXPECT_EQ(InSession(first, "/api/session/password", "POST",
                      {{"old_password", "password-ac_bearer"}, {"new_password", "short"}})
                .status,
            400);
  const http::Response r = InSession(
      first, "/api/session/password", "POST",
      {{"old_password", "password-ac_bearer"}, {"new_password", "a new one 1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["password_changed"], true);
  const Session renewed = Of(r);
  ASSERT_FALSE(renewed.cookie.empty());
  EXPECT_NE(renewed.cookie, first.cookie);
  EXPECT_EQ(InSession(other, "/api/session", "GET").status, 401);
  EXPECT_EQ(InSession(first, "/api/session", "GET").status, 401);
  EXPECT_EQ(InSession(renewed, "/api/session", "GET").status, 200);
  EXPECT_EQ(Do("/api/session", "POST", "",
               json{{"user", "ac_bearer"}, {"password", "password-ac_bearer"}}.dump())
                .status,
            401);
  LogIn("ac_bearer", "a new one 1");
  EXPECT_EQ(Audits("user.password", "user ac_bearer"), 1);
  // With a bearer token: no session to renew.
  const http::Response token =
      Post("/api/session/password", "no_role",
           {{"old_password", "password-no_role"}, {"new_password", "another one 2"}});
  ASSERT_EQ(token.status, 200) << token.body;
  EXPECT_EQ(json::parse(token.body)["via"], "token");
  LogIn("no_role", "another one 2");
}

}  // namespace
}  // namespace janadhar::api
