// POST /api/session (log in), GET /api/session (who am I), DELETE
// /api/session (log out): see api/authn.h for the cookie and the CSRF token.
// (POST /api/session/password, a user's own password, is users_routes.cpp.)
#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "api/body.h"
#include "api/handler_util.h"
#include "api/route_groups.h"
#include "auth/password.h"
#include "service/auth_sessions.h"

namespace janadhar::api::internal {

namespace {

nlohmann::json UserJson(const auth::User& user) {
  nlohmann::json grants = nlohmann::json::array();
  for (const auth::Grant& g : user.ActiveGrants()) {
    grants.push_back({{"role", auth::RoleName(g.role)}, {"unit", g.unit}});
  }
  return {{"name", user.name}, {"display_name", user.display_name}, {"grants", grants}};
}

http::Response LogIn(StorePool& stores, Authn& authn, const http::Request& q) {
  auto params = Params::Check(q, {});
  if (!params.ok()) return ErrorResponse(params.status());
  auto body = Body::Parse(q, {"user", "password"});
  if (!body.ok()) return ErrorResponse(body.status());
  auto name = body->Text("user");
  if (!name.ok()) return ErrorResponse(name.status());
  auto password = body->Text("password");
  if (!password.ok()) return ErrorResponse(password.status());
  const std::string key = auth::NormalizeUserName(*name);
  const int64_t now = authn.Now();
  if (auto refused = TooManyTries(authn, key, q, now)) return std::move(*refused);
  auto store = stores.Acquire();
  if (!store.ok()) return ErrorResponse(store.status());
  auto login =
      service::Login(**store, *name, *password, now, {"", ""}, authn.options().session);
  if (!login.ok()) {
    if (login.status().code() != StatusCode::kPermissionDenied) {
      return ErrorResponse(login.status());
    }
    authn.limiter().Failed(key, q.client, now);
    return HttpErrorResponse(401, login.status().message());
  }
  authn.limiter().Succeeded(key);
  return NewSessionResponse(authn, *login, now, nlohmann::json::object());
}

http::Response WhoAmI(StorePool& stores, const Authn& authn, const http::Request& q) {
  http::Response r = WithUser(
      stores, authn, q, {}, [](store::Store&, const Params&, const Principal& p) {
        return Result<nlohmann::json>(LoginSessionJson(
            p.user, p.csrf, 0, p.via == Principal::Via::kToken ? "token" : "session"));
      });
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

http::Response LogOut(StorePool& stores, const Authn& authn, const http::Request& q) {
  auto store = stores.Acquire();
  if (!store.ok()) return ErrorResponse(store.status());
  auto principal = authn.Authenticate(**store, q);  // checks the CSRF token
  if (!principal.ok()) return ErrorResponse(principal.status());
  if (!principal->has_value() || (*principal)->via != Principal::Via::kSession) {
    return HttpErrorResponse(401, "no session to end: log in first");
  }
  const Status ended = service::Logout(**store, authn.SessionSecret(q), authn.Now());
  if (!ended.ok()) return ErrorResponse(ended);
  http::Response r = JsonResponse({{"logged_out", (*principal)->user.name}});
  r.headers.emplace_back("Set-Cookie", authn.SessionCookie("", 0));
  return r;
}

}  // namespace

nlohmann::json LoginSessionJson(const auth::User& user, const std::string& csrf,
                                int64_t expires_at, std::string_view via) {
  nlohmann::json j = {{"user", UserJson(user)}, {"via", via}};
  j["csrf_token"] = csrf.empty() ? nlohmann::json(nullptr) : nlohmann::json(csrf);
  j["expires_at"] = expires_at > 0 ? nlohmann::json(expires_at) : nlohmann::json(nullptr);
  return j;
}

std::optional<http::Response> TooManyTries(Authn& authn, const std::string& key,
                                           const http::Request& q, int64_t now) {
  const int64_t wait = authn.limiter().RetryAfter(key, q.client, now);
  if (wait <= 0) return std::nullopt;
  http::Response r =
      HttpErrorResponse(429, "too many wrong passwords; try again in " +
                                 std::to_string((wait + 59) / 60) + " min");
  r.headers.emplace_back("Retry-After", std::to_string(wait));
  return r;
}

http::Response NewSessionResponse(const Authn& authn, const service::LoginResult& login,
                                  int64_t now, const nlohmann::json& extra) {
  nlohmann::json doc =
      LoginSessionJson(login.user, login.csrf, login.expires_at, "session");
  doc.update(extra);
  http::Response r = JsonResponse(doc);
  r.headers.emplace_back("Set-Cookie",
                         authn.SessionCookie(login.secret, login.expires_at - now));
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

void AddSessionRoutes(http::Router& router, StorePool& stores, Authn& authn) {
  router.Add("POST", "/api/session", [&stores, &authn](const http::Request& q) {
    return LogIn(stores, authn, q);
  });
  router.Add("GET", "/api/session", [&stores, &authn](const http::Request& q) {
    return WhoAmI(stores, authn, q);
  });
  router.Add("DELETE", "/api/session", [&stores, &authn](const http::Request& q) {
    return LogOut(stores, authn, q);
  });
}

}  // namespace janadhar::api::internal
