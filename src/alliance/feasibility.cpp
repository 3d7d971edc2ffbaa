#include "alliance/feasibility.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "alliance/names.h"

namespace janadhar::alliance {
namespace {

using internal::PartnerName;
using internal::SeatName;

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// "1 seat", "3 seats".
std::string Seats(int n) {
  return std::to_string(n) + (n == 1 ? " seat" : " seats");
}

// "1 seat is", "3 seats are".
std::string SeatsAre(int n) {
  return Seats(n) + (n == 1 ? " is" : " are");
}

}  // namespace

Status ValidateProblem(const SeatShareProblem& problem) {
  const int partners = static_cast<int>(problem.partners.size());
  const int seats = static_cast<int>(problem.seats.size());
  if (partners == 0) return Status::InvalidArgument("the alliance has no partners");
  auto count_error = [&](const char* what, size_t got, int want, const char* of) {
    return Status::InvalidArgument(std::string(what) + " has " + std::to_string(got) +
                                   " entries but there are " + std::to_string(want) +
                                   " " + of);
  };
  if (problem.p_win.size() != problem.seats.size()) {
    return count_error("the win probability table", problem.p_win.size(), seats, "seats");
  }
  if (problem.limits.size() != problem.partners.size()) {
    return count_error("the list of limits", problem.limits.size(), partners, "partners");
  }
  if (problem.locked.size() != problem.seats.size()) {
    return count_error("the list of locked seats", problem.locked.size(), seats, "seats");
  }
  if (problem.left.size() != problem.seats.size()) {
    return count_error("the list of seats left to friendly parties", problem.left.size(),
                       seats, "seats");
  }
  for (int s = 0; s < seats; ++s) {
    const auto& row = problem.p_win[s];
    if (row.size() != problem.partners.size()) {
      return Status::InvalidArgument("the win probabilities of " + SeatName(problem, s) +
                                     " have " + std::to_string(row.size()) +
                                     " entries but there are " +
                                     std::to_string(partners) + " partners");
    }
    for (int k = 0; k < partners; ++k) {
      const double p = row[k];
      if (!std::isfinite(p) || p < 0 || p > 1) {
        return Status::InvalidArgument(
            "the win probability of " + PartnerName(problem, k) + " in " +
            SeatName(problem, s) + " is " + Number(p) + "; it must be between 0 and 1");
      }
    }
  }
  if (!problem.preference.empty()) {
    if (problem.preference.size() != problem.seats.size()) {
      return count_error("the preference table", problem.preference.size(), seats,
                         "seats");
    }
    for (int s = 0; s < seats; ++s) {
      const auto& row = problem.preference[s];
      bool finite = row.size() == problem.partners.size();
      for (double x : row) finite = finite && std::isfinite(x);
      if (!finite) {
        return Status::InvalidArgument("the preferences of " + SeatName(problem, s) +
                                       " are not one finite number per partner");
      }
    }
  }
  for (int k = 0; k < partners; ++k) {
    const Limits& limit = problem.limits[k];
    if (limit.min < 0) {
      return Status::InvalidArgument("the minimum of " + PartnerName(problem, k) +
                                     " is " + std::to_string(limit.min) +
                                     "; it must be 0 or more");
    }
    if (limit.max != -1 && limit.max < limit.min) {
      return Status::InvalidArgument(
          "the maximum of " + PartnerName(problem, k) + " is " +
          std::to_string(limit.max) + "; it must be at least its minimum of " +
          std::to_string(limit.min) + ", or -1 for no maximum");
    }
  }
  for (int s = 0; s < seats; ++s) {
    const int k = problem.locked[s];
    if (k < -1 || k >= partners) {
      return Status::InvalidArgument(SeatName(problem, s) +
                                     " is locked to partner number " + std::to_string(k) +
                                     ", but partners are numbered 0 to " +
                                     std::to_string(partners - 1) + " (-1: not locked)");
    }
    if (k >= 0 && problem.left[s]) {
      return Status::InvalidArgument(SeatName(problem, s) + " is both locked to " +
                                     PartnerName(problem, k) +
                                     " and left to a friendly party");
    }
  }
  return Status::Ok();
}

Result<std::vector<Conflict>> FindConflicts(const SeatShareProblem& problem) {
  JANADHAR_RETURN_IF_ERROR(ValidateProblem(problem));
  const int partners = static_cast<int>(problem.partners.size());
  const int seats = static_cast<int>(problem.seats.size());
  std::vector<int> locked_to(partners, 0);
  int left = 0;
  int locked = 0;
  for (int s = 0; s < seats; ++s) {
    if (problem.left[s]) {
      ++left;
    } else if (problem.locked[s] >= 0) {
      ++locked_to[problem.locked[s]];
      ++locked;
    }
  }
  const int open = seats - left - locked;
  std::vector<Conflict> conflicts;

  // 1. More seats locked to a partner than its maximum.
  for (int k = 0; k < partners; ++k) {
    const int max = problem.limits[k].max;
    if (max != -1 && locked_to[k] > max) {
      const std::string name = PartnerName(problem, k);
      std::string message = SeatsAre(locked_to[k]);
      message += " locked to " + name;
      message += " but " + name;
      message += "'s maximum is " + std::to_string(max);
      conflicts.push_back({Conflict::Kind::kLockedOverMaximum, k, std::move(message)});
    }
  }

  // How the open seats come about: "(80 less 2 left to a friendly party and
  // 3 locked)"; empty when every seat is open.
  std::string open_origin;
  if (left > 0 || locked > 0) {
    open_origin = " (" + std::to_string(seats) + " less ";
    if (left > 0) open_origin += std::to_string(left) + " left to a friendly party";
    if (left > 0 && locked > 0) open_origin += " and ";
    if (locked > 0) open_origin += std::to_string(locked) + " locked";
    open_origin += ")";
  }
  const std::string besides = locked > 0 ? " besides the locked ones" : "";

  // 2. The minimums need more open seats than there are.
  int need = 0;
  std::string need_terms;
  for (int k = 0; k < partners; ++k) {
    const int min = problem.limits[k].min;
    if (min - locked_to[k] <= 0) continue;
    need += min - locked_to[k];
    if (!need_terms.empty()) need_terms += " + ";
    need_terms += PartnerName(problem, k) + " " + std::to_string(min);
    if (locked_to[k] > 0) {
      need_terms += " less " + std::to_string(locked_to[k]) + " locked";
    }
  }
  if (need > open) {
    std::string have;
    if (open == 0) {
      have = locked > 0 ? "no seat is open" : "no seat is the alliance's";
    } else {
      have = "only " + SeatsAre(open) + (locked > 0 ? " open" : " the alliance's");
    }
    conflicts.push_back({Conflict::Kind::kMinimumsTooMany, -1,
                         "the minimums need " + Seats(need) + besides + " (" +
                             need_terms + ") but " + have + open_origin});
  }

  // 3. The maximums allow fewer open seats than there are.
  bool bounded = true;
  int allow = 0;
  std::string allow_terms;
  for (int k = 0; k < partners; ++k) {
    const int max = problem.limits[k].max;
    if (max == -1) {
      bounded = false;
      break;
    }
    if (!allow_terms.empty()) allow_terms += " + ";
    const std::string name = PartnerName(problem, k);
    if (locked_to[k] > max) {
      allow_terms += name + " none (" + std::to_string(locked_to[k]) +
                     " locked, over its maximum of " + std::to_string(max) + ")";
      continue;
    }
    allow += max - locked_to[k];
    allow_terms += name + " " + std::to_string(max);
    if (locked_to[k] > 0) {
      allow_terms += " less " + std::to_string(locked_to[k]) + " locked";
    }
  }
  if (bounded && open > allow) {
    std::string message =
        "the maximums allow " + Seats(allow) + besides + " (" + allow_terms + ") but ";
    if (locked > 0) {
      message += std::to_string(open) + " open " +
                 (open == 1 ? "seat needs" : "seats need") + " a partner" + open_origin;
    } else {
      message += "the alliance fields " + std::to_string(open);
    }
    conflicts.push_back({Conflict::Kind::kMaximumsTooFew, -1, std::move(message)});
  }
  return conflicts;
}

std::string DescribeConflicts(const std::vector<Conflict>& conflicts) {
  std::string out = "the seat-sharing constraints conflict: ";
  for (size_t i = 0; i < conflicts.size(); ++i) {
    if (i > 0) out += "; ";
    out += conflicts[i].message;
  }
  return out;
}

}  // namespace janadhar::alliance
