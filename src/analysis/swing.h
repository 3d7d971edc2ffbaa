// Swing: the change of each party's vote share between two elections held on
// the same delimitation, per seat, per state and for the nation, in
// percentage points (later share − earlier share). A party absent from one
// election has a share of 0 there. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/data.h"
#include "base/status.h"

namespace janadhar::analysis {

enum class SwingLevel { kSeat, kState, kNation };
std::string_view SwingLevelName(SwingLevel level);  // "seat", "state", "nation"

struct SwingOptions {
  std::string state;  // ECI code; "" for every state
  // Party labels or names; empty: every party that won a seat in either
  // election within the scope.
  std::vector<std::string> parties;
  ShareBasis basis = ShareBasis::kExcludingNota;
};

struct SwingRow {
  SwingLevel level = SwingLevel::kSeat;
  std::string state;  // ECI code ("" for the nation)
  std::string state_name;
  int seat = 0;  // seat number at seat level
  std::string seat_name;
  std::string party;  // label
  int64_t votes_from = 0, votes_to = 0;
  std::optional<double> share_from, share_to;  // fractions; nullopt: no votes at all
  std::optional<double> swing_pp;
};

struct SwingResult {
  std::vector<std::string> parties;  // labels, in the order rows use
  std::vector<SwingRow> rows;        // seats (state, number order), states, nation
  int seats_matched = 0;
  std::vector<std::string> unmatched;  // "S24 PC 80 (only in ls2019)" and the like
};

// FailedPrecondition when the delimitations differ (seats are then not the
// same places); NotFound when a party named in options is in neither.
Result<SwingResult> ComputeSwing(const ElectionData& from, const ElectionData& to,
                                 const SwingOptions& options);

}  // namespace janadhar::analysis
