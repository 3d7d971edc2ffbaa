// Internal to api/: the wrappers every route's handler is built from, so that
// each endpoint is only what it does.
//
//  - WithStore: the checked query parameters and a leased store; any failure
//    becomes its error response (api/errors.h).
//  - WithUser: the same for an endpoint that needs a user: an anonymous
//    request is 401, a session's write without its CSRF token 403; the body
//    gets the principal too.
//  - Cached: a public endpoint's answer kept until the data changes.
//
// Thread-safety: the wrappers hold nothing of their own; see the pool, the
// Authn and the cache.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "api/authn.h"
#include "api/errors.h"
#include "api/params.h"
#include "api/response_cache.h"
#include "api/store_pool.h"
#include "http/http.h"

namespace janadhar::api::internal {

// 401 for a request that needs a user.
inline http::Response NeedLogin() {
  http::Response r = HttpErrorResponse(
      401, "log in first: POST /api/session, or send Authorization: Bearer <token>");
  r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"janadhar\"");
  return r;
}

// Runs `body(store, params)` → Result<json> with a leased store and the
// checked parameters.
template <typename Body>
http::Response WithStore(StorePool& stores, const http::Request& q,
                         std::initializer_list<std::string_view> allowed, Body body) {
  auto params = Params::Check(q, allowed);
  if (!params.ok()) return ErrorResponse(params.status());
  auto store = stores.Acquire();
  if (!store.ok()) return ErrorResponse(store.status());
  Result<nlohmann::json> doc = body(**store, *params);
  if (!doc.ok()) return ErrorResponse(doc.status());
  return JsonResponse(*doc);
}

// Runs `body(store, params, principal)` → Result<json> for a logged-in user.
template <typename Body>
http::Response WithUser(StorePool& stores, const Authn& authn, const http::Request& q,
                        std::initializer_list<std::string_view> allowed, Body body) {
  auto store = stores.Acquire();
  if (!store.ok()) return ErrorResponse(store.status());
  auto principal = authn.Authenticate(**store, q);
  if (!principal.ok()) return ErrorResponse(principal.status());
  if (!principal->has_value()) return NeedLogin();
  auto params = Params::Check(q, allowed);
  if (!params.ok()) return ErrorResponse(params.status());
  Result<nlohmann::json> doc = body(**store, *params, **principal);
  if (!doc.ok()) return ErrorResponse(doc.status());
  return JsonResponse(*doc);
}

// `handler`'s answer through `cache` (when not null): a kept one, or
// computed and kept.
inline http::Handler Cached(ResponseCache* cache, http::Handler handler) {
  if (cache == nullptr) return handler;
  return [cache, handler = std::move(handler)](const http::Request& q) {
    const std::string key = q.method + " " + q.target;
    auto hit = cache->Find(key);
    if (!hit.ok()) return handler(q);  // the watcher failed: answer anyway
    if (hit->response) return *hit->response;
    http::Response r = handler(q);
    cache->Put(key, hit->generation, r);
    return r;
  };
}

}  // namespace janadhar::api::internal
