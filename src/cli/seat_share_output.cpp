// The output of `janadhar seat-share`: the allocations compared, the
// concession prices, every seat with the partners' chances and the reason
// for the choice; or all of it as --json (seat_share_output.h).
#include "cli/seat_share_output.h"

#include <cstdio>
#include <string>
#include <vector>

#include "api/seat_share_json.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

std::string Num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", x);
  return buf;
}

std::string Label(const service::SeatShareReport& r, int partner) {
  return partner < 0 ? "" : r.problem.partners[partner];
}

std::string Friendly(const service::SeatShareReport& r) {
  return api::FriendlyName(r);
}

// "Uttar Pradesh (S24)".
std::string StateName(const service::SeatShareReport& r) {
  if (r.seats.empty() || r.data == nullptr) return r.state;
  return r.data->seats[r.seats[0]].state_name + " (" + r.state + ")";
}

// "vote transfer between partners 70%", "votes transferring from SP 50%,
// BSP 90%" (one rate per partner), or every ordered pair.
std::string TransferText(const service::SeatShareReport& r) {
  const auto& t = r.transfer;
  const std::size_t n = t.size();
  bool one = true, per_partner = true;
  double first = n > 1 ? t[0][1] : 0;
  for (std::size_t q = 0; q < n; ++q) {
    const double row = t[q][q == 0 ? (n > 1 ? 1 : 0) : 0];
    for (std::size_t k = 0; k < n; ++k) {
      if (q == k) continue;
      one = one && t[q][k] == first;
      per_partner = per_partner && t[q][k] == row;
    }
  }
  if (n < 2) return "no vote transfer (one partner)";
  if (one) return "vote transfer between partners " + report::Percent(first, 0);
  std::string out;
  for (std::size_t q = 0; q < n; ++q) {
    for (std::size_t k = 0; k < n; ++k) {
      if (q == k || (per_partner && k != (q == 0 ? 1 : 0))) continue;
      out += (out.empty() ? "" : ", ") + Label(r, static_cast<int>(q)) +
             (per_partner ? "" : "→" + Label(r, static_cast<int>(k))) + " " +
             report::Percent(t[q][k], 0);
    }
  }
  return (per_partner ? "votes transferring from " : "vote transfer ") + out;
}

}  // namespace

Output SeatShareOutput(const service::SeatShareReport& r) {
  const alliance::SeatShareProblem& p = r.problem;
  const std::size_t n = p.partners.size();
  const forecast::Scenario& s = r.scenario;
  Output out;
  std::string partners;
  for (const auto& name : p.partners) partners += (partners.empty() ? "" : " + ") + name;
  int left = 0;
  for (bool x : p.left) left += x;
  const std::string rates = TransferText(r);
  out.lines.push_back(
      "Seat sharing of " + partners + " in " + StateName(r) + ": " +
      std::to_string(p.seats.size() - left) + " of " + std::to_string(p.seats.size()) +
      " seats" +
      (left > 0 ? " (" + std::to_string(left) + " left to " + Friendly(r) + ")" : "") +
      ", from " + r.input.election + "; " + rates + "; " +
      report::GroupDigits(r.wins.simulations) + " simulations, seed " +
      std::to_string(r.wins.seed) + "; sigma national " + Num(s.sigma_national * 100) +
      ", state " + Num(s.sigma_state * 100) + ", seat " + Num(s.sigma_seat * 100) +
      " points");
  out.lines.push_back("Optimum (GLPK: " + r.optimum.solver_status +
                      "): " + report::Fixed(r.optimum.allocation.expected_seats, 2) +
                      " expected seats; where each polled best: " +
                      report::Fixed(r.polled_best.allocation.expected_seats, 2) +
                      "; sitting keeps, runner-up gets: " +
                      report::Fixed(r.sitting_keeps.allocation.expected_seats, 2));

  std::vector<report::Column> cols = {{"Allocation"},
                                      {"Expected seats", Kind::kDecimal, 2}};
  for (const auto& name : p.partners) cols.push_back({name, Kind::kInteger});
  cols.push_back({"Limits not kept"});
  report::Sheet alloc("Allocations", cols);
  auto add = [&](const std::string& name, const alliance::Allocation& a,
                 const std::vector<std::string>& notes) {
    std::vector<Cell> row = {Cell::Text(name), Cell::Number(a.expected_seats)};
    for (int c : a.seats_of_partner) row.push_back(Cell::Int(c));
    std::string all;
    for (const auto& x : notes) all += (all.empty() ? "" : "; ") + x;
    row.push_back(Cell::Text(all.empty() ? "none" : all));
    alloc.AddRow(std::move(row));
  };
  add("Optimal", r.optimum.allocation, {});
  add("Where each polled best", r.polled_best.allocation, r.polled_best.notes);
  add("Sitting keeps, runner-up gets", r.sitting_keeps.allocation, r.sitting_keeps.notes);
  alloc.AddNote(
      "Expected seats: the sum over the seats of the chance that the alliance wins "
      "with the partner allocated there. The optimum maximises it within the limits.");
  out.sheets.push_back(std::move(alloc));

  report::Sheet prices("Concession prices", {{"Partner"},
                                             {"Seats", Kind::kInteger},
                                             {"Min", Kind::kInteger},
                                             {"Max", Kind::kInteger},
                                             {"One more costs", Kind::kDecimal, 3},
                                             {"One fewer costs", Kind::kDecimal, 3}});
  for (std::size_t k = 0; k < n; ++k) {
    const alliance::Limits& l = p.limits[k];
    alliance::ConcessionPrice c;
    if (k < r.optimum.concession_prices.size()) c = r.optimum.concession_prices[k];
    auto cost = [](const std::optional<double>& x) {
      return x ? Cell::Number(*x) : Cell::Text("not possible");
    };
    prices.AddRow({Cell::Text(p.partners[k]),
                   Cell::Int(r.optimum.allocation.seats_of_partner[k]), Cell::Int(l.min),
                   l.max < 0 ? Cell::Text("none") : Cell::Int(l.max), cost(c.one_more),
                   cost(c.one_fewer)});
  }
  prices.AddNote(
      "Expected seats the alliance loses if the partner fields one seat more (or "
      "fewer) than in the optimum, its own limits lifted, the others' kept. A "
      "negative cost is a gain: what that partner's own limit costs the alliance.");
  out.sheets.push_back(std::move(prices));

  std::vector<report::Column> scols = {{"Seat", Kind::kInteger}, {"Name"}, {"Optimal"}};
  for (const auto& name : p.partners)
    scols.push_back({"P(" + name + ")", Kind::kPercent, 1});
  scols.push_back({"Why"});
  scols.push_back({"Polled best"});
  scols.push_back({"Sitting keeps"});
  report::Sheet seats("Seats", scols);
  for (std::size_t i = 0; i < p.seats.size(); ++i) {
    const auto& seat = r.input.seats[r.seats[i]];
    const alliance::SeatReason& w = r.optimum.reasons[i];
    const int chosen = r.optimum.allocation.partner_of_seat[i];
    std::vector<Cell> row = {Cell::Int(seat.number), Cell::Text(seat.name),
                             Cell::Text(chosen < 0 ? "-" : Label(r, chosen))};
    for (std::size_t k = 0; k < n; ++k) {
      row.push_back(p.left[i] ? Cell::Missing() : Cell::Number(p.p_win[i][k]));
    }
    row.push_back(Cell::Text(api::SeatReasonText(r, w)));
    const int best = r.polled_best.allocation.partner_of_seat[i];
    const int sitting = r.sitting_keeps.allocation.partner_of_seat[i];
    row.push_back(Cell::Text(best < 0 ? "-" : Label(r, best)));
    row.push_back(Cell::Text(sitting < 0 ? "-" : Label(r, sitting)));
    seats.AddRow(std::move(row));
  }
  seats.AddNote(
      "P(partner): the chance that the alliance wins the seat if that partner fields "
      "its candidate, from one simulation run shared by all partners. Polled best and "
      "sitting keeps: the two rule-of-thumb allocations.");
  out.sheets.push_back(std::move(seats));
  out.csv_sheet = 2;
  out.json = api::SeatShareJson(r);
  return out;
}

}  // namespace janadhar::cli
