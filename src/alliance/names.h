// Internal to alliance/: how messages name a partner or a seat of a problem
// (its name, or "partner 2" / "seat 5" when the name is blank).
#pragma once

#include <string>

#include "alliance/seat_share.h"

namespace janadhar::alliance::internal {

inline std::string PartnerName(const SeatShareProblem& problem, int k) {
  const std::string& name = problem.partners[k];
  return name.empty() ? "partner " + std::to_string(k + 1) : name;
}

inline std::string SeatName(const SeatShareProblem& problem, int s) {
  const std::string& name = problem.seats[s];
  return name.empty() ? "seat " + std::to_string(s + 1) : name;
}

}  // namespace janadhar::alliance::internal
