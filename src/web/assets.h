// The web UI's files, embedded in the binary at build time (src/web/assets/,
// see src/web/README.md), and the HTTP routes that serve them.
//
// Routes (AddRoutes):
//   GET /               index.html
//   GET /ui/{path}      the asset at `path` ("app.css", "js/pages/org.js",
//                       "i18n/hi.json"), up to three segments deep
//
// Every answer carries the content type of the file's extension, an ETag
// (a hash of its bytes; a request whose If-None-Match names it gets 304
// with no body), `Cache-Control: no-cache` (a browser keeps the file but
// asks each time; the 304 keeps that cheap on a weak connection) and the
// security headers: a Content-Security-Policy allowing only this origin and
// no inline script, X-Content-Type-Options: nosniff, Referrer-Policy:
// same-origin and X-Frame-Options: DENY.
//
// Errors: an unknown asset is 404; a path with an empty, '.' or '..'
// segment, a backslash or a NUL is 400. Both with the API's error body
// {"error": {"code", "message"}}. Assets come only from the embedded table:
// nothing here opens a file.
//
// Thread-safety: the table is constant; FindAsset and the handlers may be
// called from any number of threads at once. AddRoutes is called while the
// router is built, on one thread (http/http.h).
#pragma once

#include <span>
#include <string_view>

#include "http/http.h"

namespace janadhar::web {

struct Asset {
  std::string_view path;          // "js/main.js"
  std::string_view bytes;         // the file's content (static storage)
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view etag;          // quoted, as sent in the ETag header
};

// The asset at `path` (relative, no leading '/'), or null when there is none.
const Asset* FindAsset(std::string_view path);

// Every embedded asset, sorted by path.
std::span<const Asset> AllAssets();

// The content type for a file name by its extension ("application/octet-
// stream" for one not known).
std::string_view ContentTypeFor(std::string_view path);

// The answer to a GET of asset `path` (already stripped of "/ui/"), with the
// headers above; `request` gives If-None-Match.
http::Response ServeAsset(const http::Request& request, std::string_view path);

// Adds GET / and GET /ui/... to `router`.
void AddRoutes(http::Router& router);

}  // namespace janadhar::web
