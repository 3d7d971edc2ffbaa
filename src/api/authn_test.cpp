// Users on the API: logging in gives a Secure, HttpOnly, SameSite=Strict
// cookie and a CSRF token; a session's write needs the token; logging out
// ends the session; wrong passwords are limited per name and per client;
// bearer tokens; the organisation's endpoints are 401 anonymously, 403 (and
// audited) outside the user's subtree, and masked unless the role allows.
#include "api/authn.h"

#include <gtest/gtest.h>

#include <string>

#include "api/api_test_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiStoreTest;

class AuthnTest : public ApiStoreTest {
 protected:
  static http::Request Make(const std::string& method, const std::string& target,
                            const std::string& body = "") {
    http::Request q;
    q.method = method;
    q.target = target;
    auto t = http::ParseTarget(target);
    EXPECT_TRUE(t.ok());
    q.path = t->path;
    q.query = t->query;
    q.body = body;
    q.client = "10.0.0.7";
    return q;
  }
  static std::string Header(const http::Response& r, const std::string& name) {
    for (const auto& [k, v] : r.headers) {
      if (k == name) return v;
    }
    return "";
  }
  // Logs `user` in through `api`; the cookie ("janadhar_session=…") and CSRF token.
  static std::pair<std::string, std::string> LogIn(const Api& api,
                                                   const std::string& user) {
    const http::Response r =
        api.Handle(Make("POST", "/api/session",
                        json{{"user", user}, {"password", "password-" + user}}.dump()));
    EXPECT_EQ(r.status, 200) << r.body;
    const std::string cookie = Header(r, "Set-Cookie");
    return {cookie.substr(0, cookie.find(';')), json::parse(r.body)["csrf_token"]};
  }
  static int AuditCount(const std::string& action, const std::string& subject) {
    auto s = store::OpenStore(*db_);
    EXPECT_TRUE(s.ok());
    auto log = (*s)->LoadAudit(subject, 0);
    EXPECT_TRUE(log.ok());
    int n = 0;
    for (const auto& e : *log) n += e.action == action;
    return n;
  }
};

TEST_F(AuthnTest, LoginGivesASafeCookieAndACsrfToken) {
  const http::Response r = api_->Handle(Make(
      "POST", "/api/session", R"({"user":"AC_Bearer","password":"password-ac_bearer"})"));
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);
  EXPECT_EQ(j["user"]["name"], "ac_bearer");
  EXPECT_EQ(j["user"]["grants"][0],
            (json{{"role", "office_bearer"}, {"unit", "S24/AC173"}}));
  EXPECT_EQ(j["csrf_token"].get<std::string>().size(), 43u);
  const std::string cookie = Header(r, "Set-Cookie");
  EXPECT_EQ(cookie.rfind("janadhar_session=", 0), 0u) << cookie;
  for (const char* attribute :
       {"; HttpOnly", "; Secure", "; SameSite=Strict", "; Path=/"}) {
    EXPECT_NE(cookie.find(attribute), std::string::npos) << attribute;
  }
  EXPECT_EQ(cookie.find(j["csrf_token"].get<std::string>()), std::string::npos);
  EXPECT_EQ(Header(r, "Cache-Control"), "no-store");
}

TEST_F(AuthnTest, SessionReadsWritesNeedTheCsrfTokenAndLogoutEnds) {
  const auto [cookie, csrf] = LogIn(*api_, "state_worker");
  http::Request who = Make("GET", "/api/session");
  who.headers.emplace_back("Cookie", "theme=dark; " + cookie);
  http::Response r = api_->Handle(who);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["user"]["name"], "state_worker");
  EXPECT_EQ(json::parse(r.body)["csrf_token"], csrf);

  http::Request out = Make("DELETE", "/api/session");
  out.headers.emplace_back("Cookie", cookie);
  r = api_->Handle(out);  // no token
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_NE(r.body.find("X-CSRF-Token"), std::string::npos);
  out.headers.emplace_back("X-CSRF-Token", std::string(43, 'A'));  // another token
  EXPECT_EQ(api_->Handle(out).status, 403);
  out.headers.back().second = csrf;
  r = api_->Handle(out);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(Header(r, "Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(api_->Handle(who).status, 401);  // the session is over
}

TEST_F(AuthnTest, WrongPasswordsAreLimited) {
  int64_t now = 1'000'000;
  AuthnOptions o;
  o.session.hash = auth::HashOptions::Fastest();
  o.clock = [&now] { return now; };
  Authn authn(o);
  const Api api(*pool_, nullptr, &authn);
  auto attempt = [&api](const std::string& user, const std::string& password,
                        const std::string& client = "10.0.0.7") {
    http::Request q =
        Make("POST", "/api/session", json{{"user", user}, {"password", password}}.dump());
    q.client = client;
    return api.Handle(q);
  };
  for (int i = 0; i < 5; ++i) {
    const http::Response r = attempt("agra_viewer", "guess-" + std::to_string(i));
    EXPECT_EQ(r.status, 401) << r.body;
    EXPECT_EQ(json::parse(r.body)["error"]["message"], "wrong user name or password");
  }
  http::Response r =
      attempt("agra_viewer", "password-agra_viewer");  // right, but too late
  EXPECT_EQ(r.status, 429) << r.body;
  EXPECT_EQ(Header(r, "Retry-After"), "900");
  EXPECT_EQ(json::parse(r.body)["error"]["code"], "too_many_requests");
  EXPECT_EQ(attempt("national", "password-national").status, 200);  // another name
  now += 901;
  EXPECT_EQ(attempt("agra_viewer", "password-agra_viewer").status, 200);
  // Per client: 20 failures across names block that client, not others.
  for (int i = 0; i < 20; ++i)
    attempt("user" + std::to_string(i), "wrong-one", "10.9.9.9");
  EXPECT_EQ(attempt("national", "password-national", "10.9.9.9").status, 429);
  EXPECT_EQ(attempt("national", "password-national", "10.9.9.8").status, 200);
}

TEST_F(AuthnTest, BadLoginBodiesAre400) {
  EXPECT_EQ(api_->Handle(Make("POST", "/api/session", "{user:1}")).status, 400);
  EXPECT_EQ(api_->Handle(Make("POST", "/api/session", R"({"user":"x"})")).status, 400);
  const http::Response r = api_->Handle(
      Make("POST", "/api/session", R"({"user":"x","password":"y","remember":true})"));
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("unknown field 'remember'"), std::string::npos) << r.body;
  EXPECT_EQ(
      api_->Handle(Make("POST", "/api/session", R"({"user":5,"password":"y"})")).status,
      400);
}

TEST_F(AuthnTest, OrganisationEndpointsNeedAUser) {
  for (const char* target :
       {"/api/org/coverage?unit=S24/AC173", "/api/org/search?q=ram", "/api/session"}) {
    const http::Response r = Call(target);
    EXPECT_EQ(r.status, 401) << target;
    EXPECT_EQ(json::parse(r.body)["error"]["code"], "unauthenticated");
  }
  http::Request bad = Make("GET", "/api/org/search?q=ram");
  bad.headers.emplace_back("Authorization", "Bearer " + std::string(43, 'x'));
  EXPECT_EQ(api_->Handle(bad).status, 401);
  EXPECT_EQ(Call("/api/elections").status, 200);  // the results are public
}

TEST_F(AuthnTest, AnotherSubtreeIs403AndAudited) {
  const int before = AuditCount("access.denied", "unit S24/AC173");
  for (const char* target :
       {"/api/org/coverage?unit=S24/AC173", "/api/org/search?q=ram&unit=S24/AC173",
        "/api/org/coverage?state=S24"}) {
    const http::Response r = Call(target, "GET", "agra_viewer");
    EXPECT_EQ(r.status, 403) << target << r.body;
    EXPECT_EQ(json::parse(r.body)["error"]["code"], "permission_denied");
  }
  EXPECT_EQ(AuditCount("access.denied", "unit S24/AC173"), before + 2);
  auto s = store::OpenStore(*db_);
  auto log = (*s)->LoadAudit("unit S24/AC173", 1);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ((*log)[0].actor, "agra_viewer");
  EXPECT_NE((*log)[0].after.find("/api/org/search"), std::string::npos);
  // Inside their subtree, and for a user above it, it is allowed.
  EXPECT_EQ(
      Call("/api/org/coverage?unit=S24/D:AGRA&depth=1", "GET", "agra_viewer").status,
      200);
  EXPECT_EQ(Call("/api/org/coverage?unit=S24/AC173&depth=0", "GET", "national").status,
            200);
}

TEST_F(AuthnTest, PhonesAreMaskedUnlessTheRoleAllows) {
  const std::string target = "/api/org/search?q=ram+kumar&unit=S24/AC173";
  json masked = json::parse(Call(target, "GET", "state_worker").body);
  ASSERT_FALSE(masked["people"].empty()) << masked;
  EXPECT_EQ(masked["people"][0]["phone"], "+91******0001");
  json full = json::parse(Call(target, "GET", "ac_bearer").body);
  ASSERT_FALSE(full["people"].empty());
  EXPECT_EQ(full["people"][0]["phone"].get<std::string>().find('*'), std::string::npos);
  EXPECT_EQ(full["people"][0]["id"], masked["people"][0]["id"]);
}

TEST_F(AuthnTest, TheUncoveredListCanBeCut) {
  const json all =
      json::parse(Call("/api/org/coverage?unit=S24/AC173", "GET", "ac_bearer").body);
  const json cut = json::parse(
      Call("/api/org/coverage?unit=S24/AC173&uncovered=3", "GET", "ac_bearer").body);
  ASSERT_GT(all["uncovered"].size(), 3u);
  EXPECT_FALSE(all.contains("uncovered_total"));
  EXPECT_EQ(cut["uncovered"].size(), 3u);
  EXPECT_EQ(cut["uncovered_total"], all["uncovered"].size());
  EXPECT_EQ(cut["uncovered"][0], all["uncovered"][0]);
  EXPECT_EQ(
      Call("/api/org/coverage?unit=S24/AC173&uncovered=-1", "GET", "ac_bearer").status,
      400);
}

TEST_F(AuthnTest, WithoutAUnitTheUsersOwnIsUsed) {
  const json j = json::parse(Call("/api/org/coverage?depth=0", "GET", "ac_bearer").body);
  EXPECT_EQ(j["unit"], "S24/AC173");
}

}  // namespace
}  // namespace janadhar::api
