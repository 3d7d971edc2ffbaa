// Per-seat results: winner, runner-up, margin, turnout; and, for one party,
// where it stood in each seat. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "analysis/data.h"

namespace janadhar::analysis {

struct SeatSummaryOptions {
  std::string state;     // ECI code; "" for every state
  int party = kNoParty;  // when set, only seats the party contested
  ShareBasis basis = ShareBasis::kExcludingNota;
};

struct SeatSummary {
  const Seat* seat = nullptr;
  int winner = -1;                  // candidate index; -1 when the seat has no result
  int runner_up = -1;               // -1 when uncontested or a single candidate
  int64_t margin_votes = 0;         // winner − runner-up
  std::optional<double> margin_pp;  // percentage points of the denominator
  SeatVotes votes;
  std::optional<double> turnout;  // voters ÷ electors, when both are known
  // With a party: its best candidate, rank (1 = won) and share, and its lead
  // (won: over the runner-up) or deficit (lost: behind the winner), negative.
  int party_candidate = -1;
  int party_rank = 0;
  std::optional<double> party_share;
  int64_t party_margin_votes = 0;
  std::optional<double> party_margin_pp;
};

// Seats in the order of the election data (state, then number).
std::vector<SeatSummary> SummariseSeats(const ElectionData& data,
                                        const SeatSummaryOptions& options);

// Share of `votes` in `denominator`, as a fraction; nullopt when 0.
std::optional<double> Share(int64_t votes, int64_t denominator);

}  // namespace janadhar::analysis
