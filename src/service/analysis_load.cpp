#include "service/analysis_load.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "base/text.h"
#include "service/import_service.h"

namespace janadhar::service {

Result<analysis::ElectionData> LoadElectionData(store::Store& store,
                                                const std::string& election) {
  auto e = store.GetElection(election);
  if (!e.ok()) {
    if (e.status().code() != StatusCode::kNotFound) return e.status();
    JANADHAR_ASSIGN_OR_RETURN(auto all, store.ListElections());
    if (all.empty()) {
      return Status::NotFound("unknown election '" + election +
                              "': the store has no elections yet (janadhar import "
                              "results, or janadhar demo)");
    }
    std::vector<std::string> names;
    names.reserve(all.size());
    std::string listed;
    for (const auto& x : all) {
      names.push_back(x.name);
      listed += (listed.empty() ? "" : ", ") + x.name;
    }
    std::string msg = "unknown election '" + election + "'";
    const std::string hint = DidYouMean(election, names);
    msg += hint.empty() ? "; the store has: " + listed : "; " + hint;
    return Status::NotFound(msg);
  }
  JANADHAR_ASSIGN_OR_RETURN(auto seats, store.LoadSeatResults(election, ""));
  JANADHAR_ASSIGN_OR_RETURN(auto parties, store.LoadParties());
  analysis::ElectionData data = analysis::BuildElectionData(*e, seats, parties);
  JANADHAR_ASSIGN_OR_RETURN(auto turnout, store.LoadTurnout(election, ""));
  std::map<std::pair<std::string, int>, analysis::Seat*> by_seat;
  for (auto& seat : data.seats) by_seat[{seat.state, seat.number}] = &seat;
  for (const auto& t : turnout) {
    auto it = by_seat.find({t.state, t.number});
    if (it == by_seat.end()) continue;
    it->second->electors = t.electors_total;
    it->second->voters = t.voters_total;
  }
  return data;
}

Result<std::string> GivenOrOnlyElection(store::Store& store, const std::string& given,
                                        const std::string& which) {
  if (!given.empty()) return given;
  JANADHAR_ASSIGN_OR_RETURN(auto all, store.ListElections());
  if (all.size() == 1) return all.front().name;
  return Status::InvalidArgument(
      all.empty() ? "the store has no election yet (janadhar demo, or janadhar import "
                    "results)"
                  : which);
}

Result<std::string> ResolveStateIn(const analysis::ElectionData& data,
                                   const std::string& state) {
  auto code = ResolveStateCode(state);
  if (!code.ok()) return Status::NotFound(code.status().message());
  for (const auto& seat : data.seats) {
    if (seat.state == *code) return *code;
  }
  std::set<std::string> names;
  for (const auto& seat : data.seats) names.insert(seat.state_name);
  std::string msg = data.election.name + " has no seats in " + state;
  const std::string hint =
      DidYouMean(state, std::vector<std::string>(names.begin(), names.end()));
  if (!hint.empty()) msg += "; " + hint;
  return Status::NotFound(msg);
}

Result<int> ResolvePartyIn(store::Store& store, const analysis::ElectionData& data,
                           const std::string& party, const std::string& state) {
  if (party.empty()) return Status::InvalidArgument("a party is needed, such as BJP");
  int found = data.FindParty(party);
  if (found == analysis::kNoParty) {
    // An alias (or a directory spelling) of a party that contested.
    JANADHAR_ASSIGN_OR_RETURN(auto directory, store.LoadParties());
    if (const results::Party* p = directory.Resolve(party))
      found = data.FindParty(p->name);
  }
  // Names of parties with a candidate in scope, for suggestions.
  std::vector<bool> in_scope(data.parties.size(), false);
  for (const auto& seat : data.seats) {
    if (!state.empty() && seat.state != state) continue;
    for (const auto& c : seat.candidates) {
      if (c.party != analysis::kNoParty) in_scope[c.party] = true;
    }
  }
  if (found != analysis::kNoParty && in_scope[found]) return found;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < data.parties.size(); ++i) {
    if (!in_scope[i]) continue;
    names.push_back(data.parties[i].label);
    if (data.parties[i].name != data.parties[i].label)
      names.push_back(data.parties[i].name);
  }
  const std::string where = state.empty() ? "" : " in " + state;
  std::string msg =
      found != analysis::kNoParty
          ? "party '" + party + "' has no candidate in " + data.election.name + where
          : "unknown party '" + party + "' in " + data.election.name + where;
  const std::string hint = DidYouMean(party, names);
  if (!hint.empty()) msg += "; " + hint;
  msg += " (janadhar parties list shows every party)";
  return Status::NotFound(msg);
}

namespace {

template <typename T>
Result<const T*> ResolveConstituency(const std::vector<T>& all, const std::string& state,
                                     const std::string& text, const char* what) {
  int number = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  const bool numeric = ec == std::errc() && end == text.data() + text.size();
  std::vector<std::string> names;
  int highest = 0;
  for (const T& x : all) {
    if (x.state != state) continue;
    if (numeric ? x.number == number : NameKey(x.name) == NameKey(text)) return &x;
    names.push_back(x.name);
    highest = std::max(highest, x.number);
  }
  if (names.empty()) {
    return Status::NotFound(std::string("the delimitation has no ") + what + "s in " +
                            state);
  }
  if (numeric) {
    return Status::NotFound(std::string("no ") + what + " " + text + " in " + state +
                            " (its " + what + "s are numbered 1 to " +
                            std::to_string(highest) + ")");
  }
  std::string msg = std::string("no ") + what + " named '" + text + "' in " + state;
  const std::string hint = DidYouMean(text, names);
  if (!hint.empty()) msg += "; " + hint;
  return Status::NotFound(msg);
}

}  // namespace

Result<const geo::Ac*> ResolveAc(const geo::Delimitation& d, const std::string& state,
                                 const std::string& ac) {
  return ResolveConstituency(d.acs, state, ac, "AC");
}

Result<const geo::Pc*> ResolvePc(const geo::Delimitation& d, const std::string& state,
                                 const std::string& pc) {
  return ResolveConstituency(d.pcs, state, pc, "PC");
}

Result<std::string> StateOfConstituency(store::Store& store,
                                        const analysis::ElectionData& data,
                                        const geo::Delimitation& d, const std::string& ac,
                                        const std::string& pc) {
  const bool is_ac = !ac.empty();
  const std::string& text = is_ac ? ac : pc;
  int number = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  const bool numeric = ec == std::errc() && end == text.data() + text.size();
  std::vector<std::string> fits;  // state codes
  std::vector<std::string> names;
  for (const geo::State& state : d.states) {
    int first_ac = 0;
    if (is_ac) {
      auto a = ResolveAc(d, state.code, text);
      if (!a.ok()) continue;
      first_ac = (*a)->number;
    } else {
      auto p = ResolvePc(d, state.code, text);
      if (!p.ok()) continue;
      const auto acs = d.AcsOfPc(state.code, (*p)->number);
      if (acs.empty()) continue;
      first_ac = acs.front()->number;
    }
    if (!numeric) {
      fits.push_back(state.code);
      continue;
    }
    JANADHAR_ASSIGN_OR_RETURN(
        auto booths, store.LoadBoothResults(data.election.name, state.code, first_ac));
    if (!booths.empty()) fits.push_back(state.code);
  }
  const char* what = is_ac ? "AC" : "PC";
  if (fits.size() == 1) return fits.front();
  if (fits.size() > 1) {
    std::string list;
    for (const auto& f : fits) list += (list.empty() ? "" : ", ") + f;
    return Status::InvalidArgument(std::string(what) + " '" + text +
                                   "' is in several states (" + list +
                                   "): say which state");
  }
  if (numeric) {
    return Status::NotFound(std::string("no state has booth results of ") +
                            data.election.name + " for " + what + " " + text +
                            "; name the state, or import the Form-20 first");
  }
  if (is_ac) {
    for (const auto& a : d.acs) names.push_back(a.name);
  } else {
    for (const auto& p : d.pcs) names.push_back(p.name);
  }
  std::string msg = std::string("no ") + what + " named '" + text + "'";
  const std::string hint = DidYouMean(text, names);
  if (!hint.empty()) msg += "; " + hint;
  return Status::NotFound(msg);
}

Result<geo::Delimitation> LoadElectionDelimitation(store::Store& store,
                                                   const analysis::ElectionData& data) {
  const std::string& name = data.election.delimitation;
  auto d = store.LoadDelimitation(name);
  if (d.ok() || d.status().code() != StatusCode::kNotFound) return d;
  return Status::FailedPrecondition("booth analysis needs the " + name +
                                    " delimitation (which AC lies in which PC): "
                                    "janadhar import delimitation --name " +
                                    name + " FILE");
}

Result<BoothSet> LoadBooths(store::Store& store, const analysis::ElectionData& data,
                            const geo::Delimitation& delimitation,
                            const std::string& state, const std::vector<int>& acs) {
  BoothSet set;
  if (acs.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(set.booths,
                              store.LoadBoothResults(data.election.name, state, 0));
  }
  for (int ac : acs) {
    JANADHAR_ASSIGN_OR_RETURN(auto one,
                              store.LoadBoothResults(data.election.name, state, ac));
    for (auto& seg : one) set.booths.push_back(std::move(seg));
  }
  const bool lok_sabha = data.election.kind == results::ElectionKind::kLokSabha;
  for (const results::SegmentBooths& b : set.booths) {
    const geo::Ac* a = delimitation.FindAc(state, b.ac);
    const int seat_number = lok_sabha ? (a ? a->pc : 0) : b.ac;
    const analysis::Seat* seat = analysis::FindSeat(data, state, seat_number);
    if (seat == nullptr) {
      set.warnings.push_back("AC " + std::to_string(b.ac) + " (" + b.file +
                             "): no seat of " + data.election.name +
                             " to tie its booths to; left out");
      continue;
    }
    set.segments.push_back(
        analysis::LinkSegment(b, *seat, data, a ? a->name : "", a ? a->pc : 0));
  }
  return set;
}

}  // namespace janadhar::service
