#include "api/authn.h"

#include <strings.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <utility>

#include "auth/secret.h"
#include "org/unit.h"
#include "service/org_people.h"
#include "store/access_store.h"

namespace janadhar::api {

namespace {

bool Safe(const std::string& method) {
  return method == "GET" || method == "HEAD";
}

// The value of cookie `name` in a Cookie header ("a=1; b=2"), or "".
std::string CookieValue(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    const std::size_t semi = header.find(';');
    std::string_view pair = header.substr(0, semi);
    header = semi == std::string_view::npos ? "" : header.substr(semi + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) {
      return std::string(pair.substr(eq + 1));
    }
  }
  return "";
}

}  // namespace

LoginLimiter::LoginLimiter(int max_failures, int max_client_failures,
                           int64_t window_seconds)
    : max_failures_(max_failures),
      max_client_failures_(max_client_failures),
      window_(window_seconds) {}

int64_t LoginLimiter::Wait(std::deque<int64_t>& times, int max, int64_t now) const {
  while (!times.empty() && times.front() <= now - window_) times.pop_front();
  if (static_cast<int>(times.size()) < max) return 0;
  return times[times.size() - max] + window_ - now;
}

int64_t LoginLimiter::RetryAfter(const std::string& name, const std::string& client,
                                 int64_t now) {
  std::lock_guard lock(mu_);
  int64_t wait = 0;
  if (auto it = by_name_.find(name); it != by_name_.end()) {
    wait = std::max(wait, Wait(it->second, max_failures_, now));
    if (it->second.empty()) by_name_.erase(it);
  }
  if (auto it = by_client_.find(client); it != by_client_.end()) {
    wait = std::max(wait, Wait(it->second, max_client_failures_, now));
    if (it->second.empty()) by_client_.erase(it);
  }
  return wait;
}

void LoginLimiter::Failed(const std::string& name, const std::string& client,
                          int64_t now) {
  std::lock_guard lock(mu_);
  by_name_[name].push_back(now);
  by_client_[client].push_back(now);
}

void LoginLimiter::Succeeded(const std::string& name) {
  std::lock_guard lock(mu_);
  by_name_.erase(name);
}

Authn::Authn(AuthnOptions options)
    : options_(std::move(options)),
      limiter_(options_.max_failures, options_.max_client_failures,
               options_.window_seconds) {}

int64_t Authn::Now() const {
  if (options_.clock) return options_.clock();
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string Authn::SessionSecret(const http::Request& request) const {
  for (const auto& [name, value] : request.headers) {
    if (name.size() != 6 || strncasecmp(name.c_str(), "cookie", 6) != 0) continue;
    std::string v = CookieValue(value, options_.cookie_name);
    if (!v.empty()) return v;
  }
  return "";
}

std::string Authn::SessionCookie(const std::string& secret, int64_t max_age) const {
  return options_.cookie_name + "=" + secret +
         "; Path=/; Max-Age=" + std::to_string(max_age) +
         "; HttpOnly; Secure; SameSite=Strict";
}

Result<std::optional<Principal>> Authn::Authenticate(store::Store& store,
                                                     const http::Request& request) const {
  const std::string authorization = request.Header("Authorization");
  if (authorization.size() > 7 && strncasecmp(authorization.c_str(), "Bearer ", 7) == 0) {
    JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user,
                              service::FindTokenUser(store, authorization.substr(7)));
    if (!user) return std::optional<Principal>();
    Principal p;
    p.user = std::move(*user);
    p.via = Principal::Via::kToken;
    return std::optional<Principal>(std::move(p));
  }
  const std::string secret = SessionSecret(request);
  if (secret.empty()) return std::optional<Principal>();
  JANADHAR_ASSIGN_OR_RETURN(auto session, service::FindSession(store, secret, Now()));
  if (!session) return std::optional<Principal>();
  if (!Safe(request.method) &&
      !auth::EqualSecrets(request.Header("X-CSRF-Token"), session->csrf)) {
    return Status::PermissionDenied(
        "this request needs the session's CSRF token in the X-CSRF-Token header "
        "(GET /api/session gives it)");
  }
  Principal p;
  p.user = std::move(session->user);
  p.via = Principal::Via::kSession;
  p.csrf = std::move(session->csrf);
  return std::optional<Principal>(std::move(p));
}

Result<auth::Access> Authorize(store::Store& store, const Principal& principal,
                               const http::Request& request, const std::string& unit,
                               auth::Action action) {
  store::AccessStore* access_store = store::AccessOf(store);
  if (access_store == nullptr) {
    return Status::FailedPrecondition("this store keeps no access rules");
  }
  std::vector<std::string> path;
  if (unit == org::kNationalCode) {
    path.push_back(unit);
  } else {
    auto found = access_store->UnitPath(unit);
    if (!found.ok()) {
      if (found.status().code() == StatusCode::kNotFound) {
        return service::NoSuchUnit(store, unit);
      }
      return found.status();
    }
    path = std::move(found).value();
  }
  const auth::Access access = auth::AccessOnPath(path, principal.user.ActiveGrants());
  bool allowed = false;
  switch (action) {
    case auth::Action::kRead: allowed = access.read; break;
    case auth::Action::kWrite: allowed = access.write; break;
    case auth::Action::kSeeUnmasked: allowed = access.unmasked; break;
    case auth::Action::kGrant: allowed = access.grant; break;
  }
  if (allowed) return access;
  return Deny(store, principal, request, "unit " + unit, auth::ActionName(action),
              "user " + principal.user.name + " may not " +
                  std::string(auth::ActionName(action)) + " at " + unit +
                  ": no role of theirs covers it");
}

Status Deny(store::Store& store, const Principal& principal, const http::Request& request,
            const std::string& subject, std::string_view needs,
            const std::string& message) {
  org::AuditEntry e;
  e.actor = principal.user.name;
  e.action = "access.denied";
  e.subject = subject;
  e.after = nlohmann::json{{"method", request.method},
                           {"path", request.path},
                           {"needs", needs},
                           {"client", request.client}}
                .dump();
  JANADHAR_RETURN_IF_ERROR(store.AppendAudit(e));
  return Status::PermissionDenied(message);
}

std::string HomeUnit(const Principal& principal) {
  const std::vector<auth::Grant> grants = principal.user.ActiveGrants();
  for (const auth::Grant& g : grants) {
    if (g.unit == org::kNationalCode) return g.unit;
  }
  return grants.empty() ? "" : grants.front().unit;
}

}  // namespace janadhar::api
