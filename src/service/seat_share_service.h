// The seat-sharing use case behind `janadhar seat-share`: which partner of an
// alliance should field its candidate in each seat of a state.
//
// 1. Loads the base election (every candidate kept, so a small partner's
//    share counts) and, when given, a scenario file (importers/
//    scenario_file.h) for the swings, sigmas, regions and the opponents'
//    alliances, resolved as for a forecast (ResolveScenario). Without a file
//    the forecast's defaults apply: no swing, sigmas 2/2/3 points.
// 2. The partners: --partners, or an [[alliance]] of the file named by
//    `alliance` (its members, transfer, transfer_from and swings; its
//    `fielded` seats become locks where no --lock says otherwise; it then
//    leaves the scenario's alliances). Transfer rates, later ones winning:
//    the alliance's (default 1), then `transfer` for every pair, then each
//    partner's outgoing rate (`transfer_from`), then single ordered pairs.
// 3. For every (seat, partner) the probability that the alliance wins the
//    seat if that partner fields, from one simulation run shared by all
//    (forecast/partner_wins.h).
// 4. The optimum under the limits, locks and seats left to a friendly party
//    (alliance/optimizer.h, GLPK), with the concession prices and the
//    reason for every seat; and the two rule-of-thumb allocations
//    (alliance/rules.h) from the base election's shares and winners.
//
// Names (partners, seats, the friendly party) resolve like everywhere else:
// an unknown one is NotFound with the closest valid names. Seats are numbers
// or names within `state`.
//
// Errors: problems in the scenario file come back in the report with ran =
// false; NotFound for an unknown election, state, party or seat;
// InvalidArgument for a bad rate, limit or count, a seat both locked and
// left, a partner twice; FailedPrecondition naming the conflicting
// constraints when no allocation meets them; IoError from the store.
// Thread-safety: one call at a time per Store; the simulation uses every
// core.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "alliance/optimizer.h"
#include "alliance/rules.h"
#include "alliance/seat_share.h"
#include "analysis/data.h"
#include "forecast/model.h"
#include "forecast/partner_wins.h"
#include "forecast/scenario.h"
#include "importers/problems.h"
#include "store/store.h"

namespace janadhar::service {

struct TransferPair {
  std::string from, to;  // partners
  double rate = 0;       // 0..1
};

struct SeatShareRequest {
  std::string election;       // the base; "" for the file's base or the only one
  std::string scenario_file;  // "" for none
  // The scenario's TOML text, read instead of the file, which then only
  // names it (service::ReadScenario); needs a `scenario_file` name.
  std::optional<std::string> scenario_text;
  std::string alliance;               // an alliance of the file to negotiate; "" for none
  std::string state;                  // ECI code, abbreviation or name; required
  std::vector<std::string> seats;     // only these seats of the state; empty: all
  std::vector<std::string> partners;  // parties; empty when `alliance` is given
  std::optional<double> transfer;     // one rate for every ordered pair
  std::map<std::string, double> transfer_from;  // partner → its outgoing rate
  std::vector<TransferPair> transfer_pairs;
  std::map<std::string, int> min_seats, max_seats;          // partner → limit
  std::vector<std::pair<std::string, std::string>> locked;  // seat, partner
  std::vector<std::string> left;  // seats left to a friendly party
  std::string friendly;           // that party, for the report; may be ""
  int64_t simulations = 0;        // > 0 overrides the file (default 10,000)
  int64_t seed = -1;              // >= 0 overrides the file (default 1)
  int threads = -1;               // >= 0 overrides the file (0: every core)
  bool concession_prices = true;
};

struct SeatShareReport {
  std::unique_ptr<analysis::ElectionData> data;
  forecast::ForecastInput input;
  forecast::Scenario scenario;  // the opponents' model
  std::string scenario_file;
  std::vector<importers::ImportProblem> problems;  // of the scenario file
  bool ran = false;
  std::string state;                          // ECI code
  std::vector<int> seats;                     // input seat indices, problem order
  std::vector<int> partners;                  // party indices, problem order
  std::vector<std::vector<double>> transfer;  // [from][to]; diagonal 0
  double alliance_swing = 0;
  int friendly = analysis::kNoParty;  // party index, when given
  alliance::SeatShareProblem problem;
  alliance::BaseElection base;
  forecast::PartnerWins wins;
  alliance::SeatShareResult optimum;
  alliance::RuleAllocation polled_best, sitting_keeps;
  double seconds = 0;  // simulation and optimisation, wall
};

Result<SeatShareReport> RunSeatShare(store::Store& store,
                                     const SeatShareRequest& request);

}  // namespace janadhar::service
