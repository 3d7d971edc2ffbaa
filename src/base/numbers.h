// Parsing the numbers of electoral files: "1,86,233" (Indian digit grouping),
// "186233", "-" and blank (not available), with the reason when a cell is not a
// count. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace janadhar {

enum class CountParse {
  kOk,        // a non-negative whole number
  kMissing,   // blank, "-", "NA" or "N/A": the file says it is not available
  kNegative,  // a negative whole number
  kInvalid,   // anything else ("12a", "3.5", "1,2,,3")
};

struct ParsedCount {
  CountParse kind = CountParse::kInvalid;
  int64_t value = 0;  // set when kind is kOk or kNegative
};

// Parses a count. Surrounding spaces are ignored; digit-group commas are
// accepted anywhere between digits ("1,86,233", "186,233"); a trailing ".0"
// or ".00" is accepted; values above 2^53 are kInvalid.
ParsedCount ParseCount(std::string_view cell);

// Short English phrase for a non-OK parse, for error messages
// ("is not a whole number", "is negative", "is blank").
std::string_view DescribeCountParse(CountParse kind);

}  // namespace janadhar
