#include "analysis/targets.h"

#include <algorithm>

#include "analysis/seats.h"

namespace janadhar::analysis {

namespace {

void AddBooths(const std::vector<Segment>& segments, int party, double swing,
               const TargetOptions& options, TargetSeat& t) {
  std::vector<TargetBooth> lost;
  for (std::size_t si = 0; si < segments.size(); ++si) {
    const Segment& seg = segments[si];
    if (seg.seat != t.seat) continue;
    ++t.segments_with_booths;
    for (std::size_t b = 0; b < seg.booths->booths.size(); ++b) {
      const BoothOutcome now = BoothAfterSwing(seg, b, party, t.winner, 0.0);
      if (!now.usable) continue;
      ++t.booths;
      if (now.party_share > now.rival_share) {
        ++t.booths_won;
        continue;
      }
      const BoothOutcome then = BoothAfterSwing(seg, b, party, t.winner, swing);
      if (then.party_share > then.rival_share) ++t.booths_flip;
      TargetBooth tb;
      tb.segment = si;
      tb.booth = b;
      tb.deficit_votes = now.leader_votes - now.party_votes;
      tb.margin_pp = (now.party_share - now.rival_share) * 100.0;
      lost.push_back(tb);
    }
  }
  const std::size_t keep = std::min(
      lost.size(), static_cast<std::size_t>(std::max(0, options.deficit_booths)));
  std::partial_sort(lost.begin(), lost.begin() + static_cast<std::ptrdiff_t>(keep),
                    lost.end(), [](const TargetBooth& a, const TargetBooth& b) {
                      if (a.deficit_votes != b.deficit_votes) {
                        return a.deficit_votes > b.deficit_votes;
                      }
                      return a.segment != b.segment ? a.segment < b.segment
                                                    : a.booth < b.booth;
                    });
  lost.resize(keep);
  t.largest_deficits = std::move(lost);
}

}  // namespace

std::vector<TargetSeat> FindTargets(const ElectionData& data, int party,
                                    const std::vector<Segment>& segments,
                                    const TargetOptions& options) {
  SeatSummaryOptions so;
  so.state = options.state;
  so.party = party;
  so.basis = options.basis;
  std::vector<TargetSeat> out;
  for (const SeatSummary& s : SummariseSeats(data, so)) {
    if (s.party_rank <= 1 || !s.party_margin_pp) continue;
    const double behind = -*s.party_margin_pp;
    if (behind >= options.within_pp) continue;
    const Seat& seat = *s.seat;
    const int64_t denominator = s.votes.Denominator(options.basis);
    const double mine = static_cast<double>(seat.candidates[s.party_candidate].votes);
    double needed = behind / 2.0;
    for (std::size_t i = 0; i < seat.candidates.size(); ++i) {
      const Candidate& c = seat.candidates[i];
      if (c.is_nota || c.votes < 0 || static_cast<int>(i) == s.winner ||
          static_cast<int>(i) == s.party_candidate) {
        continue;
      }
      needed = std::max(needed, (static_cast<double>(c.votes) - mine) * 100.0 /
                                    static_cast<double>(denominator));
    }
    TargetSeat t;
    t.seat = &seat;
    t.party_candidate = s.party_candidate;
    t.winner = s.winner;
    t.party_rank = s.party_rank;
    t.deficit_votes = -s.party_margin_votes;
    t.margin_pp = behind;
    t.swing_needed_pp = needed;
    AddBooths(segments, party, needed / 100.0, options, t);
    out.push_back(std::move(t));
  }
  std::stable_sort(out.begin(), out.end(), [](const TargetSeat& a, const TargetSeat& b) {
    return a.swing_needed_pp < b.swing_needed_pp;
  });
  return out;
}

}  // namespace janadhar::analysis
