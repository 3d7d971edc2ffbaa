#include "service/backtest_service.h"

#include <cmath>
#include <cstdio>
#include <map>

#include "importers/file_source.h"
#include "importers/scenario_file.h"
#include "service/analysis_load.h"
#include "service/forecast_service.h"

namespace janadhar::service {

namespace {

using importers::Located;
using importers::Severity;

std::string Pct(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", fraction * 100);
  return buf;
}

void Warn(BacktestReport& r, const std::string& file, const Located& at,
          std::string message) {
  importers::ImportProblem p;
  p.file = file;
  p.line = at.line;
  p.column = at.column;
  p.message = std::move(message);
  p.severity = Severity::kWarning;
  r.problems.push_back(std::move(p));
}

// Warns about the keys of the file other than [[alliance]]: the swings, which
// the backtest replaces, and the rest (base, sigma, counts), which it leaves
// out. The top-level keys are those of `where` before any '.' or '['.
void WarnIgnoredKeys(const importers::ScenarioSpec& spec, const std::string& file,
                     const std::string& target, BacktestReport& r) {
  std::map<std::string, Located> keys;
  for (const auto& [path, at] : spec.where) {
    const std::string top = path.substr(0, path.find_first_of(".["));
    if (top == "alliance") continue;
    auto [it, fresh] = keys.emplace(top, at);
    if (!fresh && at.line < it->second.line) it->second = at;
  }
  if (auto it = keys.find("swings"); it != keys.end() || !spec.swings.empty()) {
    const Located at = it != keys.end() ? it->second : spec.swings.front().at;
    Warn(r, file, at,
         "the backtest replaces the file's swings with " + target +
             "'s actual state vote shares; only its [[alliance]] tables are used");
    if (it != keys.end()) keys.erase(it);
  }
  if (keys.empty()) return;
  std::string list;
  Located first = keys.begin()->second;
  for (const auto& [key, at] : keys) {
    list += (list.empty() ? "'" : ", '") + key + "'";
    if (at.line < first.line) first = at;
  }
  Warn(r, file, first,
       "the backtest uses only the [[alliance]] tables of the file: " + list +
           " left out (give the backtest's own options instead)");
}

// Reads the alliances of `request.alliances_file`, resolved against the base
// election, into r.scenario.alliances (seat indices remapped to the matched
// seats). Problems go to r.problems.
Status ReadAlliances(store::Store& store, const BacktestRequest& request,
                     BacktestReport& r) {
  r.alliances_file = request.alliances_file;
  std::string text;
  if (request.alliances_text) {
    text = *request.alliances_text;
  } else {
    JANADHAR_ASSIGN_OR_RETURN(text, importers::ReadWholeFile(request.alliances_file));
  }
  const std::string name = importers::BaseName(request.alliances_file);
  importers::ProblemList problems;
  importers::ScenarioSpec spec = importers::ParseScenarioFile(name, text, &problems);
  r.problems = problems.items();
  if (problems.HasErrors()) return Status::Ok();
  WarnIgnoredKeys(spec, name, r.target->election.name, r);
  spec.swings.clear();  // not resolved: the backtest does not use them
  if (request.alliances_text) spec.regions.clear();  // no files read for a text
  // Resolved against the whole base election (a `fielded` seat is named as
  // in it), then mapped onto the matched seats.
  JANADHAR_ASSIGN_OR_RETURN(forecast::ForecastInput whole,
                            forecast::BuildInput(*r.base, request.options.input));
  forecast::Scenario resolved;
  ResolveScenario(store, spec, request.alliances_file, *r.base, whole, &resolved,
                  &r.problems);
  std::vector<int> position(r.base->seats.size(), -1);
  const auto& matched = r.setup.matching.matched;
  for (std::size_t k = 0; k < matched.size(); ++k) {
    position[matched[k].base] = static_cast<int>(k);
  }
  for (std::size_t a = 0; a < resolved.alliances.size(); ++a) {
    forecast::Alliance& alliance = resolved.alliances[a];
    std::map<int, int> fielded;
    for (const auto& [seat, party] : alliance.fielded) {
      if (position[seat] >= 0) {
        fielded[position[seat]] = party;
        continue;
      }
      const analysis::Seat& s = r.base->seats[seat];
      Warn(r, name, a < spec.alliances.size() ? spec.alliances[a].at : Located{},
           "alliance '" + alliance.name + "' fields " + r.base->parties[party].label +
               " in " + s.state + "-" + std::to_string(s.number) + " " + s.name +
               ", which has no match in " + r.target->election.name + ": left out");
    }
    alliance.fielded = std::move(fielded);
  }
  r.scenario.alliances = std::move(resolved.alliances);
  return Status::Ok();
}

std::vector<std::string> UnprojectedWarnings(const BacktestReport& r, double min_share) {
  std::vector<std::string> out;
  const auto& list = r.setup.swings.unprojected;
  const auto& parties = r.setup.target_input.parties;
  for (std::size_t i = 0; i < list.size();) {
    const std::string& state = list[i].state;
    std::string named;
    int small = 0;
    double small_share = 0;
    for (; i < list.size() && list[i].state == state; ++i) {
      if (list[i].target_share >= min_share) {
        named += (named.empty() ? "" : ", ") + parties[list[i].target_party].label +
                 " (" + Pct(list[i].target_share) + ")";
      } else {
        ++small;
        small_share += list[i].target_share;
      }
    }
    std::string what = named;
    if (small > 0) {
      what += (named.empty() ? "" : " and ") + std::to_string(small) +
              (small == 1 ? " party" : " parties") + " under " + Pct(min_share) + " (" +
              Pct(small_share) + " together)";
    }
    std::string message = "in " + state + ", ";
    message += what;
    message += " stood in " + r.target->election.name + " but had no candidate there in ";
    message += r.base->election.name + ": not projected (a seat won is a miss)";
    out.push_back(std::move(message));
  }
  return out;
}

Status CheckRequest(const BacktestRequest& q) {
  const std::pair<const char*, double> sigmas[] = {{"sigma_national", q.sigma_national},
                                                   {"sigma_state", q.sigma_state},
                                                   {"sigma_seat", q.sigma_seat}};
  for (const auto& [what, value] : sigmas) {
    if (!std::isfinite(value) || value < 0 || value > 100) {
      return Status::InvalidArgument(std::string(what) +
                                     " must be from 0 to 100 points, not " +
                                     std::to_string(value));
    }
  }
  if (q.simulations < 1) {
    return Status::InvalidArgument("simulations must be 1 or more, not " +
                                   std::to_string(q.simulations));
  }
  if (q.threads < 0) {
    return Status::InvalidArgument("threads must be 0 (every core) or more, not " +
                                   std::to_string(q.threads));
  }
  return Status::Ok();
}

}  // namespace

Result<BacktestReport> RunBacktest(store::Store& store, const BacktestRequest& request) {
  JANADHAR_RETURN_IF_ERROR(CheckRequest(request));
  BacktestReport r;
  JANADHAR_ASSIGN_OR_RETURN(auto base, LoadElectionData(store, request.base));
  r.base = std::make_unique<analysis::ElectionData>(std::move(base));
  JANADHAR_ASSIGN_OR_RETURN(auto target, LoadElectionData(store, request.target));
  r.target = std::make_unique<analysis::ElectionData>(std::move(target));
  JANADHAR_ASSIGN_OR_RETURN(
      r.setup, forecast::PrepareBacktest(*r.base, *r.target, request.options));
  forecast::Scenario& s = r.scenario;
  s.swing_mode = request.swing_mode;
  s.sigma_national = request.sigma_national / 100.0;
  s.sigma_state = request.sigma_state / 100.0;
  s.sigma_seat = request.sigma_seat / 100.0;
  s.simulations = request.simulations;
  s.seed = request.seed;
  s.threads = request.threads;
  s.state_swing = r.setup.swings.swing;
  if (!request.alliances_file.empty()) {
    JANADHAR_RETURN_IF_ERROR(ReadAlliances(store, request, r));
    for (const auto& p : r.problems) {
      if (p.severity != Severity::kWarning) return r;
    }
  }
  r.warnings = UnprojectedWarnings(r, 0.005);
  if (Status v = forecast::ValidateScenario(r.setup.input, s); !v.ok()) {
    if (request.alliances_file.empty()) return v;
    importers::ImportProblem p;
    p.file = importers::BaseName(request.alliances_file);
    p.message = v.message();
    r.problems.push_back(std::move(p));
    return r;
  }
  JANADHAR_ASSIGN_OR_RETURN(r.result,
                            forecast::RunForecast(r.setup.input, s, request.progress));
  r.score = forecast::ScoreBacktest(r.setup.input, s.alliances, r.result, r.setup.actual);
  r.ran = true;
  return r;
}

}  // namespace janadhar::service
