// The embedded assets and their routes (web/assets.h): every file served
// with its type and headers, ETag and 304, unknown files and traversal.
#include "web/assets.h"

#include <gtest/gtest.h>

#include <string>

namespace janadhar::web {
namespace {

// Routes `path` through a router holding only the UI's routes, as the Api
// does (the server refuses '.' and '..' before routing; these tests go
// straight to the handlers to show they refuse them too).
http::Response Get(const std::string& path, const std::string& if_none_match = "") {
  static const http::Router router = [] {
    http::Router r;
    AddRoutes(r);
    return r;
  }();
  http::Request q;
  q.method = "GET";
  q.target = path;
  q.path = path;
  if (!if_none_match.empty()) q.headers.emplace_back("If-None-Match", if_none_match);
  http::Router::Match m = router.Find("GET", path);
  if (m.handler == nullptr) {
    http::Response none;
    none.status = 404;  // what the Api answers for a path no route has
    return none;
  }
  q.params = m.params;
  return (*m.handler)(q);
}

std::string HeaderOf(const http::Response& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    if (k == name) return v;
  }
  return "";
}

TEST(WebAssets, TheAppIsEmbedded) {
  for (const char* path : {"index.html", "app.css", "js/main.js", "i18n/en.json",
                           "i18n/hi.json", "icon.svg"}) {
    EXPECT_NE(FindAsset(path), nullptr) << path;
  }
  EXPECT_EQ(FindAsset("nothing.js"), nullptr);
  EXPECT_EQ(FindAsset("/index.html"), nullptr);
}

TEST(WebAssets, ContentTypesByExtension) {
  EXPECT_EQ(ContentTypeFor("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("js/main.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("app.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("i18n/hi.json"), "application/json; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("icon.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeFor("x.bin"), "application/octet-stream");
}

TEST(WebAssets, EveryAssetIsServedWithItsTypeAndHeaders) {
  ASSERT_FALSE(AllAssets().empty());
  for (const Asset& a : AllAssets()) {
    SCOPED_TRACE(std::string(a.path));
    EXPECT_NE(a.content_type, "application/octet-stream") << "an unknown extension";
    const http::Response r = Get("/ui/" + std::string(a.path));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.content_type, a.content_type);
    EXPECT_EQ(r.body, a.bytes);
    EXPECT_EQ(HeaderOf(r, "ETag"), a.etag);
    EXPECT_EQ(HeaderOf(r, "Cache-Control"), "no-cache");
    EXPECT_EQ(HeaderOf(r, "X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(HeaderOf(r, "Referrer-Policy"), "same-origin");
    EXPECT_EQ(HeaderOf(r, "X-Frame-Options"), "DENY");
    const std::string csp = HeaderOf(r, "Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  }
}

TEST(WebAssets, RootIsTheIndexPage) {
  const http::Response r = Get("/");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r.body, FindAsset("index.html")->bytes);
  EXPECT_NE(r.body.find("<!doctype html>"), std::string::npos);
  // No inline script: the CSP would block it.
  EXPECT_EQ(r.body.find("<script>"), std::string::npos);
}

TEST(WebAssets, EtagGivesNotModified) {
  const Asset* a = FindAsset("js/main.js");
  ASSERT_NE(a, nullptr);
  ASSERT_EQ(a->etag.size(), 18u);  // 16 hex digits, quoted
  EXPECT_EQ(a->etag.front(), '"');
  const std::string tag(a->etag);
  for (const std::string& inm : {tag, "W/" + tag, "\"x\", " + tag, std::string("*")}) {
    const http::Response r = Get("/ui/js/main.js", inm);
    EXPECT_EQ(r.status, 304) << inm;
    EXPECT_TRUE(r.body.empty());
    EXPECT_EQ(HeaderOf(r, "ETag"), tag);
  }
  EXPECT_EQ(Get("/ui/js/main.js", "\"0000000000000000\"").status, 200);
  // Different bytes, different tags.
  EXPECT_NE(FindAsset("i18n/en.json")->etag, FindAsset("i18n/hi.json")->etag);
}

TEST(WebAssets, UnknownAssetIsNotFound) {
  for (const char* path : {"/ui/nothing.js", "/ui/js/nothing.js", "/ui/a/b/c",
                           "/ui/i18n/fr.json", "/ui/index.htm"}) {
    const http::Response r = Get(path);
    EXPECT_EQ(r.status, 404) << path;
  }
  const http::Response r = Get("/ui/nothing.js");
  EXPECT_NE(r.body.find("\"not_found\""), std::string::npos);
}

TEST(WebAssets, TraversalIsRefusedWithoutTouchingFiles) {
  // As the handlers see them (decoded): each is 400 or 404, never a file.
  for (const char* path : {"/ui/..", "/ui/../CMakeLists.txt", "/ui/js/../../assets.cpp",
                           "/ui/..\\assets.cpp", "/ui/js\\main.js", "/ui/./index.html",
                           "/ui/%2e%2e/assets.cpp", "/ui/i18n/..", "/ui/a/b/c/d/e"}) {
    const http::Response r = Get(path);
    EXPECT_TRUE(r.status == 400 || r.status == 404) << path << ": " << r.status;
    EXPECT_EQ(r.body.find("janadhar_component"), std::string::npos);
  }
  http::Request q;
  EXPECT_EQ(ServeAsset(q, "..").status, 400);
  EXPECT_EQ(ServeAsset(q, "js/../index.html").status, 400);
  EXPECT_EQ(ServeAsset(q, "js\\main.js").status, 400);
  EXPECT_EQ(ServeAsset(q, std::string("index.html\0x", 12)).status, 400);
  EXPECT_EQ(ServeAsset(q, "").status, 400);
  EXPECT_EQ(ServeAsset(q, "/etc/passwd").status, 400);
  // And the server's own parsing refuses the encoded forms first.
  EXPECT_FALSE(http::ParseTarget("/ui/%2e%2e/x").ok());
  EXPECT_FALSE(http::ParseTarget("/ui/js%2F..%2Fx").ok());
}

}  // namespace
}  // namespace janadhar::web
