// Linking the candidate columns of booth-wise files to the candidates (and so
// the parties) of the same PC's constituency results.
//
// For each PC, over all its segments' files: (1) names equal after
// normalisation (NameKey); (2) for the columns left, names close enough and
// vote totals that agree; (3) for the columns still left, a candidate of the
// PC whose total is the closest to the column's sum over the PC's segments
// when the difference is small (postal votes are not in Form-20) and no other
// candidate is as close; what is left stays unlinked and is reported, with the
// candidates it could have been.
// Thread-safe (pure).
#pragma once

#include <string>
#include <vector>

#include "geo/geo.h"
#include "importers/problems.h"
#include "results/election.h"

namespace janadhar::importers {

struct LinkOptions {
  // A vote-total match must be within this share of the candidate's total
  // (and at most kAbsoluteSlack votes above it).
  double relative_tolerance = 0.05;
};

struct LinkSummary {
  int columns = 0;  // candidate columns (NOTA excluded)
  int linked = 0;
  struct Unlinked {
    std::string file;
    int ac = 0;
    int pc = 0;
    std::string label;  // the column header
    std::string reason;
  };
  std::vector<Unlinked> unlinked;
};

// Links every column of `segments` in place. `delimitation` maps each AC to its
// PC; `seats` are the election's constituency results (one per PC). A segment
// whose AC is not in the delimitation, or whose PC has no results, is reported
// as a problem and its columns stay unlinked.
LinkSummary LinkBoothColumns(std::vector<results::SegmentBooths>* segments,
                             const geo::Delimitation& delimitation,
                             const std::vector<results::SeatResult>& seats,
                             const LinkOptions& options, ProblemList* problems);

}  // namespace janadhar::importers
