// POST /api/forecast and POST /api/backtest: the Monte Carlo projections, for
// a logged-in user (any role: they cost CPU, not data). The scenario and the
// alliances come as TOML text in the JSON body, parsed as the files would
// be; one with errors is 422 with its problems (line and column). The
// documents are api/forecast_json.h's and api/backtest_json.h's, those of
// `janadhar forecast FILE --json` (with the `--plot` chart as "svg") and
// `janadhar backtest --json`. The engine's threads are the server's cores
// (a scenario's `threads` is not used).
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "api/backtest_json.h"
#include "api/body.h"
#include "api/forecast_json.h"
#include "api/handler_util.h"
#include "api/route_groups.h"
#include "service/backtest_service.h"
#include "service/forecast_service.h"

namespace janadhar::api::internal {

namespace {

constexpr int64_t kMaxSimulations = kMaxApiSimulations;
constexpr int64_t kMaxSeed = std::numeric_limits<int64_t>::max();
// What problems name the texts by.
const char kScenarioName[] = "scenario.toml";
const char kAlliancesName[] = "alliances.toml";

Result<http::Response> Forecast(store::Store& s, const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(Body b, Body::Parse(q, {"scenario", "simulations", "seed"}));
  service::ForecastRequest r;
  r.scenario_file = kScenarioName;
  JANADHAR_ASSIGN_OR_RETURN(r.scenario_text, b.Text("scenario"));
  JANADHAR_ASSIGN_OR_RETURN(r.simulations, b.Int("simulations", 0, 1, kMaxSimulations));
  JANADHAR_ASSIGN_OR_RETURN(r.seed, b.Int("seed", -1, 0, kMaxSeed));
  r.threads = 0;             // every core of the server
  if (r.simulations == 0) {  // the scenario's own count, within the API's limit
    JANADHAR_RETURN_IF_ERROR(CheckScenarioSimulations(r.scenario_file, *r.scenario_text));
  }
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::RunForecastScenario(s, r));
  if (!report.ran) {
    return ProblemsResponse(report.problems,
                            "the scenario has errors; nothing was simulated");
  }
  nlohmann::json doc = ForecastJson(report);
  JANADHAR_ASSIGN_OR_RETURN(doc["svg"], ForecastSvg(report, r.scenario_file));
  return JsonResponse(doc);
}

Result<http::Response> Backtest(store::Store& s, const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(Body b, Body::Parse(q, {"base", "target", "alliances"}));
  service::BacktestRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.base, b.Text("base"));
  JANADHAR_ASSIGN_OR_RETURN(r.target, b.Text("target"));
  JANADHAR_ASSIGN_OR_RETURN(r.alliances_text, b.OptionalText("alliances"));
  if (r.alliances_text) r.alliances_file = kAlliancesName;
  r.threads = 0;  // every core of the server
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::RunBacktest(s, r));
  if (!report.ran) {
    return ProblemsResponse(report.problems,
                            "the alliances file has errors; nothing was simulated");
  }
  return JsonResponse(BacktestJson(report));
}

}  // namespace

Status CheckScenarioSimulations(const std::string& name, const std::string& text) {
  importers::ProblemList problems;  // a scenario with errors is refused later
  JANADHAR_ASSIGN_OR_RETURN(
      auto spec,
      service::ReadScenario(name, std::optional<std::string>(text), &problems));
  if (spec.simulations > kMaxApiSimulations) {
    return Status::InvalidArgument(
        "the scenario asks for " + std::to_string(spec.simulations) +
        " simulations; the API runs at most " + std::to_string(kMaxApiSimulations) +
        " (give the field 'simulations')");
  }
  return Status::Ok();
}

void AddForecastRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add("POST", "/api/forecast", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {},
                    [&q](store::Store& s, const Params&, const Principal&) {
                      return Forecast(s, q);
                    });
  });
  router.Add("POST", "/api/backtest", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {},
                    [&q](store::Store& s, const Params&, const Principal&) {
                      return Backtest(s, q);
                    });
  });
}

}  // namespace janadhar::api::internal
