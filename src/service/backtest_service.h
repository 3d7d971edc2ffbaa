// The backtest use case behind `janadhar backtest --base E1 --target E2`: load
// both elections from the store, match their seats and parties, project E2's
// matched seats from E1 with E2's actual state vote shares as the swings (a
// perfect statewide poll), and score the projection against E2's winners
// (forecast/backtest.h has the rules).
//
// Alliances come from a scenario file (importers/scenario_file.h), resolved
// against E1 like a forecast's (ResolveScenario): only its [[alliance]] tables
// are used; its swings (replaced by the backtest's), base, sigma, counts and
// swing_mode are left out with a warning at their line. A `fielded` seat that
// is not matched in E2 is left out with a warning. Errors in the file come
// back in `problems` with ran = false.
//
// Defaults: sigma national 0 and state 0 (the statewide shares are known),
// seat 3 points; 10,000 simulations, seed 1; every candidate of E1 kept.
//
// Errors: NotFound (with the closest names) for an unknown election or
// alliances file; FailedPrecondition when no seat matches; InvalidArgument
// for a bad sigma, count or thread number; IoError from the store.
// Thread-safety: one call at a time per Store; the engine uses every core.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/data.h"
#include "forecast/backtest.h"
#include "forecast/engine.h"
#include "forecast/scenario.h"
#include "importers/problems.h"
#include "store/store.h"

namespace janadhar::service {

struct BacktestRequest {
  std::string base;            // E1, the election projected from
  std::string target;          // E2, the election projected and scored against
  std::string alliances_file;  // a scenario TOML file; "" for none
  // The alliances file's TOML text, parsed as the file's would be, instead
  // of reading `alliances_file` (which must name it); its region lookups are
  // not read (the HTTP API reads no files of the server).
  std::optional<std::string> alliances_text;
  forecast::SwingMode swing_mode = forecast::SwingMode::kUniform;
  // Standard deviations in percentage points.
  double sigma_national = 0, sigma_state = 0, sigma_seat = 3;
  int64_t simulations = 10000;
  uint64_t seed = 1;
  int threads = 0;  // 0: every core
  forecast::BacktestOptions options;
  forecast::Progress progress;
};

struct BacktestReport {
  std::unique_ptr<analysis::ElectionData> base, target;
  forecast::BacktestSetup setup;  // seat indices into base and target
  forecast::Scenario scenario;
  std::string alliances_file;
  // Of the alliances file: errors stop the run (ran = false); warnings do not.
  std::vector<importers::ImportProblem> problems;
  // One per state naming the parties that stand in E2 where they had no
  // candidate in E1, with their E2 share there (those under half a percent
  // counted together); alliance seats left out.
  std::vector<std::string> warnings;
  bool ran = false;
  forecast::ForecastResult result;  // when ran
  forecast::BacktestScore score;    // when ran
};

Result<BacktestReport> RunBacktest(store::Store& store, const BacktestRequest& request);

}  // namespace janadhar::service
