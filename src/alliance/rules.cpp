#include "alliance/rules.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "alliance/feasibility.h"
#include "alliance/names.h"

namespace janadhar::alliance {
namespace {

using internal::PartnerName;
using internal::SeatName;

std::string Percent(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", share * 100);
  return buf;
}

Status ValidateBase(const SeatShareProblem& problem, const BaseElection& base) {
  JANADHAR_RETURN_IF_ERROR(ValidateProblem(problem));
  const size_t seats = problem.seats.size();
  const size_t partners = problem.partners.size();
  if (base.base_share.size() != seats || base.sitting.size() != seats) {
    return Status::InvalidArgument(
        "the last election's results have " + std::to_string(base.base_share.size()) +
        " rows of shares and " + std::to_string(base.sitting.size()) +
        " sitting partners but there are " + std::to_string(seats) + " seats");
  }
  for (size_t s = 0; s < seats; ++s) {
    const int s_int = static_cast<int>(s);
    if (base.base_share[s].size() != partners) {
      return Status::InvalidArgument(
          "the last election's shares in " + SeatName(problem, s_int) + " have " +
          std::to_string(base.base_share[s].size()) + " entries but there are " +
          std::to_string(partners) + " partners");
    }
    for (size_t k = 0; k < partners; ++k) {
      const double v = base.base_share[s][k];
      if (!std::isfinite(v) || v < 0 || v > 1) {
        return Status::InvalidArgument(
            "the last election's share of " + PartnerName(problem, static_cast<int>(k)) +
            " in " + SeatName(problem, s_int) + " is " + std::to_string(v) +
            "; it must be between 0 and 1");
      }
    }
    const int sitting = base.sitting[s];
    if (sitting < -1 || sitting >= static_cast<int>(partners)) {
      return Status::InvalidArgument(
          "the sitting partner of " + SeatName(problem, s_int) + " is number " +
          std::to_string(sitting) + ", but partners are numbered 0 to " +
          std::to_string(partners - 1) + " (-1: none)");
    }
  }
  return Status::Ok();
}

// An allocation being built by a rule.
class Builder {
 public:
  Builder(const SeatShareProblem& problem, const BaseElection& base)
      : problem_(problem), base_(base) {
    const int partners = static_cast<int>(problem.partners.size());
    out_.allocation.partner_of_seat.assign(problem.seats.size(), -1);
    out_.allocation.seats_of_partner.assign(partners, 0);
    open_.assign(problem.seats.size(), false);
    for (size_t s = 0; s < problem.seats.size(); ++s) {
      if (problem.left[s]) continue;
      if (problem.locked[s] >= 0) {
        Give(static_cast<int>(s), problem.locked[s]);
      } else {
        open_[s] = true;
      }
    }
    for (int k = 0; k < partners; ++k) {
      const int max = problem.limits[k].max;
      const int n = out_.allocation.seats_of_partner[k];
      if (max != -1 && n > max) {
        out_.notes.push_back(PartnerName(problem, k) + " has " + std::to_string(n) +
                             " locked seats, over its maximum of " + std::to_string(max));
      }
    }
  }

  bool IsOpen(int s) const { return open_[s]; }

  bool HasRoom(int k) const {
    const int max = problem_.limits[k].max;
    return max == -1 || out_.allocation.seats_of_partner[k] < max;
  }

  void Give(int s, int k) {
    open_[s] = false;
    out_.allocation.partner_of_seat[s] = k;
    ++out_.allocation.seats_of_partner[k];
  }

  // Every (open seat, partner) pair in descending share, ties by seat then
  // partner: the seat to the partner if both are still available.
  void GreedyByShare() {
    struct Pair {
      double share;
      int seat;
      int partner;
    };
    std::vector<Pair> pairs;
    const int partners = static_cast<int>(problem_.partners.size());
    for (int s = 0; s < static_cast<int>(open_.size()); ++s) {
      if (!open_[s]) continue;
      for (int k = 0; k < partners; ++k) pairs.push_back({base_.base_share[s][k], s, k});
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
      if (a.share != b.share) return a.share > b.share;
      if (a.seat != b.seat) return a.seat < b.seat;
      return a.partner < b.partner;
    });
    for (const Pair& pair : pairs) {
      if (open_[pair.seat] && HasRoom(pair.partner)) Give(pair.seat, pair.partner);
    }
  }

  // Seats still open go over a maximum to their best-placed partner; notes
  // for that and for partners below their minimum.
  RuleAllocation Finish() {
    const int partners = static_cast<int>(problem_.partners.size());
    for (int s = 0; s < static_cast<int>(open_.size()); ++s) {
      if (!open_[s]) continue;
      const std::vector<double>& share = base_.base_share[s];
      const int best =
          static_cast<int>(std::max_element(share.begin(), share.end()) - share.begin());
      out_.notes.push_back("every partner is at its maximum, so " +
                           SeatName(problem_, s) + " goes to " +
                           PartnerName(problem_, best) + ", which polled best there (" +
                           Percent(share[best]) + "), over its maximum of " +
                           std::to_string(problem_.limits[best].max));
      Give(s, best);
    }
    for (int k = 0; k < partners; ++k) {
      const int min = problem_.limits[k].min;
      const int n = out_.allocation.seats_of_partner[k];
      if (n < min) {
        out_.notes.push_back(PartnerName(problem_, k) + " has " + std::to_string(n) +
                             (n == 1 ? " seat" : " seats") + ", below its minimum of " +
                             std::to_string(min));
      }
    }
    Allocation& alloc = out_.allocation;
    alloc.expected_seats = 0;
    for (size_t s = 0; s < alloc.partner_of_seat.size(); ++s) {
      if (alloc.partner_of_seat[s] >= 0) {
        alloc.expected_seats += problem_.p_win[s][alloc.partner_of_seat[s]];
      }
    }
    return std::move(out_);
  }

 private:
  const SeatShareProblem& problem_;
  const BaseElection& base_;
  std::vector<bool> open_;
  RuleAllocation out_;
};

}  // namespace

Result<RuleAllocation> AllocateWherePolledBest(const SeatShareProblem& problem,
                                               const BaseElection& base) {
  JANADHAR_RETURN_IF_ERROR(ValidateBase(problem, base));
  Builder builder(problem, base);
  builder.GreedyByShare();
  return builder.Finish();
}

Result<RuleAllocation> AllocateSittingKeeps(const SeatShareProblem& problem,
                                            const BaseElection& base) {
  JANADHAR_RETURN_IF_ERROR(ValidateBase(problem, base));
  Builder builder(problem, base);
  std::vector<int> sitting_seats;
  for (int s = 0; s < static_cast<int>(problem.seats.size()); ++s) {
    if (builder.IsOpen(s) && base.sitting[s] >= 0) sitting_seats.push_back(s);
  }
  const auto sitting_share = [&base](int s) {
    return base.base_share[s][base.sitting[s]];
  };
  std::stable_sort(sitting_seats.begin(), sitting_seats.end(),
                   [&](int a, int b) { return sitting_share(a) > sitting_share(b); });
  for (int s : sitting_seats) {
    if (builder.HasRoom(base.sitting[s])) builder.Give(s, base.sitting[s]);
  }
  builder.GreedyByShare();
  return builder.Finish();
}

}  // namespace janadhar::alliance
