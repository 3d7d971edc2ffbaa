// `janadhar seat-share --state S --partners A,B,...`: a thin adapter over
// service/seat_share_service.h. Flags of the form PARTY=N (limits),
// SEAT=PARTY (locks), PARTY=RATE and FROM:TO=RATE (transfer rates) take
// comma-separated lists and may be repeated.
#include <CLI/CLI.hpp>
#include <charconv>
#include <memory>
#include <string>
#include <vector>

#include "base/text.h"
#include "cli/analyse_output.h"
#include "cli/context.h"
#include "cli/progress.h"
#include "cli/seat_share_output.h"
#include "service/seat_share_service.h"

namespace janadhar::cli {

namespace {

struct SeatShareArgs {
  service::SeatShareRequest request;
  std::vector<std::string> min, max, lock, transfer_from, transfer_pair;
  bool no_prices = false;
  std::string xlsx;
};

// "KEY=VALUE" split at the last '=', both sides trimmed and not empty.
Status Split(const std::string& flag, const std::string& item, const char* form,
             std::string* key, std::string* value) {
  const std::size_t eq = item.rfind('=');
  if (eq != std::string::npos) {
    *key = CollapseSpaces(item.substr(0, eq));
    *value = CollapseSpaces(item.substr(eq + 1));
    if (!key->empty() && !value->empty()) return Status::Ok();
  }
  return Status::InvalidArgument(flag + ": '" + item + "' is not written " + form);
}

Status ParseWhole(const std::string& flag, const std::string& item,
                  const std::string& text, int* out) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, *out);
  if (ec == std::errc() && ptr == end && *out >= 0) return Status::Ok();
  return Status::InvalidArgument(flag + ": '" + item +
                                 "': the number of seats is a "
                                 "whole number, 0 or more");
}

Status ParseRate(const std::string& flag, const std::string& item,
                 const std::string& text, double* out) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, *out);
  if (ec == std::errc() && ptr == end) return Status::Ok();
  return Status::InvalidArgument(flag + ": '" + item +
                                 "': the rate is a number from 0 to 1, such as 0.7");
}

Status Limits(const std::string& flag, const std::vector<std::string>& items,
              std::map<std::string, int>* out) {
  for (const auto& item : items) {
    std::string party, seats;
    JANADHAR_RETURN_IF_ERROR(Split(flag, item, "PARTY=SEATS (BSP=38)", &party, &seats));
    int n = 0;
    JANADHAR_RETURN_IF_ERROR(ParseWhole(flag, item, seats, &n));
    if (!out->emplace(party, n).second) {
      std::string message = flag;
      message.append(": ").append(party).append(" is given twice");
      return Status::InvalidArgument(message);
    }
  }
  return Status::Ok();
}

Status Parse(SeatShareArgs& a) {
  service::SeatShareRequest& q = a.request;
  JANADHAR_RETURN_IF_ERROR(Limits("--min", a.min, &q.min_seats));
  JANADHAR_RETURN_IF_ERROR(Limits("--max", a.max, &q.max_seats));
  for (const auto& item : a.lock) {
    std::string seat, party;
    JANADHAR_RETURN_IF_ERROR(
        Split("--lock", item, "SEAT=PARTY (Amethi=INC or 37=INC)", &seat, &party));
    q.locked.emplace_back(seat, party);
  }
  for (const auto& item : a.transfer_from) {
    std::string party, rate;
    JANADHAR_RETURN_IF_ERROR(
        Split("--transfer-from", item, "PARTY=RATE (BSP=0.8)", &party, &rate));
    double x = 0;
    JANADHAR_RETURN_IF_ERROR(ParseRate("--transfer-from", item, rate, &x));
    q.transfer_from[party] = x;
  }
  for (const auto& item : a.transfer_pair) {
    std::string pair, rate;
    JANADHAR_RETURN_IF_ERROR(
        Split("--transfer-pair", item, "FROM:TO=RATE (BSP:SP=0.6)", &pair, &rate));
    const std::size_t colon = pair.find(':');
    service::TransferPair t;
    if (colon != std::string::npos) {
      t.from = CollapseSpaces(pair.substr(0, colon));
      t.to = CollapseSpaces(pair.substr(colon + 1));
    }
    if (t.from.empty() || t.to.empty()) {
      return Status::InvalidArgument("--transfer-pair: '" + item +
                                     "' is not written FROM:TO=RATE (BSP:SP=0.6)");
    }
    JANADHAR_RETURN_IF_ERROR(ParseRate("--transfer-pair", item, rate, &t.rate));
    q.transfer_pairs.push_back(t);
  }
  q.concession_prices = !a.no_prices;
  return Status::Ok();
}

void Run(Context& ctx, SeatShareArgs& args) {
  if (Status s = Parse(args); !s.ok()) return ctx.Fail(s);
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto report = service::RunSeatShare(*store, args.request);
  if (!report.ok()) return ctx.Fail(report.status());
  if (!report->ran) {
    return FailWithProblems(ctx, report->problems,
                            "the scenario file has errors; nothing was simulated");
  }
  Output out = SeatShareOutput(*report);
  for (const auto& p : report->problems)
    out.warnings.push_back({p.message, p.file, p.line});
  Emit(ctx, out, args.xlsx);
}

}  // namespace

void AddSeatShareCommand(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<SeatShareArgs>();
  service::SeatShareRequest& q = args->request;
  CLI::App* c = app.add_subcommand(
      "seat-share",
      "Which partner of an alliance should field its candidate in each seat of a "
      "state: the allocation with the most expected seats under the negotiated limits "
      "(GLPK), against two rules of thumb, with the price of every concession");
  c->add_option("--state", q.state, "The state whose seats are shared (S24, UP)")
      ->required();
  c->add_option("--partners", q.partners, "The partner parties (SP,BSP,RLD)")
      ->delimiter(',');
  c->add_option("--election", q.election,
                "The base election (default: the scenario's base, or the only one)");
  c->add_option("--scenario", q.scenario_file,
                "A forecast scenario file (TOML) for swings and uncertainty; without "
                "one: no swing, sigmas 2/2/3 points");
  c->add_option("--alliance", q.alliance,
                "Negotiate this alliance of the scenario file (its partners, transfer "
                "rates and swings)");
  c->add_option("--seats", q.seats, "Only these seats of the state (numbers or names)")
      ->delimiter(',');
  c->add_option("--transfer", q.transfer,
                "Share of a partner's votes that go to the alliance's candidate (0..1); "
                "default 1");
  c->add_option("--transfer-from", args->transfer_from,
                "A partner's own outgoing rate: PARTY=RATE (BSP=0.8)")
      ->delimiter(',');
  c->add_option("--transfer-pair", args->transfer_pair,
                "The rate from one partner to another: FROM:TO=RATE (BSP:SP=0.6)")
      ->delimiter(',');
  c->add_option("--min", args->min, "A partner's fewest seats: PARTY=SEATS (SP=30)")
      ->delimiter(',');
  c->add_option("--max", args->max, "A partner's most seats: PARTY=SEATS (RLD=3)")
      ->delimiter(',');
  c->add_option("--lock", args->lock,
                "A seat fixed to a partner: SEAT=PARTY (Kairana=RLD)")
      ->delimiter(',');
  c->add_option("--leave", q.left, "Seats left to a friendly party outside the alliance")
      ->delimiter(',');
  c->add_option("--friendly", q.friendly, "The party the --leave seats go to (INC)");
  c->add_option("--simulations", q.simulations,
                "Simulations (default the scenario's, else 10,000)");
  c->add_option("--seed", q.seed, "Random seed (default the scenario's, else 1)");
  c->add_option("--threads", q.threads, "Threads (default every core)");
  c->add_flag("--no-prices", args->no_prices, "Leave out the concession prices");
  c->add_option("--xlsx", args->xlsx, "Also write the tables to this .xlsx workbook");
  c->callback([&ctx, args] { Run(ctx, *args); });
}

}  // namespace janadhar::cli
