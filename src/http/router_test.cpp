// Target parsing and route matching (http/http.h).
#include <gtest/gtest.h>

#include "http/http.h"

namespace janadhar::http {
namespace {

Handler Named(const std::string& name) {
  return [name](const Request&) {
    Response r;
    r.body = name;
    return r;
  };
}

std::string Call(const Router::Match& m) {
  if (m.handler == nullptr) return "";
  return (*m.handler)(Request{}).body;
}

TEST(ParseTarget, DecodesPathAndQuery) {
  auto t = ParseTarget("/api/org/search?q=ram+kumar&unit=S24%2FAC173&flag&&x=%E0%A4%B0");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->path, "/api/org/search");
  ASSERT_EQ(t->query.size(), 4u);
  EXPECT_EQ(t->query[0], (std::pair<std::string, std::string>{"q", "ram kumar"}));
  EXPECT_EQ(t->query[1].second, "S24/AC173");
  EXPECT_EQ(t->query[2], (std::pair<std::string, std::string>{"flag", ""}));
  EXPECT_EQ(t->query[3].second, "र");
  EXPECT_EQ(ParseTarget("/a%20b")->path, "/a b");
  EXPECT_EQ(ParseTarget("/")->path, "/");
}

TEST(ParseTarget, RefusesTraversalAndBadEscapes) {
  for (const char* bad :
       {"/static/../etc/passwd", "/static/%2e%2e/x", "/a/./b", "/a%2Fb", "/a%2", "/a%zz",
        "/a%00b", "/x?q=%4", "api", "http://example.com/"}) {
    auto t = ParseTarget(bad);
    EXPECT_FALSE(t.ok()) << bad;
    if (!t.ok()) {
      EXPECT_EQ(t.status().code(), StatusCode::kInvalidArgument);
    }
  }
  auto dots = ParseTarget("/a..b/c.d");  // dots inside a segment are a name
  ASSERT_TRUE(dots.ok());
  EXPECT_EQ(dots->path, "/a..b/c.d");
}

TEST(Router, MatchesLiteralsAndParameters) {
  Router r;
  r.Add("GET", "/api/elections", Named("list"));
  r.Add("GET", "/api/elections/{election}/parties", Named("parties"));
  r.Add("GET", "/api/elections/{election}/seats", Named("seats"));
  auto m = r.Find("GET", "/api/elections/ls2014/parties");
  EXPECT_EQ(Call(m), "parties");
  EXPECT_EQ(m.params.at("election"), "ls2014");
  EXPECT_EQ(Call(r.Find("GET", "/api/elections")), "list");
  EXPECT_EQ(Call(r.Find("GET", "/api/elections/vs2017/seats")), "seats");
}

TEST(Router, UnknownPathHasNoAllowedMethods) {
  Router r;
  r.Add("GET", "/api/elections/{election}/parties", Named("parties"));
  for (const char* path : {"/api/elections//parties", "/api/elections/ls2014",
                           "/api/elections/ls2014/parties/x", "/api", "/", ""}) {
    auto m = r.Find("GET", path);
    EXPECT_EQ(m.handler, nullptr) << path;
    EXPECT_FALSE(m.path_found()) << path;
  }
}

TEST(Router, WrongMethodListsTheAllowedOnes) {
  Router r;
  r.Add("GET", "/api/items", Named("get"));
  r.Add("POST", "/api/items", Named("post"));
  auto m = r.Find("DELETE", "/api/items");
  EXPECT_EQ(m.handler, nullptr);
  EXPECT_TRUE(m.path_found());
  EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET", "POST"}));
  EXPECT_EQ(Call(r.Find("POST", "/api/items")), "post");
  EXPECT_EQ(Call(r.Find("get", "/api/items")), "");  // methods are case-sensitive
}

TEST(Router, LiteralSegmentsWinOverParameters) {
  Router r;
  r.Add("GET", "/api/elections/{election}", Named("one"));
  r.Add("GET", "/api/elections/summary", Named("summary"));
  r.Add("GET", "/api/{kind}/summary", Named("kind"));
  EXPECT_EQ(Call(r.Find("GET", "/api/elections/summary")), "summary");
  EXPECT_EQ(Call(r.Find("GET", "/api/elections/ls2014")), "one");
  EXPECT_EQ(Call(r.Find("GET", "/api/org/summary")), "kind");
  // The literal route owns its path: another method there is 405, not the
  // parameter route.
  auto m = r.Find("POST", "/api/elections/summary");
  EXPECT_EQ(m.handler, nullptr);
  EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET"}));
}

TEST(Request, HeaderIgnoresCase) {
  Request q;
  q.headers = {{"Content-Type", "application/json"}, {"X-A", "1"}, {"x-a", "2"}};
  EXPECT_EQ(q.Header("content-type"), "application/json");
  EXPECT_EQ(q.Header("X-A"), "1");
  EXPECT_EQ(q.Header("missing"), "");
}

}  // namespace
}  // namespace janadhar::http
