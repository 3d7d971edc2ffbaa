#include "api/routes.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "api/errors.h"
#include "api/handler_util.h"
#include "api/params.h"
#include "api/results_json.h"
#include "api/route_groups.h"
#include "service/analysis_service.h"
#include "web/assets.h"

namespace janadhar::api {

namespace {

using internal::Cached;
using internal::WithStore;

Result<nlohmann::json> Health(store::Store& s, const Params&) {
  return nlohmann::json{{"status", "ok"}, {"schema_version", s.SchemaVersion()}};
}

Result<nlohmann::json> Elections(store::Store& s, const Params&) {
  JANADHAR_ASSIGN_OR_RETURN(auto summary, s.Summarise());
  return ElectionsJson(summary);
}

Result<nlohmann::json> Parties(store::Store& s, const Params& p,
                               const std::string& election) {
  service::PartiesRequest r;
  r.election = election;
  r.state = p.Text("state");
  JANADHAR_ASSIGN_OR_RETURN(r.basis, internal::ShareBasisParam(p));
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::AnalyseParties(s, r));
  return PartiesJson(report);
}

Result<nlohmann::json> Seats(store::Store& s, const Params& p,
                             const std::string& election) {
  service::SeatsRequest r;
  r.election = election;
  r.state = p.Text("state");
  r.party = p.Text("party");
  JANADHAR_ASSIGN_OR_RETURN(r.basis, internal::ShareBasisParam(p));
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::AnalyseSeats(s, r));
  return SeatsJson(report);
}

}  // namespace

Api::Api(StorePool& stores, ResponseCache* cache, Authn* authn)
    : stores_(stores),
      cache_(cache),
      own_authn_(authn == nullptr ? std::make_unique<Authn>() : nullptr),
      authn_(authn == nullptr ? *own_authn_ : *authn) {
  StorePool* pool = &stores_;
  router_.Add("GET", "/api/health",
              [pool](const http::Request& q) { return WithStore(*pool, q, {}, Health); });
  router_.Add("GET", "/api/elections", Cached(cache_, [pool](const http::Request& q) {
                return WithStore(*pool, q, {}, Elections);
              }));
  router_.Add("GET", "/api/elections/{election}/parties",
              Cached(cache_, [pool](const http::Request& q) {
                return WithStore(*pool, q, {"state", "with_nota"},
                                 [&q](store::Store& s, const Params& p) {
                                   return Parties(s, p, q.params.at("election"));
                                 });
              }));
  router_.Add("GET", "/api/elections/{election}/seats",
              Cached(cache_, [pool](const http::Request& q) {
                return WithStore(*pool, q, {"state", "party", "with_nota"},
                                 [&q](store::Store& s, const Params& p) {
                                   return Seats(s, p, q.params.at("election"));
                                 });
              }));
  internal::AddSessionRoutes(router_, stores_, authn_);
  internal::AddUsersRoutes(router_, stores_, authn_);
  internal::AddOrgRoutes(router_, stores_, authn_);
  internal::AddAnalysisRoutes(router_, stores_, cache_);
  internal::AddForecastRoutes(router_, stores_, authn_);
  internal::AddSeatShareRoutes(router_, stores_, authn_);
  internal::AddOrgWriteRoutes(router_, stores_, authn_);
  internal::AddOrgPeopleRoutes(router_, stores_, authn_);
  internal::AddOrgAdminRoutes(router_, stores_, authn_);
  internal::AddOrgTrainingRoutes(router_, stores_, authn_);
  internal::AddOrgSettingsRoutes(router_, stores_, authn_);
  internal::AddCommsRoutes(router_, stores_, authn_);
  internal::AddCommsReportRoutes(router_, stores_, authn_);
  internal::AddCommsProposalRoutes(router_, stores_, authn_);
  web::AddRoutes(router_);  // GET / and /ui/...: the web UI (web/assets.h)
}

http::Response Api::Handle(const http::Request& request) const {
  http::Router::Match m = router_.Find(request.method, request.path);
  if (!m.path_found()) {
    return HttpErrorResponse(404,
                             "no endpoint " + request.path + " (docs/api.md lists them)");
  }
  if (m.handler == nullptr) {
    std::string allow;
    for (const auto& a : m.allowed) allow += (allow.empty() ? "" : ", ") + a;
    http::Response r =
        HttpErrorResponse(405, request.method + " is not allowed on " + request.path +
                                   " (it takes " + allow + ")");
    r.headers.emplace_back("Allow", allow);
    return r;
  }
  http::Request routed = request;
  routed.params = std::move(m.params);
  return (*m.handler)(routed);
}

}  // namespace janadhar::api
