// `janadhar forecast SCENARIO.toml`: a thin adapter over
// service/forecast_service.h; tables of seats per party and alliance and the
// knife-edge seats, or everything as --json; --plot FILE.svg also draws the
// seat distributions (report/svg_chart.h).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>

#include "api/forecast_json.h"
#include "cli/analyse_output.h"
#include "cli/context.h"
#include "cli/progress.h"
#include "report/replace_file.h"
#include "service/forecast_service.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

struct ForecastArgs {
  service::ForecastRequest request;
  std::string xlsx;
  std::string plot;  // --plot FILE.svg
  int close_seats = 20;
};

std::vector<Cell> DistributionCells(const forecast::SeatDistribution& d) {
  return {Cell::Number(d.mean), Cell::Int(d.median),        Cell::Int(d.p05),
          Cell::Int(d.p95),     Cell::Number(d.p_majority), Cell::Number(d.p_largest)};
}

std::vector<report::Column> DistributionColumns(const std::string& first) {
  return {{first},
          {"Mean seats", Kind::kDecimal, 1},
          {"Median", Kind::kInteger},
          {"5%", Kind::kInteger},
          {"95%", Kind::kInteger},
          {"P(majority)", Kind::kPercent, 1},
          {"P(largest)", Kind::kPercent, 1}};
}

// With regions: per region its seats and the parties' expected seats there
// (the sum of their win probabilities), the parties with at least half a
// seat (--json has every party with a chance).
void RegionsOutput(const service::ForecastReport& r, Output& out) {
  const std::vector<api::RegionExpected> regions = api::ExpectedByRegion(r);
  if (regions.empty()) return;
  report::Sheet rs("Forecast regions", {{"State"},
                                        {"Region"},
                                        {"Seats", Kind::kInteger},
                                        {"Party"},
                                        {"Expected seats", Kind::kDecimal, 1}});
  for (const api::RegionExpected& g : regions) {
    for (const auto& [party, e] : g.parties) {
      if (e < 0.5) continue;
      rs.AddRow({Cell::Text(g.state), Cell::Text(g.region), Cell::Int(g.seats),
                 Cell::Text(r.input.parties[party].label), Cell::Number(e)});
    }
  }
  rs.AddNote(
      "Expected seats: the sum of the party's win probabilities in the region's "
      "seats; parties under half a seat are left out (--json has them).");
  out.sheets.push_back(std::move(rs));
}

Output Build(const service::ForecastReport& r, int close_seats) {
  const forecast::ForecastResult& f = r.result;
  const auto& parties = r.input.parties;
  Output out;
  report::Sheet ps("Forecast parties", DistributionColumns("Party"));
  for (const auto& p : f.parties) {
    if (p.seats.mean < 0.5 && p.seats.p95 < 1) continue;
    std::vector<Cell> row = {Cell::Text(parties[p.party].label)};
    for (auto& c : DistributionCells(p.seats)) row.push_back(std::move(c));
    ps.AddRow(std::move(row));
  }
  ps.AddNote(report::GroupDigits(f.simulations) + " simulations of " +
             std::to_string(f.seats) + " seats from " + r.input.election + " (seed " +
             std::to_string(f.seed) + "); majority " + std::to_string(f.majority) +
             " seats. Parties with under half a seat on average are left out (--json "
             "has all).");
  out.sheets.push_back(std::move(ps));
  if (!f.alliances.empty()) {
    report::Sheet as("Forecast alliances", DistributionColumns("Alliance"));
    for (const auto& a : f.alliances) {
      std::vector<Cell> row = {Cell::Text(a.name)};
      for (auto& c : DistributionCells(a.seats)) row.push_back(std::move(c));
      as.AddRow(std::move(row));
    }
    out.sheets.push_back(std::move(as));
  }
  // Knife-edge seats: the leader's chance furthest from certain.
  std::vector<const forecast::SeatForecast*> close;
  for (const auto& s : f.seats_forecast) {
    if (s.chances.size() >= 2) close.push_back(&s);
  }
  std::stable_sort(close.begin(), close.end(), [](const auto* a, const auto* b) {
    return a->chances[0].probability < b->chances[0].probability;
  });
  close.resize(
      std::min<std::size_t>(close.size(), static_cast<std::size_t>(close_seats)));
  report::Sheet cs("Knife-edge seats", {{"State"},
                                        {"Seat", Kind::kInteger},
                                        {"Name"},
                                        {"Leader"},
                                        {"P(leader)", Kind::kPercent, 1},
                                        {"Next"},
                                        {"P(next)", Kind::kPercent, 1}});
  for (const auto* s : close) {
    const auto& seat = r.input.seats[s->seat];
    cs.AddRow({Cell::Text(seat.state), Cell::Int(seat.number), Cell::Text(seat.name),
               Cell::Text(parties[s->chances[0].party].label),
               Cell::Number(s->chances[0].probability),
               Cell::Text(parties[s->chances[1].party].label),
               Cell::Number(s->chances[1].probability)});
  }
  cs.AddNote("The seats whose likeliest winner is least sure (--close N shows more).");
  out.sheets.push_back(std::move(cs));
  RegionsOutput(r, out);
  out.json = api::ForecastJson(r);
  return out;
}

// Draws the chart of `r` into `path`.
Status WritePlot(const service::ForecastReport& r, const std::string& file,
                 const std::string& path) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string svg, api::ForecastSvg(r, file));
  return report::WriteFileReplacing(path, svg);
}

void Run(Context& ctx, ForecastArgs& args) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  args.request.progress = SimulationProgress(ctx.json);
  auto report = service::RunForecastScenario(*store, args.request);
  EndProgress();
  if (!report.ok()) return ctx.Fail(report.status());
  if (!report->ran) {
    return FailWithProblems(ctx, report->problems,
                            "the scenario has errors; nothing was simulated");
  }
  Output out = Build(*report, args.close_seats);
  for (const auto& p : report->problems)
    out.warnings.push_back({p.message, p.file, p.line});
  if (!args.plot.empty()) {
    if (Status s = WritePlot(*report, args.request.scenario_file, args.plot); !s.ok())
      return ctx.Fail(s);
    out.json["plot"] = args.plot;
  }
  Emit(ctx, out, args.xlsx);
  if (args.plot.empty() || ctx.json || ctx.exit_code != 0) return;
  (ctx.csv ? std::cerr : std::cout) << "wrote the seat chart to " << args.plot << '\n';
}

}  // namespace

void AddForecastCommand(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<ForecastArgs>();
  CLI::App* c = app.add_subcommand(
      "forecast",
      "Monte Carlo seat projection of a scenario file (TOML: base election, swings, "
      "uncertainty, alliances); seats per party and alliance and the knife-edge seats");
  c->add_option("scenario", args->request.scenario_file,
                "The scenario file; a one-line file `base = \"ls2014\"` works")
      ->required();
  c->add_option("--election", args->request.election, "Project from this election");
  c->add_option("--simulations", args->request.simulations, "Override the file's count");
  c->add_option("--seed", args->request.seed, "Override the file's seed");
  c->add_option("--threads", args->request.threads, "Threads (default every core)");
  c->add_option("--close", args->close_seats, "Knife-edge seats listed")
      ->capture_default_str();
  c->add_option("--xlsx", args->xlsx, "Also write the tables to this .xlsx workbook");
  c->add_option("--plot", args->plot,
                "Also draw the seat distributions of the main parties and the "
                "alliances as an SVG chart in this file");
  c->callback([&ctx, args] { Run(ctx, *args); });
}

}  // namespace janadhar::cli
