// A column map: how to read a results or booth file in a layout the importers
// do not know, without code changes. Written by the user as a small TOML or
// JSON file, e.g.
//
//   delimiter = ";"          # default: detected
//   header = false           # default: true; without a header, columns are numbers
//   skip_rows = 0            # lines to skip before the header or the data
//   [columns]                # a header name, or a 1-based column number
//   state = "State"
//   seat_code = 7
//   candidate = "Candidate"
//   party = "Party"
//   votes = "Votes"
//
// Fields (all optional; the importer says which it needs): state, state_code,
// seat_code, seat_name, candidate, party, votes, ac, booth, booth_name; for
// turnout files electors_, voters_ and turnout_ of male, female, other, total.
// `delimiter` is one printable ASCII character other than '"', or "tab" (also
// written "\t" or as a TAB). A field of a map that an importer does not use
// is ignored with a warning.
// Thread-safe (pure parsing).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "importers/problems.h"

namespace janadhar::importers {

// A column: by header name (matched by NameKey) or by 1-based position.
using ColumnRef = std::variant<std::string, int>;

struct ColumnMap {
  char delimiter = 0;  // 0: detect
  bool header = true;
  int skip_rows = 0;
  std::map<std::string, ColumnRef> columns;  // field name → column

  // The fields a map may name.
  static const std::vector<std::string_view>& KnownFields();
};

inline const std::vector<std::string_view>& ColumnMap::KnownFields() {
  static const std::vector<std::string_view> kFields = {
      "state", "state_code", "seat_code", "seat_name", "candidate", "party", "votes",
      "ac", "booth", "booth_name",
      // turnout files
      "electors_male", "voters_male", "turnout_male", "electors_female", "voters_female",
      "turnout_female", "electors_other", "voters_other", "turnout_other",
      "electors_total", "voters_total", "turnout_total"};
  return kFields;
}

// Parses a map from TOML (or JSON when `file` ends in .json or the text starts
// with '{'). Unknown keys ("unknown field 'vote' in [columns]; did you mean
// 'votes'?"), bad values and syntax errors are fatal problems with the line and
// column of the map file (for JSON values, of their key; 0 when it cannot
// tell). Returns nullopt exactly when it added a fatal problem.
std::optional<ColumnMap> ParseColumnMap(std::string_view file, std::string_view text,
                                        ProblemList* problems);

// Where each requested field is in a file: resolves the map's (or a default
// layout's) references against a header row. `header` is empty for
// headerless files. Every entry of `wanted` must resolve: a name must match a
// header cell by NameKey (the first match wins; headerless files take numbers
// only); a number must be within the header's width (any positive number for
// headerless files: row lengths are checked when rows are read). A field of
// `required` missing from `wanted` is fatal too. Problems are fatal, at
// `header_line` with column 0, name the field and, when the header has
// something close, suggest it. Returns nullopt when it added any.
struct ResolvedColumns {
  std::map<std::string, int> index;  // field → 0-based column
  int Get(const std::string& field) const {
    auto it = index.find(field);
    return it == index.end() ? -1 : it->second;
  }
};
std::optional<ResolvedColumns> ResolveColumns(
    std::string_view file, int header_line, const std::vector<std::string_view>& header,
    const std::map<std::string, ColumnRef>& wanted,
    const std::vector<std::string>& required, ProblemList* problems);

}  // namespace janadhar::importers
