#include "analysis/iou.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "analysis/seats.h"

namespace janadhar::analysis {

namespace {

// An opposition "party": a party index, or for an independent the candidate
// (a key of its own, below 0).
int64_t EntityKey(const ElectionData& data, const Candidate& c, std::size_t seat,
                  std::size_t cand) {
  if (data.parties[c.party].is_independent) {
    return -1 - static_cast<int64_t>(seat * 1000 + cand);
  }
  return c.party;
}

}  // namespace

IouResult ComputeIou(const ElectionData& data, const IouOptions& options) {
  IouResult out;
  auto is_ruling = [&](int party) {
    return std::find(options.ruling.begin(), options.ruling.end(), party) !=
           options.ruling.end();
  };
  struct StateAcc {
    std::map<int64_t, int64_t> votes;  // opposition entity → votes
    double iou_sum = 0;
    int iou_seats = 0;
  };
  std::map<std::string, std::size_t> state_index;
  std::vector<StateAcc> acc;
  for (std::size_t si = 0; si < data.seats.size(); ++si) {
    const Seat& seat = data.seats[si];
    if (!options.state.empty() && seat.state != options.state) continue;
    auto [it, fresh] = state_index.emplace(seat.state, out.states.size());
    if (fresh) {
      IouState st;
      st.state = seat.state;
      st.state_name = seat.state_name;
      out.states.push_back(st);
      acc.emplace_back();
    }
    IouState& st = out.states[it->second];
    StateAcc& sa = acc[it->second];
    IouSeat s;
    s.seat = &seat;
    std::map<int64_t, int64_t> seat_votes;
    std::map<int64_t, int> best_candidate;
    int64_t ruling_votes = 0;
    for (std::size_t ci = 0; ci < seat.candidates.size(); ++ci) {
      const Candidate& c = seat.candidates[ci];
      if (c.is_nota || c.party == kNoParty || c.votes < 0) continue;
      if (is_ruling(c.party)) {
        ruling_votes += c.votes;
        continue;
      }
      const int64_t key = EntityKey(data, c, si, ci);
      seat_votes[key] += c.votes;
      sa.votes[key] += c.votes;
      s.opposition_votes += c.votes;
      auto [bit, first] = best_candidate.emplace(key, static_cast<int>(ci));
      if (!first && c.votes > seat.candidates[bit->second].votes) {
        bit->second = static_cast<int>(ci);
      }
    }
    for (const auto& [key, votes] : seat_votes) {
      if (votes > s.largest_votes) {
        s.largest_votes = votes;
        s.largest_candidate = best_candidate[key];
        s.largest = seat.candidates[s.largest_candidate].party;
      }
    }
    if (s.opposition_votes > 0) {
      s.iou = 100.0 * static_cast<double>(s.largest_votes) /
              static_cast<double>(s.opposition_votes);
      sa.iou_sum += *s.iou;
      ++sa.iou_seats;
    }
    s.ruling_share = Share(ruling_votes, CountSeatVotes(seat).Denominator(options.basis));
    const std::vector<int> ranked = RankCandidates(seat);
    s.ruling_won = !ranked.empty() && is_ruling(seat.candidates[ranked[0]].party);
    ++st.seats;
    if (s.ruling_won) ++st.ruling_won;
    out.seats.push_back(s);
  }
  for (std::size_t i = 0; i < out.states.size(); ++i) {
    IouState& st = out.states[i];
    const StateAcc& sa = acc[i];
    int64_t total = 0, largest = 0;
    for (const auto& [key, votes] : sa.votes) {
      total += votes;
      if (votes > largest) {
        largest = votes;
        st.largest = key >= 0 ? static_cast<int>(key) : kNoParty;
      }
    }
    if (total > 0)
      st.iou = 100.0 * static_cast<double>(largest) / static_cast<double>(total);
    if (sa.iou_seats > 0) st.mean_seat_iou = sa.iou_sum / sa.iou_seats;
  }
  return out;
}

}  // namespace janadhar::analysis
