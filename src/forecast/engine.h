// The forecast engine: simulates the election `scenario.simulations` times
// and summarises the seats won per party, per alliance and per seat.
//
// Per simulation, in a fixed order, from the simulation's own random stream:
// one national error per party that stands in more than one state, one state
// error per (state, party) standing there, one seat error per candidate; all
// normal with the scenario's sigmas. (An error only one candidate would
// share, such as the national error of a party in one state, is drawn
// together with the level below as one normal of the summed variance: the
// same distribution, fewer draws.) A candidate's projected share is
// max(0, base + swing + errors) (proportional swing: max(0, base × factor +
// errors); scenario.h); the largest wins the seat, the candidate with more
// base votes on an exact tie. A seat without candidates has no winner.
// Candidates that cannot win a simulation whatever their seat error are not
// given one (kernel.h): exact, not an approximation.
//
// Determinism: simulation i draws only from a counter-based stream derived
// from (seed, i) and threads merge integer counts, so one seed gives
// bit-identical results for any thread count, and for the generic (SSE2),
// AVX2 and AVX-512 kernels (the widest the processor has is chosen at run
// time; Kernel::kAvx2 and kGeneric force those).
//
// Normals: Box-Muller in float from hashed counters (|z| < 5.77: the tails
// beyond 5.77 sigma, 8e-9 of the mass, are never drawn).
//
// Speed (2014, 543 seats, top 6, AVX2, 2 cores of a shared VM): 1,000,000
// simulations in 2.5-3.1 s, 100,000 in 0.24-0.32 s (janadhar_forecast_timing
// and Ls2014Test.Timing print it; the SSE2 kernel is about 5 times slower).
// The AVX-512 kernel takes about 17% less CPU than the AVX2 one (AMD Zen 4).
//
// Thread-safety: RunForecast may be called from several threads at once; it
// starts its own worker threads and joins them before returning.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "forecast/model.h"
#include "forecast/scenario.h"

namespace janadhar::forecast {

// Called on the calling thread about every 0.1 s and once at the end with
// (simulations done, simulations in all). May be empty.
using Progress = std::function<void(int64_t done, int64_t total)>;

// Seats won across the simulations. Percentiles are nearest-rank: the
// smallest k such that at least q of the simulations gave k seats or fewer.
struct SeatDistribution {
  double mean = 0, sd = 0;
  int median = 0, p05 = 0, p95 = 0;
  int min = 0, max = 0;
  double p_majority = 0;  // P(seats >= majority)
  // P(most seats): of parties, among parties; of alliances, among blocs
  // (each alliance and each party in none). `p_largest` counts a tie for the
  // most seats as largest for every tied party; `p_largest_alone` does not.
  // No one is largest in a simulation where no seat has a winner.
  double p_largest = 0, p_largest_alone = 0;
  std::vector<int64_t> histogram;  // [k]: simulations with k seats, k = 0..seats
};

struct PartyForecast {
  int party = 0;  // index into ForecastInput::parties
  int alliance = -1;
  SeatDistribution seats;
};

struct AllianceForecast {
  int alliance = 0;  // index into Scenario::alliances
  std::string name;
  SeatDistribution seats;  // its members' seats added up
};

struct SeatChance {
  int party = 0;
  int alliance = -1;
  std::string candidate;  // the party's strongest candidate ("" if newly fielded)
  double share = 0;       // its projected share before errors
  int64_t wins = 0;       // simulations the party won the seat (all its candidates)
  double probability = 0;
};

struct SeatForecast {
  int seat = 0;                     // index into ForecastInput::seats
  std::vector<SeatChance> chances;  // every party standing, most wins first
  double p_no_winner = 0;           // 1 for a seat without candidates
};

struct ForecastResult {
  int64_t simulations = 0;
  uint64_t seed = 0;
  int seats = 0;
  int majority = 0;
  std::vector<PartyForecast> parties;        // parties standing, most mean seats first
  std::vector<AllianceForecast> alliances;   // in scenario order
  std::vector<SeatForecast> seats_forecast;  // in input order
  // How it ran.
  int threads = 0;
  std::string kernel;  // "avx512", "avx2" or "generic"
  double seconds = 0;  // wall time of the simulations

  // The party's forecast; nullptr when it stands nowhere (0 seats always).
  const PartyForecast* FindParty(int party) const;
};

// Errors: those of ValidateScenario.
Result<ForecastResult> RunForecast(const ForecastInput& input, const Scenario& scenario,
                                   const Progress& progress = {});

}  // namespace janadhar::forecast
