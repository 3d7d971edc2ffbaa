// Internal to service/: resolving the names of a parsed scenario file
// (importers/scenario_file.h) against a loaded election, for the forecast
// and backtest use cases (forecast_service.cpp, scenario_regions.cpp). Every
// name that does not resolve becomes an error at its line and column in the
// scenario file, with the closest valid names.
// Thread-compatible: one Resolver per scenario.
#pragma once

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/data.h"
#include "base/text.h"
#include "forecast/model.h"
#include "forecast/scenario.h"
#include "importers/file_source.h"
#include "importers/problems.h"
#include "importers/scenario_file.h"
#include "service/analysis_load.h"
#include "store/store.h"

namespace janadhar::service::internal {

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

// The index of the alliance of the file named `name` (by NameKey), or
// spec.alliances.size() when none is.
inline std::size_t AllianceNamed(const importers::ScenarioSpec& spec,
                                 const std::string& name) {
  std::size_t a = 0;
  while (a < spec.alliances.size() && (spec.alliances[a].name.empty() ||
                                       NameKey(spec.alliances[a].name) != NameKey(name)))
    ++a;
  return a;
}

// The [[regions]] lookups: every seat's region, then the region swings.
void ResolveRegions(const importers::ScenarioSpec& spec, Resolver& res,
                    forecast::Scenario& s);

}  // namespace janadhar::service::internal
