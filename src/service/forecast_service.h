// The forecast use case behind `janadhar forecast SCENARIO.toml`: read the
// scenario file (importers/scenario_file.h), load its base election, resolve
// every party, state and seat it names (an unknown name is an error at its
// line and column, with the closest valid names), and run the engine
// (forecast/engine.h).
//
// The scenario may also be given as text (the HTTP API's POST
// /api/forecast): see ReadScenario.
//
// Problems in the scenario come back in the report with ran = false (nothing
// is simulated when the file has errors); a non-OK Status means the forecast
// could not start (no such file, no election in the store, a store failure).
// Thread-safety: one call at a time per Store; the engine uses every core.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/data.h"
#include "forecast/engine.h"
#include "forecast/model.h"
#include "forecast/scenario.h"
#include "importers/problems.h"
#include "importers/scenario_file.h"
#include "store/store.h"

namespace janadhar::service {

struct ForecastRequest {
  // The scenario file; with `scenario_text`, only its name in problems.
  std::string scenario_file;
  // The scenario's TOML text, read instead of the file (ReadScenario).
  std::optional<std::string> scenario_text;
  std::string election;     // overrides the file's `base` when not ""
  int64_t simulations = 0;  // overrides the file when > 0
  int64_t seed = -1;        // overrides the file when >= 0
  int threads = -1;         // overrides the file when >= 0
  forecast::Progress progress;
};

struct ForecastReport {
  std::string file;
  std::unique_ptr<analysis::ElectionData> data;
  forecast::ForecastInput input;
  forecast::Scenario scenario;
  std::vector<importers::ImportProblem> problems;
  bool ran = false;
  forecast::ForecastResult result;  // when ran
};

// The scenario of `file`, or of `text` when given: parsed as the file's
// would be, its problems naming `file` (its base name) and the line; a
// [[regions]] lookup file of a text is an error at its line (a text is
// from the HTTP API, which reads no files of the server for a user).
// Problems go to `problems`; IoError/NotFound when the file cannot be read.
Result<importers::ScenarioSpec> ReadScenario(const std::string& file,
                                             const std::optional<std::string>& text,
                                             importers::ProblemList* problems);

Result<ForecastReport> RunForecastScenario(store::Store& store,
                                           const ForecastRequest& request);

// Turns a parsed scenario (importers::ParseScenarioFile of `file`) into the
// engine's Scenario for `data` and `input` (built from it): sigmas from
// points to fractions, swings, alliances, every party, state and seat name
// resolved. Each name that does not resolve is appended to `problems` as an
// error at its line and column in `file`, with the closest valid names; the
// rest of the scenario is still filled. Does not validate the result
// (forecast::ValidateScenario) and does not override anything.
void ResolveScenario(store::Store& store, const importers::ScenarioSpec& spec,
                     std::string_view file, const analysis::ElectionData& data,
                     const forecast::ForecastInput& input, forecast::Scenario* scenario,
                     std::vector<importers::ImportProblem>* problems);

}  // namespace janadhar::service
