// Win probabilities of an alliance under negotiation, per (seat, partner):
// for every seat asked about and every partner k, the probability that the
// alliance wins the seat if k fields its candidate there. All of them come
// from one simulation run, shared by every partner and seat, under the
// scenario's swings and uncertainty (for a seat-sharing optimiser).
//
// The model (the forecast's, scenario.h and engine.h, with one more bloc):
// - The scenario's swings, sigmas, regions and alliances apply as in the
//   forecast. The scenario's alliances are the opponents' (an NDA of BJP and
//   Apna Dal fields one candidate); a partner must be in none of them.
// - In seat s, when partner k fields, the alliance candidate's projected
//   share before errors is
//     Swung(k, k's share in s, or 0 if k did not stand there)
//     + Σ_{q ≠ k, q stood in s} transfer[q][k] · max(0, Swung(q, q's share))
//   then moved by the alliance's own swings (alliance_swing nationally,
//   alliance_state_swing per state; proportional swing divides by the
//   partners' summed base shares), exactly as a scenario alliance that
//   fields k there (Alliance::fielded) with transfer_from[q] =
//   transfer[q][k]. A partner that did not stand in s has no votes there to
//   transfer (a party gains nothing where it has no candidate). A partner's
//   share in a seat is that of its strongest candidate there (Independents,
//   who stand alone, cannot be partners).
// - The partners' own candidates withdraw; every other candidate (and every
//   scenario alliance's candidate) stands as in the forecast, with its own
//   national, state, region and seat errors.
// - The alliance candidate's error is partner k's national error + k's
//   (state, party) error + k's (region, party) error where the seat has a
//   region + one seat error of sd sigma_seat for the alliance's candidate in
//   that seat. That seat normal is the same whichever partner fields (common
//   random numbers): within one simulation, partners differ only by their
//   projected shares and their party errors, so differences between partners
//   are not sampling noise.
// - A share is max(0, mean + errors), as in the forecast. The alliance wins a
//   simulation when its share is strictly larger than every opponent's: an
//   exact tie (e.g. everyone at 0) is a loss. In a seat without any opponent
//   the alliance wins every simulation.
// With every sigma 0 each probability is exactly 0 or 1 from the projected
// shares (mean_share against best_opponent_mean, both floored at 0).
//
// Random numbers: simulation i draws its normals from
// internal::generic::FillNormals(scenario.seed, i, …) in a fixed layout: one
// per party standing in the seats asked about (national), per (state, party),
// per (region, party), then one per (seat, row): the opponents' rows of each
// seat in order and the alliance's candidate. Threads take blocks of
// simulations and add up integer counts, so one seed gives bit-identical
// results whatever scenario.threads is. The draws are not the forecast
// engine's: the probabilities agree with RunForecast's within sampling error,
// not bit for bit. scenario.majority, kernel and skip_rows are not used.
//
// Cost: one normal per candidate and seat and per party unit, and a few
// additions per (seat, partner), per simulation: 80 seats × 3 partners ×
// 10,000 simulations (8 candidates a seat) take 0.07-0.12 s on one core of a
// shared 2-core VM, most of it drawing the normals.
//
// Thread-safety: SimulatePartnerWins may be called from several threads at
// once; it starts its own worker threads and joins them before returning. It
// keeps no reference to its arguments.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "forecast/model.h"
#include "forecast/scenario.h"

namespace janadhar::forecast {

struct PartnerWinsRequest {
  std::vector<int> seats;  // input seat indices to simulate, each once, at least 1
  std::vector<int>
      partners;  // party indices (ForecastInput::parties), each once, at least 1
  // transfer[q][k]: the share (0..1) of partner q's swung votes that go to
  // partner k's candidate where k fields; [partners][partners], the diagonal
  // ignored. Empty: every rate 1 (as Alliance::transfer's default).
  std::vector<std::vector<double>> transfer;
  double alliance_swing = 0;                           // like Alliance::swing (-1..1)
  std::map<std::string, double> alliance_state_swing;  // like Alliance::state_swing
};

struct PartnerWins {
  // [i][k] for request.seats[i] and request.partners[k].
  std::vector<std::vector<double>> p_win;       // P(the alliance wins | k fields)
  std::vector<std::vector<double>> mean_share;  // its projected share before errors
  // [i]: the strongest opponent's projected share before errors and its party
  // (a scenario alliance's candidate counts as its fielded party); 0 and -1
  // in a seat with no opponent.
  std::vector<double> best_opponent_mean;
  std::vector<int> best_opponent_party;
  // How it ran.
  int64_t simulations = 0;
  uint64_t seed = 0;
  int threads = 0;
  double seconds = 0;  // wall time of the simulations
};

// Errors: those of ValidateScenario, and InvalidArgument for a bad request
// (the message names the field and the value): no partner or no seat, an
// unknown or repeated partner or seat, a partner that is NOTA, Independents or
// in a scenario alliance, a transfer matrix of the wrong size or a rate
// outside 0..1, an alliance swing outside -1..1 or in a state with no seat.
Result<PartnerWins> SimulatePartnerWins(const ForecastInput& input,
                                        const Scenario& scenario,
                                        const PartnerWinsRequest& request);

}  // namespace janadhar::forecast
