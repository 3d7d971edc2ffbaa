#include "analysis/data.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "base/text.h"

namespace janadhar::analysis {

std::string_view ShareBasisName(ShareBasis basis) {
  return basis == ShareBasis::kIncludingNota ? "votes_polled_including_nota"
                                             : "valid_votes_excluding_nota";
}

std::string_view ShareBasisText(ShareBasis basis) {
  return basis == ShareBasis::kIncludingNota ? "of all votes polled, NOTA included"
                                             : "of valid votes excluding NOTA";
}

SeatVotes CountSeatVotes(const Seat& seat) {
  SeatVotes v;
  for (const auto& c : seat.candidates) {
    if (c.votes < 0) {
      v.has_missing = true;
    } else if (c.is_nota) {
      v.nota += c.votes;
    } else {
      v.valid += c.votes;
    }
  }
  return v;
}

std::vector<int> RankCandidates(const Seat& seat) {
  std::vector<int> order;
  for (std::size_t i = 0; i < seat.candidates.size(); ++i) {
    const auto& c = seat.candidates[i];
    if (c.is_nota) continue;
    if (c.votes < 0 && !seat.uncontested) continue;
    order.push_back(static_cast<int>(i));
  }
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return seat.candidates[a].votes > seat.candidates[b].votes;
  });
  return order;
}

int ElectionData::FindParty(std::string_view label_or_name) const {
  const std::string key = NameKey(label_or_name);
  for (std::size_t i = 0; i < parties.size(); ++i) {
    if (NameKey(parties[i].label) == key || NameKey(parties[i].name) == key) {
      return static_cast<int>(i);
    }
  }
  return kNoParty;
}

ElectionData BuildElectionData(const results::Election& election,
                               const std::vector<results::SeatResult>& seats,
                               const results::PartyDirectory& directory) {
  ElectionData data;
  data.election = election;
  // One index per directory party (by id), or per unknown name (by key).
  std::unordered_map<int64_t, int> by_id;
  std::unordered_map<std::string, int> by_key;
  std::unordered_map<std::string, int> cache;  // name as written → index
  auto index_of = [&](const std::string& written) -> int {
    if (auto it = cache.find(written); it != cache.end()) return it->second;
    int idx;
    if (const results::Party* p = directory.Resolve(written)) {
      auto [it, fresh] = by_id.emplace(p->id, static_cast<int>(data.parties.size()));
      if (fresh) {
        data.parties.push_back({p->abbreviation.empty() ? p->name : p->abbreviation,
                                p->name, p->is_independent});
      }
      idx = it->second;
    } else {
      auto [it, fresh] =
          by_key.emplace(NameKey(written), static_cast<int>(data.parties.size()));
      if (fresh) data.parties.push_back({written, written, false});
      idx = it->second;
    }
    cache.emplace(written, idx);
    return idx;
  };
  data.seats.reserve(seats.size());
  for (const auto& s : seats) {
    Seat& seat = data.seats.emplace_back();
    seat.state = s.state;
    seat.state_name = s.state_name;
    seat.number = s.number;
    seat.name = s.name;
    seat.uncontested = s.uncontested;
    seat.candidates.reserve(s.candidates.size());
    for (const auto& c : s.candidates) {
      Candidate& out = seat.candidates.emplace_back();
      out.name = c.name;
      out.votes = c.votes;
      out.is_nota = c.is_nota;
      out.party = c.is_nota ? kNoParty : index_of(c.party);
    }
  }
  return data;
}

const Seat* FindSeat(const ElectionData& data, std::string_view state, int number) {
  for (const auto& seat : data.seats) {
    if (seat.number == number && seat.state == state) return &seat;
  }
  return nullptr;
}

}  // namespace janadhar::analysis
