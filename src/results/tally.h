// Seats won per party from constituency results. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "results/election.h"

namespace janadhar::results {

struct PartyTally {
  std::string party;  // as in the results
  int seats_won = 0;
  int seats_contested = 0;
  int64_t votes = 0;  // NOTA and missing votes excluded
};

// One entry per party that contested, most seats won first, then most votes.
// Seats without a winner (no candidates, or votes all missing) count for no one.
std::vector<PartyTally> TallyByParty(const std::vector<SeatResult>& seats);

}  // namespace janadhar::results
