#include "api/forecast_json.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "api/analysis_json.h"
#include "report/sheet.h"

namespace janadhar::api {

namespace {

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

}  // namespace

std::vector<RegionExpected> ExpectedByRegion(const service::ForecastReport& r) {
  const forecast::Scenario& sc = r.scenario;
  std::vector<RegionExpected> out(sc.regions.size());
  if (sc.regions.empty()) return out;
  std::vector<std::map<int, double>> expected(sc.regions.size());
  for (const auto& s : r.result.seats_forecast) {
    const int region = sc.seat_region.empty() ? -1 : sc.seat_region[s.seat];
    if (region < 0) continue;
    ++out[region].seats;
    for (const auto& c : s.chances) expected[region][c.party] += c.probability;
  }
  for (std::size_t g = 0; g < sc.regions.size(); ++g) {
    out[g].state = sc.regions[g].state;
    out[g].region = sc.regions[g].name;
    out[g].parties.assign(expected[g].begin(), expected[g].end());
    std::stable_sort(out[g].parties.begin(), out[g].parties.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
  }
  return out;
}

nlohmann::json ForecastJson(const service::ForecastReport& r) {
  const forecast::ForecastResult& f = r.result;
  const auto& parties = r.input.parties;
  nlohmann::json jparties = nlohmann::json::array();
  for (const auto& p : f.parties) {
    jparties.push_back({{"party", parties[p.party].label},
                        {"name", parties[p.party].name},
                        {"seats", DistributionJson(p.seats)}});
  }
  nlohmann::json jalliances = nlohmann::json::array();
  for (const auto& a : f.alliances) {
    jalliances.push_back({{"alliance", a.name}, {"seats", DistributionJson(a.seats)}});
  }
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
  }
  nlohmann::json jregions = nlohmann::json::array();
  for (const RegionExpected& g : ExpectedByRegion(r)) {
    nlohmann::json jp = nlohmann::json::array();
    for (const auto& [party, e] : g.parties) {
      if (e > 0) jp.push_back({{"party", parties[party].label}, {"expected_seats", e}});
    }
    jregions.push_back({{"state", g.state},
                        {"region", g.region},
                        {"seats", g.seats},
                        {"parties", std::move(jp)}});
  }
  std::vector<Warning> warnings;
  for (const auto& p : r.problems) warnings.push_back({p.message, p.file, p.line});
  return {{"election", r.input.election},
          {"simulations", f.simulations},
          {"seed", f.seed},
          {"seats", f.seats},
          {"majority", f.majority},
          {"threads", f.threads},
          {"seconds", f.seconds},
          {"parties", std::move(jparties)},
          {"alliances", std::move(jalliances)},
          {"regions", std::move(jregions)},
          {"seat_chances", std::move(jseats)},
          {"warnings", WarningsJson(warnings)}};
}

report::SeatChart ForecastChart(const service::ForecastReport& r,
                                const std::string& file) {
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

Result<std::string> ForecastSvg(const service::ForecastReport& r,
                                const std::string& file) {
  return report::RenderSeatChart(ForecastChart(r, file));
}

}  // namespace janadhar::api
