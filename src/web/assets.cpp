#include "web/assets.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "web/embedded.h"

namespace janadhar::web {

namespace {

constexpr std::string_view kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'";

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

const std::vector<Asset>& Table() {
  static const std::vector<Asset> table = [] {
    std::vector<Asset> t;
    t.reserve(internal::kEmbeddedFileCount);
    for (std::size_t i = 0; i < internal::kEmbeddedFileCount; ++i) {
      const internal::EmbeddedFile& f = internal::kEmbeddedFiles[i];
      t.push_back({f.path, f.bytes, ContentTypeFor(f.path), f.etag});
    }
    std::sort(t.begin(), t.end(),
              [](const Asset& a, const Asset& b) { return a.path < b.path; });
    return t;
  }();
  return table;
}

void AddSecurityHeaders(http::Response& r) {
  r.headers.emplace_back("Content-Security-Policy", std::string(kCsp));
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("Referrer-Policy", "same-origin");
  r.headers.emplace_back("X-Frame-Options", "DENY");
}

http::Response Error(int status, std::string_view code, const std::string& message) {
  http::Response r;
  r.status = status;
  r.content_type = "application/json";
  r.body = nlohmann::json{{"error", {{"code", code}, {"message", message}}}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
  AddSecurityHeaders(r);
  return r;
}

// True when `etag` is one of the entity tags in an If-None-Match value
// (a list, each possibly weak: W/"…"), or the value is "*".
bool Matches(std::string_view if_none_match, std::string_view etag) {
  std::size_t pos = 0;
  while (pos < if_none_match.size()) {
    std::size_t comma = if_none_match.find(',', pos);
    if (comma == std::string_view::npos) comma = if_none_match.size();
    std::string_view tag = if_none_match.substr(pos, comma - pos);
    while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t'))
      tag.remove_prefix(1);
    while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t'))
      tag.remove_suffix(1);
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == "*" || tag == etag) return true;
    pos = comma + 1;
  }
  return false;
}

// Why `path` may not name an asset, or "" when its shape is fine.
std::string Refusal(std::string_view path) {
  if (path.find('\\') != std::string_view::npos) return "a backslash in an asset path";
  if (path.find('\0') != std::string_view::npos) return "a NUL in an asset path";
  if (path.empty()) return "an empty asset path";
  std::size_t pos = 0;
  while (pos <= path.size()) {
    std::size_t slash = path.find('/', pos);
    if (slash == std::string_view::npos) slash = path.size();
    const std::string_view seg = path.substr(pos, slash - pos);
    if (seg.empty() || seg == "." || seg == "..") {
      return "an empty, '.' or '..' segment in an asset path";
    }
    pos = slash + 1;
  }
  return "";
}

}  // namespace

std::string_view ContentTypeFor(std::string_view path) {
  if (EndsWith(path, ".html")) return "text/html; charset=utf-8";
  if (EndsWith(path, ".js")) return "text/javascript; charset=utf-8";
  if (EndsWith(path, ".css")) return "text/css; charset=utf-8";
  if (EndsWith(path, ".json")) return "application/json; charset=utf-8";
  if (EndsWith(path, ".svg")) return "image/svg+xml";
  if (EndsWith(path, ".txt")) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

std::span<const Asset> AllAssets() {
  return Table();
}

const Asset* FindAsset(std::string_view path) {
  const std::vector<Asset>& t = Table();
  auto it =
      std::lower_bound(t.begin(), t.end(), path,
                       [](const Asset& a, std::string_view p) { return a.path < p; });
  if (it == t.end() || it->path != path) return nullptr;
  return &*it;
}

http::Response ServeAsset(const http::Request& request, std::string_view path) {
  if (std::string why = Refusal(path); !why.empty()) {
    return Error(400, "invalid_argument", why + " is refused");
  }
  const Asset* asset = FindAsset(path);
  if (asset == nullptr) {
    return Error(404, "not_found", "no file /ui/" + std::string(path) + " in the web UI");
  }
  http::Response r;
  r.content_type = std::string(asset->content_type);
  r.headers.emplace_back("ETag", std::string(asset->etag));
  r.headers.emplace_back("Cache-Control", "no-cache");
  AddSecurityHeaders(r);
  if (Matches(request.Header("If-None-Match"), asset->etag)) {
    r.status = 304;
    return r;
  }
  r.body = std::string(asset->bytes);
  return r;
}

void AddRoutes(http::Router& router) {
  router.Add("GET", "/",
             [](const http::Request& q) { return ServeAsset(q, "index.html"); });
  // One pattern per depth: a `{name}` matches one segment (http/http.h).
  router.Add("GET", "/ui/{a}",
             [](const http::Request& q) { return ServeAsset(q, q.params.at("a")); });
  router.Add("GET", "/ui/{a}/{b}", [](const http::Request& q) {
    return ServeAsset(q, q.params.at("a") + "/" + q.params.at("b"));
  });
  router.Add("GET", "/ui/{a}/{b}/{c}", [](const http::Request& q) {
    return ServeAsset(q,
                      q.params.at("a") + "/" + q.params.at("b") + "/" + q.params.at("c"));
  });
}

}  // namespace janadhar::web
