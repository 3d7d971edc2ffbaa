// Constituency-level candidate results: one row per candidate, in the layout
// of ECI's compiled results (`Candidate,Party,Votes,State,Constituency,
// State-code,Constituency-code`), or any layout described by a ColumnMap.
//
// Rows of a seat need not be adjacent. A seat whose only candidate has no votes
// is uncontested. Problems: blank votes in a contested seat, negative or
// malformed votes, an unknown state code, a candidate listed twice in a seat
// are errors with line and column; a missing column, an empty file, a file
// with only a header, text that is not UTF-8 or a cut-short quoted field are
// fatal. Thread-safe (pure).
#pragma once

#include <string_view>
#include <vector>

#include "importers/column_map.h"
#include "importers/problems.h"
#include "results/election.h"

namespace janadhar::importers {

struct ResultsFileOptions {
  const ColumnMap* map = nullptr;  // nullptr: the default layout
};

// Seats in order of first appearance. Problems are appended to `problems`.
std::vector<results::SeatResult> ParseResultsFile(std::string_view file,
                                                  std::string_view data,
                                                  const ResultsFileOptions& options,
                                                  ProblemList* problems);

}  // namespace janadhar::importers
