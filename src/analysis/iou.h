// Index of Opposition Unity (CSDS): the votes of the largest opposition party
// as a percentage of the votes of all opposition parties, per seat and per
// state. "Opposition" is every candidate not of the ruling parties (NOTA left
// out); each independent candidate counts as a party of their own. 100 means
// one opposition candidate took every opposition vote.
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/data.h"

namespace janadhar::analysis {

struct IouOptions {
  std::string state;        // ECI code; "" for every state
  std::vector<int> ruling;  // party indices of the ruling party or alliance
  ShareBasis basis = ShareBasis::kExcludingNota;  // for the ruling share
};

struct IouSeat {
  const Seat* seat = nullptr;
  std::optional<double> iou;  // percent; nullopt when no opposition votes
  int64_t opposition_votes = 0;
  int largest = -1;            // party index of the largest opposition party
  int largest_candidate = -1;  // its best candidate (for an independent: them)
  int64_t largest_votes = 0;
  std::optional<double> ruling_share;  // fraction
  bool ruling_won = false;
};

struct IouState {
  std::string state, state_name;
  int seats = 0;
  int ruling_won = 0;
  std::optional<double> iou;            // over the state's summed votes
  std::optional<double> mean_seat_iou;  // the plain mean of its seats' indices
  int largest = -1;                     // largest opposition party in the state
};

struct IouResult {
  std::vector<IouSeat> seats;
  std::vector<IouState> states;  // in order of first seat
};

IouResult ComputeIou(const ElectionData& data, const IouOptions& options);

}  // namespace janadhar::analysis
