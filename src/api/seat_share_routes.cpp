// POST /api/seat-share: which partner of an alliance should field its
// candidate in each seat of a state, for a logged-in user (any role: it
// costs CPU, not data). The JSON body gives what `janadhar seat-share`'s
// flags give (a scenario as TOML text, parsed as the file would be; one with
// errors is 422 with its problems); the document is api/seat_share_json.h's,
// that of `janadhar seat-share --json`. The simulation's threads are the
// server's cores (a scenario's `threads` is not used).
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "api/body.h"
#include "api/handler_util.h"
#include "api/route_groups.h"
#include "api/seat_share_json.h"
#include "service/forecast_service.h"
#include "service/seat_share_service.h"

namespace janadhar::api::internal {

namespace {

constexpr int64_t kMaxSimulations = kMaxApiSimulations;
constexpr int64_t kMaxSeats = 1000;  // a limit above any state's seats
const char kScenarioName[] = "scenario.toml";

Result<http::Response> SeatShare(store::Store& s, const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(
      Body b,
      Body::Parse(q, {"election", "state", "partners", "transfer", "transfer_from", "min",
                      "max", "lock", "simulations", "seed", "scenario", "alliance"}));
  service::SeatShareRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.state, b.Text("state"));
  JANADHAR_ASSIGN_OR_RETURN(auto election, b.OptionalText("election"));
  r.election = election.value_or("");
  JANADHAR_ASSIGN_OR_RETURN(r.partners, b.TextList("partners"));
  if (b.Has("transfer")) {
    JANADHAR_ASSIGN_OR_RETURN(r.transfer, b.Number("transfer", 1, 0, 1));
  }
  JANADHAR_ASSIGN_OR_RETURN(r.transfer_from, b.NumberMap("transfer_from", 0, 1));
  JANADHAR_ASSIGN_OR_RETURN(auto min, b.IntMap("min", 0, kMaxSeats));
  JANADHAR_ASSIGN_OR_RETURN(auto max, b.IntMap("max", 0, kMaxSeats));
  for (const auto& [party, n] : min) r.min_seats[party] = static_cast<int>(n);
  for (const auto& [party, n] : max) r.max_seats[party] = static_cast<int>(n);
  JANADHAR_ASSIGN_OR_RETURN(auto lock, b.TextMap("lock"));
  for (const auto& [seat, party] : lock) r.locked.emplace_back(seat, party);
  JANADHAR_ASSIGN_OR_RETURN(r.simulations, b.Int("simulations", 0, 1, kMaxSimulations));
  JANADHAR_ASSIGN_OR_RETURN(r.seed,
                            b.Int("seed", -1, 0, std::numeric_limits<int64_t>::max()));
  JANADHAR_ASSIGN_OR_RETURN(r.scenario_text, b.OptionalText("scenario"));
  if (r.scenario_text) r.scenario_file = kScenarioName;
  JANADHAR_ASSIGN_OR_RETURN(auto alliance, b.OptionalText("alliance"));
  r.alliance = alliance.value_or("");
  r.threads = 0;                                // every core of the server
  if (r.scenario_text && r.simulations == 0) {  // the scenario's count, within limits
    JANADHAR_RETURN_IF_ERROR(CheckScenarioSimulations(r.scenario_file, *r.scenario_text));
  }
  JANADHAR_ASSIGN_OR_RETURN(auto report, service::RunSeatShare(s, r));
  if (!report.ran) {
    return ProblemsResponse(report.problems,
                            "the scenario file has errors; nothing was simulated");
  }
  return JsonResponse(SeatShareJson(report));
}

}  // namespace

void AddSeatShareRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add("POST", "/api/seat-share", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {},
                    [&q](store::Store& s, const Params&, const Principal&) {
                      return SeatShare(s, q);
                    });
  });
}

}  // namespace janadhar::api::internal
