// The organisation's unit tree as plain values: national → state → district
// → assembly constituency (AC) → block → mandal (or ward) → shakti kendra →
// booth (DESIGN.md, "Organisation model"). The bootstrap builds the levels it
// can derive from the electoral geography (no blocks or mandals); a party's
// own tree (`org units import`) may use every level below the state.
//
// Each state's tree (its root the state unit) is kept and loaded on its own.
// The national unit ("IN", NationalUnit()) is a tree of its own, of that one
// unit: it stands above every state's tree without being their stored
// parent, so a national report joins the states' trees under it
// (JoinUnderNational) and a national scope means every state.
// The store and the CLI build on it; this header knows nothing of either.
//
// Codes. Every unit has a stable, readable code that names it across imports
// and exports; it is built from the electoral geography, never from an id:
//   national       "IN"                      kNationalCode
//   state          "S24"                     the ECI state code
//   district       "S24/D:AGRA"              DistrictKey of the name (below)
//   AC             "S24/AC173"               the AC number, no leading zeros
//   shakti kendra  "S24/AC173/SK12"          its 1-based position in the AC
//   booth          "S24/AC173/B45A"          the Form-20 part, upper-cased
// Units a party imports (blocks, mandals, or any unit) bring their own codes.
// An AC's code does not contain its district, so that a change of the
// district mapping leaves the codes of ACs, kendras and booths as they were.
//
// Ownership: a UnitTree owns its units (values). Ids are positions in the
// tree: a parent always has a smaller id than its children, so a loop over the
// ids in reverse visits every child before its parent.
// Thread-safety: values; const methods are safe to call from many threads.
// Errors: UnitTree::Add and ParseUnitLevel return InvalidArgument with a
// message naming the bad value; the accessors take ids the caller got from the
// tree (checked by assert only).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace janadhar::org {

// From the top of the tree down; a unit's children are of a later level.
// The numbers are not stored: the store keeps a level by its name (rows) or
// by a code of its own (sqlite_org_tree.h).
enum class UnitLevel {
  kNational,
  kState,
  kDistrict,
  kAssembly,
  kBlock,
  kMandal,
  kShaktiKendra,
  kBooth
};
inline constexpr int kUnitLevelCount = 8;

// "national", "state", "district", "ac", "block", "mandal", "shakti_kendra", "booth".
std::string_view UnitLevelName(UnitLevel level);

// The inverse of UnitLevelName, ignoring case; "assembly", "kendra", "sk" and
// "ward" (a mandal of a town) are accepted too. InvalidArgument naming the
// valid names (and the closest one) otherwise.
Result<UnitLevel> ParseUnitLevel(std::string_view text);

struct Unit {
  int id = -1;      // position in the tree
  int parent = -1;  // -1 for the root
  UnitLevel level = UnitLevel::kState;
  std::string code;  // see the top of this file
  std::string name;  // for people: "Agra Cantt", "SK 3: booths 9–12"
  // Where the unit lies in the electoral geography. `state` is set on every
  // unit built by BootstrapUnits, `ac` on ACs, kendras and booths (0 above),
  // `part` on booths only (as written in Form-20, e.g. "12A").
  std::string state;
  int ac = 0;
  std::string part;
};

// The key of a district's name in its code: ASCII letters upper-cased, digits
// and non-ASCII bytes (e.g. Devanagari) kept, every other run of characters
// one '-', none at the ends: "Sant Kabir Nagar" → "SANT-KABIR-NAGAR".
std::string DistrictKey(std::string_view name);
// A booth part as its code has it: trimmed, ASCII letters upper-cased.
std::string PartKey(std::string_view part);

// The national unit: its code (also the `state` its one-unit tree is stored
// under) and name.
inline constexpr std::string_view kNationalCode = "IN";
inline constexpr std::string_view kNationalName = "India";
// The unit IN, "India", of the national level, a root (parent -1), its state
// kNationalCode.
Unit NationalUnit();

std::string StateCode(std::string_view state);
std::string DistrictCode(std::string_view state, std::string_view district_name);
std::string AcCode(std::string_view state, int ac);
std::string KendraCode(std::string_view state, int ac, int kendra);  // 1-based
std::string BoothCode(std::string_view state, int ac, std::string_view part);

class UnitTree {
 public:
  // Appends `unit` and returns its id (its position; `unit.id` is ignored).
  // The first unit is the root (parent -1); every later one names an existing
  // parent of an earlier level. InvalidArgument for a second root, an unknown
  // parent, a level not below the parent's, an empty or repeated code.
  Result<int> Add(Unit unit);

  // The tree of `units`, each one's id its position (`unit.id` is ignored):
  // what Add would make of them one by one, with the same errors, its room
  // made once (for a loader with every unit at hand).
  static Result<UnitTree> FromUnits(std::vector<Unit> units);

  // Makes room for `n` units (a loader that knows how many).
  void Reserve(size_t n);

  int size() const { return static_cast<int>(units_.size()); }
  bool empty() const { return units_.empty(); }
  const Unit& unit(int id) const;
  const std::vector<Unit>& units() const { return units_; }
  // The ids of `id`'s children, in the order they were added.
  const std::vector<int>& children(int id) const;

  // The id of the unit with this code, or nullopt.
  std::optional<int> Find(std::string_view code) const;

  // `id`, its parent, …, the root.
  std::vector<int> PathToRoot(int id) const;
  // The names of PathToRoot from the root down, joined by " > ":
  // "Uttar Pradesh > Agra > Agra Cantt".
  std::string PathName(int id) const;

  // The units of `root`'s subtree in pre-order (a unit, then each child's
  // subtree), with their depth below `root` (0 for root itself). Units deeper
  // than `max_depth` are left out; -1 = no limit. O(size of the subtree).
  struct Visit {
    int id = -1;
    int depth = 0;
  };
  std::vector<Visit> Subtree(int root, int max_depth = -1) const;

  // How many units of each level the tree has (indexed by UnitLevel).
  std::vector<int> CountByLevel() const;

 private:
  // The slot of `code` (whose hash is `hash`) in slots_: the one holding its
  // unit's id, or the empty one where it would go.
  size_t Slot(std::string_view code, uint64_t hash) const;
  void GrowSlots(size_t min_units);
  // Puts units_[id] in slots_; InvalidArgument when its code is taken.
  Status Index(int id);

  std::vector<Unit> units_;
  std::vector<std::vector<int>> children_;
  // Ids by code: an open-addressing table, its size a power of two at least
  // twice the number of units. A slot holds the high 32 bits of the code's
  // hash above the unit's id + 1 (0 = empty); codes are compared in units_
  // only when those bits match, and the table holds no copy of them.
  std::vector<uint64_t> slots_;
};

// One tree of the whole country: `national` (a national unit) as the root,
// id 0, and below it each tree of `states` (each rooted at a state unit), in
// the order given: unit u of states[i] gets the id 1 + the sizes of the trees
// before it + u. Empty trees are skipped. InvalidArgument when `national` is
// not of the national level, a tree's root is not a state unit, or a code
// is in two trees.
Result<UnitTree> JoinUnderNational(const Unit& national,
                                   const std::vector<const UnitTree*>& states);

// Where a roll-up over `tree` (coverage, a directive's compliance) starts:
// `start`, or the root when it is -1. InvalidArgument when the tree is
// empty, `start` is not one of its ids, or `depth` is neither -1 (every
// level) nor a count from 0.
Result<int> RollUpStart(const UnitTree& tree, int start, int depth);

}  // namespace janadhar::org
