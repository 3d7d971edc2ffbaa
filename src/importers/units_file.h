// A units file: a party's own unit tree, or part of it (its blocks and
// mandals, say), for `janadhar org units import FILE` (DESIGN.md,
// "Organisation model"; codes and levels as org/unit.h has them). Comma, tab
// or semicolon separated, as TableReader detects; UTF-8.
// data/examples/units.csv is a file to copy.
//
// Fields (header names matched by NameKey, the first present wins):
//   code    "code", "unit code", "unit", "कोड", "इकाई कोड" required;
//   parent  "parent", "parent code", "parent unit", "मूल इकाई" optional
//           (the parent's code; blank only for a state, the root, or the
//           national unit, which the service refuses: it is not imported);
//   level   "level", "unit level", "type", "स्तर" required (org::ParseUnitLevel:
//           national, state, district, ac, block, mandal, shakti_kendra,
//           booth, …);
//   name    "name", "unit name", "नाम" required;
//   state   "state", "state code", "राज्य" optional: an ECI code, or any
//           name or abbreviation geo::FindKnownState knows, stored as the code;
//   ac      "ac", "ac no", "ac number" optional: a whole number from 1;
//   part    "part", "part no", "booth no", "भाग संख्या" optional: a booth's
//           Form-20 part, stored as org::PartKey has it ("12a" → "12A").
// Cells are trimmed, runs of spaces collapsed.
//
// Problems:
//  - error at the row's line and the bad cell's column, the row left out: a
//    blank code, name or level; an unknown level (naming the valid ones); a
//    blank parent of a unit other than a state or national; an unknown state (with the
//    closest); an AC number that is not a whole number from 1; a code given
//    twice (naming the first line); a unit that is its own parent. Every bad
//    cell of a row is reported;
//  - fatal, nothing returned: no code, level or name column (naming the
//    closest header), and what table_reader.h says (empty file, header only,
//    not UTF-8, unclosed quote).
// Not checked here, because it needs the stored tree: that each parent exists
// (in the store or earlier in the file), that a level lies below its parent's,
// that a code is not already stored. The service does that when it imports
// the rows (in file order), reporting at UnitRow::line and UnitRow::col.
//
// Thread-safety: pure; safe to call from many threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "importers/problems.h"
#include "org/unit.h"

namespace janadhar::importers {

struct UnitRow {
  int line = 0;  // 1-based physical line where the row starts
  // id and parent are -1 (not in a tree yet); code, name and level are set;
  // state, ac and part as the file gives them ("", 0, "" when not).
  org::Unit unit;
  std::string parent_code;  // "" only for a state
  // 1-based columns of the fields, for later messages; 0 when absent.
  struct Columns {
    int code = 0, parent = 0, level = 0, name = 0, state = 0, ac = 0, part = 0;
  } col;
};

// The good rows, in file order; none after a fatal problem.
std::vector<UnitRow> ReadUnitsFile(std::string_view file, std::string_view data,
                                   ProblemList* problems);

}  // namespace janadhar::importers
