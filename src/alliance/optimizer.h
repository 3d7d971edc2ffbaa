// The seat-sharing optimiser: the allocation of seats to partners that
// maximises the alliance's expected seats, solved exactly as a 0-1 integer
// programme with GLPK; what each partner's count costs at the margin
// ("concession prices"); and why each seat went where it did.
//
// Model: a binary x[s][k] for every open seat s (neither locked nor left) and
// partner k; sum over k of x[s][k] = 1 for every open seat; for every
// partner, max(0, min_k - L_k) <= sum over s of x[s][k] <= max_k - L_k
// (L_k: seats locked to k; no upper bound without a maximum); maximise
// sum of p_win[s][k] x[s][k]. Locked seats go to their partner and left seats
// to no one outside the programme. The constraint matrix is that of a
// transportation problem, so the LP relaxation already has an integral
// optimum; GLPK's MIP presolver and branch-and-bound confirm it. With no open
// seat the allocation is fixed and GLPK is not called.
//
// Optimality is GLPK's: exact up to its tolerances (about 1e-7 of the
// objective), so among allocations whose expected seats differ by less than
// that, either may be returned. Ties: with a preference table (seat_share.h)
// the allocation is then moved, seat by seat and by exchanges of two seats,
// to a higher preference sum without losing expected seats (a local search,
// not a proof of the best preference); without one, GLPK breaks them,
// deterministically for the same input.
//
// Errors: InvalidArgument for a malformed problem (feasibility.h,
// ValidateProblem); FailedPrecondition when no allocation meets the
// constraints, the message listing the conflicts (feasibility.h) or, should
// GLPK find none although they do not conflict, its status; Internal when
// GLPK fails (including its time limit without any allocation found).
//
// Thread-safety: Optimise may be called from several threads at once (GLPK
// keeps one environment per thread). It turns GLPK's terminal output off
// while it runs and restores the thread's previous setting.
//
// Resources: every GLPK problem object Optimise creates is freed before it
// returns, on every path. GLPK's environment of the calling thread (about
// 20 KB) is created on the first call and kept for later calls; when the
// thread ends it is freed (glp_free_env) if no GLPK object is left on it,
// since glp_free_env would invalidate any, and kept otherwise. Optimise never
// frees it while the thread runs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "alliance/seat_share.h"
#include "base/status.h"

namespace janadhar::alliance {

struct OptimiseOptions {
  // Compute the concession prices (two more solves per partner).
  bool concession_prices = true;
  // GLPK's time limit for each solve, in milliseconds; 0: none. A solve
  // stopped by it returns the best allocation found, its status saying so.
  int time_limit_ms = 60'000;
};

// What the alliance loses, in expected seats (the optimum less the optimum
// with the change), if a partner fields exactly one seat more, or one fewer,
// than in the optimal allocation: re-solved with that partner's count fixed,
// its own minimum and maximum lifted, every other constraint kept. The loss
// is >= 0 (up to rounding) except where the partner's own limit binds: one
// more when it is at its maximum, one fewer when at its minimum. There the
// change can gain, and the loss is negative: what that limit costs the
// alliance. Empty when no allocation can give the partner that count (fewer
// than 0 seats or than its locked seats, no open seat to take or to give to
// another partner within the others' limits).
struct ConcessionPrice {
  std::optional<double> one_more;
  std::optional<double> one_fewer;
};

// Why a seat went where it did.
enum class SeatReasonCode {
  kLeft,    // left to a friendly party: no partner fields there
  kLocked,  // locked to its partner
  kBest,    // the chosen partner has the highest p_win there (or one of them)
  kLimit,   // a partner with a higher p_win exists, but a limit made another
            // seat a better use of it (or of the chosen partner's quota)
};

struct SeatReason {
  SeatReasonCode code = SeatReasonCode::kBest;
  int chosen = -1;          // the partner fielding the candidate; -1 if left
  double chosen_p_win = 0;  // its p_win there; 0 if left
  // The partner with the highest p_win there: the chosen one when it is one
  // of the highest, otherwise the lowest-numbered of the highest.
  int best = -1;
  double best_p_win = 0;
  double loss = 0;  // kLimit: best_p_win - chosen_p_win; otherwise 0
};

struct SeatShareResult {
  Allocation allocation;
  // GLPK's outcome in words (SolverStatusWords): "optimal" normally;
  // "feasible (time limit reached)" when the time limit cut the search short.
  std::string solver_status;
  // [partner]; empty when OptimiseOptions::concession_prices is false.
  std::vector<ConcessionPrice> concession_prices;
  std::vector<SeatReason> reasons;  // [seat]
};

// Solves `problem`; see the top of this file.
Result<SeatShareResult> Optimise(const SeatShareProblem& problem,
                                 const OptimiseOptions& options = {});

// GLPK's outcome in words, from glp_intopt's return code and glp_mip_status
// (the values of glpk.h): "optimal", "feasible (not proven optimal)",
// "infeasible", "undefined", "feasible (time limit reached)", "time limit
// reached", "solver failure", "invalid bounds", "unbounded", ...; an unknown
// code as "GLPK return code N".
std::string SolverStatusWords(int intopt_return, int mip_status);

}  // namespace janadhar::alliance
