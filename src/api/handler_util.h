// Internal to api/: the wrappers every route's handler is built from, so that
// each endpoint is only what it does.
//
//  - WithStore: the checked query parameters and a leased store; any failure
//    becomes its error response (api/errors.h).
//  - WithUser: the same for an endpoint that needs a user: an anonymous
//    request is 401, a session's write without its CSRF token 403; the body
//    gets the principal too.
//  - WithUserBody: WithUser for an endpoint that takes a JSON body
//    (api/body.h): a bad body is 400 before anything is done.
//  - PathId, RequestUnit, Related: a `{id}` of the path, the unit a request
//    is about, and whether two units lie one in the other's subtree.
//  - Cached: a public endpoint's answer kept until the data changes.
//  - ProblemsResponse: 422 with the problems of a text the request sent.
//
// Thread-safety: the wrappers hold nothing of their own; see the pool, the
// Authn and the cache.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "api/analysis_json.h"
#include "api/authn.h"
#include "api/body.h"
#include "api/errors.h"
#include "api/params.h"
#include "api/response_cache.h"
#include "api/store_pool.h"
#include "http/http.h"
#include "service/org_people.h"
#include "store/access_store.h"

namespace janadhar::api::internal {

// 401 for a request that needs a user.
inline http::Response NeedLogin() {
  http::Response r = HttpErrorResponse(
      401, "log in first: POST /api/session, or send Authorization: Bearer <token>");
  r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"janadhar\"");
  return r;
}

// The response for a handler's document: a JSON tree, or JSON text already
// written (api/json_text.h, for documents with large arrays).
inline http::Response DocumentResponse(const Result<nlohmann::json>& doc) {
  return doc.ok() ? JsonResponse(*doc) : ErrorResponse(doc.status());
}
inline http::Response DocumentResponse(Result<std::string>&& doc) {
  return doc.ok() ? JsonTextResponse(std::move(doc).value())
                  : ErrorResponse(doc.status());
}
// A response made by the handler itself (ProblemsResponse).
inline http::Response DocumentResponse(Result<http::Response>&& r) {
  return r.ok() ? std::move(r).value() : ErrorResponse(r.status());
}

// 422 for an input text with errors (a scenario, an alliances file): the
// error body (data_error, `what`) with the problems beside it as the CLI's
// --json gives them: {"error": {…}, "errors": [{file, line, column,
// message, severity}]}.
inline http::Response ProblemsResponse(
    const std::vector<importers::ImportProblem>& problems, const std::string& what) {
  http::Response r = ErrorResponse(Status::DataError(what));
  nlohmann::json body = nlohmann::json::parse(r.body);
  body["errors"] = ProblemsJson(problems);
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

// Runs `body(store, params)` → Result<json> (or Result<std::string> of JSON
// text) with a leased store and the checked parameters.
template <typename Body>
http::Response WithStore(StorePool& stores, const http::Request& q,
                         std::initializer_list<std::string_view> allowed, Body body) {
  auto params = Params::Check(q, allowed);
  if (!params.ok()) return ErrorResponse(params.status());
  auto store = stores.Acquire();
  if (!store.ok()) return ErrorResponse(store.status());
  return DocumentResponse(body(**store, *params));
}

// Runs `body(store, params, principal)` → Result<json> (or JSON text) for a
// logged-in user.
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
  return DocumentResponse(body(**store, *params, **principal));
}

// Runs `body(store, params, json_body, principal)` → Result<json> (or a
// response of its own, DocumentResponse) for a logged-in user, once the
// query and the body (keys in `fields`) are checked.
template <typename Fn>
http::Response WithUserBody(StorePool& stores, const Authn& authn, const http::Request& q,
                            std::initializer_list<std::string_view> allowed,
                            std::initializer_list<std::string_view> fields, Fn fn) {
  auto store = stores.Acquire();
  if (!store.ok()) return ErrorResponse(store.status());
  auto principal = authn.Authenticate(**store, q);
  if (!principal.ok()) return ErrorResponse(principal.status());
  if (!principal->has_value()) return NeedLogin();
  auto params = Params::Check(q, allowed);
  if (!params.ok()) return ErrorResponse(params.status());
  auto body = Body::Parse(q, fields);
  if (!body.ok()) return ErrorResponse(body.status());
  return DocumentResponse(fn(**store, *params, *body, **principal));
}

// A path parameter that is a positive id ("12"); InvalidArgument naming
// `what` otherwise.
inline Result<int64_t> PathId(const http::Request& q, const std::string& name,
                              const std::string& what) {
  const std::string& text = q.params.at(name);
  int64_t id = 0;
  for (const char c : text) {
    if (c < '0' || c > '9' || id > 100'000'000'000'000LL) {
      id = 0;
      break;
    }
    id = id * 10 + (c - '0');
  }
  if (id <= 0) return Status::InvalidArgument(what + " '" + text + "' is not a number");
  return id;
}

// The unit a request is about: ?unit= or else the user's own (HomeUnit);
// PermissionDenied for a user who holds no role.
inline Result<std::string> RequestUnit(const Params& p, const Principal& who) {
  std::string unit = p.Has("unit") ? p.Text("unit") : HomeUnit(who);
  if (unit.empty()) {
    return Status::PermissionDenied("user " + who.user.name +
                                    " holds no role, so no unit can be read");
  }
  return unit;
}

// Whether one of the units `a` and `b` lies in the other's subtree (either
// being the national unit IN included); NotFound for a unit not stored.
inline Result<bool> Related(store::Store& store, const std::string& a,
                            const std::string& b) {
  if (a == "IN" || b == "IN" || a == b) return true;
  store::AccessStore* units = store::AccessOf(store);
  if (units == nullptr)
    return Status::FailedPrecondition("this store keeps no unit paths");
  for (const auto& [low, high] : {std::pair(a, b), std::pair(b, a)}) {
    JANADHAR_ASSIGN_OR_RETURN(const auto path, units->UnitPath(low));
    for (const std::string& code : path) {
      if (code == high) return true;
    }
  }
  return false;
}

// For a thing of unit `owner` (a directive's sender, a report's definer)
// read through `unit`, where read access was checked: unless one unit lies
// in the other's subtree, read access at `owner` too (403 and audited).
inline Status AuthorizeReadThrough(store::Store& store, const Principal& who,
                                   const http::Request& q, const std::string& unit,
                                   const std::string& owner) {
  JANADHAR_ASSIGN_OR_RETURN(const bool related, Related(store, unit, owner));
  if (related) return Status::Ok();
  return Authorize(store, who, q, owner, auth::Action::kRead).status();
}

// What `get(store)` finds (a directive, a report template: a Result of a
// thing with a `from` unit), read through `unit`: read access at `unit`
// first, then the thing, then AuthorizeReadThrough of its `from`.
template <typename Get>
auto ReadThroughUnit(store::Store& store, const Principal& who, const http::Request& q,
                     const std::string& unit, Get get) -> decltype(get(store)) {
  JANADHAR_RETURN_IF_ERROR(Authorize(store, who, q, unit, auth::Action::kRead).status());
  auto thing = get(store);
  if (!thing.ok()) return thing.status();
  JANADHAR_RETURN_IF_ERROR(AuthorizeReadThrough(store, who, q, unit, thing->from));
  return thing;
}

// The share basis a query asks for: including NOTA with ?with_nota=true.
inline Result<analysis::ShareBasis> ShareBasisParam(const Params& p) {
  JANADHAR_ASSIGN_OR_RETURN(const bool with_nota, p.Bool("with_nota", false));
  return with_nota ? analysis::ShareBasis::kIncludingNota
                   : analysis::ShareBasis::kExcludingNota;
}

// A person's fields a body may give (names, phone, EPIC, joined, came_from;
// each optional); the unit is the caller's to read.
inline Result<service::PersonFields> PersonFieldsOf(const Body& b) {
  service::PersonFields f;
  JANADHAR_ASSIGN_OR_RETURN(f.name_hi, b.OptionalText("name_hi"));
  JANADHAR_ASSIGN_OR_RETURN(f.name_en, b.OptionalText("name_en"));
  JANADHAR_ASSIGN_OR_RETURN(f.phone, b.OptionalText("phone"));
  JANADHAR_ASSIGN_OR_RETURN(f.epic, b.OptionalText("epic"));
  JANADHAR_ASSIGN_OR_RETURN(f.joined, b.OptionalText("joined"));
  JANADHAR_ASSIGN_OR_RETURN(f.came_from, b.OptionalText("came_from"));
  return f;
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
