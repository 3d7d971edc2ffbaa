#include "service/forecast_service.h"

#include <algorithm>
#include <map>

#include "base/text.h"
#include "importers/file_source.h"
#include "importers/scenario_file.h"
#include "service/analysis_load.h"
#include "service/scenario_resolver.h"

namespace janadhar::service {

namespace {

using importers::Located;
using importers::Severity;
using internal::AllianceNamed;
using internal::Resolver;

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
  // A swing named like an alliance of the file is the alliance's (by index).
  std::vector<std::pair<std::size_t, const importers::SwingSpec*>> alliance_swings;
  for (const auto& w : spec.swings) {
    if (!w.region.empty()) continue;  // ResolveRegions
    const std::size_t a = AllianceNamed(spec, w.party);
    if (a < spec.alliances.size()) {
      alliance_swings.emplace_back(a, &w);
      continue;
    }
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
  for (const auto& [a, w] : alliance_swings) {
    forecast::Alliance& al = s.alliances[a];
    if (w->state.empty()) {
      if (al.swing != 0) res.Error(w->at, "a swing of " + al.name + " is given twice");
      al.swing = w->points / 100.0;
      continue;
    }
    const std::string state = res.State(w->state, w->state_at);
    if (state.empty()) continue;
    if (!al.state_swing.emplace(state, w->points / 100.0).second) {
      res.Error(w->at, "a swing of " + al.name + " in " + state + " is given twice");
    }
  }
}

}  // namespace

void ResolveScenario(store::Store& store, const importers::ScenarioSpec& spec,
                     std::string_view file, const analysis::ElectionData& data,
                     const forecast::ForecastInput& input, forecast::Scenario* scenario,
                     std::vector<importers::ImportProblem>* problems) {
  Resolver res(store, file, data, input, *problems);
  Resolve(spec, res, *scenario);
  internal::ResolveRegions(spec, res, *scenario);
}

Result<importers::ScenarioSpec> ReadScenario(const std::string& file,
                                             const std::optional<std::string>& text,
                                             importers::ProblemList* problems) {
  std::string read;
  if (!text) {
    JANADHAR_ASSIGN_OR_RETURN(read, importers::ReadWholeFile(file));
  }
  const std::string name = importers::BaseName(file);
  importers::ScenarioSpec spec =
      importers::ParseScenarioFile(name, text ? *text : read, problems);
  for (const auto& region : spec.regions) {
    if (!text) break;
    problems->Add(name, region.file_at.line, region.file_at.column,
                  "region lookup files are read only by the command line (`janadhar "
                  "forecast FILE`); the API reads no files of the server",
                  Severity::kError);
  }
  return spec;
}

Result<ForecastReport> RunForecastScenario(store::Store& store,
                                           const ForecastRequest& request) {
  ForecastReport r;
  r.file = request.scenario_file;
  importers::ProblemList problems;
  JANADHAR_ASSIGN_OR_RETURN(const importers::ScenarioSpec spec,
                            ReadScenario(r.file, request.scenario_text, &problems));
  r.problems = problems.items();
  if (problems.HasErrors()) return r;
  JANADHAR_ASSIGN_OR_RETURN(
      std::string base,
      GivenOrOnlyElection(
          store, request.election.empty() ? spec.base_election : request.election,
          "which election does the scenario project from? write base = "
          "\"ls2014\" in it, or name the election"));
  JANADHAR_ASSIGN_OR_RETURN(auto data, LoadElectionData(store, base));
  r.data = std::make_unique<analysis::ElectionData>(std::move(data));
  JANADHAR_ASSIGN_OR_RETURN(r.input, forecast::BuildInput(*r.data));
  Resolver res(store, r.file, *r.data, r.input, r.problems);
  Resolve(spec, res, r.scenario);
  internal::ResolveRegions(spec, res, r.scenario);
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
