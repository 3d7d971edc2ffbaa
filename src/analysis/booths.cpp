#include "analysis/booths.h"

#include <algorithm>

#include "base/text.h"

namespace janadhar::analysis {

Status GradeThresholds::Validate() const {
  if (a > b && b > c) return Status::Ok();
  return Status::InvalidArgument(
      "grade thresholds must fall: A above B above C (percentage points of margin), "
      "e.g. --grade-a 10 --grade-b 0 --grade-c -10");
}

char GradeLetter(Grade g) {
  return static_cast<char>('A' + static_cast<int>(g));
}

Grade GradeOf(double margin_pp, const GradeThresholds& t) {
  if (margin_pp >= t.a) return Grade::kA;
  if (margin_pp >= t.b) return Grade::kB;
  if (margin_pp >= t.c) return Grade::kC;
  return Grade::kD;
}

Segment LinkSegment(const results::SegmentBooths& booths, const Seat& seat,
                    const ElectionData& data, std::string ac_name, int pc) {
  Segment s;
  s.booths = &booths;
  s.seat = &seat;
  s.ac_name = std::move(ac_name);
  s.pc = pc;
  s.column_candidate.assign(booths.columns.size(), -1);
  std::vector<bool> used(seat.candidates.size(), false);
  auto party_matches = [&](const Candidate& c, const std::string& written) {
    if (c.party == kNoParty || written.empty()) return false;
    const PartyInfo& p = data.parties[c.party];
    const std::string key = NameKey(written);
    return NameKey(p.name) == key || NameKey(p.label) == key;
  };
  // Pass 1: same name (and, among namesakes, the same party).
  for (std::size_t col = 0; col < booths.columns.size(); ++col) {
    const auto& column = booths.columns[col];
    if (column.is_nota || column.linked_candidate.empty()) continue;
    const std::string key = NameKey(column.linked_candidate);
    int found = -1;
    for (std::size_t i = 0; i < seat.candidates.size(); ++i) {
      const Candidate& c = seat.candidates[i];
      if (used[i] || c.is_nota || NameKey(c.name) != key) continue;
      if (found < 0 || party_matches(c, column.party)) found = static_cast<int>(i);
    }
    if (found >= 0) {
      used[found] = true;
      s.column_candidate[col] = found;
    }
  }
  // Pass 2: the only candidate of the column's party (not independents).
  for (std::size_t col = 0; col < booths.columns.size(); ++col) {
    const auto& column = booths.columns[col];
    if (s.column_candidate[col] >= 0 || column.is_nota || column.party.empty()) continue;
    int found = -1, matches = 0;
    for (std::size_t i = 0; i < seat.candidates.size(); ++i) {
      const Candidate& c = seat.candidates[i];
      if (used[i] || c.is_nota || !party_matches(c, column.party)) continue;
      if (data.parties[c.party].is_independent) continue;
      found = static_cast<int>(i);
      ++matches;
    }
    if (matches == 1) {
      used[found] = true;
      s.column_candidate[col] = found;
    }
  }
  return s;
}

namespace {

Exclusion ExclusionOf(const results::Booth& booth) {
  if (booth.flags & results::kBoothHasInvalid) return Exclusion::kInvalidCells;
  if (booth.flags & results::kBoothHasMissing) return Exclusion::kMissingCells;
  for (int32_t v : booth.votes) {
    if (v < 0) return Exclusion::kMissingCells;
  }
  return Exclusion::kNone;
}

// Per column: 1 for the party's candidates, 0 for rivals, -1 for NOTA.
std::vector<int8_t> ColumnRoles(const Segment& segment, int party) {
  std::vector<int8_t> role(segment.column_candidate.size(), 0);
  for (std::size_t col = 0; col < role.size(); ++col) {
    if (segment.booths->columns[col].is_nota) {
      role[col] = -1;
    } else if (int c = segment.column_candidate[col];
               c >= 0 && segment.seat->candidates[c].party == party) {
      role[col] = 1;
    }
  }
  return role;
}

}  // namespace

GradeSummary GradeBooths(const std::vector<Segment>& segments, int party,
                         const GradeThresholds& thresholds) {
  GradeSummary out;
  out.segments.reserve(segments.size());
  for (std::size_t si = 0; si < segments.size(); ++si) {
    const Segment& seg = segments[si];
    const auto& booths = seg.booths->booths;
    SegmentGrades& sg = out.segments.emplace_back();
    sg.segment = si;
    const std::vector<int8_t> role = ColumnRoles(seg, party);
    sg.contested = std::find(role.begin(), role.end(), 1) != role.end();
    if (!sg.contested) ++out.segments_not_contested;
    const std::size_t ncol = role.size();
    std::vector<int64_t> column_total(ncol, 0);
    sg.booths.resize(booths.size());
    for (std::size_t b = 0; b < booths.size(); ++b) {
      const results::Booth& booth = booths[b];
      BoothGrade& g = sg.booths[b];
      g.excluded = ExclusionOf(booth);
      if (g.excluded != Exclusion::kNone) continue;
      int64_t mine = 0, valid = 0, best = 0;
      int best_col = -1;
      for (std::size_t col = 0; col < ncol; ++col) {
        const int32_t v = booth.votes[col];
        if (role[col] < 0) continue;
        valid += v;
        column_total[col] += v;
        if (role[col] == 1) {
          mine += v;
        } else if (v > best || best_col < 0) {
          best = v;
          best_col = static_cast<int>(col);
        }
      }
      if (valid == 0) {
        g.excluded = Exclusion::kNoVotes;
        continue;
      }
      g.party_votes = static_cast<int32_t>(mine);
      g.rival_votes = static_cast<int32_t>(best);
      g.valid = static_cast<int32_t>(valid);
      g.rival_column = static_cast<int16_t>(best_col);
      g.share = static_cast<double>(mine) / static_cast<double>(valid);
      g.margin_pp = static_cast<double>(mine - best) * 100.0 / static_cast<double>(valid);
      g.grade = GradeOf(g.margin_pp, thresholds);
      ++sg.counts[static_cast<int>(g.grade)];
      sg.party_votes += mine;
      sg.valid += valid;
    }
    for (const BoothGrade& g : sg.booths) {
      if (g.excluded == Exclusion::kNoVotes) {
        ++sg.no_votes;
      } else if (g.excluded != Exclusion::kNone) {
        ++sg.excluded;
      }
    }
    int best_col = -1;
    for (std::size_t col = 0; col < ncol; ++col) {
      if (role[col] != 0) continue;
      if (best_col < 0 || column_total[col] > column_total[best_col]) {
        best_col = static_cast<int>(col);
      }
    }
    if (best_col >= 0) {
      sg.rival_votes = column_total[best_col];
      sg.rival_candidate = seg.column_candidate[best_col];
    }
    for (int k = 0; k < 4; ++k) out.counts[k] += sg.counts[k];
    out.excluded += sg.excluded;
    out.no_votes += sg.no_votes;
    out.graded += sg.counts[0] + sg.counts[1] + sg.counts[2] + sg.counts[3];
  }
  return out;
}

BoothOutcome BoothAfterSwing(const Segment& segment, std::size_t booth_index, int party,
                             int from, double swing) {
  BoothOutcome out;
  const results::Booth& booth = segment.booths->booths[booth_index];
  if (ExclusionOf(booth) != Exclusion::kNone) return out;
  int64_t mine = 0, valid = 0, leader = 0;
  const std::size_t ncol = segment.column_candidate.size();
  for (std::size_t col = 0; col < ncol; ++col) {
    if (segment.booths->columns[col].is_nota) continue;
    valid += booth.votes[col];
  }
  if (valid == 0) return out;
  double rival = 0;
  for (std::size_t col = 0; col < ncol; ++col) {
    if (segment.booths->columns[col].is_nota) continue;
    const int32_t v = booth.votes[col];
    const int c = segment.column_candidate[col];
    if (c >= 0 && segment.seat->candidates[c].party == party) {
      mine += v;
      continue;
    }
    leader = std::max<int64_t>(leader, v);
    double share = static_cast<double>(v) / static_cast<double>(valid);
    if (c >= 0 && c == from) share -= swing;
    rival = std::max(rival, share);
  }
  out.usable = true;
  out.party_votes = static_cast<int32_t>(mine);
  out.leader_votes = static_cast<int32_t>(leader);
  out.party_share = static_cast<double>(mine) / static_cast<double>(valid) + swing;
  out.rival_share = rival;
  return out;
}

}  // namespace janadhar::analysis
