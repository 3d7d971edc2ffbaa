// GET /api/org/coverage and GET /api/org/search: the organisation's reads,
// for a logged-in user, scoped to what their roles cover (api/authn.h):
// another subtree is 403 and audited; phone and EPIC numbers are shown in
// full only where a role allows (auth/role.h).
#include <nlohmann/json.hpp>
#include <string>

#include "api/handler_util.h"
#include "api/org_json.h"
#include "api/route_groups.h"
#include "service/org_report.h"

namespace janadhar::api::internal {

namespace {

Result<nlohmann::json> Coverage(store::Store& s, const Params& p, const Principal& who,
                                const http::Request& q) {
  service::OrgCoverageRequest r;
  r.state = p.Text("state");
  r.unit = p.Text("unit");
  JANADHAR_ASSIGN_OR_RETURN(r.depth, p.Int("depth", -1, 0, 100));
  JANADHAR_ASSIGN_OR_RETURN(const int listed, p.Int("uncovered", -1, 0, 1'000'000));
  if (r.state.empty() && r.unit.empty()) r.unit = HomeUnit(who);
  if (r.state.empty() && r.unit.empty()) {
    return Status::InvalidArgument(
        "say which part of the organisation: ?unit=S24/AC173 or ?state=S24 (IN: the "
        "whole country)");
  }
  if (!r.unit.empty()) {
    JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, r.unit, auth::Action::kRead).status());
  }
  JANADHAR_ASSIGN_OR_RETURN(auto result, service::OrgCoverage(s, r));
  if (r.unit.empty()) {  // a whole state (or IN), named as the user likes
    JANADHAR_RETURN_IF_ERROR(
        Authorize(s, who, q, result.state, auth::Action::kRead).status());
  }
  nlohmann::json doc = CoverageJson(result);
  if (listed >= 0) {  // a page of a state lists tens of thousands: cut it
    nlohmann::json& uncovered = doc["uncovered"];
    doc["uncovered_total"] = uncovered.size();
    if (uncovered.size() > static_cast<size_t>(listed)) {
      uncovered.erase(uncovered.begin() + listed, uncovered.end());
    }
  }
  return doc;
}

Result<nlohmann::json> Search(store::Store& s, const Params& p, const Principal& who,
                              const http::Request& q) {
  service::OrgSearchRequest r;
  if (!p.Has("q")) {
    return Status::InvalidArgument("query parameter 'q' (the name to find) is missing");
  }
  r.query = p.Text("q");
  r.unit = p.Has("unit") ? p.Text("unit") : HomeUnit(who);
  if (r.unit.empty()) {
    return Status::PermissionDenied("user " + who.user.name +
                                    " holds no role, so no one can be searched for");
  }
  JANADHAR_ASSIGN_OR_RETURN(auth::Access access,
                            Authorize(s, who, q, r.unit, auth::Action::kRead));
  JANADHAR_ASSIGN_OR_RETURN(r.limit, p.Int("limit", 20, 1, 1000));
  JANADHAR_ASSIGN_OR_RETURN(r.active_only, p.Bool("active", false));
  JANADHAR_ASSIGN_OR_RETURN(auto hits, service::OrgSearch(s, r));
  return SearchJson(r, hits, access.unmasked);
}

}  // namespace

void AddOrgRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add("GET", "/api/org/coverage", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {"state", "unit", "depth", "uncovered"},
                    [&q](store::Store& s, const Params& p, const Principal& who) {
                      return Coverage(s, p, who, q);
                    });
  });
  router.Add("GET", "/api/org/search", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {"q", "unit", "limit", "active"},
                    [&q](store::Store& s, const Params& p, const Principal& who) {
                      return Search(s, p, who, q);
                    });
  });
}

}  // namespace janadhar::api::internal
