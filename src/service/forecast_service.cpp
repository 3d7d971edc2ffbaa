#include "service/forecast_service.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "base/text.h"
#include "importers/file_source.h"
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
  for (const auto& w : spec.swings) {
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

void ResolveScenario(store::Store& store, const importers::ScenarioSpec& spec,
                     std::string_view file, const analysis::ElectionData& data,
                     const forecast::ForecastInput& input, forecast::Scenario* scenario,
                     std::vector<importers::ImportProblem>* problems) {
  Resolver res(store, file, data, input, *problems);
  Resolve(spec, res, *scenario);
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
