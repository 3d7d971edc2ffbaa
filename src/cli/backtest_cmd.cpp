// `janadhar backtest --base E1 --target E2`: a thin adapter over
// service/backtest_service.h; a summary, seats per party and alliance
// (projected against actual), the seats called wrong, the seats matched with
// a difference and those left unmatched; or everything as --json.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>

#include "api/backtest_json.h"
#include "cli/analyse_output.h"
#include "cli/context.h"
#include "cli/progress.h"
#include "service/backtest_service.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

struct BacktestArgs {
  service::BacktestRequest request;
  std::string swing_mode = "uniform";
  std::string xlsx;
};

std::string Num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", x);
  return buf;
}

std::string Brier(double x) {
  return report::Fixed(x, 4);
}

report::Sheet TotalsSheet(const std::string& title, const std::string& first,
                          const std::vector<forecast::SeatTotal>& totals,
                          const std::string& note) {
  report::Sheet s(title, {{first},
                          {"Projected", Kind::kDecimal, 1},
                          {"5%", Kind::kInteger},
                          {"95%", Kind::kInteger},
                          {"Actual", Kind::kInteger},
                          {"Actual - projected", Kind::kPoints, 1}});
  int left_out = 0;
  for (const auto& t : totals) {
    if (t.actual == 0 && t.p95 == 0 && t.mean < 0.05 && t.alliance < 0) {
      ++left_out;
      continue;
    }
    s.AddRow({Cell::Text(t.label), Cell::Number(t.mean), Cell::Int(t.p05),
              Cell::Int(t.p95), Cell::Int(t.actual), Cell::Number(t.actual - t.mean)});
  }
  s.AddNote(note);
  if (left_out > 0) {
    s.AddNote(std::to_string(left_out) + (left_out == 1 ? " party" : " parties") +
              " with no actual seat and under 0.05 projected on average left out "
              "(--json lists them).");
  }
  return s;
}

// The line about the matching; returns the tables of the seats
// matched with a difference and of those left unmatched (when there are any).
std::vector<report::Sheet> AddMatching(const service::BacktestReport& r, Output& out) {
  const auto& m = r.setup.matching;
  const std::string& e1 = r.base->election.name;
  const std::string& e2 = r.target->election.name;
  report::Sheet ms("Seat matches", {{"State"},
                                    {e1 + " seat", Kind::kInteger},
                                    {e1 + " name"},
                                    {e2 + " seat", Kind::kInteger},
                                    {e2 + " name"},
                                    {"Matched as"}});
  int respelled = 0, renumbered = 0;
  for (const auto& x : m.matched) {
    if (x.kind == forecast::SeatMatchKind::kSame) continue;
    (x.kind == forecast::SeatMatchKind::kRespelled ? respelled : renumbered)++;
    const analysis::Seat& a = r.base->seats[x.base];
    const analysis::Seat& b = r.target->seats[x.target];
    const char* how = forecast::SeatMatchKindName(x.kind);
    ms.AddRow({Cell::Text(a.state), Cell::Int(a.number), Cell::Text(a.name),
               Cell::Int(b.number), Cell::Text(b.name), Cell::Text(how)});
  }
  ms.AddNote("Seats matched with another spelling of the name or another number.");
  report::Sheet us("Unmatched seats",
                   {{"Election"}, {"State"}, {"Seat", Kind::kInteger}, {"Name"}});
  for (int i : m.base_only) {
    const analysis::Seat& s = r.base->seats[i];
    us.AddRow(
        {Cell::Text(e1), Cell::Text(s.state), Cell::Int(s.number), Cell::Text(s.name)});
  }
  for (int i : m.target_only) {
    const analysis::Seat& s = r.target->seats[i];
    us.AddRow(
        {Cell::Text(e2), Cell::Text(s.state), Cell::Int(s.number), Cell::Text(s.name)});
  }
  us.AddNote("Seats with no match in the other election: not projected, not scored.");
  std::string unmatched = "every seat of both matched";
  if (!m.base_only.empty() || !m.target_only.empty()) {
    unmatched = std::to_string(m.base_only.size()) + " only in " + e1 + " and " +
                std::to_string(m.target_only.size()) + " only in " + e2 +
                ", not projected";
  }
  out.lines.push_back(
      "Seats: " + report::GroupDigits(static_cast<int64_t>(m.matched.size())) +
      " matched (" + std::to_string(respelled) + " by a spelling difference, " +
      std::to_string(renumbered) + " renumbered); " + unmatched);
  std::vector<report::Sheet> sheets;
  if (!ms.empty()) sheets.push_back(std::move(ms));
  if (!us.empty()) sheets.push_back(std::move(us));
  return sheets;
}

Output Build(const service::BacktestReport& r) {
  const forecast::BacktestScore& sc = r.score;
  const forecast::Scenario& s = r.scenario;
  const std::string& e1 = r.base->election.name;
  const std::string& e2 = r.target->election.name;
  const bool proportional = s.swing_mode == forecast::SwingMode::kProportional;
  const std::string basis(ShareBasisText(r.setup.input.options.share_basis));
  Output out;
  out.lines.push_back(
      "Backtest of " + e2 + " projected from " + e1 + " with " + e2 +
      "'s actual state vote shares (" + (proportional ? "proportional" : "uniform") +
      " swing; sigma national " + Num(s.sigma_national * 100) + ", state " +
      Num(s.sigma_state * 100) + ", seat " + Num(s.sigma_seat * 100) + " points; " +
      report::GroupDigits(r.result.simulations) + " simulations, seed " +
      std::to_string(r.result.seed) + ")");
  std::vector<report::Sheet> matching = AddMatching(r, out);
  out.lines.push_back(
      "Called right: " + report::GroupDigits(sc.called_right) + " of " +
      report::GroupDigits(sc.seats) + " (" + report::Percent(sc.ShareCalledRight()) +
      "); naive, the " + e1 +
      " winner's party again: " + report::GroupDigits(sc.naive_called_right) + " (" +
      report::Percent(sc.NaiveShareCalledRight()) + ")");
  out.lines.push_back("Brier score: " + Brier(sc.brier) +
                      " (naive: " + Brier(sc.naive_brier) +
                      "); 0 is perfect, 2 a certain wrong call in every seat");

  report::Sheet sum("Backtest summary", {{"Base"},
                                         {"Target"},
                                         {"Seats scored", Kind::kInteger},
                                         {"Called right", Kind::kInteger},
                                         {"Share right", Kind::kPercent, 2},
                                         {"Brier", Kind::kDecimal, 4},
                                         {"Naive right", Kind::kInteger},
                                         {"Naive share right", Kind::kPercent, 2},
                                         {"Naive Brier", Kind::kDecimal, 4}});
  sum.AddRow({Cell::Text(e1), Cell::Text(e2), Cell::Int(sc.seats),
              Cell::Int(sc.called_right), Cell::Number(sc.ShareCalledRight()),
              Cell::Number(sc.brier), Cell::Int(sc.naive_called_right),
              Cell::Number(sc.NaiveShareCalledRight()), Cell::Number(sc.naive_brier)});
  sum.AddNote(
      "Brier: per seat the sum over parties and alliances of (p - 1 if it won, "
      "else 0)^2, averaged over the seats: 0 is perfect, 2 a certain wrong "
      "call. Naive: the " +
      e1 + " winner's party wins again.");

  const std::string totals_note =
      "Projected: mean and 5-95% range of seats won over the simulations of the " +
      report::GroupDigits(sc.seats + sc.unscored) + " matched seats; actual: won in " +
      e2 + " among them.";
  out.sheets.push_back(TotalsSheet("Backtest parties", "Party", sc.parties, totals_note));
  out.csv_sheet = 0;
  if (!sc.alliances.empty()) {
    out.sheets.push_back(
        TotalsSheet("Backtest alliances", "Alliance", sc.alliances, totals_note));
  }

  report::Sheet miss("Seats called wrong", {{"State"},
                                            {"Seat", Kind::kInteger},
                                            {"Name"},
                                            {"Projected"},
                                            {"P(projected)", Kind::kPercent, 1},
                                            {"Won"},
                                            {"Margin", Kind::kPoints, 2}});
  for (const auto& x : sc.seat_scores) {
    const analysis::Seat& t = r.target->seats[r.setup.matching.matched[x.seat].target];
    if (x.called_right) continue;
    const forecast::ActualSeat& a = r.setup.actual[x.seat];
    const std::string fav = x.favourite.label.empty() ? "(none)" : x.favourite.label;
    // An alliance's seat names the member that won it: "UPA (INC)".
    const std::string won =
        x.actual.alliance >= 0 ? x.actual.label + " (" + a.label + ")" : x.actual.label;
    miss.AddRow({Cell::Text(t.state), Cell::Int(t.number), Cell::Text(t.name),
                 Cell::Text(fav), Cell::Number(x.probability), Cell::Text(won),
                 Cell::Number(a.margin_pp)});
  }
  miss.AddNote(
      "The projected favourite with its win probability, and the actual winner "
      "with its margin over the runner-up in points, " +
      basis + ". Seats and names are " + e2 + "'s.");
  out.json = api::BacktestJson(r);
  out.sheets.push_back(std::move(miss));
  for (auto& m : matching) out.sheets.push_back(std::move(m));
  out.sheets.push_back(std::move(sum));
  // Text: every table but the summary, which the lines above say.
  for (std::size_t i = 0; i + 1 < out.sheets.size(); ++i) out.text_sheets.push_back(i);
  return out;
}

void Run(Context& ctx, BacktestArgs& args) {
  args.request.swing_mode = args.swing_mode == "proportional"
                                ? forecast::SwingMode::kProportional
                                : forecast::SwingMode::kUniform;
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  args.request.progress = SimulationProgress(ctx.json);
  auto report = service::RunBacktest(*store, args.request);
  EndProgress();
  if (!report.ok()) return ctx.Fail(report.status());
  if (!report->ran) {
    return FailWithProblems(ctx, report->problems,
                            "the alliances file has errors; nothing was simulated");
  }
  Output out = Build(*report);
  for (const auto& p : report->problems)
    out.warnings.push_back({p.message, p.file, p.line});
  out.Warn(report->warnings);
  Emit(ctx, out, args.xlsx);
}

}  // namespace

void AddBacktestCommand(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<BacktestArgs>();
  service::BacktestRequest& q = args->request;
  CLI::App* c = app.add_subcommand(
      "backtest",
      "How good the forecast would have been: project --target from --base with the "
      "target's actual state vote shares (a perfect statewide poll) and score it "
      "against its winners (seats called right, seats per party, Brier score, misses)");
  c->add_option("--base", q.base, "The earlier election, projected from")->required();
  c->add_option("--target", q.target, "The later election, projected and scored")
      ->required();
  c->add_option("--alliances", q.alliances_file,
                "A scenario file (TOML) whose [[alliance]] tables group parties; its "
                "swings and other keys are not used");
  c->add_option("--swing-mode", args->swing_mode, "uniform or proportional")
      ->check(CLI::IsMember({"uniform", "proportional"}))
      ->capture_default_str();
  c->add_option("--sigma-national", q.sigma_national,
                "Standard deviation of the national error per party, points")
      ->capture_default_str();
  c->add_option("--sigma-state", q.sigma_state,
                "Standard deviation of the state error per party, points")
      ->capture_default_str();
  c->add_option("--sigma-seat", q.sigma_seat,
                "Standard deviation of the seat error per candidate, points")
      ->capture_default_str();
  c->add_option("--simulations", q.simulations, "Simulations")->capture_default_str();
  c->add_option("--seed", q.seed, "Seed of the random streams")->capture_default_str();
  c->add_option("--threads", q.threads, "Threads (0: every core)")->capture_default_str();
  c->add_option("--xlsx", args->xlsx, "Also write the tables to this .xlsx workbook");
  c->callback([&ctx, args] { Run(ctx, *args); });
}

}  // namespace janadhar::cli
