// The seat-sharing problem of an alliance: which partner fields the
// alliance's candidate in each seat. Plain data shared by the optimiser
// (optimizer.h), the feasibility check (feasibility.h) and the rule-of-thumb
// allocations (rules.h); this component knows nothing of elections.
//
// A problem is valid when (ValidateProblem in feasibility.h says why not):
// - there is at least one partner;
// - p_win, locked and left have one entry per seat, every p_win row and
//   limits one entry per partner;
// - every p_win is finite and in [0, 1];
// - every limit has min >= 0 and max == -1 (no maximum) or max >= min;
// - every locked entry is -1 or a partner index, and no seat is both locked
//   and left.
// - preference is empty, or has one row per seat of one finite number per
//   partner.
// A problem may have no seats, or no seat open to choice.
//
// Ownership: values. Thread-safety: values; safe to copy across threads.
#pragma once

#include <string>
#include <vector>

namespace janadhar::alliance {

// How many seats a partner fields, locked seats included.
struct Limits {
  int min = 0;
  int max = -1;  // -1: no maximum
};

struct SeatShareProblem {
  std::vector<std::string> partners;       // names, for messages ("SP")
  std::vector<std::string> seats;          // names, for messages ("Amethi")
  std::vector<std::vector<double>> p_win;  // [seat][partner]: P(alliance wins)
  std::vector<Limits> limits;              // [partner]
  std::vector<int> locked;                 // [seat]: partner index, or -1
  // [seat]: left to a friendly party; no partner fields there.
  std::vector<bool> left;
  // [seat][partner], optional: breaks ties between allocations with the same
  // expected seats (the optimiser prefers the higher sum), e.g. the partners'
  // last vote shares, so that a seat no partner can win goes to the one that
  // polled best there rather than to whichever the solver met first.
  std::vector<std::vector<double>> preference;
};

// Who fields the alliance's candidate where.
struct Allocation {
  std::vector<int> partner_of_seat;   // [seat]: partner, -1 where left
  std::vector<int> seats_of_partner;  // [partner], locked seats included
  double expected_seats = 0;          // sum of p_win of the chosen pairs
};

}  // namespace janadhar::alliance
