// What the forecast engine simulates: per seat the strongest candidates of a
// base election with their party and vote share, plus each party's share
// nationally and per state (which proportional swing scales by).
//
// BuildInput copies what it needs out of an analysis::ElectionData; the input
// owns its values and does not refer to the data afterwards. Plain values;
// const access from many threads is safe.
//
// Choices (the defaults are for users; NumpyReference() reproduces
// ../shared/bench/forecast_numpy.py):
// - shares are of valid votes excluding NOTA by default (ECI's vote share);
//   with ShareBasis::kIncludingNota of every vote polled, NOTA included;
// - NOTA is never a candidate by default; with nota_as_candidate it stands as
//   a pseudo-party "NOTA" (appended to `parties`) and can win, as in numpy;
// - candidates with missing votes are left out (their seat's shares are of
//   the votes that are known); the sole candidate of an uncontested seat gets
//   share 1; a seat with no known votes keeps no candidate (it has no winner);
// - all "Independent" candidates are one party (as in ElectionData and numpy):
//   they share the national and state errors and their seats add up;
// - candidates are ordered by votes, most first (ties keep file order), and
//   only the first top_k are kept (0 keeps all).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/data.h"
#include "base/status.h"

namespace janadhar::forecast {

struct InputOptions {
  int top_k = 6;  // candidates per seat kept for the simulation; 0 = all
  analysis::ShareBasis share_basis = analysis::ShareBasis::kExcludingNota;
  bool nota_as_candidate = false;

  // The setup of forecast_numpy.py: top 6 by votes with NOTA among them,
  // shares of all votes including NOTA.
  static InputOptions NumpyReference() {
    return {6, analysis::ShareBasis::kIncludingNota, true};
  }
};

struct InputCandidate {
  std::string name;
  int party = analysis::kNoParty;  // index into ForecastInput::parties
  int64_t votes = 0;
  double share = 0;  // of the seat's votes on the input's share basis (0..1)
};

struct InputSeat {
  std::string state;    // ECI code
  int state_index = 0;  // index into ForecastInput::states
  int number = 0;
  std::string name;
  std::vector<InputCandidate> candidates;  // most votes first, at most top_k
};

struct ForecastInput {
  std::string election;  // its name ("ls2014")
  // The election's parties, same indices as ElectionData::parties; with
  // nota_as_candidate one more, "NOTA", at index nota_party.
  std::vector<analysis::PartyInfo> parties;
  int nota_party = analysis::kNoParty;
  std::vector<std::string> states;  // ECI codes, sorted
  std::vector<InputSeat> seats;     // in the order of the ElectionData
  // Base shares over every candidate with known votes (not only the top k),
  // on the same basis: [party] and [state_index][party].
  std::vector<double> national_share;
  std::vector<std::vector<double>> state_share;
  InputOptions options;

  // Index of the state with ECI code `state`; -1 if no seat is there.
  int FindState(const std::string& state) const;
};

// InvalidArgument for a negative top_k; FailedPrecondition when the election
// has no seat with known votes.
Result<ForecastInput> BuildInput(const analysis::ElectionData& data,
                                 const InputOptions& options = {});

}  // namespace janadhar::forecast
