// Booth results in the long layout: one row per (booth, candidate), e.g.
// `pc,pc_name,pc_reserved,ac,booth,candidate,party,votes`, or any layout
// described by a ColumnMap (fields: ac, booth, booth_name, candidate, party,
// votes; seat_code for the PC).
//
// The default layout is matched by header names (NameKey): pc (optional),
// ac, booth ("booth", "Part No", "PS No"...), booth_name (optional),
// candidate, party, votes.
//
// Rows are grouped into segments by AC; within a segment, columns are the
// distinct candidates (a name and party: namesakes of other parties are
// distinct) in order of first appearance, with ballot = position + 1, the
// party as written, and LinkMethod::kParty (kUnlinked, with a warning, when
// the party is blank); booths are in order of first appearance. A booth
// missing a candidate's row gets a missing cell (kBoothHasMissing, one
// warning per booth), as does a blank or "-" votes cell (a warning). The same
// (booth, candidate) twice is an error (the first row is kept) and so are
// negative or malformed votes (the cell is missing): both flag the booth
// kBoothHasInvalid. A segment whose rows name different PCs is an error;
// fatal problems as in results_file.h, and then nothing is returned.
// Thread-safe (pure).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/column_map.h"
#include "importers/problems.h"
#include "results/election.h"

namespace janadhar::importers {

struct BoothsLongOptions {
  const ColumnMap* map = nullptr;  // nullptr: the default layout
  // The key under which two party names count as the same party, so that one
  // candidate whose party a file spells two ways ("BJP", "Bharatiya Janata
  // Party") stays one column; namesakes of different parties stay apart. The
  // caller passes one that knows the party directory and its aliases; empty:
  // NameKey of the name.
  std::function<std::string(std::string_view party)> party_key;
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
