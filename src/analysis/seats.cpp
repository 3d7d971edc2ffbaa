#include "analysis/seats.h"

namespace janadhar::analysis {

std::optional<double> Share(int64_t votes, int64_t denominator) {
  if (denominator <= 0 || votes < 0) return std::nullopt;
  return static_cast<double>(votes) / static_cast<double>(denominator);
}

std::vector<SeatSummary> SummariseSeats(const ElectionData& data,
                                        const SeatSummaryOptions& options) {
  std::vector<SeatSummary> out;
  for (const Seat& seat : data.seats) {
    if (!options.state.empty() && seat.state != options.state) continue;
    SeatSummary s;
    s.seat = &seat;
    s.votes = CountSeatVotes(seat);
    const int64_t denominator = s.votes.Denominator(options.basis);
    const std::vector<int> ranked = RankCandidates(seat);
    if (!ranked.empty()) s.winner = ranked[0];
    if (ranked.size() > 1 && !seat.uncontested) {
      s.runner_up = ranked[1];
      s.margin_votes =
          seat.candidates[ranked[0]].votes - seat.candidates[ranked[1]].votes;
      if (auto m = Share(s.margin_votes, denominator)) s.margin_pp = *m * 100.0;
    }
    if (seat.electors > 0 && seat.voters >= 0) {
      s.turnout = static_cast<double>(seat.voters) / static_cast<double>(seat.electors);
    }
    if (options.party != kNoParty) {
      for (std::size_t r = 0; r < ranked.size(); ++r) {
        if (seat.candidates[ranked[r]].party == options.party) {
          s.party_candidate = ranked[r];
          s.party_rank = static_cast<int>(r) + 1;
          break;
        }
      }
      if (s.party_candidate < 0) continue;  // the party did not contest here
      const int64_t mine = seat.candidates[s.party_candidate].votes;
      s.party_share = Share(mine, denominator);
      if (s.party_rank == 1) {
        s.party_margin_votes = s.margin_votes;
        s.party_margin_pp = s.margin_pp;
      } else {
        s.party_margin_votes = mine - seat.candidates[s.winner].votes;
        if (auto m = Share(-s.party_margin_votes, denominator)) {
          s.party_margin_pp = -*m * 100.0;
        }
      }
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace janadhar::analysis
