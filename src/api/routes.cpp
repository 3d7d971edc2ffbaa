#include "api/routes.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "api/errors.h"
#include "api/org_json.h"
#include "api/params.h"
#include "api/results_json.h"
#include "service/analysis_service.h"
#include "service/org_report.h"

namespace janadhar::api {

namespace {

// Runs `body(store, params)` → Result<json> with a leased store and the
// checked parameters; any failure becomes its error response.
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

// `handler`'s answer through `cache` (when not null): a kept one, or
// computed and kept.
http::Handler Cached(ResponseCache* cache, http::Handler handler) {
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

Result<analysis::ShareBasis> Basis(const Params& p) {
  JANADHAR_ASSIGN_OR_RETURN(const bool with_nota, p.Bool("with_nota", false));
  return with_nota ? analysis::ShareBasis::kIncludingNota
                   : analysis::ShareBasis::kExcludingNota;
}

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
  JANADHAR_ASSIGN_OR_RETURN(r.basis, Basis(p));
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::AnalyseParties(s, r));
  return PartiesJson(report);
}

Result<nlohmann::json> Seats(store::Store& s, const Params& p,
                             const std::string& election) {
  service::SeatsRequest r;
  r.election = election;
  r.state = p.Text("state");
  r.party = p.Text("party");
  JANADHAR_ASSIGN_OR_RETURN(r.basis, Basis(p));
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::AnalyseSeats(s, r));
  return SeatsJson(report);
}

Result<nlohmann::json> Coverage(store::Store& s, const Params& p) {
  service::OrgCoverageRequest r;
  r.state = p.Text("state");
  r.unit = p.Text("unit");
  JANADHAR_ASSIGN_OR_RETURN(r.depth, p.Int("depth", -1, 0, 100));
  if (r.state.empty() && r.unit.empty()) {
    return Status::InvalidArgument(
        "say which part of the organisation: ?state=S24 or "
        "?unit=S24/AC173 (IN: the whole country)");
  }
  JANADHAR_ASSIGN_OR_RETURN(auto result, service::OrgCoverage(s, r));
  return CoverageJson(result);
}

Result<nlohmann::json> Search(store::Store& s, const Params& p) {
  service::OrgSearchRequest r;
  if (!p.Has("q")) {
    return Status::InvalidArgument("query parameter 'q' (the name to find) is missing");
  }
  r.query = p.Text("q");
  r.unit = p.Text("unit");
  JANADHAR_ASSIGN_OR_RETURN(r.limit, p.Int("limit", 20, 1, 1000));
  JANADHAR_ASSIGN_OR_RETURN(r.active_only, p.Bool("active", false));
  JANADHAR_ASSIGN_OR_RETURN(auto hits, service::OrgSearch(s, r));
  return SearchJson(r, hits, /*unmask=*/false);
}

}  // namespace

Api::Api(StorePool& stores, ResponseCache* cache) : stores_(stores), cache_(cache) {
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
  router_.Add("GET", "/api/org/coverage", [pool](const http::Request& q) {
    return WithStore(*pool, q, {"state", "unit", "depth"}, Coverage);
  });
  router_.Add("GET", "/api/org/search", [pool](const http::Request& q) {
    return WithStore(*pool, q, {"q", "unit", "limit", "active"}, Search);
  });
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
