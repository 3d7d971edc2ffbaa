// Booth results in the long layout: one row per (booth, candidate), e.g.
// `pc,pc_name,pc_reserved,ac,booth,candidate,party,votes`, or any layout
// described by a ColumnMap (fields: ac, booth, booth_name, candidate, party,
// votes; seat_code for the PC).
//
// Rows are grouped into segments by AC; within a segment, columns are the
// distinct candidates in order of first appearance, linked by the party the
// file names (LinkMethod::kParty). A booth missing a candidate's row gets a
// missing cell (warning); the same (booth, candidate) twice, negative or
// malformed votes are errors; fatal problems as in results_file.h.
// Thread-safe (pure).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "importers/column_map.h"
#include "importers/problems.h"
#include "results/election.h"

namespace janadhar::importers {

struct BoothsLongOptions {
  const ColumnMap* map = nullptr;  // nullptr: the default layout
};

struct BoothsLongData {
  std::vector<results::SegmentBooths> segments;  // by AC number
  // PC of each segment's AC when the file says (the `pc` column), else 0.
  std::vector<int> pc_of_segment;
};

BoothsLongData ParseBoothsLongFile(std::string_view file, std::string_view data,
                                   const std::string& state,
                                   const BoothsLongOptions& options,
                                   ProblemList* problems);

}  // namespace janadhar::importers
