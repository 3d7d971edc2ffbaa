// Booth grades: for one party, each polling station's vote share, its margin
// over the strongest rival (positive: its lead), and a grade A/B/C/D by that
// margin in percentage points of the booth's valid votes (NOTA excluded).
// Default thresholds (../shared/DESIGN.md): A ≥ 10, B 0–10, C −10–0, D < −10;
// a margin exactly on a threshold takes the better grade (a tie is B).
//
// Booths with blank or invalid cells are not graded (excluded: a data
// problem); booths where no votes were recorded get no grade either and are
// counted apart. Where the party had no candidate, its booths are graded with
// 0 votes for it (and the segment marked not contested).
// Pure functions over caller-owned data; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/data.h"
#include "base/status.h"

namespace janadhar::analysis {

struct GradeThresholds {
  double a = 10.0;   // margin ≥ a: A
  double b = 0.0;    // margin ≥ b: B
  double c = -10.0;  // margin ≥ c: C; below: D
  // InvalidArgument unless a > b > c.
  Status Validate() const;
};

enum class Grade : uint8_t { kA = 0, kB = 1, kC = 2, kD = 3 };
char GradeLetter(Grade g);
Grade GradeOf(double margin_pp, const GradeThresholds& t);

// One assembly segment's booth results tied to the seat its votes count for
// (its PC in a Lok Sabha election, itself in a Vidhan Sabha election).
struct Segment {
  const results::SegmentBooths* booths = nullptr;  // not owned
  const Seat* seat = nullptr;                      // not owned
  std::string ac_name;
  int pc = 0;
  // Per booth column: index into seat->candidates, -1 when the column is
  // NOTA or not linked to a candidate (its votes still count as a rival's).
  std::vector<int> column_candidate;
};

// Ties each column to the seat's candidate: by name, then (for namesakes and
// spellings) by party. Columns found nowhere stay -1.
Segment LinkSegment(const results::SegmentBooths& booths, const Seat& seat,
                    const ElectionData& data, std::string ac_name, int pc);

enum class Exclusion : uint8_t { kNone, kMissingCells, kInvalidCells, kNoVotes };

struct BoothGrade {
  int32_t party_votes = 0;
  int32_t rival_votes = 0;  // the strongest rival's votes
  int32_t valid = 0;        // candidates' votes, NOTA excluded
  int16_t rival_column = -1;
  Exclusion excluded = Exclusion::kNone;
  Grade grade = Grade::kD;
  double share = 0;      // fraction of valid
  double margin_pp = 0;  // (party − rival) ÷ valid × 100
};

struct SegmentGrades {
  std::size_t segment = 0;      // index into the input
  bool contested = false;       // the party has a candidate in this seat
  std::array<int, 4> counts{};  // booths per grade A, B, C, D
  int excluded = 0;             // blank or invalid cells
  int no_votes = 0;             // no votes recorded
  int64_t party_votes = 0;      // over graded booths
  int64_t valid = 0;
  int64_t rival_votes = 0;   // the strongest rival over the segment's booths
  int rival_candidate = -1;  // its index in seat->candidates (-1: unlinked)
  bool led() const { return contested && party_votes > rival_votes; }
  std::vector<BoothGrade> booths;  // one per booth, in file order
};

struct GradeSummary {
  std::vector<SegmentGrades> segments;
  std::array<int, 4> counts{};
  int graded = 0;
  int excluded = 0;  // blank or invalid cells
  int no_votes = 0;  // no votes recorded
  int segments_not_contested = 0;
};

GradeSummary GradeBooths(const std::vector<Segment>& segments, int party,
                         const GradeThresholds& thresholds);

// Votes of one booth for the party's candidates and the strongest rival,
// after moving `swing` (a fraction of valid votes) from candidate `from`
// (index in seat->candidates, -1 for none) to the party. Used for targets.
struct BoothOutcome {
  double party_share = 0;
  double rival_share = 0;
  int32_t party_votes = 0;
  int32_t leader_votes = 0;  // the strongest rival's votes before the swing
  bool usable = false;       // false: cells missing or no votes
};
BoothOutcome BoothAfterSwing(const Segment& segment, std::size_t booth, int party,
                             int from, double swing);

}  // namespace janadhar::analysis
