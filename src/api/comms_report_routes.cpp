// Reports over HTTP (`janadhar comms report list|show|rollup|missing|define|
// submit`), for a logged-in user, scoped as the directives are
// (comms_routes.cpp): the unit named is checked (read for a GET, write for a
// definition or a submission) before anything is done; another subtree, or
// a viewer's change, is 403 and audited. A template is readable through a
// unit it concerns or through the unit that defined it; so are its roll-up
// and missing units over that unit's subtree. The audit entry of a change
// names the user.
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "api/comms_json.h"
#include "api/handler_util.h"
#include "api/route_groups.h"
#include "service/comms_reports.h"

namespace janadhar::api::internal {

namespace {

Result<nlohmann::json> List(store::Store& s, const Params& p, const Principal& who,
                            const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, RequestUnit(p, who));
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, unit, auth::Action::kRead).status());
  JANADHAR_ASSIGN_OR_RETURN(const int limit, p.Int("limit", 0, 0, 1'000'000));
  JANADHAR_ASSIGN_OR_RETURN(auto list, service::ListReports(s, unit, limit));
  return ReportListJson(list, unit);
}

// Template `id`, read through `unit` (read access there checked): it must
// concern the unit, or the user read the unit that defined it.
Result<org::ReportTemplate> ReadThrough(store::Store& s, const Principal& who,
                                        const http::Request& q, int64_t id,
                                        const std::string& unit) {
  return ReadThroughUnit(s, who, q, unit,
                         [id](store::Store& st) { return service::GetReport(st, id); });
}

Result<nlohmann::json> Show(store::Store& s, const Params& p, const Principal& who,
                            const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const int64_t id, PathId(q, "id", "report"));
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, RequestUnit(p, who));
  JANADHAR_ASSIGN_OR_RETURN(const org::ReportTemplate r,
                            ReadThrough(s, who, q, id, unit));
  nlohmann::json j = ReportShowJson(r);
  if (p.Has("period")) {
    JANADHAR_ASSIGN_OR_RETURN(auto sub,
                              s.Comms().GetReportSubmission(id, unit, p.Text("period")));
    j["submission"] = sub ? SubmissionJson(r, *sub) : nlohmann::json();
  }
  return j;
}

// `rollup` (`depth`: units listed below the unit, all when not given) and
// `missing` of report {id} for a period over the subtree of the unit asked
// about.
Result<nlohmann::json> RollUp(store::Store& s, const Params& p, const Principal& who,
                              const http::Request& q, bool missing) {
  service::RollUpRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.report, PathId(q, "id", "report"));
  JANADHAR_ASSIGN_OR_RETURN(r.period, p.Required("period", "the period, e.g. 2026-W10"));
  JANADHAR_ASSIGN_OR_RETURN(r.unit, RequestUnit(p, who));
  JANADHAR_ASSIGN_OR_RETURN(r.depth, p.Int("depth", -1, 0, 1000));
  if (missing) r.depth = 0;  // only the missing units are listed
  JANADHAR_RETURN_IF_ERROR(ReadThrough(s, who, q, r.report, r.unit).status());
  JANADHAR_ASSIGN_OR_RETURN(auto result, service::RollUpReport(s, r));
  return missing ? ReportMissingJson(result) : ReportRollUpJson(result);
}

Result<nlohmann::json> Define(store::Store& s, const Body& b, const Principal& who,
                              const http::Request& q) {
  service::ReportDefineRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.from, b.Text("unit"));
  JANADHAR_ASSIGN_OR_RETURN(r.title, b.Text("title"));
  JANADHAR_ASSIGN_OR_RETURN(r.fields, b.TextList("fields"));
  if (r.fields.empty()) {
    return Status::InvalidArgument(
        "field 'fields' is missing: give the report's numeric fields, {\"fields\": "
        "[\"households_visited:Households visited\"]}");
  }
  JANADHAR_ASSIGN_OR_RETURN(r.to, b.TextOr("to", ""));
  JANADHAR_ASSIGN_OR_RETURN(r.level, b.TextOr("level", ""));
  JANADHAR_ASSIGN_OR_RETURN(r.on, b.TextOr("on", ""));
  r.actor = {who.user.name, r.from};
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, r.from, auth::Action::kWrite).status());
  JANADHAR_ASSIGN_OR_RETURN(const org::ReportTemplate t, service::DefineReport(s, r));
  return ReportDefinedJson(t);
}

Result<nlohmann::json> Submit(store::Store& s, const Body& b, const Principal& who,
                              const http::Request& q) {
  service::ReportSubmitRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.report, PathId(q, "id", "report"));
  JANADHAR_ASSIGN_OR_RETURN(r.unit, b.Text("unit"));
  JANADHAR_ASSIGN_OR_RETURN(r.period, b.Text("period"));
  if (!b.Has("values")) {
    return Status::InvalidArgument(
        "field 'values' is missing: give every field's number, {\"values\": "
        "{\"households_visited\": 120}}");
  }
  JANADHAR_ASSIGN_OR_RETURN(const auto values,
                            b.IntMap("values", 0, std::numeric_limits<int64_t>::max()));
  for (const auto& [field, n] : values) r.values.emplace_back(field, std::to_string(n));
  JANADHAR_ASSIGN_OR_RETURN(r.on, b.TextOr("on", ""));
  r.actor = {who.user.name, r.unit};
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, r.unit, auth::Action::kWrite).status());
  JANADHAR_ASSIGN_OR_RETURN(const service::SubmitResult done,
                            service::SubmitReport(s, r));
  return ReportSubmittedJson(done);
}

}  // namespace

void AddCommsReportRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add("GET", "/api/comms/reports", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {"unit", "limit"},
                    [&q](store::Store& s, const Params& p, const Principal& who) {
                      return List(s, p, who, q);
                    });
  });
  router.Add("GET", "/api/comms/reports/{id}", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {"unit", "period"},
                    [&q](store::Store& s, const Params& p, const Principal& who) {
                      return Show(s, p, who, q);
                    });
  });
  router.Add(
      "GET", "/api/comms/reports/{id}/rollup", [&stores, &authn](const http::Request& q) {
        return WithUser(stores, authn, q, {"unit", "period", "depth"},
                        [&q](store::Store& s, const Params& p, const Principal& who) {
                          return RollUp(s, p, who, q, false);
                        });
      });
  router.Add("GET", "/api/comms/reports/{id}/missing",
             [&stores, &authn](const http::Request& q) {
               return WithUser(
                   stores, authn, q, {"unit", "period"},
                   [&q](store::Store& s, const Params& p, const Principal& who) {
                     return RollUp(s, p, who, q, true);
                   });
             });
  router.Add("POST", "/api/comms/reports", [&stores, &authn](const http::Request& q) {
    return WithUserBody(stores, authn, q, {},
                        {"unit", "to", "level", "title", "fields", "on"},
                        [&q](store::Store& s, const Params&, const Body& b,
                             const Principal& who) { return Define(s, b, who, q); });
  });
  router.Add("POST", "/api/comms/reports/{id}/submissions",
             [&stores, &authn](const http::Request& q) {
               return WithUserBody(
                   stores, authn, q, {}, {"unit", "period", "values", "on"},
                   [&q](store::Store& s, const Params&, const Body& b,
                        const Principal& who) { return Submit(s, b, who, q); });
             });
}

}  // namespace janadhar::api::internal
