// Booth-wise Form-20 results in the wide layout: two header rows (groups, then
// column names), one row per polling station: part number, polling-station
// name, electors (male, female, other, total), voters (male, female, other,
// total), voters identified by EPIC, tendered votes, one column per candidate
// headed "N - NAME" in ballot order, "None of the Above", and "Total Votes
// Secured".
//
// Blank or "-" cells are kept as missing and the row is marked with a warning
// (never zeroed); malformed or negative counts, a part number listed twice and
// a row with the wrong number of cells are errors; no candidate columns, an
// empty file, a header only, non-UTF-8 text and a cut-short quoted field are
// fatal. Columns are returned unlinked (see form20_link.h).
// Thread-safe (pure).
#pragma once

#include <string>
#include <string_view>

#include "importers/problems.h"
#include "results/election.h"

namespace janadhar::importers {

// Parses one segment's file. `state` and `ac` are stored in the result (the
// AC number usually comes from the file name, see AcNumberFromFileName).
results::SegmentBooths ParseForm20File(std::string_view file, std::string_view data,
                                       const std::string& state, int ac,
                                       ProblemList* problems);

// "123.csv", "123.csv.gz", "AC123.csv", "ac_123.csv" → 123; 0 if none.
int AcNumberFromFileName(std::string_view file_name);

}  // namespace janadhar::importers
