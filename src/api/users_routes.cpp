// The system's users over HTTP, for an admin (a role allowing
// auth::Action::kGrant) in their subtree: GET /api/users (`users list`),
// POST /api/users (`users add`), POST /api/users/{name}/grant and /revoke
// (`users grant`, `revoke`), /disable, /enable and /password (`users
// disable`, `enable`, `passwd`); and a user's own password, POST
// /api/session/password. Thin adapters over service/auth_users.h, with the
// checks the CLI does not make (the store's holder runs it):
//  - every endpoint needs a role allowing grant at some unit;
//  - a role is given or taken back only at a unit inside the subtree of such
//    a role, and never one stronger than the user's own there;
//  - a user is disabled, enabled or given a password only when every role
//    they hold lies inside that subtree;
//  - a list or a user shown holds only the roles inside it.
// Each refusal is 403 and audited ("access.denied", api/authn.h); each
// change is audited by the service in the user's name. No password or hash
// is ever returned.
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "api/handler_util.h"
#include "api/route_groups.h"
#include "api/users_json.h"
#include "auth/role.h"
#include "service/auth_users.h"

namespace janadhar::api::internal {

namespace {

// The units where a user may manage users: the subtrees of their roles that
// allow grant, as paths of units are found (cached per request).
class Scope {
 public:
  explicit Scope(const Principal& who) : grants_(who.user.ActiveGrants()) {}

  // The codes from the root of `unit`'s tree down to it; NotFound when it is
  // not stored.
  Result<std::vector<std::string>> PathOf(store::Store& s, const std::string& unit) {
    if (unit == org::kNationalCode) return std::vector<std::string>{unit};
    auto it = paths_.find(unit);
    if (it != paths_.end()) return it->second;
    store::AccessStore* units = store::AccessOf(s);
    if (units == nullptr)
      return Status::FailedPrecondition("this store keeps no unit paths");
    JANADHAR_ASSIGN_OR_RETURN(std::vector<std::string> path, units->UnitPath(unit));
    return paths_.emplace(unit, std::move(path)).first->second;
  }
  // Whether `unit` lies inside the subtree; a unit not stored does not.
  Result<bool> Inside(store::Store& s, const std::string& unit) {
    auto path = PathOf(s, unit);
    if (!path.ok()) {
      if (path.status().code() == StatusCode::kNotFound) return false;
      return path.status();
    }
    return auth::AccessOnPath(*path, grants_).grant;
  }
  // `u` with only the roles inside the subtree.
  Result<auth::User> Visible(store::Store& s, auth::User u) {
    std::vector<auth::UserGrant> kept;
    for (auth::UserGrant& g : u.grants) {
      JANADHAR_ASSIGN_OR_RETURN(const bool inside, Inside(s, g.grant.unit));
      if (inside) kept.push_back(std::move(g));
    }
    u.grants = std::move(kept);
    return u;
  }
  const std::vector<auth::Grant>& grants() const { return grants_; }

 private:
  std::vector<auth::Grant> grants_;
  std::map<std::string, std::vector<std::string>> paths_;
};

// The unit a user acts for when managing users: IN when they are an admin
// there, else their first role allowing grant; "" when none does.
std::string GrantUnit(const Principal& who) {
  std::string unit;
  for (const auth::Grant& g : who.user.ActiveGrants()) {
    if (!auth::RoleAllows(g.role, auth::Action::kGrant)) continue;
    if (g.unit == org::kNationalCode) return g.unit;
    if (unit.empty()) unit = g.unit;
  }
  return unit;
}

// OK when the user holds a role allowing grant somewhere; otherwise the
// refusal at their own unit (IN for a user without roles), audited.
Status NeedGrantSomewhere(store::Store& s, const Principal& who, const http::Request& q) {
  if (!GrantUnit(who).empty()) return Status::Ok();
  const std::string home = HomeUnit(who);
  return Authorize(s, who, q, home.empty() ? std::string(org::kNationalCode) : home,
                   auth::Action::kGrant)
      .status();
}

service::OrgActor ActorOf(const Principal& who, const std::string& unit) {
  return service::OrgActor{who.user.name, unit};
}

// The user of the path, when every role they hold lies inside the caller's
// subtree (403 and audited otherwise).
Result<auth::User> ManagedUser(store::Store& s, Scope& scope, const Principal& who,
                               const http::Request& q) {
  JANADHAR_RETURN_IF_ERROR(NeedGrantSomewhere(s, who, q));
  const std::string& name = q.params.at("name");
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user, s.Auth().GetUser(name));
  if (!user) return Status::NotFound("no user '" + name + "'");
  // A user without roles lies in nobody's subtree: only an admin at IN may
  // set their password or disable them (else an admin of any booth could
  // set the password of an account another admin is about to grant a
  // stronger role to).
  if (user->grants.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(const bool national,
                              scope.Inside(s, std::string(org::kNationalCode)));
    if (national) return std::move(*user);
    return Deny(s, who, q, "user " + user->name, auth::ActionName(auth::Action::kGrant),
                "user " + user->name +
                    " holds no role yet: only an admin at IN may manage them; grant "
                    "them a role in your units first");
  }
  for (const auth::UserGrant& g : user->grants) {
    JANADHAR_ASSIGN_OR_RETURN(const bool inside, scope.Inside(s, g.grant.unit));
    if (inside) continue;
    return Deny(s, who, q, "user " + user->name, auth::ActionName(auth::Action::kGrant),
                "user " + who.user.name + " may not manage " + user->name +
                    ", who holds " + std::string(auth::RoleName(g.grant.role)) + " at " +
                    g.grant.unit + ", outside the units where " + who.user.name +
                    " is an admin");
  }
  return std::move(*user);
}

Result<nlohmann::json> UserDocument(store::Store& s, Scope& scope, auth::User u) {
  JANADHAR_ASSIGN_OR_RETURN(auth::User visible, scope.Visible(s, std::move(u)));
  return nlohmann::json{{"user", UserJson(visible)}};
}

Result<nlohmann::json> List(store::Store& s, const Principal& who,
                            const http::Request& q) {
  JANADHAR_RETURN_IF_ERROR(NeedGrantSomewhere(s, who, q));
  Scope scope(who);
  JANADHAR_ASSIGN_OR_RETURN(std::vector<auth::User> users, service::ListUsers(s));
  nlohmann::json list = nlohmann::json::array();
  for (auth::User& u : users) {
    JANADHAR_ASSIGN_OR_RETURN(auth::User visible, scope.Visible(s, std::move(u)));
    if (!visible.grants.empty()) list.push_back(UserJson(visible));
  }
  return nlohmann::json{{"users", std::move(list)}};
}

Result<nlohmann::json> Add(store::Store& s, const Body& b, const Principal& who,
                           const http::Request& q) {
  service::NewUserInput input;
  JANADHAR_ASSIGN_OR_RETURN(input.name, b.Text("name"));
  JANADHAR_ASSIGN_OR_RETURN(input.password, b.Text("password"));
  JANADHAR_ASSIGN_OR_RETURN(input.display_name, b.TextOr("display_name", ""));
  JANADHAR_RETURN_IF_ERROR(NeedGrantSomewhere(s, who, q));
  JANADHAR_ASSIGN_OR_RETURN(auth::User u,
                            service::AddUser(s, input, ActorOf(who, GrantUnit(who))));
  return nlohmann::json{{"user", UserJson(u)}};
}

Result<nlohmann::json> Grant(store::Store& s, const Body& b, const Principal& who,
                             const http::Request& q, bool revoke) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string role, b.Text("role"));
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, b.Text("unit"));
  JANADHAR_ASSIGN_OR_RETURN(const auth::Role parsed, auth::ParseRole(role));
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, unit, auth::Action::kGrant).status());
  Scope scope(who);
  JANADHAR_ASSIGN_OR_RETURN(const std::vector<std::string> path, scope.PathOf(s, unit));
  const std::optional<auth::Role> own = auth::StrongestRoleOnPath(path, scope.grants());
  if (!own || !auth::AtLeastAsStrong(*own, parsed)) {
    return Deny(s, who, q, "unit " + unit, auth::RoleName(parsed),
                "user " + who.user.name + " may not " + (revoke ? "revoke " : "grant ") +
                    std::string(auth::RoleName(parsed)) + " at " + unit +
                    ": it is stronger than their own role there");
  }
  const std::string& name = q.params.at("name");
  JANADHAR_ASSIGN_OR_RETURN(
      auth::User u, revoke ? service::RevokeRole(s, name, role, unit, ActorOf(who, unit))
                           : service::GrantRole(s, name, role, unit, ActorOf(who, unit)));
  return UserDocument(s, scope, std::move(u));
}

Result<nlohmann::json> Disable(store::Store& s, const Principal& who,
                               const http::Request& q, bool disabled) {
  Scope scope(who);
  JANADHAR_ASSIGN_OR_RETURN(const auth::User target, ManagedUser(s, scope, who, q));
  JANADHAR_ASSIGN_OR_RETURN(
      auth::User u,
      service::SetUserDisabled(s, target.name, disabled, ActorOf(who, GrantUnit(who))));
  return UserDocument(s, scope, std::move(u));
}

Result<nlohmann::json> Password(store::Store& s, const Body& b, const Principal& who,
                                const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string password, b.Text("password"));
  Scope scope(who);
  JANADHAR_ASSIGN_OR_RETURN(const auth::User target, ManagedUser(s, scope, who, q));
  JANADHAR_RETURN_IF_ERROR(
      service::SetPassword(s, target.name, password, ActorOf(who, GrantUnit(who))));
  return nlohmann::json{{"user", target.name}, {"password_changed", true}};
}

// POST /api/session/password: the old password is checked as a login is
// (rate limited the same way, a wrong one 403 and audited); the change ends
// every session of the user, and a request made in a session gets a new
// one in its place (a new cookie and CSRF token), as a login gives.
http::Response OwnPassword(StorePool& stores, Authn& authn, const http::Request& q) {
  auto store = stores.Acquire();
  if (!store.ok()) return ErrorResponse(store.status());
  store::Store& s = **store;
  auto principal = authn.Authenticate(s, q);
  if (!principal.ok()) return ErrorResponse(principal.status());
  if (!principal->has_value()) return NeedLogin();
  const Principal& who = **principal;
  auto params = Params::Check(q, {});
  if (!params.ok()) return ErrorResponse(params.status());
  auto body = Body::Parse(q, {"old_password", "new_password"});
  if (!body.ok()) return ErrorResponse(body.status());
  auto old_password = body->Text("old_password");
  if (!old_password.ok()) return ErrorResponse(old_password.status());
  auto new_password = body->Text("new_password");
  if (!new_password.ok()) return ErrorResponse(new_password.status());
  const std::string key = auth::NormalizeUserName(who.user.name);
  const int64_t now = authn.Now();
  if (auto refused = TooManyTries(authn, key, q, now)) return std::move(*refused);
  const Status changed = service::ChangeOwnPassword(s, who.user.name, *old_password,
                                                    *new_password, ActorOf(who, ""));
  if (changed.code() == StatusCode::kPermissionDenied) {
    authn.limiter().Failed(key, q.client, now);
    return ErrorResponse(
        Deny(s, who, q, "user " + who.user.name, "password", changed.message()));
  }
  if (!changed.ok()) return ErrorResponse(changed);
  authn.limiter().Succeeded(key);
  if (who.via != Principal::Via::kSession) {
    nlohmann::json doc = LoginSessionJson(who.user, "", 0, "token");
    doc["password_changed"] = true;
    return JsonResponse(doc);
  }
  auto login = service::Login(s, who.user.name, *new_password, now, ActorOf(who, ""),
                              authn.options().session);
  if (!login.ok()) return ErrorResponse(login.status());
  return NewSessionResponse(authn, *login, now, {{"password_changed", true}});
}

}  // namespace

void AddUsersRoutes(http::Router& router, StorePool& stores, Authn& authn) {
  router.Add("GET", "/api/users", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {},
                    [&q](store::Store& s, const Params&, const Principal& who) {
                      return List(s, who, q);
                    });
  });
  router.Add("POST", "/api/users", [&stores, &authn](const http::Request& q) {
    return WithUserBody(stores, authn, q, {}, {"name", "password", "display_name"},
                        [&q](store::Store& s, const Params&, const Body& b,
                             const Principal& who) { return Add(s, b, who, q); });
  });
  for (const auto& [path, is_revoke] : {std::pair{"/api/users/{name}/grant", false},
                                        std::pair{"/api/users/{name}/revoke", true}}) {
    router.Add(
        "POST", path, [&stores, &authn, revoke = is_revoke](const http::Request& q) {
          return WithUserBody(
              stores, authn, q, {}, {"role", "unit"},
              [&q, revoke](store::Store& s, const Params&, const Body& b,
                           const Principal& who) { return Grant(s, b, who, q, revoke); });
        });
  }
  for (const auto& [path, to_disable] : {std::pair{"/api/users/{name}/disable", true},
                                         std::pair{"/api/users/{name}/enable", false}}) {
    router.Add("POST", path,
               [&stores, &authn, disabled = to_disable](const http::Request& q) {
                 return WithUserBody(stores, authn, q, {}, {},
                                     [&q, disabled](store::Store& s, const Params&,
                                                    const Body&, const Principal& who) {
                                       return Disable(s, who, q, disabled);
                                     });
               });
  }
  router.Add("POST", "/api/users/{name}/password",
             [&stores, &authn](const http::Request& q) {
               return WithUserBody(
                   stores, authn, q, {}, {"password"},
                   [&q](store::Store& s, const Params&, const Body& b,
                        const Principal& who) { return Password(s, b, who, q); });
             });
  router.Add("POST", "/api/session/password", [&stores, &authn](const http::Request& q) {
    return OwnPassword(stores, authn, q);
  });
}

}  // namespace janadhar::api::internal
