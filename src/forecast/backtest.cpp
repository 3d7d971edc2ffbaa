// Seat matching, party mapping, state swings and the setup of a backtest
// (backtest.h); the scoring is in backtest_score.cpp.
#include "forecast/backtest.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "base/text.h"

namespace janadhar::forecast {

const char* SeatMatchKindName(SeatMatchKind kind) {
  switch (kind) {
    case SeatMatchKind::kSame: return "same";
    case SeatMatchKind::kRenumbered: return "renumbered";
    case SeatMatchKind::kRespelled: return "respelled";
  }
  return "same";
}

SeatMatching MatchSeats(const std::vector<SeatId>& base,
                        const std::vector<SeatId>& target) {
  std::vector<std::string> base_key(base.size()), target_key(target.size());
  for (std::size_t i = 0; i < base.size(); ++i) base_key[i] = NameKey(base[i].name);
  for (std::size_t j = 0; j < target.size(); ++j) target_key[j] = NameKey(target[j].name);
  std::vector<int> partner(base.size(), -1);  // base → target
  std::vector<bool> taken(target.size(), false);
  std::vector<SeatMatchKind> kind(base.size(), SeatMatchKind::kSame);
  auto pair_up = [&](std::size_t i, std::size_t j, SeatMatchKind k) {
    partner[i] = static_cast<int>(j);
    taken[j] = true;
    kind[i] = k;
  };

  // Pass a: same state, number and name. Pass c also looks seats up by number.
  std::map<std::pair<std::string, int>, std::vector<std::size_t>> by_number;
  for (std::size_t j = 0; j < target.size(); ++j) {
    by_number[{target[j].state, target[j].number}].push_back(j);
  }
  for (std::size_t i = 0; i < base.size(); ++i) {
    auto it = by_number.find({base[i].state, base[i].number});
    if (it == by_number.end()) continue;
    for (std::size_t j : it->second) {
      if (!taken[j] && target_key[j] == base_key[i]) {
        pair_up(i, j, SeatMatchKind::kSame);
        break;
      }
    }
  }

  // Pass b: same state and name, another number; in number order.
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> base_named,
      target_named;
  for (std::size_t i = 0; i < base.size(); ++i) {
    if (partner[i] < 0 && !base_key[i].empty())
      base_named[{base[i].state, base_key[i]}].push_back(i);
  }
  for (std::size_t j = 0; j < target.size(); ++j) {
    if (!taken[j] && !target_key[j].empty())
      target_named[{target[j].state, target_key[j]}].push_back(j);
  }
  for (auto& [key, is] : base_named) {
    auto it = target_named.find(key);
    if (it == target_named.end()) continue;
    std::vector<std::size_t>& js = it->second;
    auto by_num = [](const std::vector<SeatId>& seats) {
      return [&seats](std::size_t a, std::size_t b) {
        return seats[a].number < seats[b].number;
      };
    };
    std::stable_sort(is.begin(), is.end(), by_num(base));
    std::stable_sort(js.begin(), js.end(), by_num(target));
    for (std::size_t k = 0; k < is.size() && k < js.size(); ++k) {
      pair_up(is[k], js[k], SeatMatchKind::kRenumbered);
    }
  }

  // Pass c: same state and number, a close name.
  for (std::size_t i = 0; i < base.size(); ++i) {
    if (partner[i] >= 0) continue;
    auto it = by_number.find({base[i].state, base[i].number});
    if (it == by_number.end()) continue;
    for (std::size_t j : it->second) {
      if (taken[j]) continue;
      if (!ClosestNames(base[i].name, {target[j].name}, 1).empty()) {
        pair_up(i, j, SeatMatchKind::kRespelled);
        break;
      }
    }
  }

  SeatMatching m;
  for (std::size_t i = 0; i < base.size(); ++i) {
    if (partner[i] >= 0) {
      m.matched.push_back({static_cast<int>(i), partner[i], kind[i]});
    } else {
      m.base_only.push_back(static_cast<int>(i));
    }
  }
  for (std::size_t j = 0; j < target.size(); ++j) {
    if (!taken[j]) m.target_only.push_back(static_cast<int>(j));
  }
  return m;
}

std::vector<SeatId> SeatIds(const analysis::ElectionData& data) {
  std::vector<SeatId> ids;
  ids.reserve(data.seats.size());
  for (const auto& s : data.seats) ids.push_back({s.state, s.number, s.name});
  return ids;
}

std::vector<int> MapParties(const analysis::ElectionData& from,
                            const analysis::ElectionData& to) {
  std::unordered_map<std::string, int> by_name, by_label;
  for (std::size_t i = 0; i < to.parties.size(); ++i) {
    by_name.emplace(NameKey(to.parties[i].name), static_cast<int>(i));
    by_label.emplace(NameKey(to.parties[i].label), static_cast<int>(i));
  }
  std::vector<int> map(from.parties.size(), analysis::kNoParty);
  for (std::size_t i = 0; i < from.parties.size(); ++i) {
    if (auto it = by_name.find(NameKey(from.parties[i].name)); it != by_name.end()) {
      map[i] = it->second;
    } else if (auto jt = by_label.find(NameKey(from.parties[i].label));
               jt != by_label.end()) {
      map[i] = jt->second;
    }
  }
  return map;
}

namespace {

// (state index, party) pairs with a candidate in the input.
std::set<std::pair<int, int>> Standing(const ForecastInput& in) {
  std::set<std::pair<int, int>> out;
  for (const auto& seat : in.seats) {
    for (const auto& c : seat.candidates) out.emplace(seat.state_index, c.party);
  }
  return out;
}

}  // namespace

StateSwings ComputeStateSwings(const ForecastInput& base, const ForecastInput& target,
                               const std::vector<int>& target_to_base) {
  auto base_of = [&](int t) {
    if (t == target.nota_party && t != analysis::kNoParty) return base.nota_party;
    return t >= 0 && t < static_cast<int>(target_to_base.size()) ? target_to_base[t]
                                                                 : analysis::kNoParty;
  };
  const auto base_standing = Standing(base);
  const auto target_standing = Standing(target);
  StateSwings out;
  // The target's share of each base party, per base state.
  std::vector<std::vector<double>> target_share(
      base.states.size(), std::vector<double>(base.parties.size(), 0.0));
  for (std::size_t ts = 0; ts < target.states.size(); ++ts) {
    const int bs = base.FindState(target.states[ts]);
    for (std::size_t t = 0; t < target.parties.size(); ++t) {
      const double share = target.state_share[ts][t];
      const int b = base_of(static_cast<int>(t));
      const bool projected =
          bs >= 0 && b != analysis::kNoParty && base_standing.count({bs, b}) > 0;
      if (projected) {
        target_share[bs][b] += share;
      } else if (target_standing.count({static_cast<int>(ts), static_cast<int>(t)})) {
        out.unprojected.push_back({target.states[ts], static_cast<int>(t), share});
      }
    }
  }
  for (const auto& [s, b] : base_standing) {
    out.swing[{base.states[s], b}] = target_share[s][b] - base.state_share[s][b];
  }
  std::stable_sort(out.unprojected.begin(), out.unprojected.end(),
                   [](const UnprojectedParty& x, const UnprojectedParty& y) {
                     if (x.state != y.state) return x.state < y.state;
                     return x.target_share > y.target_share;
                   });
  return out;
}

ActualSeat ActualOf(const analysis::ElectionData& target, const analysis::Seat& seat,
                    const std::vector<int>& target_to_base, analysis::ShareBasis basis) {
  ActualSeat a;
  const std::vector<int> order = analysis::RankCandidates(seat);
  if (order.empty()) return a;
  const analysis::Candidate& w = seat.candidates[order[0]];
  if (w.party == analysis::kNoParty) return a;
  a.has_winner = true;
  a.label = target.parties[w.party].label;
  a.party = w.party < static_cast<int>(target_to_base.size()) ? target_to_base[w.party]
                                                              : analysis::kNoParty;
  a.candidate = w.name;
  const analysis::SeatVotes votes = analysis::CountSeatVotes(seat);
  const int64_t denominator = votes.Denominator(basis);
  if (w.votes >= 0 && !votes.has_missing && denominator > 0) {
    const int64_t runner_up = order.size() > 1 ? seat.candidates[order[1]].votes : 0;
    a.margin_pp = static_cast<double>(w.votes - runner_up) / denominator * 100.0;
  }
  return a;
}

Result<BacktestSetup> PrepareBacktest(const analysis::ElectionData& base,
                                      const analysis::ElectionData& target,
                                      const BacktestOptions& options) {
  BacktestSetup s;
  s.matching = MatchSeats(SeatIds(base), SeatIds(target));
  if (s.matching.matched.empty()) {
    return Status::FailedPrecondition("no seat of " + target.election.name +
                                      " matches a seat of " + base.election.name +
                                      " (by state, number and name)");
  }
  analysis::ElectionData b, t;
  b.election = base.election;
  b.parties = base.parties;
  t.election = target.election;
  t.parties = target.parties;
  for (const SeatMatch& m : s.matching.matched) {
    b.seats.push_back(base.seats[m.base]);
    t.seats.push_back(target.seats[m.target]);
  }
  s.target_to_base = MapParties(target, base);
  JANADHAR_ASSIGN_OR_RETURN(s.input, BuildInput(b, options.input));
  InputOptions all = options.input;
  all.top_k = 0;
  JANADHAR_ASSIGN_OR_RETURN(s.target_input, BuildInput(t, all));
  s.swings = ComputeStateSwings(s.input, s.target_input, s.target_to_base);
  s.actual.reserve(t.seats.size());
  for (const auto& seat : t.seats) {
    s.actual.push_back(ActualOf(t, seat, s.target_to_base, options.input.share_basis));
  }
  return s;
}

}  // namespace janadhar::forecast
