// A region lookup: which region each constituency of a state lies in, e.g.
// data/reference/up-ac-districts.csv (`AC_NO,AC_NAME,DISTRICT,SUB_REGION`:
// the 403 assembly constituencies of Uttar Pradesh in seven regions). The
// forecast's region level reads it (scenario_file.h, [[regions]]).
//
// Fields (header names matched by NameKey):
//   the state [state_code or state] (as in state_column.h), optional: without
//     it every row is of the state the caller names;
//   the constituency number: an assembly constituency ("AC_NO", "AC No",
//     "AC Number", "AC_CODE", "AC") or a parliamentary one ("PC_NO", "PC No",
//     "PC Number", "PC_CODE", "PC"); the file has one kind (AC when both);
//   the region: the column named by `options.column` when given (any column,
//     e.g. "DISTRICT" for one region per district), else "SUB_REGION",
//     "REGION" or "ZONE".
//
// Problems (each at the row's line and the field's column):
//  - error, row skipped: a blank region, a number that is not a whole number
//    from 1, an unknown state, the same (state, number) twice (naming the
//    first line);
//  - fatal, nothing returned: no number column, no region column (naming the
//    one asked for, with the closest header), and what table_reader.h says
//    (empty file, header only, not UTF-8, unclosed quote).
// Thread-safe (pure).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "importers/problems.h"

namespace janadhar::importers {

struct RegionFileOptions {
  std::string column;  // the region's header; "" = SUB_REGION, REGION or ZONE
};

struct RegionRow {
  std::string state;   // ECI code; "" when the file has no state column
  int number = 0;      // the constituency's number
  std::string region;  // as written, spaces collapsed
  int line = 0;
  int number_column = 0;  // 1-based, for problems found later
};

struct RegionLookup {
  bool by_pc = false;           // numbers are of parliamentary constituencies
  std::vector<RegionRow> rows;  // in file order
};

RegionLookup ParseRegionFile(std::string_view file, std::string_view data,
                             const RegionFileOptions& options, ProblemList* problems);

}  // namespace janadhar::importers
