// Who is asking, and may they: the server's side of users and access.
//
// A request is authenticated by one of
//  - the session cookie (`janadhar_session`, set by POST /api/session: Secure,
//    HttpOnly, SameSite=Strict, Path=/), for browsers. A request with another
//    method than GET or HEAD must then also carry the session's CSRF token in
//    the `X-CSRF-Token` header (given by the login and by GET /api/session);
//    without it, or with another, it is refused (403) before anything is
//    done, so that another site cannot make a logged-in browser write;
//  - `Authorization: Bearer <token>`, for scripts (tokens made with `janadhar
//    users token add`); no cookie, so no CSRF token is needed.
// Neither: the request is anonymous, and only the public results are open
// to it (401 elsewhere).
//
// Logins are rate limited in memory (LoginLimiter): after max_failures
// wrong passwords for a user name within the window, or max_client_failures
// from one client address, further attempts are refused (429 with
// Retry-After) until the oldest failure leaves the window; a successful
// login clears its name's failures.
//
// Authorize checks a principal's grants (auth/access.h) at a unit through
// the unit's stored path; a refusal is written to the audit log
// ("access.denied", subject "unit <code>", with the method and path) and is
// PermissionDenied (403); Deny does the same for a refusal an endpoint finds
// by a rule of its own.
//
// Ownership: an Authn owns its limiter. Thread-safety: every member may be
// called from many threads at once (the limiter has a mutex; the store given
// is the caller's own). Errors: as each function says.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "auth/access.h"
#include "auth/user.h"
#include "base/status.h"
#include "http/http.h"
#include "service/auth_sessions.h"
#include "store/store.h"

namespace janadhar::api {

struct Principal {
  enum class Via { kSession, kToken };
  auth::User user;  // with their grants (none when disabled: never authenticated)
  Via via = Via::kSession;
  std::string csrf;  // the session's CSRF token; "" for a token
};

struct AuthnOptions {
  std::string cookie_name = "janadhar_session";
  service::SessionOptions session;
  int max_failures = 5;          // wrong passwords per user name in the window
  int max_client_failures = 20;  // per client address
  int64_t window_seconds = int64_t{15} * 60;
  // Unix seconds now; tests set a clock of their own.
  std::function<int64_t()> clock;
};

class LoginLimiter {
 public:
  LoginLimiter(int max_failures, int max_client_failures, int64_t window_seconds);
  // Seconds to wait before `name` may try again from `client`; 0: now.
  int64_t RetryAfter(const std::string& name, const std::string& client, int64_t now);
  void Failed(const std::string& name, const std::string& client, int64_t now);
  void Succeeded(const std::string& name);

 private:
  int64_t Wait(std::deque<int64_t>& times, int max, int64_t now) const;

  const int max_failures_, max_client_failures_;
  const int64_t window_;
  std::mutex mu_;  // guards the maps
  std::map<std::string, std::deque<int64_t>> by_name_, by_client_;
};

class Authn {
 public:
  explicit Authn(AuthnOptions options = {});

  int64_t Now() const;
  const AuthnOptions& options() const { return options_; }
  LoginLimiter& limiter() { return limiter_; }

  // The principal of the request, or nullopt when it carries no live
  // session or valid token (anonymous). PermissionDenied when a session's
  // request that is not GET or HEAD lacks the right X-CSRF-Token.
  Result<std::optional<Principal>> Authenticate(store::Store& store,
                                                const http::Request& request) const;

  // The session cookie's value in the request, or "".
  std::string SessionSecret(const http::Request& request) const;
  // The Set-Cookie value that gives a client a session, or ends it
  // (`secret` "" and a Max-Age of 0).
  std::string SessionCookie(const std::string& secret, int64_t max_age) const;

 private:
  AuthnOptions options_;
  LoginLimiter limiter_;
};

// What `principal` may do at `unit`, if it allows `action`; NotFound for a
// unit that is not stored; otherwise the refusal is audited and is
// PermissionDenied naming the unit.
Result<auth::Access> Authorize(store::Store& store, const Principal& principal,
                               const http::Request& request, const std::string& unit,
                               auth::Action action);

// A refusal found by the endpoint itself: written to the audit log as
// Authorize writes its own ("access.denied", `subject`, with the method,
// path and what was needed, `needs`), then PermissionDenied with `message`.
// The audit's failure is returned instead when it cannot be written.
Status Deny(store::Store& store, const Principal& principal, const http::Request& request,
            const std::string& subject, std::string_view needs,
            const std::string& message);

// The unit a request that names none is about: IN when the user holds a
// role there, else their first grant's unit (by unit code); "" when they hold
// none.
std::string HomeUnit(const Principal& principal);

}  // namespace janadhar::api
