// Linking the candidate columns of booth-wise files to the candidates (and so
// the parties) of the same PC's constituency results.
//
// For each PC, over all its segments' files: (1) names equal after
// normalisation (NameKey) — when exactly one candidate of the PC and one
// column of the file have the name (namesakes are left to the next steps);
// (2) for the columns left, names close (edit distance at most a third of the
// longer key, or one key containing the other) and vote totals that agree;
// (3) for the columns still left, the candidate whose total is the closest to
// the column's sum, when it agrees and is clearly closer than the next
// candidate's. What is left stays unlinked and is reported, with the
// candidates it could have been. A candidate is linked to at most one column
// per file.
//
// A column's sum is its booth votes over all the PC's files, blank cells
// skipped; the columns of one ballot position ("3 - NAME") are one candidate
// in every file of the PC (by name instead, when the files number their
// columns inconsistently). Vote totals are compared only when every assembly
// segment of the PC is in `segments` (a partial sum would match the wrong
// candidate). None-of-the-Above columns get LinkMethod::kNota and the party of
// the seat's NOTA entry ("None of the Above"; empty when the seat has none).
// Thread-safe (pure).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "geo/geo.h"
#include "importers/problems.h"
#include "results/election.h"

namespace janadhar::importers {

struct LinkOptions {
  // A column's vote sum over the PC's segments agrees with a candidate's total
  // when they differ by at most this share of the larger of the two plus
  // `absolute_tolerance` votes. The total is usually a little above the sum
  // (postal ballots are not in Form-20), but Form-20 files have their own small
  // errors, so the difference is allowed either way.
  double relative_tolerance = 0.05;
  int64_t absolute_tolerance = 10;
};

struct LinkSummary {
  int columns = 0;  // candidate columns (NOTA excluded), over all files
  int linked = 0;   // of those, linked to a candidate
  struct Unlinked {
    std::string file;
    int ac = 0;
    int pc = 0;         // 0 when the AC is not in the delimitation
    std::string label;  // the column header
    std::string reason;
  };
  std::vector<Unlinked> unlinked;
};

// Links every column of `segments` in place (party, linked_candidate, link;
// earlier links are cleared first). `delimitation` maps each AC (by the
// segment's state and ac) to its PC; `seats` are the election's constituency
// results (one per PC; the seat with the segment's state and number == PC). A
// segment whose AC is not in the delimitation, or whose PC has no results, is
// reported as a kError problem for its file (line 0) and its columns stay
// unlinked. Unlinked columns are listed in the summary, not in `problems`.
LinkSummary LinkBoothColumns(std::vector<results::SegmentBooths>* segments,
                             const geo::Delimitation& delimitation,
                             const std::vector<results::SeatResult>& seats,
                             const LinkOptions& options, ProblemList* problems);

}  // namespace janadhar::importers
