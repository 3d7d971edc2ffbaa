// The JSON documents of the results and analysis read commands, shared by
// the CLI (`janadhar elections --json`, `analyse seats|parties --json`) and
// the HTTP API (api/routes.h), so both give the same shape
// (docs/conventions.md: snake_case keys, shares as fractions, margins in
// points, a missing value null, warnings beside the data).
//
// Pure functions of service values; thread-safe.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "service/analysis_service.h"
#include "store/store.h"

namespace janadhar::api {

// A value or null.
nlohmann::json OrNull(const std::optional<double>& x);
nlohmann::json CountOrNull(int64_t n);  // negative (missing) → null

// Plain warnings as the JSON list of docs/conventions.md: [{"message": …}].
nlohmann::json WarningsJson(const std::vector<std::string>& warnings);

// {"elections": [{name, kind, year, delimitation, seats, candidates,
// segments, booths, booths_marked, problems}]}
nlohmann::json ElectionsJson(const std::vector<store::ElectionSummary>& summary);

// {election, state, party, share_basis, seats: [...], warnings}
nlohmann::json SeatsJson(const service::SeatsReport& r);

// {election, state, share_basis, seats, seats_without_result, valid_votes,
// nota_votes, parties: [...], warnings}
nlohmann::json PartiesJson(const service::PartiesReport& r);

}  // namespace janadhar::api
