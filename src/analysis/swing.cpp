#include "analysis/swing.h"

#include <algorithm>
#include <map>
#include <set>

#include "analysis/seats.h"
#include "base/text.h"

namespace janadhar::analysis {

std::string_view SwingLevelName(SwingLevel level) {
  switch (level) {
    case SwingLevel::kSeat: return "seat";
    case SwingLevel::kState: return "state";
    case SwingLevel::kNation: return "nation";
  }
  return "seat";
}

namespace {

// Votes per party label and the denominator of a region of one election.
struct Tally {
  std::map<std::string, int64_t> votes;
  int64_t denominator = 0;
  void Add(const ElectionData& data, const Seat& seat, ShareBasis basis) {
    denominator += CountSeatVotes(seat).Denominator(basis);
    for (const auto& c : seat.candidates) {
      if (c.is_nota || c.party == kNoParty || c.votes < 0) continue;
      votes[data.parties[c.party].label] += c.votes;
    }
  }
};

SwingRow MakeRow(SwingLevel level, const std::string& party, const Tally& from,
                 const Tally& to) {
  SwingRow r;
  r.level = level;
  r.party = party;
  auto get = [&](const Tally& t) {
    auto it = t.votes.find(party);
    return it == t.votes.end() ? int64_t{0} : it->second;
  };
  r.votes_from = get(from);
  r.votes_to = get(to);
  r.share_from = Share(r.votes_from, from.denominator);
  r.share_to = Share(r.votes_to, to.denominator);
  if (r.share_from && r.share_to) r.swing_pp = (*r.share_to - *r.share_from) * 100.0;
  return r;
}

using SeatKey = std::pair<std::string, int>;

}  // namespace

Result<SwingResult> ComputeSwing(const ElectionData& from, const ElectionData& to,
                                 const SwingOptions& options) {
  if (from.election.delimitation != to.election.delimitation) {
    return Status::FailedPrecondition(
        "swing needs two elections on the same delimitation: " + from.election.name +
        " is on the " + from.election.delimitation + " delimitation, " +
        to.election.name + " on the " + to.election.delimitation);
  }
  if (from.election.kind != to.election.kind) {
    return Status::FailedPrecondition(
        "swing compares elections of one kind (Lok Sabha with Lok Sabha): " +
        from.election.name + " and " + to.election.name + " differ");
  }
  SwingResult out;
  auto in_scope = [&](const Seat& s) {
    return options.state.empty() || s.state == options.state;
  };
  // Parties: those asked for, or every seat winner in either election.
  if (!options.parties.empty()) {
    for (const std::string& p : options.parties) {
      const int a = from.FindParty(p), b = to.FindParty(p);
      if (a == kNoParty && b == kNoParty) {
        return Status::NotFound("party '" + p + "' has no candidate in " +
                                from.election.name + " or " + to.election.name);
      }
      out.parties.push_back(a != kNoParty ? from.parties[a].label : to.parties[b].label);
    }
  } else {
    std::map<std::string, int> won;
    for (const ElectionData* d : {&from, &to}) {
      for (const Seat& s : d->seats) {
        if (!in_scope(s)) continue;
        const std::vector<int> ranked = RankCandidates(s);
        if (!ranked.empty()) ++won[d->parties[s.candidates[ranked[0]].party].label];
      }
    }
    for (const auto& [label, n] : won) out.parties.push_back(label);
    std::stable_sort(
        out.parties.begin(), out.parties.end(),
        [&](const std::string& a, const std::string& b) { return won[a] > won[b]; });
  }
  std::map<SeatKey, const Seat*> later;
  for (const Seat& s : to.seats) {
    if (in_scope(s)) later[{s.state, s.number}] = &s;
  }
  std::map<std::string, std::pair<Tally, Tally>> states;  // by state code
  std::vector<std::string> state_order;
  std::map<std::string, std::string> state_names;
  Tally nation_from, nation_to;
  std::set<SeatKey> matched;
  for (const Seat& s : from.seats) {
    if (!in_scope(s)) continue;
    if (!states.count(s.state)) state_order.push_back(s.state);
    state_names.emplace(s.state, s.state_name);
    auto& st = states[s.state];
    st.first.Add(from, s, options.basis);
    nation_from.Add(from, s, options.basis);
    auto it = later.find({s.state, s.number});
    if (it == later.end()) {
      out.unmatched.push_back(s.state + " " + std::to_string(s.number) + " " + s.name +
                              " (only in " + from.election.name + ")");
      continue;
    }
    matched.insert(it->first);
    ++out.seats_matched;
    Tally a, b;
    a.Add(from, s, options.basis);
    b.Add(to, *it->second, options.basis);
    for (const std::string& p : out.parties) {
      SwingRow r = MakeRow(SwingLevel::kSeat, p, a, b);
      r.state = s.state;
      r.state_name = s.state_name;
      r.seat = s.number;
      r.seat_name = s.name;
      out.rows.push_back(std::move(r));
    }
  }
  for (const Seat& s : to.seats) {
    if (!in_scope(s)) continue;
    if (!states.count(s.state)) state_order.push_back(s.state);
    state_names.emplace(s.state, s.state_name);
    states[s.state].second.Add(to, s, options.basis);
    nation_to.Add(to, s, options.basis);
    if (!matched.count({s.state, s.number})) {
      out.unmatched.push_back(s.state + " " + std::to_string(s.number) + " " + s.name +
                              " (only in " + to.election.name + ")");
    }
  }
  for (const std::string& code : state_order) {
    for (const std::string& p : out.parties) {
      SwingRow r =
          MakeRow(SwingLevel::kState, p, states[code].first, states[code].second);
      r.state = code;
      r.state_name = state_names[code];
      out.rows.push_back(std::move(r));
    }
  }
  if (options.state.empty()) {
    for (const std::string& p : out.parties) {
      out.rows.push_back(MakeRow(SwingLevel::kNation, p, nation_from, nation_to));
    }
  }
  return out;
}

}  // namespace janadhar::analysis
