// The organisation's settings and audit log over HTTP: GET and POST
// /api/org/settings (`org settings`, `org settings --set KEY=VALUE`) and GET
// /api/org/audit (`org audit`).
//
// The settings are the whole organisation's (org/settings.h): any user with
// a role reads them; changing them needs the admin role at the national unit
// IN, to whom the settings belong (403 and audited otherwise). The body's
// fields are the settings' keys, each a string or a whole number.
//
// The audit log is read at IN or at a state, by an admin there (?unit, the
// user's own by default; another level is 400, another role or subtree 403
// and audited). An entry is of the unit its change was made for (its
// actor_unit), or, when it names none, of the unit its subject names ("unit
// CODE", "units of CODE"). At IN every entry shows; at a state only those
// of a unit of that state (its code or a code starting with it and '/'), so
// an entry made for no unit or for IN (the settings, a command run without
// --for) shows at IN only. Phone and EPIC numbers in the entries are masked
// unless ?unmask=true (which the admin role allows).
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "api/handler_util.h"
#include "api/org_admin_json.h"
#include "api/route_groups.h"
#include "service/org_people.h"

namespace janadhar::api::internal {

namespace {

Result<nlohmann::json> ShowSettings(store::Store& s, const Params& p,
                                    const Principal& who, const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, RequestUnit(p, who));
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, unit, auth::Action::kRead).status());
  JANADHAR_ASSIGN_OR_RETURN(const org::OrgSettings settings, service::LoadSettings(s));
  return SettingsJson(settings);
}

Result<nlohmann::json> ChangeSettings(store::Store& s, const Principal& who,
                                      const http::Request& q) {
  std::vector<std::string> keys;
  for (const auto& [k, v] : org::SettingsToList(org::OrgSettings{})) keys.push_back(k);
  JANADHAR_ASSIGN_OR_RETURN(const Body b, Body::Parse(q, keys));
  org::SettingList changes;
  for (const std::string& k : keys) {
    if (!b.Has(k)) continue;
    const Result<std::string> text = b.Text(k);
    const Result<int64_t> number = b.Int(k, 0, 0, 1'000'000);
    if (!text.ok() && !number.ok()) {
      return Status::InvalidArgument("the field '" + k +
                                     "' takes a string or a whole number from 0");
    }
    changes.emplace_back(k, text.ok() ? *text : std::to_string(*number));
  }
  if (changes.empty()) {
    return Status::InvalidArgument(
        "give at least one setting to change: " + keys.front() + ", …");
  }
  JANADHAR_RETURN_IF_ERROR(
      Authorize(s, who, q, std::string(org::kNationalCode), auth::Action::kGrant)
          .status());
  JANADHAR_ASSIGN_OR_RETURN(
      const org::OrgSettings settings,
      service::ChangeSettings(
          s, changes, service::OrgActor{who.user.name, std::string(org::kNationalCode)}));
  return SettingsJson(settings);
}

Result<nlohmann::json> Audit(store::Store& s, const Params& p, const Principal& who,
                             const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, RequestUnit(p, who));
  JANADHAR_ASSIGN_OR_RETURN(const int limit, p.Int("limit", 50, 0, 1000000));
  JANADHAR_ASSIGN_OR_RETURN(const bool unmask, p.Bool("unmask", false));
  const bool national = unit == org::kNationalCode;
  if (!national) {
    JANADHAR_ASSIGN_OR_RETURN(const auto u, s.FindOrgUnit(unit));
    if (!u) return service::NoSuchUnit(s, unit);
    if (u->level != org::UnitLevel::kState) {
      return Status::InvalidArgument(
          "the audit log is read at " + std::string(org::kNationalCode) +
          " or at a state; " + unit + " is at the " +
          std::string(org::UnitLevelName(u->level)) + " level");
    }
  }
  JANADHAR_ASSIGN_OR_RETURN(const auth::Access access,
                            Authorize(s, who, q, unit, auth::Action::kGrant));
  JANADHAR_ASSIGN_OR_RETURN(
      const std::vector<org::AuditEntry> entries,
      s.LoadAuditOfUnit(p.Text("subject"), national ? "" : unit, limit));
  return AuditJson(entries, unmask && access.unmasked);
}

}  // namespace

void AddOrgSettingsRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add("GET", "/api/org/settings", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {},
                    [&q](store::Store& s, const Params& p, const Principal& who) {
                      return ShowSettings(s, p, who, q);
                    });
  });
  router.Add("POST", "/api/org/settings", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {},
                    [&q](store::Store& s, const Params&, const Principal& who) {
                      return ChangeSettings(s, who, q);
                    });
  });
  router.Add("GET", "/api/org/audit", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {"unit", "subject", "limit", "unmask"},
                    [&q](store::Store& s, const Params& p, const Principal& who) {
                      return Audit(s, p, who, q);
                    });
  });
}

}  // namespace janadhar::api::internal
