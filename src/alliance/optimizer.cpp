#include "alliance/optimizer.h"

#include <glpk.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "alliance/feasibility.h"

namespace janadhar::alliance {
namespace {

struct ProbDeleter {
  void operator()(glp_prob* p) const { glp_delete_prob(p); }
};
using ProbPtr = std::unique_ptr<glp_prob, ProbDeleter>;

// Turns GLPK's terminal output off for the thread while alive, then restores
// the previous setting.
class QuietGlpk {
 public:
  QuietGlpk() : previous_(glp_term_out(GLP_OFF)) {}
  ~QuietGlpk() { glp_term_out(previous_); }
  QuietGlpk(const QuietGlpk&) = delete;
  QuietGlpk& operator=(const QuietGlpk&) = delete;

 private:
  int previous_;
};

// When the thread ends, frees GLPK's environment of the thread if no GLPK
// object is left on it: glp_free_env invalidates every object of the
// thread's environment, so it is safe only then (glp_mem_usage counts them).
// Otherwise the environment stays, as GLPK leaves it.
class EnvReleaser {
 public:
  EnvReleaser() = default;
  EnvReleaser(const EnvReleaser&) = delete;
  EnvReleaser& operator=(const EnvReleaser&) = delete;
  ~EnvReleaser() {
    int count = 0;
    int count_peak = 0;
    size_t total = 0;
    size_t total_peak = 0;
    glp_mem_usage(&count, &count_peak, &total, &total_peak);
    if (count == 0) glp_free_env();
  }
};

struct Solved {
  Allocation allocation;
  std::string status;
};

void AddExpected(const SeatShareProblem& problem, Allocation& allocation) {
  allocation.expected_seats = 0;
  for (size_t s = 0; s < allocation.partner_of_seat.size(); ++s) {
    const int k = allocation.partner_of_seat[s];
    if (k >= 0) allocation.expected_seats += problem.p_win[s][k];
  }
}

// Among allocations with the same expected seats, moves toward the higher
// preference (seat_share.h): single seats moved to another partner within
// the limits, and pairs of seats exchanged between two partners, whenever
// the expected seats do not fall (beyond rounding, 1e-12 a change) and the
// preference sum rises. Each change raises the sum, so it ends.
void BreakTies(const SeatShareProblem& problem, Allocation& a) {
  if (problem.preference.empty()) return;
  constexpr double kSame = 1e-12;
  const auto& p = problem.p_win;
  const auto& pref = problem.preference;
  const int partners = static_cast<int>(problem.partners.size());
  std::vector<int> open;
  for (int s = 0; s < static_cast<int>(problem.seats.size()); ++s) {
    if (!problem.left[s] && problem.locked[s] < 0) open.push_back(s);
  }
  auto room = [&](int k) {
    return problem.limits[k].max < 0 || a.seats_of_partner[k] < problem.limits[k].max;
  };
  bool changed = true;
  while (changed) {
    changed = false;
    for (int s : open) {
      const int k = a.partner_of_seat[s];
      if (a.seats_of_partner[k] <= problem.limits[k].min) continue;
      for (int b = 0; b < partners; ++b) {
        if (b == k || !room(b) || p[s][b] < p[s][k] - kSame ||
            pref[s][b] <= pref[s][k] + kSame)
          continue;
        a.partner_of_seat[s] = b;
        --a.seats_of_partner[k];
        ++a.seats_of_partner[b];
        changed = true;
        break;
      }
    }
    for (std::size_t i = 0; i < open.size(); ++i) {
      for (std::size_t j = i + 1; j < open.size(); ++j) {
        const int s = open[i], t = open[j];
        const int k = a.partner_of_seat[s], b = a.partner_of_seat[t];
        if (k == b) continue;
        const double gain = p[s][b] + p[t][k] - p[s][k] - p[t][b];
        const double better = pref[s][b] + pref[t][k] - pref[s][k] - pref[t][b];
        if (gain < -kSame || better <= kSame) continue;
        a.partner_of_seat[s] = b;
        a.partner_of_seat[t] = k;
        changed = true;
      }
    }
  }
  AddExpected(problem, a);
}

// Solves a valid problem whose constraints do not conflict (FindConflicts is
// empty). FailedPrecondition when GLPK finds it infeasible all the same.
Result<Solved> Solve(const SeatShareProblem& problem, const OptimiseOptions& options) {
  const int partners = static_cast<int>(problem.partners.size());
  const int seats = static_cast<int>(problem.seats.size());
  Solved solved;
  Allocation& alloc = solved.allocation;
  alloc.partner_of_seat.assign(seats, -1);
  alloc.seats_of_partner.assign(partners, 0);
  std::vector<int> open;
  for (int s = 0; s < seats; ++s) {
    if (problem.left[s]) continue;
    const int k = problem.locked[s];
    if (k >= 0) {
      alloc.partner_of_seat[s] = k;
      ++alloc.seats_of_partner[k];
    } else {
      open.push_back(s);
    }
  }
  if (open.empty()) {  // nothing to choose: the locks decide
    solved.status = "optimal";
    AddExpected(problem, alloc);
    return solved;
  }
  const std::vector<int> locked_to = alloc.seats_of_partner;
  const int n_open = static_cast<int>(open.size());

  // Constructed on the thread's first solve, destroyed when the thread ends.
  static thread_local EnvReleaser releaser;
  QuietGlpk quiet;
  ProbPtr lp(glp_create_prob());
  glp_set_obj_dir(lp.get(), GLP_MAX);
  // Rows 1..n_open: one partner per open seat; then one row per partner.
  glp_add_rows(lp.get(), n_open + partners);
  for (int i = 0; i < n_open; ++i) glp_set_row_bnds(lp.get(), i + 1, GLP_FX, 1, 1);
  for (int k = 0; k < partners; ++k) {
    const Limits& limit = problem.limits[k];
    const double lo = std::max(0, limit.min - locked_to[k]);
    const int row = n_open + k + 1;
    if (limit.max == -1) {
      glp_set_row_bnds(lp.get(), row, GLP_LO, lo, 0);
    } else {
      const double hi = limit.max - locked_to[k];
      if (lo == hi) {
        glp_set_row_bnds(lp.get(), row, GLP_FX, lo, hi);
      } else {
        glp_set_row_bnds(lp.get(), row, GLP_DB, lo, hi);
      }
    }
  }
  // Column i * partners + k + 1: open seat i goes to partner k.
  glp_add_cols(lp.get(), n_open * partners);
  std::vector<int> ia(1), ja(1);  // GLPK's arrays start at index 1
  std::vector<double> ar(1);
  ia.reserve(2 * n_open * partners + 1);
  ja.reserve(2 * n_open * partners + 1);
  ar.reserve(2 * n_open * partners + 1);
  for (int i = 0; i < n_open; ++i) {
    for (int k = 0; k < partners; ++k) {
      const int col = i * partners + k + 1;
      glp_set_col_kind(lp.get(), col, GLP_BV);
      glp_set_obj_coef(lp.get(), col, problem.p_win[open[i]][k]);
      for (int row : {i + 1, n_open + k + 1}) {
        ia.push_back(row);
        ja.push_back(col);
        ar.push_back(1.0);
      }
    }
  }
  glp_load_matrix(lp.get(), static_cast<int>(ia.size()) - 1, ia.data(), ja.data(),
                  ar.data());

  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  parm.presolve = GLP_ON;
  parm.tm_lim = options.time_limit_ms > 0 ? options.time_limit_ms : INT_MAX;
  const int ret = glp_intopt(lp.get(), &parm);
  const int mip_status = glp_mip_status(lp.get());
  solved.status = SolverStatusWords(ret, mip_status);
  const bool stopped_early = ret == GLP_ETMLIM || ret == GLP_EMIPGAP;
  const bool have_solution =
      (ret == 0 || stopped_early) && (mip_status == GLP_OPT || mip_status == GLP_FEAS);
  if (!have_solution) {
    if (ret == GLP_ENOPFS || mip_status == GLP_NOFEAS) {
      return Status::FailedPrecondition(
          "the solver found no allocation that meets the seat-sharing constraints (" +
          solved.status + ")");
    }
    return Status::Internal("the seat-sharing solver failed: " + solved.status);
  }
  for (int i = 0; i < n_open; ++i) {
    int chosen = -1;
    int ones = 0;
    for (int k = 0; k < partners; ++k) {
      if (glp_mip_col_val(lp.get(), i * partners + k + 1) > 0.5) {
        chosen = k;
        ++ones;
      }
    }
    if (ones != 1) {
      return Status::Internal("the seat-sharing solver gave seat number " +
                              std::to_string(open[i]) + " " + std::to_string(ones) +
                              " partners instead of one");
    }
    alloc.partner_of_seat[open[i]] = chosen;
    ++alloc.seats_of_partner[chosen];
  }
  for (int k = 0; k < partners; ++k) {
    const Limits& limit = problem.limits[k];
    const int n = alloc.seats_of_partner[k];
    if (n < limit.min || (limit.max != -1 && n > limit.max)) {
      return Status::Internal("the seat-sharing solver broke the limits of " +
                              problem.partners[k]);
    }
  }
  AddExpected(problem, alloc);
  return solved;
}

// The optimum with partner k's count fixed to `count`; empty when no
// allocation gives it that count.
Result<std::optional<double>> OptimumWithCount(const SeatShareProblem& problem, int k,
                                               int count,
                                               const OptimiseOptions& options) {
  if (count < 0) return std::optional<double>();
  SeatShareProblem changed = problem;
  changed.limits[k] = Limits{count, count};
  JANADHAR_ASSIGN_OR_RETURN(std::vector<Conflict> conflicts, FindConflicts(changed));
  if (!conflicts.empty()) return std::optional<double>();
  Result<Solved> solved = Solve(changed, options);
  if (!solved.ok()) {
    if (solved.status().code() == StatusCode::kFailedPrecondition) {
      return std::optional<double>();
    }
    return solved.status();
  }
  return std::optional<double>(solved->allocation.expected_seats);
}

std::vector<SeatReason> Reasons(const SeatShareProblem& problem,
                                const Allocation& allocation) {
  const int partners = static_cast<int>(problem.partners.size());
  std::vector<SeatReason> reasons(problem.seats.size());
  for (size_t s = 0; s < reasons.size(); ++s) {
    SeatReason& r = reasons[s];
    const std::vector<double>& p = problem.p_win[s];
    r.chosen = allocation.partner_of_seat[s];
    r.chosen_p_win = r.chosen >= 0 ? p[r.chosen] : 0;
    r.best = 0;
    for (int k = 1; k < partners; ++k) {
      if (p[k] > p[r.best]) r.best = k;
    }
    if (r.chosen >= 0 && p[r.chosen] == p[r.best]) r.best = r.chosen;
    r.best_p_win = p[r.best];
    if (problem.left[s]) {
      r.code = SeatReasonCode::kLeft;
    } else if (problem.locked[s] >= 0) {
      r.code = SeatReasonCode::kLocked;
    } else if (r.chosen == r.best) {
      r.code = SeatReasonCode::kBest;
    } else {
      r.code = SeatReasonCode::kLimit;
      r.loss = r.best_p_win - r.chosen_p_win;
    }
  }
  return reasons;
}

}  // namespace

Result<SeatShareResult> Optimise(const SeatShareProblem& problem,
                                 const OptimiseOptions& options) {
  JANADHAR_ASSIGN_OR_RETURN(std::vector<Conflict> conflicts, FindConflicts(problem));
  if (!conflicts.empty()) {
    return Status::FailedPrecondition(DescribeConflicts(conflicts));
  }
  JANADHAR_ASSIGN_OR_RETURN(Solved solved, Solve(problem, options));
  SeatShareResult result;
  result.allocation = std::move(solved.allocation);
  BreakTies(problem, result.allocation);
  result.solver_status = std::move(solved.status);
  result.reasons = Reasons(problem, result.allocation);
  if (options.concession_prices) {
    const double optimum = result.allocation.expected_seats;
    const auto loss = [optimum](std::optional<double> other) -> std::optional<double> {
      if (!other) return std::nullopt;
      return optimum - *other;
    };
    for (int k = 0; k < static_cast<int>(problem.partners.size()); ++k) {
      const int count = result.allocation.seats_of_partner[k];
      ConcessionPrice price;
      JANADHAR_ASSIGN_OR_RETURN(std::optional<double> more,
                                OptimumWithCount(problem, k, count + 1, options));
      JANADHAR_ASSIGN_OR_RETURN(std::optional<double> fewer,
                                OptimumWithCount(problem, k, count - 1, options));
      price.one_more = loss(more);
      price.one_fewer = loss(fewer);
      result.concession_prices.push_back(price);
    }
  }
  return result;
}

std::string SolverStatusWords(int intopt_return, int mip_status) {
  auto mip_words = [](int status) -> std::string {
    switch (status) {
      case GLP_OPT: return "optimal";
      case GLP_FEAS: return "feasible (not proven optimal)";
      case GLP_NOFEAS: return "infeasible";
      case GLP_UNDEF: return "undefined";
      default: return "GLPK MIP status " + std::to_string(status);
    }
  };
  switch (intopt_return) {
    case 0: return mip_words(mip_status);
    case GLP_ETMLIM:
      return mip_status == GLP_FEAS ? "feasible (time limit reached)"
                                    : "time limit reached";
    case GLP_EMIPGAP:
      return mip_status == GLP_FEAS ? "feasible (MIP gap tolerance reached)"
                                    : "MIP gap tolerance reached";
    case GLP_EBOUND: return "invalid bounds";
    case GLP_EROOT: return "no optimal basis for the LP relaxation";
    case GLP_ENOPFS: return "infeasible";
    case GLP_ENODFS: return "unbounded";
    case GLP_EFAIL: return "solver failure";
    case GLP_ESTOP: return "stopped by the application";
    default: return "GLPK return code " + std::to_string(intopt_return);
  }
}

}  // namespace janadhar::alliance
