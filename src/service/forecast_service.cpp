#include "service/forecast_service.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "base/text.h"
#include "importers/file_source.h"
#include "importers/region_file.h"
#include "importers/scenario_file.h"
#include "service/analysis_load.h"

namespace janadhar::service {

namespace {

using importers::Located;
using importers::Severity;

// Reports scenario problems at a place of the file.
class Resolver {
 public:
  Resolver(store::Store& store, std::string_view file, const analysis::ElectionData& data,
           const forecast::ForecastInput& input,
           std::vector<importers::ImportProblem>& problems)
      : store_(store), file_(file), data_(data), input_(input), problems_(problems) {}

  void Error(const Located& at, std::string message) {
    importers::ImportProblem p;
    p.file = importers::BaseName(std::string(file_));
    p.line = at.line;
    p.column = at.column;
    p.message = std::move(message);
    p.severity = Severity::kError;
    problems_.push_back(std::move(p));
  }

  // The party's index in the input, or -1 after an error.
  int Party(const std::string& name, const Located& at) {
    auto p = ResolvePartyIn(store_, data_, name);
    if (!p.ok()) {
      Error(at, p.status().message());
      return -1;
    }
    return *p;
  }

  // The state's ECI code, or "" after an error.
  std::string State(const std::string& name, const Located& at) {
    auto s = ResolveStateIn(data_, name);
    if (!s.ok()) {
      Error(at, s.status().message());
      return "";
    }
    return *s;
  }

  // A seat written "S24-80" or "S24:Varanasi": its index, or -1 after an error.
  int Seat(const std::string& text, const Located& at) {
    const std::size_t cut = text.find_first_of("-:");
    if (cut == std::string::npos) {
      Error(at, "seat '" + text + "' is not written STATE-NUMBER or STATE:NAME");
      return -1;
    }
    const std::string state = State(text.substr(0, cut), at);
    if (state.empty()) return -1;
    const std::string rest = text.substr(cut + 1);
    int number = 0;
    const bool by_number = text[cut] == '-';
    if (by_number) {
      const auto [end, ec] =
          std::from_chars(rest.data(), rest.data() + rest.size(), number);
      if (ec != std::errc() || end != rest.data() + rest.size()) {
        Error(at, "'" + rest + "' is not a seat number");
        return -1;
      }
    }
    std::vector<std::string> names;
    const auto& seats = input_.seats;
    for (std::size_t i = 0; i < seats.size(); ++i) {
      if (seats[i].state != state) continue;
      if (by_number ? seats[i].number == number
                    : NameKey(seats[i].name) == NameKey(rest)) {
        return static_cast<int>(i);
      }
      names.push_back(seats[i].name);
    }
    std::string msg = "no seat " + rest + " in " + state + " in " + input_.election;
    if (!by_number) {
      const std::string hint = DidYouMean(rest, names);
      if (!hint.empty()) msg += "; " + hint;
    }
    Error(at, msg);
    return -1;
  }

  store::Store& store() { return store_; }
  std::string_view file() const { return file_; }
  const analysis::ElectionData& data() const { return data_; }
  const forecast::ForecastInput& input() const { return input_; }
  void Add(const importers::ProblemList& problems) {
    problems_.insert(problems_.end(), problems.items().begin(), problems.items().end());
  }
  void Warn(std::string message) {
    importers::ImportProblem p;
    p.file = importers::BaseName(std::string(file_));
    p.message = std::move(message);
    p.severity = Severity::kWarning;
    problems_.push_back(std::move(p));
  }

 private:
  store::Store& store_;
  std::string_view file_;
  const analysis::ElectionData& data_;
  const forecast::ForecastInput& input_;
  std::vector<importers::ImportProblem>& problems_;
};

Result<std::string> BaseElection(store::Store& store, const std::string& given) {
  if (!given.empty()) return given;
  JANADHAR_ASSIGN_OR_RETURN(auto all, store.ListElections());
  if (all.size() == 1) return all.front().name;
  return Status::InvalidArgument(
      all.empty() ? "the store has no election to project from (janadhar demo, or "
                    "janadhar import results)"
                  : "which election does the scenario project from? write base = "
                    "\"ls2014\" in it, or give --election");
}

void Resolve(const importers::ScenarioSpec& spec, Resolver& res, forecast::Scenario& s) {
  s.swing_mode = spec.swing_mode == "proportional" ? forecast::SwingMode::kProportional
                                                   : forecast::SwingMode::kUniform;
  s.sigma_national = spec.sigma_national / 100.0;
  s.sigma_state = spec.sigma_state / 100.0;
  s.sigma_seat = spec.sigma_seat / 100.0;
  s.simulations = spec.simulations;
  s.seed = spec.seed;
  s.majority = spec.majority;
  s.threads = spec.threads;
  s.sigma_region = spec.sigma_region / 100.0;
  for (const auto& w : spec.swings) {
    if (!w.region.empty()) continue;  // ResolveRegions
    const int party = res.Party(w.party, w.at);
    if (party < 0) continue;
    if (w.state.empty()) {
      if (!s.party_swing.emplace(party, w.points / 100.0).second) {
        res.Error(w.at, "a national swing of " + w.party + " is given twice");
      }
      continue;
    }
    const std::string state = res.State(w.state, w.state_at);
    if (state.empty()) continue;
    if (!s.state_swing.emplace(std::make_pair(state, party), w.points / 100.0).second) {
      res.Error(w.at, "a swing of " + w.party + " in " + state + " is given twice");
    }
  }
  std::map<int, std::string> member_of;
  for (const auto& a : spec.alliances) {
    forecast::Alliance al;
    al.name = a.name;
    al.transfer = a.transfer;
    for (std::size_t i = 0; i < a.parties.size(); ++i) {
      const int p = res.Party(a.parties[i], a.party_at[i]);
      if (p < 0) continue;
      auto [it, fresh] = member_of.emplace(p, a.name);
      if (!fresh) {
        res.Error(a.party_at[i], a.parties[i] + " is already in alliance " + it->second);
        continue;
      }
      al.parties.push_back(p);
    }
    auto member = [&](int p) {
      return std::find(al.parties.begin(), al.parties.end(), p) != al.parties.end();
    };
    for (const auto& [name, rate] : a.transfer_from) {
      const Located at =
          a.transfer_from_at.count(name) ? a.transfer_from_at.at(name) : a.at;
      const int p = res.Party(name, at);
      if (p < 0) continue;
      if (!member(p)) {
        res.Error(at, name + " is not a member of " + a.name);
        continue;
      }
      al.transfer_from[p] = rate;
    }
    for (std::size_t i = 0; i < a.fielded.size(); ++i) {
      const int seat = res.Seat(a.fielded[i].first, a.fielded_at[i]);
      const int p = res.Party(a.fielded[i].second, a.fielded_party_at[i]);
      if (seat < 0 || p < 0) continue;
      if (!member(p)) {
        res.Error(a.fielded_party_at[i],
                  a.fielded[i].second + " is not a member of " + a.name);
        continue;
      }
      al.fielded[seat] = p;
    }
    s.alliances.push_back(std::move(al));
  }
}

}  // namespace

// The [[regions]] lookups: every seat's region, then the region swings.
void ResolveRegions(const importers::ScenarioSpec& spec, Resolver& res,
                    forecast::Scenario& s) {
  const forecast::ForecastInput& in = res.input();
  std::map<std::pair<std::string, std::string>, int> region_of;  // (state, NameKey)
  auto region_index = [&](const std::string& state, const std::string& name) {
    const auto [it, fresh] =
        region_of.emplace(std::make_pair(state, NameKey(name)), int(s.regions.size()));
    if (fresh) s.regions.push_back({state, name});
    return it->second;
  };
  std::optional<geo::Delimitation> delimitation;
  std::set<std::string> states_with_regions;
  for (const importers::RegionSpec& r : spec.regions) {
    std::string path = r.file;
    const std::string dir = std::filesystem::path(std::string(res.file())).parent_path();
    if (std::filesystem::path(path).is_relative() && !dir.empty()) {
      path = (std::filesystem::path(dir) / path).string();
    }
    auto text = importers::ReadWholeFile(path);
    if (!text.ok()) {
      res.Error(r.file_at, "cannot read the region lookup: " + text.status().message());
      continue;
    }
    importers::ProblemList problems;
    const importers::RegionLookup lookup = importers::ParseRegionFile(
        importers::BaseName(path), *text, {r.column}, &problems);
    res.Add(problems);
    if (problems.HasErrors()) continue;
    std::string state;
    if (!r.state.empty()) {
      state = res.State(r.state, r.state_at);
      if (state.empty()) continue;
    } else if (!lookup.rows.empty() && lookup.rows.front().state.empty()) {
      res.Error(r.at, "the region lookup " + r.file +
                          " has no state column: say which state, state = \"UP\"");
      continue;
    }
    // Each seat's region; a PC of a lookup of ACs takes the region most of
    // its segments are in (the lowest-numbered segment's among equals).
    const bool by_ac = !lookup.by_pc;
    const bool seats_are_pcs =
        res.data().election.kind == results::ElectionKind::kLokSabha;
    std::map<std::pair<std::string, int>, std::string> listed;
    for (const auto& row : lookup.rows) {
      listed[{row.state.empty() ? state : row.state, row.number}] = row.region;
    }
    if (by_ac && seats_are_pcs && !delimitation) {
      auto d = LoadElectionDelimitation(res.store(), res.data());
      if (!d.ok()) {
        res.Error(r.file_at, "the lookup lists assembly constituencies: the election's " +
                                 std::string("delimitation is needed (") +
                                 d.status().message() + ")");
        continue;
      }
      delimitation = std::move(*d);
    }
    if (!by_ac && !seats_are_pcs) {
      res.Error(r.file_at,
                "the lookup lists parliamentary constituencies, but the "
                "seats of " +
                    in.election + " are assembly constituencies");
      continue;
    }
    std::set<std::string> covered;
    for (const auto& [key, region] : listed) covered.insert(key.first);
    bool twice = false;
    for (const std::string& st : covered) twice |= !states_with_regions.insert(st).second;
    if (twice) {
      res.Error(r.at, "two region lookups give regions of the same state");
      continue;
    }
    int unplaced = 0;
    std::string example;
    for (std::size_t i = 0; i < in.seats.size(); ++i) {
      const forecast::InputSeat& seat = in.seats[i];
      if (covered.count(seat.state) == 0) continue;
      std::string region;
      if (by_ac && seats_are_pcs) {  // ACs of a PC
        std::map<std::string, int> count;
        std::string first;
        for (const geo::Ac* ac : delimitation->AcsOfPc(seat.state, seat.number)) {
          auto it = listed.find({seat.state, ac->number});
          if (it == listed.end()) continue;
          if (first.empty()) first = it->second;
          ++count[it->second];
        }
        int best = 0;
        for (const auto& [name, n] : count) best = std::max(best, n);
        if (best > 0) region = count[first] == best ? first : "";
        for (const auto& [name, n] : count) {
          if (region.empty() && n == best) region = name;
        }
      } else {
        auto it = listed.find({seat.state, seat.number});
        if (it != listed.end()) region = it->second;
      }
      if (region.empty()) {
        if (unplaced++ == 0) example = seat.name;
        continue;
      }
      if (s.seat_region.empty()) s.seat_region.assign(in.seats.size(), -1);
      s.seat_region[i] = region_index(seat.state, region);
    }
    if (unplaced > 0) {
      res.Warn(std::to_string(unplaced) + " seat(s) the region lookup " + r.file +
               " does not place, e.g. " + example +
               ": they get no region error or swing");
    }
  }
  for (const auto& w : spec.swings) {
    if (w.region.empty()) continue;
    const int party = res.Party(w.party, w.at);
    const std::string state = res.State(w.state, w.state_at);
    if (party < 0 || state.empty()) continue;
    std::vector<std::string> names;
    for (const auto& r : s.regions) {
      if (r.state == state) names.push_back(r.name);
    }
    auto it = region_of.find({state, NameKey(w.region)});
    if (it == region_of.end()) {
      std::string msg = names.empty() ? "no [[regions]] lookup gives regions of " + state
                                      : "no region '" + w.region + "' in " + state;
      const std::string hint = DidYouMean(w.region, names);
      if (!hint.empty()) msg += "; " + hint;
      res.Error(w.region_at, msg);
      continue;
    }
    if (!s.region_swing.emplace(std::make_pair(it->second, party), w.points / 100.0)
             .second) {
      res.Error(w.at, "a swing of " + w.party + " in " + w.region + " is given twice");
    }
  }
}

void ResolveScenario(store::Store& store, const importers::ScenarioSpec& spec,
                     std::string_view file, const analysis::ElectionData& data,
                     const forecast::ForecastInput& input, forecast::Scenario* scenario,
                     std::vector<importers::ImportProblem>* problems) {
  Resolver res(store, file, data, input, *problems);
  Resolve(spec, res, *scenario);
  ResolveRegions(spec, res, *scenario);
}

Result<ForecastReport> RunForecastScenario(store::Store& store,
                                           const ForecastRequest& request) {
  ForecastReport r;
  r.file = request.scenario_file;
  JANADHAR_ASSIGN_OR_RETURN(std::string text, importers::ReadWholeFile(r.file));
  importers::ProblemList problems;
  const importers::ScenarioSpec spec =
      importers::ParseScenarioFile(importers::BaseName(r.file), text, &problems);
  r.problems = problems.items();
  if (problems.HasErrors()) return r;
  JANADHAR_ASSIGN_OR_RETURN(
      std::string base, BaseElection(store, request.election.empty() ? spec.base_election
                                                                     : request.election));
  JANADHAR_ASSIGN_OR_RETURN(auto data, LoadElectionData(store, base));
  r.data = std::make_unique<analysis::ElectionData>(std::move(data));
  JANADHAR_ASSIGN_OR_RETURN(r.input, forecast::BuildInput(*r.data));
  Resolver res(store, r.file, *r.data, r.input, r.problems);
  Resolve(spec, res, r.scenario);
  ResolveRegions(spec, res, r.scenario);
  if (request.simulations > 0) r.scenario.simulations = request.simulations;
  if (request.seed >= 0) r.scenario.seed = static_cast<uint64_t>(request.seed);
  if (request.threads >= 0) r.scenario.threads = request.threads;
  for (const auto& p : r.problems) {
    if (p.severity != Severity::kWarning) return r;
  }
  if (Status v = forecast::ValidateScenario(r.input, r.scenario); !v.ok()) {
    res.Error({}, v.message());
    return r;
  }
  JANADHAR_ASSIGN_OR_RETURN(r.result,
                            forecast::RunForecast(r.input, r.scenario, request.progress));
  r.ran = true;
  return r;
}

}  // namespace janadhar::service
