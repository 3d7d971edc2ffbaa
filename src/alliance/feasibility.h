// Whether a seat-sharing problem (seat_share.h) has any allocation at all,
// and if not, which of its constraints conflict, in words.
//
// The constraints: every seat not left gets exactly one partner; a locked
// seat gets its partner; each partner's seat count (locked seats included)
// lies in [min, max]. With F the seats neither locked nor left ("open") and
// L_k the seats locked to partner k, an allocation exists if and only if
//   1. L_k <= max_k for every partner k with a maximum;
//   2. sum over k of max(0, min_k - L_k) <= F;
//   3. F <= sum over k of max(0, max_k - L_k), when every partner has a
//      maximum (no condition when one has none).
// FindConflicts reports every condition that fails, not just the first.
//
// Errors: InvalidArgument (from ValidateProblem) for a malformed problem.
// Thread-safety: pure functions; safe to call from several threads.
#pragma once

#include <string>
#include <vector>

#include "alliance/seat_share.h"
#include "base/status.h"

namespace janadhar::alliance {

// OK, or InvalidArgument saying what is malformed (the rules are in
// seat_share.h), naming the seat or partner.
Status ValidateProblem(const SeatShareProblem& problem);

struct Conflict {
  enum class Kind {
    kLockedOverMaximum,  // condition 1 for `partner`
    kMinimumsTooMany,    // condition 2
    kMaximumsTooFew,     // condition 3
  };
  Kind kind = Kind::kLockedOverMaximum;
  int partner = -1;  // kLockedOverMaximum: the partner; otherwise -1
  // A plain-English sentence naming the constraints with their numbers, e.g.
  // "12 seats are locked to RLD but RLD's maximum is 3",
  // "the minimums need 79 seats (BSP 38 + SP 38 + RLD 3) but only 78 seats
  //  are the alliance's (80 less 2 left to a friendly party)",
  // "the maximums allow 70 seats (BSP 30 + SP 37 + RLD 3) but the alliance
  //  fields 78".
  // Where seats are locked, the sums count only the open seats and say so
  // ("... need 36 seats besides the locked ones (BSP 38 less 2 locked) ...").
  std::string message;
};

// The conflicts of a valid problem, in the order of the conditions above
// (condition 1 in partner order); empty when an allocation exists.
// Errors: InvalidArgument for a malformed problem.
Result<std::vector<Conflict>> FindConflicts(const SeatShareProblem& problem);

// The messages joined into one: "the seat-sharing constraints conflict: A;
// B". For a Status message.
std::string DescribeConflicts(const std::vector<Conflict>& conflicts);

}  // namespace janadhar::alliance
