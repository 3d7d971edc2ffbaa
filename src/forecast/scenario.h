// A forecast scenario: how the vote moves from the base election (swings,
// alliances), how uncertain that is (three levels of normal errors), and how
// many simulations to run. A later TOML file fills the same struct.
//
// Swings are in share points as fractions (+0.02 is two points), per party
// nationally and per (state, party); both apply where both are given:
// - uniform: a candidate's share moves by national + state swing of its party;
// - proportional: the share is scaled by 1 + national/N + state/S, where N is
//   the party's base share nationally and S in the state (so the party's
//   national share moves by the national swing and its share in the state by
//   the state swing on top); the factor is never below 0, and a term whose
//   base share is 0 is left out.
// A party without a candidate in a seat gains nothing there. (Proportional
// swing scales a small party's strong seats hard: +2 points for a party with
// 1% nationally triples its share everywhere.)
//
// Alliances: in every seat where a member party has a candidate, the alliance
// fields one candidate: by default the member with the most votes in the base
// election there, or the party named in `fielded` for that seat (which may be
// a member that did not stand there: it starts from share 0). Its share is its
// own swung share plus `transfer` (or the partner's `transfer_from`) times
// each withdrawn partner candidate's swung share (never below 0); the other
// members' candidates withdraw. It carries its own party's national and state
// errors. A party belongs to at most one alliance; NOTA to none. An
// alliance's own swings (`swing` nationally, `state_swing` per state) move its
// candidate's share after the transfers: uniform, by the points; proportional,
// scaled by 1 + swing/N + state/S with N and S the members' summed base
// shares nationally and in the state.
//
// Regions (optional): a level between state and seat, e.g. the seven regions
// of Uttar Pradesh. `seat_region` gives each input seat its region (-1: none;
// empty: no seat has one). A region lies in one state. Its swings
// (region_swing, per (region, party)) add to the national and state ones
// (proportional: a further term region/R, R the party's base share in the
// region's seats), and every (region, party) draws an error of sd
// sigma_region, shared by the party's candidates in the region, on top of the
// state error. Seats without a region get no region error.
//
// Plain values; thread-compatible.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "forecast/model.h"

namespace janadhar::forecast {

enum class SwingMode {
  kUniform,       // share + swing
  kProportional,  // share × (1 + swing / base share)
};

struct Region {
  std::string state;  // ECI code
  std::string name;   // "WEST"
};

struct Alliance {
  std::string name;
  std::vector<int> parties;  // indices into ForecastInput::parties
  double transfer = 1.0;     // share of a withdrawn partner's votes that follow (0..1)
  std::map<int, double> transfer_from;  // party → its own rate (overrides transfer)
  std::map<int, int> fielded;           // seat index → the party fielding there
  double swing = 0;                     // the alliance's national swing
  std::map<std::string, double> state_swing;  // ECI code → the alliance's swing there
};

// Which compiled kernel simulates; results are bit-identical for all of them.
// kAuto: the widest the processor has (AVX-512, AVX2, else generic).
enum class Kernel { kAuto, kGeneric, kAvx2 };

struct Scenario {
  SwingMode swing_mode = SwingMode::kUniform;
  std::map<int, double> party_swing;                          // party → points
  std::map<std::pair<std::string, int>, double> state_swing;  // (ECI code, party)
  std::vector<Alliance> alliances;
  std::vector<Region> regions;
  std::vector<int> seat_region;                        // [seat] → region or -1
  std::map<std::pair<int, int>, double> region_swing;  // (region, party) → points

  // Standard deviations of the errors in share points (fractions), as numpy.
  double sigma_national = 0.02;  // one draw per party
  double sigma_state = 0.02;     // one draw per (state, party)
  double sigma_seat = 0.03;      // one draw per (seat, candidate)
  double sigma_region = 0;       // one draw per (region, party)

  int64_t simulations = 10000;
  uint64_t seed = 1;
  int majority = 0;  // seats for a majority; 0: seats / 2 + 1 (272 of 543)

  // How to run, not what: results do not depend on these.
  int threads = 0;  // 0: every core
  Kernel kernel = Kernel::kAuto;
  bool skip_rows = true;  // leave out candidates that cannot win a draw (kernel.h)
};

// InvalidArgument naming the first bad field: a negative or non-finite sigma,
// simulations < 1, threads < 0, a majority outside 0..seats, a swing outside
// -1..1 or of an unknown party or state, an alliance with no name, no party, a party out
// of range, NOTA, a party in two alliances, a transfer outside 0..1, or a `fielded` seat
// or party that is not the alliance's, an alliance swing outside -1..1 or in
// a state with no seat, a region without a name or in a state
// with no seat, a seat_region of the wrong size or out of range or in another
// state, a region swing of an unknown region or party. kAvx2 on a machine without AVX2 is
// FailedPrecondition.
Status ValidateScenario(const ForecastInput& input, const Scenario& scenario);

}  // namespace janadhar::forecast
