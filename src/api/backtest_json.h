// The JSON document of `janadhar backtest --json`, shared by the CLI and the
// HTTP API (POST /api/backtest), so both give the same document.
//
// Pure function of service values; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "service/backtest_service.h"

namespace janadhar::api {

// {base, target, swing_mode, sigma_*_pp, simulations, seed, share_basis,
// seats_matched, seat_matches, unmatched, seats_scored, seats_unscored,
// called_right, share_called_right, brier, naive_*, parties, alliances,
// misses, seats, warnings} of a backtest that ran (one that did not has
// {"errors": [...]}, api::ProblemsJson). The warnings: the alliances file's
// problems, then the report's own.
nlohmann::json BacktestJson(const service::BacktestReport& r);

}  // namespace janadhar::api
