#include "results/tally.h"

#include <algorithm>
#include <unordered_map>

namespace janadhar::results {

std::vector<PartyTally> TallyByParty(const std::vector<SeatResult>& seats) {
  std::vector<PartyTally> out;
  std::unordered_map<std::string, std::size_t> index;
  auto entry = [&](const std::string& party) -> PartyTally& {
    auto [it, inserted] = index.emplace(party, out.size());
    if (inserted) out.push_back(PartyTally{party});
    return out[it->second];
  };
  for (const auto& seat : seats) {
    for (const auto& c : seat.candidates) {
      if (c.is_nota) continue;
      PartyTally& t = entry(c.party);
      ++t.seats_contested;
      if (c.votes > 0) t.votes += c.votes;
    }
    const int w = seat.WinnerIndex();
    if (w >= 0 && (seat.uncontested || seat.candidates[w].votes > 0)) {
      ++entry(seat.candidates[w].party).seats_won;
    }
  }
  std::sort(out.begin(), out.end(), [](const PartyTally& a, const PartyTally& b) {
    if (a.seats_won != b.seats_won) return a.seats_won > b.seats_won;
    return a.votes > b.votes;
  });
  return out;
}

}  // namespace janadhar::results
