// The JSON document of `janadhar seat-share --json`, shared by the CLI and
// the HTTP API (POST /api/seat-share), so both give the same document.
//
// Pure functions of service values; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "service/seat_share_service.h"

namespace janadhar::api {

// The party the seats left out go to, or "a friendly party".
std::string FriendlyName(const service::SeatShareReport& r);
// Why a seat went where it did: "best chance", "locked", "left to INC",
// "limits (BSP 62.0% here, placed where it gains more)".
std::string SeatReasonText(const service::SeatShareReport& r,
                           const alliance::SeatReason& reason);

// {election, state, friendly, simulations, seed, threads, sigma_*_pp,
// alliance_swing_pp, transfer, solver_status, partners, allocations, seats,
// seconds, warnings} of a run that ran (one that did not has {"errors":
// [...]}, api::ProblemsJson); the warnings are the scenario's problems.
nlohmann::json SeatShareJson(const service::SeatShareReport& r);

}  // namespace janadhar::api
