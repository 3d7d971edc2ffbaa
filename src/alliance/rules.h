// Two rule-of-thumb seat allocations an alliance might negotiate instead of
// the optimiser's (optimizer.h), to compare with it: each from the last
// election's results, honouring locks, left seats and, as far as the rule
// allows, the partners' limits. Their expected seats are computed from the
// problem's p_win like the optimiser's.
//
// Both rules first fix the locked seats (to their partner, counted towards
// its limits) and the left seats (to no one); a partner with more locked
// seats than its maximum gets a note. A partner is "below its maximum" when
// it has no maximum or fewer seats than it. Then, for the seats still open:
//
// AllocateWherePolledBest ("each partner where it polled best last time"):
//   every (open seat, partner) pair in descending base_share, ties broken by
//   the lower seat index, then the lower partner index, gives the seat to the
//   partner if the seat is still open and the partner is below its maximum.
//   So a seat goes to the best-placed partner with room, in the order of the
//   strongest shares across the state.
//
// AllocateSittingKeeps ("sitting party keeps, runner-up gets"):
//   first the open seats a partner won last time (sitting >= 0), in
//   descending base_share of that partner, ties by the lower seat index: the
//   seat stays with its sitting partner if it is below its maximum (otherwise
//   the seat stays open for the next step); then every seat still open is
//   allocated as in AllocateWherePolledBest, i.e. to the partner placed
//   highest there last time (usually the alliance's runner-up) with room.
//
// In both, a seat still open at the end (every partner at its maximum) goes
// to the partner with the highest base_share there (ties: the lower index)
// over its maximum, with a note; seats are handled in index order. Last, a
// note for each partner left below its minimum; seats are not reshuffled.
//
// Notes, in the order found, name the limit and the numbers, e.g. "RLD has 4
// locked seats, over its maximum of 3", "every partner is at its maximum, so
// Amethi goes to SP, which polled best there (31.34%), over its maximum of
// 30", "BSP has 35 seats, below its minimum of 38".
//
// Errors: InvalidArgument for a malformed problem (feasibility.h) or base
// election (sizes not matching the problem; a base_share not finite or
// outside [0, 1]; a sitting index outside -1..partners-1).
// Thread-safety: pure functions; safe to call from several threads.
#pragma once

#include <string>
#include <vector>

#include "alliance/seat_share.h"
#include "base/status.h"

namespace janadhar::alliance {

// The last election's result in each seat, for the partners of the problem.
struct BaseElection {
  // [seat][partner]: the partner's vote share there, 0..1; 0 if it did not
  // stand.
  std::vector<std::vector<double>> base_share;
  std::vector<int> sitting;  // [seat]: the partner that won it, or -1
};

struct RuleAllocation {
  Allocation allocation;
  std::vector<std::string> notes;  // the limits the rule could not honour
};

Result<RuleAllocation> AllocateWherePolledBest(const SeatShareProblem& problem,
                                               const BaseElection& base);

Result<RuleAllocation> AllocateSittingKeeps(const SeatShareProblem& problem,
                                            const BaseElection& base);

}  // namespace janadhar::alliance
