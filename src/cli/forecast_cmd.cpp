// `janadhar forecast SCENARIO.toml`: a thin adapter over
// service/forecast_service.h; tables of seats per party and alliance and the
// knife-edge seats, or everything as --json; --plot FILE.svg also draws the
// seat distributions (report/svg_chart.h).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "cli/analyse_output.h"
#include "cli/context.h"
#include "cli/progress.h"
#include "report/replace_file.h"
#include "report/svg_chart.h"
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

// Party rows on the chart at most; the others are named under it.
constexpr int kPlotRows = 10;

nlohmann::json DistributionJson(const forecast::SeatDistribution& d) {
  return {{"mean", d.mean},
          {"sd", d.sd},
          {"median", d.median},
          {"p05", d.p05},
          {"p95", d.p95},
          {"p_majority", d.p_majority},
          {"p_largest", d.p_largest},
          {"p_largest_alone", d.p_largest_alone}};
}

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
// (the sum of their win probabilities), as a table (the parties with at least
// half a seat) and as JSON (every party with a chance).
nlohmann::json RegionsOutput(const service::ForecastReport& r, Output& out) {
  const forecast::Scenario& sc = r.scenario;
  nlohmann::json jregions = nlohmann::json::array();
  if (sc.regions.empty()) return jregions;
  std::vector<int> seats(sc.regions.size(), 0);
  std::vector<std::map<int, double>> expected(sc.regions.size());
  for (const auto& s : r.result.seats_forecast) {
    const int region = sc.seat_region.empty() ? -1 : sc.seat_region[s.seat];
    if (region < 0) continue;
    ++seats[region];
    for (const auto& c : s.chances) expected[region][c.party] += c.probability;
  }
  report::Sheet rs("Forecast regions", {{"State"},
                                        {"Region"},
                                        {"Seats", Kind::kInteger},
                                        {"Party"},
                                        {"Expected seats", Kind::kDecimal, 1}});
  const auto& parties = r.input.parties;
  for (std::size_t g = 0; g < sc.regions.size(); ++g) {
    std::vector<std::pair<int, double>> order(expected[g].begin(), expected[g].end());
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    nlohmann::json jparties = nlohmann::json::array();
    for (const auto& [party, e] : order) {
      if (e <= 0) continue;
      jparties.push_back({{"party", parties[party].label}, {"expected_seats", e}});
      if (e < 0.5) continue;
      rs.AddRow({Cell::Text(sc.regions[g].state), Cell::Text(sc.regions[g].name),
                 Cell::Int(seats[g]), Cell::Text(parties[party].label), Cell::Number(e)});
    }
    jregions.push_back({{"state", sc.regions[g].state},
                        {"region", sc.regions[g].name},
                        {"seats", seats[g]},
                        {"parties", std::move(jparties)}});
  }
  rs.AddNote(
      "Expected seats: the sum of the party's win probabilities in the region's "
      "seats; parties under half a seat are left out (--json has them).");
  out.sheets.push_back(std::move(rs));
  return jregions;
}

Output Build(const service::ForecastReport& r, int close_seats) {
  const forecast::ForecastResult& f = r.result;
  const auto& parties = r.input.parties;
  Output out;
  report::Sheet ps("Forecast parties", DistributionColumns("Party"));
  nlohmann::json jparties = nlohmann::json::array();
  for (const auto& p : f.parties) {
    jparties.push_back({{"party", parties[p.party].label},
                        {"name", parties[p.party].name},
                        {"seats", DistributionJson(p.seats)}});
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
  nlohmann::json jalliances = nlohmann::json::array();
  if (!f.alliances.empty()) {
    report::Sheet as("Forecast alliances", DistributionColumns("Alliance"));
    for (const auto& a : f.alliances) {
      std::vector<Cell> row = {Cell::Text(a.name)};
      for (auto& c : DistributionCells(a.seats)) row.push_back(std::move(c));
      as.AddRow(std::move(row));
      jalliances.push_back({{"alliance", a.name}, {"seats", DistributionJson(a.seats)}});
    }
    out.sheets.push_back(std::move(as));
  }
  // Knife-edge seats: the leader's chance furthest from certain.
  std::vector<const forecast::SeatForecast*> close;
  nlohmann::json jseats = nlohmann::json::array();
  for (const auto& s : f.seats_forecast) {
    const auto& seat = r.input.seats[s.seat];
    nlohmann::json chances = nlohmann::json::array();
    for (const auto& c : s.chances) {
      if (c.wins == 0) continue;
      chances.push_back({{"party", parties[c.party].label},
                         {"candidate", c.candidate},
                         {"projected_share", c.share},
                         {"probability", c.probability}});
    }
    jseats.push_back({{"state", seat.state},
                      {"seat", seat.number},
                      {"name", seat.name},
                      {"chances", std::move(chances)}});
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
  nlohmann::json jregions = RegionsOutput(r, out);
  out.json = {{"election", r.input.election},
              {"simulations", f.simulations},
              {"seed", f.seed},
              {"seats", f.seats},
              {"majority", f.majority},
              {"threads", f.threads},
              {"seconds", f.seconds},
              {"parties", std::move(jparties)},
              {"alliances", std::move(jalliances)},
              {"regions", std::move(jregions)},
              {"seat_chances", std::move(jseats)}};
  return out;
}

report::ChartSeries Series(const std::string& label, const std::string& group,
                           const forecast::SeatDistribution& d) {
  report::ChartSeries s;
  s.label = label;
  s.group = group;
  s.histogram = d.histogram;
  s.mean = d.mean;
  s.median = d.median;
  s.p05 = d.p05;
  s.p95 = d.p95;
  s.p_majority = d.p_majority;
  return s;
}

// The seat chart of the parties that matter (a mean of half a seat or more,
// or a chance of being largest) and of every alliance.
report::SeatChart Chart(const service::ForecastReport& r, const std::string& file) {
  const forecast::ForecastResult& f = r.result;
  const auto& parties = r.input.parties;
  report::SeatChart chart;
  chart.title = "Seat forecast: " + std::filesystem::path(file).filename().string();
  chart.subtitle = report::GroupDigits(f.simulations) + " simulations of " +
                   std::to_string(f.seats) + " seats from " + r.input.election +
                   ", seed " + std::to_string(f.seed);
  chart.majority = f.majority;
  chart.options.max_series = kPlotRows;
  const std::string party_group = f.alliances.empty() ? "" : "Parties";
  for (const auto& a : f.alliances) {
    report::ChartSeries s = Series(a.name, "Alliances", a.seats);
    // An alliance without a colour of its own takes its largest member's.
    for (std::size_t i = 0;
         i < f.parties.size() && s.colour.empty() && report::PartyColour(a.name).empty();
         ++i) {
      if (f.parties[i].alliance == a.alliance)
        s.colour = report::PartyColour(parties[f.parties[i].party].label);
    }
    chart.series.push_back(std::move(s));
  }
  int small = 0;
  for (const auto& p : f.parties) {
    if (p.seats.mean < 0.5 && p.seats.p_largest <= 0) {
      small += p.seats.max > 0 ? 1 : 0;
      continue;
    }
    chart.series.push_back(Series(parties[p.party].label, party_group, p.seats));
  }
  if (small > 0) {
    chart.notes.push_back(std::to_string(small) + " more " +
                          (small == 1 ? "party wins" : "parties win") +
                          " a seat in some simulations, under half a seat on "
                          "average (--json has them all).");
  }
  return chart;
}

// Draws the chart of `r` into `path`.
Status WritePlot(const service::ForecastReport& r, const std::string& file,
                 const std::string& path) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string svg,
                            report::RenderSeatChart(Chart(r, file)));
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
