// The coverage roll-up: for every unit, how many booths of its subtree are
// covered, and for every uncovered booth what it lacks (DESIGN.md,
// "Organisation model": a booth is covered when it has a booth president, at
// least the configured number of committee members, and a polling agent).
//
// Pure and O(units of the subtree): the caller says what each booth unit has
// (from the store's posts, later), this computes the figures. Nothing here
// knows people or posts.
// Ownership: the result is a value; it refers to units by id of the tree given.
// Thread-safety: pure function.
// Errors (InvalidArgument): rules out of range (presidents not 0 or 1, a
// negative count); a start unit or depth out of range; staff given for a unit
// that is not a booth or not in the tree; a negative count of staff.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "org/unit.h"

namespace janadhar::org {

// What one booth unit has.
struct BoothStaff {
  bool president = false;
  int committee_members = 0;  // booth committee members (the president not counted)
  int polling_agents = 0;
};

// What a booth needs to be covered.
struct CoverageRules {
  int presidents = 1;  // 0 or 1
  int committee_members = 10;
  int polling_agents = 1;
};

struct CoverageOptions {
  CoverageRules rules;
  int start = -1;  // the unit whose subtree is rolled up; -1 = the root
  // Units listed in `units` down to this depth below `start` (0 = the start
  // unit only); -1 = all. The uncovered list is never cut by depth.
  int depth = -1;
};

struct UnitCoverage {
  int unit = -1;
  int depth = 0;   // below the start unit
  int booths = 0;  // booth units in the unit's subtree (itself, for a booth)
  int covered = 0;
  // covered / booths; nullopt when the subtree has no booths.
  std::optional<double> share;
};

struct UncoveredBooth {
  int unit = -1;
  // What it has, and what it lacks against the rules (0 when enough).
  BoothStaff has;
  int missing_presidents = 0;
  int missing_committee_members = 0;
  int missing_polling_agents = 0;
  // "no booth president; 4 of 10 committee members; no polling agent"
  std::string lacks;
};

struct CoverageReport {
  CoverageRules rules;
  int start = -1;
  UnitCoverage total;                     // of the start unit
  std::vector<UnitCoverage> units;        // pre-order from the start unit, by depth
  std::vector<UncoveredBooth> uncovered;  // in pre-order
};

// `staff[id]` is what booth unit `id` has; an id past the end of `staff`, or a
// nullopt, has nothing.
Result<CoverageReport> RollUpCoverage(const UnitTree& tree,
                                      const std::vector<std::optional<BoothStaff>>& staff,
                                      const CoverageOptions& options = {});

// What `has` lacks against `rules`, in words; "" when it is covered.
std::string DescribeLack(const BoothStaff& has, const CoverageRules& rules);

// Whether `has` meets `rules`.
bool IsCovered(const BoothStaff& has, const CoverageRules& rules);

}  // namespace janadhar::org
