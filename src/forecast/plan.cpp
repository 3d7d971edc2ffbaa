#include "forecast/plan.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>
#include <set>
#include <tuple>

namespace janadhar::forecast::internal {
namespace {

int RoundUp(int n, int to) {
  return (n + to - 1) / to * to;
}

double Lookup(const std::map<int, double>& m, int key) {
  auto it = m.find(key);
  return it == m.end() ? 0.0 : it->second;
}

// A swing and the base share it is relative to (proportional swing divides
// by it; a term whose base is 0 is left out there).
struct SwingTerm {
  double swing, base;
};

// `share` after the swings: uniform, plus each swing in order; proportional,
// scaled by 1 + the sum of swing / base (never below 0).
double ApplySwings(SwingMode mode, double share, std::initializer_list<SwingTerm> terms) {
  if (mode == SwingMode::kUniform) {
    for (const SwingTerm& t : terms) share += t.swing;
    return share;
  }
  double factor = 1.0;
  for (const SwingTerm& t : terms) {
    if (t.base > 0) factor += t.swing / t.base;
  }
  return share * std::max(0.0, factor);
}

}  // namespace

int RegionOf(const Scenario& s, int seat) {
  return s.seat_region.empty() ? -1 : s.seat_region[seat];
}

std::vector<int> AllianceOfParty(const ForecastInput& in, const Scenario& s) {
  std::vector<int> alliance_of_party(in.parties.size(), -1);
  for (std::size_t a = 0; a < s.alliances.size(); ++a) {
    for (int party : s.alliances[a].parties)
      alliance_of_party[party] = static_cast<int>(a);
  }
  return alliance_of_party;
}

std::vector<std::vector<double>> RegionShares(const ForecastInput& in,
                                              const Scenario& s) {
  const std::size_t parties = in.parties.size();
  std::vector<std::vector<double>> votes(s.regions.size(),
                                         std::vector<double>(parties, 0.0));
  std::vector<double> total(s.regions.size(), 0.0);
  for (std::size_t seat = 0; seat < in.seats.size(); ++seat) {
    const int r = RegionOf(s, static_cast<int>(seat));
    if (r < 0) continue;
    double seat_votes = 0;
    for (const InputCandidate& c : in.seats[seat].candidates) {
      votes[r][c.party] += static_cast<double>(c.votes);
      if (c.share > 0 && seat_votes == 0) seat_votes = c.votes / c.share;
    }
    total[r] += seat_votes;
  }
  for (std::size_t r = 0; r < votes.size(); ++r) {
    for (double& v : votes[r]) v = total[r] > 0 ? v / total[r] : 0.0;
  }
  return votes;
}

double AllianceSwung(const ForecastInput& in, const Scenario& s, const Alliance& al,
                     int state_index, double share) {
  double state = 0;
  if (!al.state_swing.empty()) {
    auto it = al.state_swing.find(in.states[state_index]);
    if (it != al.state_swing.end()) state = it->second;
  }
  double n = 0, b = 0;
  for (int p : al.parties) {
    n += in.national_share[p];
    b += in.state_share[state_index][p];
  }
  return ApplySwings(s.swing_mode, share, {{al.swing, n}, {state, b}});
}

std::vector<Row> SeatRows(const ForecastInput& in, const Scenario& s,
                          const std::vector<std::vector<double>>& region_share, int seat,
                          const std::vector<int>& alliance_of_party) {
  const InputSeat& st = in.seats[seat];
  std::vector<Row> rows;
  std::vector<bool> done(s.alliances.size(), false);
  auto swung = [&](int party, double share) {
    return Swung(in, s, region_share, seat, party, share);
  };
  auto add_alliance = [&](int a, int fielded) {
    const Alliance& al = s.alliances[a];
    Row row{fielded, -1, a, 0.0};
    for (std::size_t k = 0; k < st.candidates.size(); ++k) {
      if (st.candidates[k].party == fielded) {
        row.candidate = static_cast<int>(k);
        break;
      }
    }
    row.mean = row.candidate >= 0 ? swung(fielded, st.candidates[row.candidate].share)
                                  : swung(fielded, 0.0);
    for (std::size_t k = 0; k < st.candidates.size(); ++k) {
      const int p = st.candidates[k].party;
      if (static_cast<int>(k) == row.candidate || alliance_of_party[p] != a) continue;
      auto t = al.transfer_from.find(p);
      const double rate = t == al.transfer_from.end() ? al.transfer : t->second;
      row.mean += rate * std::max(0.0, swung(p, st.candidates[k].share));
    }
    row.mean = AllianceSwung(in, s, al, st.state_index, row.mean);
    rows.push_back(row);
    done[a] = true;
  };
  for (std::size_t k = 0; k < st.candidates.size(); ++k) {
    const InputCandidate& c = st.candidates[k];
    const int a = alliance_of_party[c.party];
    if (a < 0) {
      rows.push_back({c.party, static_cast<int>(k), -1, swung(c.party, c.share)});
    } else if (!done[a]) {
      auto f = s.alliances[a].fielded.find(seat);
      add_alliance(a, f == s.alliances[a].fielded.end() ? c.party : f->second);
    }
  }
  for (std::size_t a = 0; a < s.alliances.size(); ++a) {
    auto f = s.alliances[a].fielded.find(seat);
    if (!done[a] && f != s.alliances[a].fielded.end()) {
      add_alliance(static_cast<int>(a), f->second);
    }
  }
  return rows;
}

double Swung(const ForecastInput& in, const Scenario& s,
             const std::vector<std::vector<double>>& region_share, int seat, int party,
             double share) {
  const int state_index = in.seats[seat].state_index;
  const double national = Lookup(s.party_swing, party);
  double state = 0;
  if (!s.state_swing.empty()) {
    auto it = s.state_swing.find({in.states[state_index], party});
    if (it != s.state_swing.end()) state = it->second;
  }
  const int r = RegionOf(s, seat);
  double region = 0;
  if (r >= 0 && !s.region_swing.empty()) {
    auto it = s.region_swing.find({r, party});
    if (it != s.region_swing.end()) region = it->second;
  }
  return ApplySwings(s.swing_mode, share,
                     {{national, in.national_share[party]},
                      {state, in.state_share[state_index][party]},
                      {region, r >= 0 ? region_share[r][party] : 0.0}});
}

Result<std::unique_ptr<Plan>> MakePlan(const ForecastInput& in, const Scenario& s) {
  JANADHAR_RETURN_IF_ERROR(ValidateScenario(in, s));
  auto plan = std::make_unique<Plan>();
  Plan& p = *plan;
  const int parties = static_cast<int>(in.parties.size());
  const std::vector<int> alliance_of_party = AllianceOfParty(in, s);
  p.seats = static_cast<int>(in.seats.size());
  p.majority = s.majority > 0 ? s.majority : p.seats / 2 + 1;
  std::vector<std::vector<Row>> seat_rows(p.seats);
  int slots = 1;
  std::vector<int> unit_of_party(parties, -1);
  const auto region_share = RegionShares(in, s);
  for (int c = 0; c < p.seats; ++c) {
    seat_rows[c] = SeatRows(in, s, region_share, c, alliance_of_party);
    slots = std::max(slots, static_cast<int>(seat_rows[c].size()));
    for (const Row& r : seat_rows[c]) unit_of_party[r.party] = 0;
  }
  for (int party = 0; party < parties; ++party) {
    if (unit_of_party[party] < 0) continue;
    unit_of_party[party] = p.units++;
    p.unit_party.push_back(party);
    p.unit_alliance.push_back(alliance_of_party[party]);
  }
  p.alliance_units.resize(s.alliances.size());
  for (int u = 0; u < p.units; ++u) {
    if (p.unit_alliance[u] >= 0) p.alliance_units[p.unit_alliance[u]].push_back(u);
  }

  // Columns: the seats by the gap between their first and third rows (the
  // second when a seat has two), so that the seats where a third row cannot
  // win share blocks of 16 and skip their later rows together.
  auto gap = [&](int c) {
    const auto& r = seat_rows[c];
    if (r.size() < 2) return __builtin_inf();
    return r[0].mean - r[std::min<std::size_t>(r.size() - 1, 2)].mean;
  };
  p.seat_of_column.resize(p.seats);
  for (int c = 0; c < p.seats; ++c) p.seat_of_column[c] = c;
  std::stable_sort(p.seat_of_column.begin(), p.seat_of_column.end(),
                   [&](int a, int b) { return gap(a) < gap(b); });

  const int stride = RoundUp(std::max(p.seats, 1), 16);
  const std::size_t cells = static_cast<std::size_t>(slots) * stride;
  p.mean = AlignedArray<float>(cells);
  p.pair_of_slot = AlignedArray<int32_t>(cells);
  p.seat_sigma = AlignedArray<float>(cells);
  p.seat_reach = AlignedArray<float>(cells);
  p.mean_reach = AlignedArray<float>(cells);
  p.unit_of_slot.assign(cells, -1);
  p.rows.assign(cells, Row{});
  for (std::size_t i = 0; i < cells; ++i) p.mean[i] = p.mean_reach[i] = -__builtin_inff();
  // Error units: (state, region, party) pairs with their rows (region -1
  // for seats without one), states per party, pairs per (state, party).
  std::map<std::tuple<int, int, int>, std::vector<std::size_t>> pair_cells;
  std::vector<std::set<int>> states_of_unit(p.units);
  for (int c = 0; c < p.seats; ++c) {
    const int seat = p.seat_of_column[c];
    const int state = in.seats[seat].state_index;
    const int region = RegionOf(s, seat);
    for (std::size_t j = 0; j < seat_rows[seat].size(); ++j) {
      const Row& r = seat_rows[seat][j];
      const std::size_t at = j * stride + c;
      p.rows[at] = r;
      p.mean[at] = static_cast<float>(r.mean);
      p.unit_of_slot[at] = unit_of_party[r.party];
      pair_cells[{state, region, r.party}].push_back(at);
      states_of_unit[unit_of_party[r.party]].insert(state);
    }
  }
  std::map<std::pair<int, int>, int> pairs_of_state_party;
  for (const auto& [key, list] : pair_cells) {
    ++pairs_of_state_party[{std::get<0>(key), std::get<2>(key)}];
  }
  p.row0_seats.assign(p.units, 0);
  for (int c = 0; c < p.seats; ++c) {
    if (p.unit_of_slot[c] >= 0) ++p.row0_seats[p.unit_of_slot[c]];
  }
  for (int u = 0; u < p.units; ++u) {
    if (p.row0_seats[u] > 0) p.row0_units.push_back(u);
  }
  // Every row's error is national (party) + state (state, party) + region
  // (state, region, party; none without a region) + seat. A level's error
  // that only one unit below it uses is drawn with that unit, as one normal
  // of the summed variance (the same distribution): a party in one state has
  // no national normal of its own, a (state, party) with one pair no state
  // normal of its own (without regions: every one), a pair with one row no
  // normal of its own (its variance goes to the seat error). Pairs with a
  // normal of their own come first.
  const double vn = s.sigma_national * s.sigma_national,
               vs = s.sigma_state * s.sigma_state, vr = s.sigma_region * s.sigma_region;
  // The kernel's bound on a row's reach must not lose to float rounding,
  // which moves a sum of shares by far less than this margin.
  float largest = 1;
  for (std::size_t i = 0; i < cells; ++i) {
    if (std::isfinite(p.mean[i])) largest = std::max(largest, std::abs(p.mean[i]));
  }
  const float margin = 1e-5f * largest;
  std::vector<int> national(p.units, -1);
  int nationals = 0;
  for (int u = 0; u < p.units; ++u) {
    if (states_of_unit[u].size() > 1) national[u] = nationals++;
  }
  std::vector<std::pair<std::tuple<int, int, int>, const std::vector<std::size_t>*>>
      order;
  order.reserve(pair_cells.size());
  for (const auto& [key, list] : pair_cells) order.emplace_back(key, &list);
  std::stable_partition(order.begin(), order.end(),
                        [](const auto& x) { return x.second->size() > 1; });
  const int pairs = static_cast<int>(order.size());
  p.pair_national = AlignedArray<int32_t>(RoundUp(pairs + 1, 8));
  p.pair_sigma_national = AlignedArray<float>(RoundUp(pairs + 1, 8));
  p.pair_middle = AlignedArray<int32_t>(RoundUp(pairs + 1, 8));
  p.pair_sigma_middle = AlignedArray<float>(RoundUp(pairs + 1, 8));
  p.pair_sigma_state = AlignedArray<float>(RoundUp(pairs + 1, 8));
  std::map<std::pair<int, int>, int> middle_of;  // (state, party) → its normal
  int shared = 0;
  for (int q = 0; q < pairs; ++q) {
    const auto [state, region, party] = order[q].first;
    const int u = unit_of_party[party];
    const auto& list = *order[q].second;
    double carry = 0;  // variance of the levels above without a normal of their own
    if (national[u] >= 0) {
      p.pair_national[q] = national[u];
      p.pair_sigma_national[q] = static_cast<float>(s.sigma_national);
    } else {
      carry += vn;
    }
    if (pairs_of_state_party[{state, party}] > 1) {
      const int next = static_cast<int>(middle_of.size());
      p.pair_middle[q] =
          middle_of.emplace(std::make_pair(state, party), next).first->second;
      p.pair_sigma_middle[q] = static_cast<float>(std::sqrt(vs + carry));
      carry = 0;
    } else {
      carry += vs;
    }
    if (region >= 0) carry += vr;
    double own = s.sigma_seat * s.sigma_seat;  // variance drawn with the seat error
    if (list.size() > 1) {
      ++shared;
      p.pair_sigma_state[q] = static_cast<float>(std::sqrt(carry));
    } else {
      own += carry;
    }
    for (std::size_t at : list) {
      p.pair_of_slot[at] = q;
      p.seat_sigma[at] = static_cast<float>(std::sqrt(own));
      p.seat_reach[at] = p.seat_sigma[at] * kMaxNormal + margin;
      p.mean_reach[at] = p.mean[at] + p.seat_reach[at] + margin;
    }
  }
  const int middles = static_cast<int>(middle_of.size());
  for (int q = 0; q < pairs; ++q) p.pair_middle[q] += RoundUp(nationals, 16);

  KernelArgs& k = p.args;
  k.seats_padded = stride;
  k.slots = slots;
  k.pairs = pairs;
  k.shared_pairs = shared;
  k.middles = middles;
  k.pairs_offset = RoundUp(nationals, 16) + RoundUp(middles, 16);
  k.error_blocks = (k.pairs_offset + RoundUp(shared, 16)) / 16;
  k.mean = p.mean.data();
  k.pair_of_slot = p.pair_of_slot.data();
  k.pair_national = p.pair_national.data();
  k.pair_sigma_national = p.pair_sigma_national.data();
  k.pair_middle = p.pair_middle.data();
  k.pair_sigma_middle = p.pair_sigma_middle.data();
  k.pair_sigma_state = p.pair_sigma_state.data();
  k.seat_sigma = p.seat_sigma.data();
  k.seat_reach = p.seat_reach.data();
  k.mean_reach = p.mean_reach.data();
  // Rows 0 and 1 are drawn in every simulation: on the 2014 results row 1
  // can win in every block of 16 seats. With the columns in the order above
  // row 2 can win in only some blocks, and leaving it to the check is faster
  // than drawing it always (100,000 simulations, one thread: 0.238 against
  // 0.264 s; drawing row 1 only when it can win: 0.314 s).
  k.always_rows = std::min(slots, 2);
  p.later_reach = AlignedArray<float>(stride / 16);
  for (int v = 0; v < stride / 16; ++v) {
    float reach = -__builtin_inff();
    for (int j = k.always_rows; j < slots; ++j) {
      for (int c = 16 * v; c < 16 * v + 16; ++c)
        reach = std::max(reach, p.mean_reach[j * stride + c]);
    }
    p.later_reach[v] = reach;
  }
  k.later_reach = p.later_reach.data();
  k.skip = s.skip_rows;
  return plan;
}

}  // namespace janadhar::forecast::internal
