// Directives of the communication system (DESIGN.md, "Organisation model"):
// a unit sends an instruction down to units of its subtree, each target unit
// acknowledges it and reports its completion, and the compliance of every
// unit rolls up the tree; the units late past the deadline are escalated to
// their parents.
//
// Plain values and pure functions over a UnitTree (org/unit.h): which units
// a directive targets, and the roll-up of the targets' states. The store
// keeps directives and targets (store/comms_store.h); the service checks the
// rules between them (service/comms_directives.h).
//
// Units are named by code in stored values and by tree id in the roll-up.
// Dates are ISO "YYYY-MM-DD" (org::CheckDate).
// Ownership: values; the roll-up refers to units by id of the tree given.
// Thread-safety: values and pure functions.
// Errors (InvalidArgument): a start unit or depth out of range, a target id
// not in the tree, a malformed date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "org/unit.h"

namespace janadhar::org {

// An instruction from the unit `from` to the units of the subtree of `to`
// (`to` is `from` or a unit below it), all of them or those of `level`.
struct Directive {
  int64_t id = 0;                  // store id; 0 before it is stored
  std::string from;                // the sending unit's code
  std::string to;                  // the unit whose subtree is targeted; "" = `from`
  std::optional<UnitLevel> level;  // only units of this level; nullopt = all
  std::string title;               // Hindi or English, UTF-8
  std::string text;
  std::string deadline;   // the last day to complete it
  std::string issued_on;  // the day it was sent
  std::string issued_by;  // the user who sent it
  int64_t targets = 0;    // how many units it targets (set by the store)
};

// What a target unit has done about a directive.
enum class TargetState { kPending, kAcknowledged, kDone };
// "pending", "acknowledged", "done".
std::string_view TargetStateName(TargetState state);

// A target unit's record of a directive, as stored.
struct DirectiveTarget {
  std::string unit;      // code
  std::string acked_on;  // "" = not acknowledged
  std::string acked_by;
  std::string done_on;  // "" = not completed
  std::string done_by;
  std::string note;  // the completion's note (or the acknowledgement's)

  TargetState state() const {
    if (!done_on.empty()) return TargetState::kDone;
    return acked_on.empty() ? TargetState::kPending : TargetState::kAcknowledged;
  }
};

// The units a directive sent to the subtree of `root` targets: the units of
// that subtree (of `level` only, when given) in pre-order, `root` itself
// left out unless `include_root` (a unit sends to the units below it; a
// directive aimed at a unit below the sender includes that unit).
std::vector<int> TargetUnits(const UnitTree& tree, int root,
                             std::optional<UnitLevel> level, bool include_root);

// A date as the number YYYYMMDD ("2026-03-02" → 20260302), which orders as
// the dates do; 0 for "", -1 for text that is not written YYYY-MM-DD (the
// calendar is not checked: org::CheckDate does that).
int32_t DateNumber(std::string_view date);

// A target's state for the roll-up: its unit by tree id and its dates as
// DateNumber gives them, 0 when not reported (12 bytes: a state has
// 1,38,771 booth targets).
struct TargetStatus {
  int unit = -1;
  int32_t acked_on = 0;  // 0 = not acknowledged
  int32_t done_on = 0;   // 0 = not completed
};

struct ComplianceOptions {
  int start = -1;  // the unit whose subtree is rolled up; -1 = the root
  // Units listed in `units` down to this depth below `start` (0 = the start
  // unit only); -1 = all. Units with no target in their subtree are left
  // out (the start unit never). The late list is never cut by depth.
  int depth = -1;
  std::string deadline;  // the directive's
  std::string as_of;     // the day compliance is judged on (today)
};

struct UnitCompliance {
  int unit = -1;
  int depth = 0;         // below the start unit
  int targets = 0;       // target units in the unit's subtree (itself included)
  int acknowledged = 0;  // acknowledged, done or not
  int done = 0;
  int done_late = 0;  // done after the deadline
  int overdue = 0;    // not done, the deadline passed
  // done / targets; nullopt when the subtree has no target.
  std::optional<double> share;
};

// A target not done after the deadline, escalated to its parent.
struct LateUnit {
  int unit = -1;
  int parent = -1;  // the unit it is escalated to; -1 for the tree's root
  TargetState state = TargetState::kPending;
  int days_late = 0;  // days from the deadline to `as_of`
};

struct ComplianceReport {
  int start = -1;
  UnitCompliance total;               // of the start unit's subtree
  std::vector<UnitCompliance> units;  // pre-order from the start unit
  std::vector<LateUnit> late;         // in pre-order of the tree
};

// Rolls `targets` up `tree` (O(units of the start unit's subtree + targets)):
// every unit's counts are those of the targets in its subtree. Targets
// outside the start unit's subtree are left out.
Result<ComplianceReport> RollUpCompliance(const UnitTree& tree,
                                          const std::vector<TargetStatus>& targets,
                                          const ComplianceOptions& options);

// Days from `from` to `to` (both checked dates); negative when `to` is
// earlier.
Result<int> DaysBetween(std::string_view from, std::string_view to);

}  // namespace janadhar::org
