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
// Errors (InvalidArgument): rules out of range (a negative count, more than
// one booth president, a role that is not held in booths); a start unit or depth out of
// range; staff given for a unit that is not a booth or not in the tree; a negative count
// of staff.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "org/person.h"
#include "org/unit.h"

namespace janadhar::org {

// What one booth unit has: its current posts per role (indexed by Role).
struct BoothStaff {
  std::array<int, kRoleCount> posts{};

  int& operator[](Role r) { return posts[static_cast<size_t>(r)]; }
  int operator[](Role r) const { return posts[static_cast<size_t>(r)]; }
};

// What a booth needs to be covered: a minimum count of posts per role. The
// roles are configurable (`janadhar org settings --need ROLE=N`); the default
// is DESIGN.md's: a booth president, 10 committee members, a polling agent.
struct CoverageRules {
  std::array<int, kRoleCount> need{};

  CoverageRules();  // the default above
  int& operator[](Role r) { return need[static_cast<size_t>(r)]; }
  int operator[](Role r) const { return need[static_cast<size_t>(r)]; }
  bool operator==(const CoverageRules&) const = default;
};

// "a booth president, 10 booth committee members and a polling agent".
std::string DescribeRules(const CoverageRules& rules);

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
  // What it has, and what it lacks against the rules per role (0 when enough).
  BoothStaff has;
  BoothStaff missing;
};

struct CoverageReport {
  CoverageRules rules;
  int start = -1;
  UnitCoverage total;                     // of the start unit
  std::vector<UnitCoverage> units;        // pre-order from the start unit, by depth
  std::vector<UncoveredBooth> uncovered;  // in pre-order

  // What `booth` lacks in words (DescribeLack of its staff against the
  // rules): "no booth president; 4 of 10 booth committee members; no polling
  // agent". Made when asked: a state has tens of thousands of uncovered booths.
  std::string Lacks(const UncoveredBooth& booth) const;
};

// `staff[id]` is what booth unit `id` has; an id past the end of `staff`, or a
// nullopt, has nothing.
Result<CoverageReport> RollUpCoverage(const UnitTree& tree,
                                      const std::vector<std::optional<BoothStaff>>& staff,
                                      const CoverageOptions& options = {});

// What `has` lacks against `rules`, in words; "" when it is covered.
std::string DescribeLack(const BoothStaff& has, const CoverageRules& rules);

// InvalidArgument when the rules are out of range (see the top).
Status CheckCoverageRules(const CoverageRules& rules);

// Whether `has` meets `rules`.
bool IsCovered(const BoothStaff& has, const CoverageRules& rules);

}  // namespace janadhar::org
