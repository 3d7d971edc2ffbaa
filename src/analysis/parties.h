// Per-party results of an election, nationally or in one state: seats won
// and contested, votes, vote share, strike rate, seats where it came second.
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/data.h"

namespace janadhar::analysis {

struct PartySummaryOptions {
  std::string state;  // ECI code; "" for the nation
};

struct PartySummary {
  int party = kNoParty;
  int seats_won = 0;
  int seats_contested = 0;  // seats with at least one candidate of the party
  int seats_second = 0;
  int64_t votes = 0;           // missing counts left out
  double share = 0;            // of valid votes excluding NOTA (fraction)
  double share_with_nota = 0;  // of all votes polled, NOTA included
  double strike_rate() const {
    return seats_contested > 0 ? static_cast<double>(seats_won) / seats_contested : 0;
  }
};

struct PartySummaries {
  std::vector<PartySummary> parties;  // most seats first, then most votes
  int seats = 0;                      // seats in scope
  int seats_without_result = 0;       // no candidate with known votes
  int64_t valid_votes = 0;            // candidates' votes, NOTA excluded
  int64_t nota_votes = 0;
  int seats_with_missing_votes = 0;  // some candidate's votes not known
};

PartySummaries SummariseParties(const ElectionData& data,
                                const PartySummaryOptions& options);

}  // namespace janadhar::analysis
