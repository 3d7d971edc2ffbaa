// Booth-wise Form-20 results in the wide layout: two header rows (groups, then
// column names), one row per polling station: part number, polling-station
// name, electors (male, female, other, total), voters (male, female, other,
// total), voters identified by EPIC, tendered votes, one column per candidate
// headed "N - NAME" in ballot order, "None of the Above", and "Total Votes
// Secured".
//
// Columns are found by their names (compared by NameKey, so case, spaces and
// punctuation do not matter, and common variants such as "PS No", "Male
// Electors", "1. NAME", "NOTA" are understood); the row above the names, when
// there is one, tells the electors' columns from the voters'. Title rows above
// the header are skipped; so are blank lines and total rows ("Total" or
// "Grand Total" in place of the part number, or a blank part number with the
// name "Total"), which are not reported.
//
// What is reported (file:line:column, column = 1-based field, the message
// naming the column's header):
// - warning: blank, "-" or "NA" count cells — kept as results::kMissing, never
//   zero, the booth marked kBoothHasMissing; one warning per row, at its first
//   blank cell, saying how many cells are blank. Also a header column that is
//   not understood (ignored) and standard columns that are absent.
// - error: a malformed, negative or (for votes) too large count (the cell kept
//   missing, the booth marked kBoothHasInvalid); a row with a different number
//   of cells than the header (marked kBoothHasInvalid; trailing blank cells do
//   not count); a blank part number or a part number listed twice — those rows
//   are left out of the result, since a part number identifies a booth.
// - fatal: an empty file, no part-number column, no candidate columns, a
//   header without polling-station rows, text that is not UTF-8, a quoted
//   field left open. After a fatal problem the result has no booths.
// Columns are returned unlinked (see form20_link.h).
// Thread-safe (pure). Linear in the size of the file; no allocation per cell.
#pragma once

#include <string>
#include <string_view>

#include "importers/problems.h"
#include "results/election.h"

namespace janadhar::importers {

// Parses one segment's file (`data`: its whole text; `file`: its name, for
// messages and SegmentBooths::file). `state` and `ac` are stored in the
// result (the AC number usually comes from the file name, see
// AcNumberFromFileName). Problems are appended to `problems`.
results::SegmentBooths ParseForm20File(std::string_view file, std::string_view data,
                                       const std::string& state, int ac,
                                       ProblemList* problems);

// The AC number a file name gives: the number after "AC" ("AC123.csv",
// "ac_123.csv", "AC-123.CSV"), else the only number in the name ("123.csv",
// "123.csv.gz"); 0 if none or if the name has several numbers and no "AC".
// Directories in the path are ignored.
int AcNumberFromFileName(std::string_view file_name);

}  // namespace janadhar::importers
