#include "analysis/parties.h"

#include <algorithm>

namespace janadhar::analysis {

PartySummaries SummariseParties(const ElectionData& data,
                                const PartySummaryOptions& options) {
  PartySummaries out;
  std::vector<PartySummary> by_party(data.parties.size());
  std::vector<int> seen_in_seat(data.parties.size(), -1);
  for (std::size_t i = 0; i < by_party.size(); ++i)
    by_party[i].party = static_cast<int>(i);
  for (std::size_t si = 0; si < data.seats.size(); ++si) {
    const Seat& seat = data.seats[si];
    if (!options.state.empty() && seat.state != options.state) continue;
    ++out.seats;
    const SeatVotes v = CountSeatVotes(seat);
    out.valid_votes += v.valid;
    out.nota_votes += v.nota;
    if (v.has_missing) ++out.seats_with_missing_votes;
    for (const auto& c : seat.candidates) {
      if (c.is_nota || c.party == kNoParty) continue;
      PartySummary& p = by_party[c.party];
      if (seen_in_seat[c.party] != static_cast<int>(si)) {
        seen_in_seat[c.party] = static_cast<int>(si);
        ++p.seats_contested;
      }
      if (c.votes > 0) p.votes += c.votes;
    }
    const std::vector<int> ranked = RankCandidates(seat);
    if (ranked.empty()) {
      ++out.seats_without_result;
      continue;
    }
    ++by_party[seat.candidates[ranked[0]].party].seats_won;
    if (ranked.size() > 1 && !seat.uncontested) {
      ++by_party[seat.candidates[ranked[1]].party].seats_second;
    }
  }
  for (PartySummary& p : by_party) {
    if (p.seats_contested == 0) continue;
    if (out.valid_votes > 0) {
      p.share = static_cast<double>(p.votes) / static_cast<double>(out.valid_votes);
    }
    const int64_t all = out.valid_votes + out.nota_votes;
    if (all > 0)
      p.share_with_nota = static_cast<double>(p.votes) / static_cast<double>(all);
    out.parties.push_back(p);
  }
  std::sort(out.parties.begin(), out.parties.end(),
            [](const PartySummary& a, const PartySummary& b) {
              if (a.seats_won != b.seats_won) return a.seats_won > b.seats_won;
              if (a.votes != b.votes) return a.votes > b.votes;
              return a.party < b.party;
            });
  return out;
}

}  // namespace janadhar::analysis
