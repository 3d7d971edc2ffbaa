// GET /api/elections/{election}/booths, /targets, /swing and /iou: the
// strategy cell's booth grades, target seats, swing from an earlier election
// and Index of Opposition Unity, public like the results (no login) and
// answered through the response cache. The documents are api/
// analysis_json.h's, those of `analyse booths|targets|swing|iou --json`.
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "api/analysis_json.h"
#include "api/handler_util.h"
#include "api/route_groups.h"
#include "service/analysis_service.h"

namespace janadhar::api::internal {

namespace {

// The booth grades; the booths as JSON text (a state has 1,38,771).
Result<std::string> Booths(store::Store& s, const Params& p,
                           const std::string& election) {
  service::BoothsRequest r;
  r.election = election;
  JANADHAR_ASSIGN_OR_RETURN(r.party, p.Required("party", "the party graded, e.g. BJP"));
  r.state = p.Text("state");
  r.ac = p.Text("ac");
  r.pc = p.Text("pc");
  const analysis::GradeThresholds d;
  JANADHAR_ASSIGN_OR_RETURN(r.thresholds.a, p.Number("grade_a", d.a, -100, 100));
  JANADHAR_ASSIGN_OR_RETURN(r.thresholds.b, p.Number("grade_b", d.b, -100, 100));
  JANADHAR_ASSIGN_OR_RETURN(r.thresholds.c, p.Number("grade_c", d.c, -100, 100));
  if (!(r.thresholds.a > r.thresholds.b && r.thresholds.b > r.thresholds.c)) {
    return Status::InvalidArgument(
        "query parameters 'grade_a', 'grade_b' and 'grade_c' must fall: grade_a > "
        "grade_b > grade_c");
  }
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::AnalyseBooths(s, r));
  return BoothsJson(report).Dump(-1);
}

Result<nlohmann::json> Targets(store::Store& s, const Params& p,
                               const std::string& election) {
  service::TargetsRequest r;
  r.election = election;
  JANADHAR_ASSIGN_OR_RETURN(r.party, p.Required("party", "the party, e.g. INC"));
  r.state = p.Text("state");
  JANADHAR_ASSIGN_OR_RETURN(r.options.within_pp,
                            p.Number("within", r.options.within_pp, 0, 100));
  if (!(r.options.within_pp > 0)) {
    return Status::InvalidArgument(
        "query parameter 'within' takes a number above 0 (percentage points)");
  }
  JANADHAR_ASSIGN_OR_RETURN(r.options.deficit_booths,
                            p.Int("booths", r.options.deficit_booths, 0, 1000));
  JANADHAR_ASSIGN_OR_RETURN(r.options.basis, ShareBasisParam(p));
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::AnalyseTargets(s, r));
  return TargetsJson(report);
}

// A list parameter: comma-separated values, blanks dropped (docs/
// conventions.md: a flag taking a list takes commas).
std::vector<std::string> ListParam(const Params& p, std::string_view name) {
  std::vector<std::string> out;
  std::stringstream in(p.Text(name));
  for (std::string item; std::getline(in, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

// {election} is the later election (`--to`), `from` the earlier.
Result<nlohmann::json> Swing(store::Store& s, const Params& p,
                             const std::string& election) {
  service::SwingRequest r;
  r.to = election;
  JANADHAR_ASSIGN_OR_RETURN(r.from,
                            p.Required("from", "the earlier election, e.g. ls2009"));
  r.state = p.Text("state");
  r.parties = ListParam(p, "party");
  JANADHAR_ASSIGN_OR_RETURN(r.basis, ShareBasisParam(p));
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::AnalyseSwing(s, r));
  return SwingJson(report);
}

Result<nlohmann::json> Iou(store::Store& s, const Params& p,
                           const std::string& election) {
  service::IouRequest r;
  r.election = election;
  r.state = p.Text("state");
  r.ruling = ListParam(p, "ruling");
  if (r.ruling.empty()) {
    return Status::InvalidArgument(
        "query parameter 'ruling' (the ruling party, or an alliance's parties with "
        "commas, e.g. BJP,AD) is missing");
  }
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::AnalyseIou(s, r));
  return IouJson(report);
}

}  // namespace

void AddAnalysisRoutes(http::Router& router, StorePool& stores, ResponseCache* cache) {
  router.Add("GET", "/api/elections/{election}/booths",
             Cached(cache, [&stores](const http::Request& q) {
               return WithStore(
                   stores, q,
                   {"state", "party", "ac", "pc", "grade_a", "grade_b", "grade_c"},
                   [&q](store::Store& s, const Params& p) {
                     return Booths(s, p, q.params.at("election"));
                   });
             }));
  router.Add("GET", "/api/elections/{election}/targets",
             Cached(cache, [&stores](const http::Request& q) {
               return WithStore(stores, q,
                                {"state", "party", "within", "booths", "with_nota"},
                                [&q](store::Store& s, const Params& p) {
                                  return Targets(s, p, q.params.at("election"));
                                });
             }));
  router.Add("GET", "/api/elections/{election}/swing",
             Cached(cache, [&stores](const http::Request& q) {
               return WithStore(stores, q, {"from", "state", "party", "with_nota"},
                                [&q](store::Store& s, const Params& p) {
                                  return Swing(s, p, q.params.at("election"));
                                });
             }));
  router.Add("GET", "/api/elections/{election}/iou",
             Cached(cache, [&stores](const http::Request& q) {
               return WithStore(stores, q, {"state", "ruling"},
                                [&q](store::Store& s, const Params& p) {
                                  return Iou(s, p, q.params.at("election"));
                                });
             }));
}

}  // namespace janadhar::api::internal
