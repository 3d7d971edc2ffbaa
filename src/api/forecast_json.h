// The JSON document of `janadhar forecast FILE --json` and its seat chart
// (`--plot`), shared by the CLI and the HTTP API (POST /api/forecast), so
// both give the same document and the same SVG.
//
// Pure functions of service values; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "report/svg_chart.h"
#include "service/forecast_service.h"

namespace janadhar::api {

// A region of the scenario with its seats and the parties' expected seats
// there (the sum of their win probabilities), most first.
struct RegionExpected {
  std::string state, region;
  int seats = 0;
  std::vector<std::pair<int, double>> parties;  // party index, expected seats
};
// Every region of a forecast that ran (none without regions).
std::vector<RegionExpected> ExpectedByRegion(const service::ForecastReport& r);

// {election, simulations, seed, seats, majority, threads, seconds, parties,
// alliances, regions, seat_chances, warnings}: the warnings are the
// scenario's problems (a forecast that did not run has none of this: its
// document is {"errors": [...]}, api::ProblemsJson).
nlohmann::json ForecastJson(const service::ForecastReport& r);

// The seat chart of the parties that matter (a mean of half a seat or more,
// or a chance of being largest) and of every alliance, titled with the file
// name of `file`.
report::SeatChart ForecastChart(const service::ForecastReport& r,
                                const std::string& file);
// The chart as SVG text (report::RenderSeatChart); InvalidArgument from it.
Result<std::string> ForecastSvg(const service::ForecastReport& r,
                                const std::string& file);

}  // namespace janadhar::api
