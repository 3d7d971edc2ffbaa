// Internal to form20_file.cpp: what each column of a Form-20 header holds.
//
// The second header row names the columns ("Part No", "Male", "1 - NAME", ...);
// the first, when present, groups them ("Total No of Electors", "Voters
// Turnout", "Candidate ID and Name") so that the two "Male" columns can be told
// apart. Names are compared by NameKey, so case, spaces and punctuation do not
// matter. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "results/election.h"

namespace janadhar::importers::form20 {

enum class Field : uint8_t {
  kIgnored,  // empty header, or a column the importer does not know
  kPart,
  kName,
  kElectorsMale,
  kElectorsFemale,
  kElectorsOther,
  kElectorsTotal,
  kVotersMale,
  kVotersFemale,
  kVotersOther,
  kVotersTotal,
  kEpic,
  kTendered,
  kTotalVotes,
  kCandidate,  // a candidate or the None-of-the-Above column
};

// The columns of a file, by 0-based CSV field index.
struct Layout {
  std::vector<Field> fields;         // one per header cell
  std::vector<std::string> display;  // "'Male' (electors)", for messages
  std::vector<int> vote_index;       // index into `columns`, -1 if not a candidate
  std::vector<results::BoothColumn> columns;
  int part = -1;  // field index of the part number
  int name = -1;  // field index of the polling-station name
  // Messages about the header itself: (1-based column or 0, text), warnings.
  std::vector<std::pair<int, std::string>> notes;
};

// True when the header row `names` has a part-number column.
bool HasPartColumn(const std::vector<std::string_view>& names);

// Classifies the header. `groups` is the first header row (empty when the file
// has one header row only).
Layout ClassifyHeader(const std::vector<std::string_view>& groups,
                      const std::vector<std::string_view>& names);

// The Field of a count column → the Booth member it fills (nullptr for fields
// that are not counts or are candidate votes).
int64_t results::Booth::*CountMember(Field field);

// True when a cell that stands where the part number should be marks a total
// row ("Total", "Grand Total").
bool IsTotalLabel(std::string_view text);

// Spaces and tabs trimmed from both ends.
std::string_view Trim(std::string_view s);

}  // namespace janadhar::importers::form20
