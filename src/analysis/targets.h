// Target seats: the seats a party lost by less than a margin, ordered by the
// swing it needs, with the booths that decide them.
//
// Swing model (uniform, in percentage points of the seat's denominator): the
// party gains s points and the winner loses s; other candidates keep their
// share. The swing needed is the least s that puts the party first:
// max((winner − party) ÷ 2, max over third candidates (other − party)).
// At that swing, a booth the party lost "flips" when its booth share plus s
// beats every rival's booth share (the winner's less s).
// Pure functions over caller-owned data; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/booths.h"
#include "analysis/data.h"

namespace janadhar::analysis {

struct TargetOptions {
  std::string state;        // ECI code; "" for every state
  double within_pp = 10.0;  // lost by less than this many points
  int deficit_booths = 5;   // booths listed per seat, largest deficit first
  ShareBasis basis = ShareBasis::kExcludingNota;
};

struct TargetBooth {
  std::size_t segment = 0;    // index into the segments given
  std::size_t booth = 0;      // index into that segment's booths
  int32_t deficit_votes = 0;  // votes behind the booth's leader
  double margin_pp = 0;       // negative: behind
};

struct TargetSeat {
  const Seat* seat = nullptr;
  int party_candidate = -1;
  int winner = -1;
  int party_rank = 0;
  int64_t deficit_votes = 0;  // votes behind the winner
  double margin_pp = 0;       // points behind the winner (positive)
  double swing_needed_pp = 0;
  // Booth results (false when no segment of the seat has them).
  int segments_with_booths = 0;
  int booths = 0;       // usable booths (complete cells, some votes)
  int booths_won = 0;   // won by the party as they stand
  int booths_flip = 0;  // lost now, won at the swing needed
  std::vector<TargetBooth> largest_deficits;
};

std::vector<TargetSeat> FindTargets(const ElectionData& data, int party,
                                    const std::vector<Segment>& segments,
                                    const TargetOptions& options);

}  // namespace janadhar::analysis
