// `janadhar analyse seats|parties|booths|targets|swing|iou`: thin adapters
// over service/analysis_service.h; output built in cli/analyse_*_output.cpp.
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/analyse_output.h"
#include "cli/context.h"

namespace janadhar::cli {

namespace {

struct Args {
  std::string election, state, party, ac, pc, from, to, xlsx, level;
  std::vector<std::string> parties, ruling;
  bool with_nota = false;
  bool all_booths = false;
  bool segments_csv = false;
  analysis::GradeThresholds thresholds;
  analysis::TargetOptions targets;
  analysis::ShareBasis basis() const {
    return with_nota ? analysis::ShareBasis::kIncludingNota
                     : analysis::ShareBasis::kExcludingNota;
  }
};

// Runs `analyse` (store → report) and `build` (report → output), then prints.
template <typename Analyse, typename Build>
void Run(Context& ctx, const Args& args, Analyse analyse, Build build) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto report = analyse(*store);
  if (!report.ok()) return ctx.Fail(report.status());
  Output out = build(*report);
  Emit(ctx, out, args.xlsx);
}

void Common(CLI::App* c, Args& a) {
  c->add_option("--election", a.election, "The election, e.g. ls2014")->required();
  c->add_option("--state", a.state, "A state: ECI code (S24), abbreviation (UP) or name");
  c->add_option("--xlsx", a.xlsx, "Also write the tables to this .xlsx workbook");
}

void WithNota(CLI::App* c, Args& a) {
  c->add_flag("--with-nota", a.with_nota,
              "Count NOTA in the denominator of shares (default: valid votes "
              "excluding NOTA, as ECI's vote share)");
}

}  // namespace

void AddAnalyseCommands(CLI::App& app, Context& ctx) {
  CLI::App* analyse = app.add_subcommand(
      "analyse",
      "The strategy cell's analysis: seats, parties, booth grades, targets, "
      "swing, opposition unity");
  analyse->alias("analyze");
  analyse->require_subcommand(1);
  {
    auto a = std::make_shared<Args>();
    auto* c = analyse->add_subcommand(
        "seats",
        "Per seat: winner, runner-up, margin, turnout, electors; with --party, "
        "where the party stood");
    Common(c, *a);
    c->add_option("--party", a->party, "Only seats this party contested, with its place");
    WithNota(c, *a);
    c->callback([&ctx, a] {
      Run(
          ctx, *a,
          [&](store::Store& s) {
            return service::AnalyseSeats(s,
                                         {a->election, a->state, a->party, a->basis()});
          },
          [](const auto& r) { return SeatsOutput(r); });
    });
  }
  {
    auto a = std::make_shared<Args>();
    auto* c = analyse->add_subcommand(
        "parties",
        "Per party: seats won and contested, votes, vote share, strike rate, "
        "seats where it came second (of the nation, or of --state)");
    Common(c, *a);
    WithNota(c, *a);
    c->add_flag("--all", a->all_booths,
                "List every party in the table (default: those with a seat or 1% of the "
                "votes, the rest as Others; files and JSON have all)");
    c->callback([&ctx, a] {
      Run(
          ctx, *a,
          [&](store::Store& s) {
            return service::AnalyseParties(s, {a->election, a->state, a->basis()});
          },
          [&](const auto& r) { return PartiesOutput(r, a->all_booths); });
    });
  }
  {
    auto a = std::make_shared<Args>();
    auto* c = analyse->add_subcommand(
        "booths",
        "Grade every polling station A/B/C/D by the party's margin, with the "
        "counts per assembly segment (of a state, a PC or an AC)");
    Common(c, *a);
    c->add_option("--party", a->party, "The party graded, e.g. BJP")->required();
    c->add_option("--ac", a->ac, "One assembly constituency: number or name");
    c->add_option("--pc", a->pc, "One parliamentary constituency: number or name");
    c->add_option("--grade-a", a->thresholds.a, "Lowest margin (points) of grade A")
        ->capture_default_str();
    c->add_option("--grade-b", a->thresholds.b, "Lowest margin (points) of grade B")
        ->capture_default_str();
    c->add_option("--grade-c", a->thresholds.c,
                  "Lowest margin (points) of grade C; below it, D")
        ->capture_default_str();
    c->add_flag("--all-booths", a->all_booths,
                "List every polling station in the text output (one AC lists them "
                "anyway)");
    c->add_flag("--segments", a->segments_csv, "With --csv: the per-segment table");
    c->callback([&ctx, a] {
      Run(
          ctx, *a,
          [&](store::Store& s) {
            service::BoothsRequest q;
            q.election = a->election;
            q.party = a->party;
            q.state = a->state;
            q.ac = a->ac;
            q.pc = a->pc;
            q.thresholds = a->thresholds;
            return service::AnalyseBooths(s, q);
          },
          [&](const auto& r) {
            return BoothsOutput(
                r, {a->all_booths, a->segments_csv, ctx.json, ctx.csv, !a->xlsx.empty()});
          });
    });
  }
  {
    auto a = std::make_shared<Args>();
    auto* c = analyse->add_subcommand(
        "targets",
        "Seats the party lost by less than --within points, ordered by the "
        "swing needed, with the booths that flip and those furthest behind");
    Common(c, *a);
    c->add_option("--party", a->party, "The party, e.g. INC")->required();
    c->add_option("--within", a->targets.within_pp, "Lost by less than this many points")
        ->capture_default_str();
    c->add_option("--booths", a->targets.deficit_booths,
                  "Booths listed per seat, largest deficit first")
        ->capture_default_str()
        ->check(CLI::Range(0, 1000));
    WithNota(c, *a);
    c->callback([&ctx, a] {
      Run(
          ctx, *a,
          [&](store::Store& s) {
            service::TargetsRequest q;
            q.election = a->election;
            q.party = a->party;
            q.state = a->state;
            q.options = a->targets;
            q.options.basis = a->basis();
            return service::AnalyseTargets(s, q);
          },
          [](const auto& r) { return TargetsOutput(r); });
    });
  }
  {
    auto a = std::make_shared<Args>();
    auto* c = analyse->add_subcommand(
        "swing",
        "Change of each party's vote share between two elections on the same "
        "delimitation: per seat, state and nation");
    c->add_option("--from", a->from, "The earlier election")->required();
    c->add_option("--to", a->to, "The later election")->required();
    c->add_option("--state", a->state, "One state: its seats and the state");
    c->add_option("--party", a->parties,
                  "Parties to show (commas or repeat); default: every party that won a "
                  "seat")
        ->delimiter(',');
    c->add_option("--level", a->level, "Rows of the table: seat, state or nation")
        ->check(CLI::IsMember({"seat", "state", "nation"}));
    c->add_option("--xlsx", a->xlsx, "Also write the table to this .xlsx workbook");
    WithNota(c, *a);
    c->callback([&ctx, a] {
      Run(
          ctx, *a,
          [&](store::Store& s) {
            return service::AnalyseSwing(
                s, {a->from, a->to, a->state, a->parties, a->basis()});
          },
          [&](const auto& r) { return SwingOutput(r, a->level); });
    });
  }
  {
    auto a = std::make_shared<Args>();
    auto* c = analyse->add_subcommand(
        "iou",
        "Index of Opposition Unity (CSDS) per seat and state, against the ruling "
        "party or alliance");
    Common(c, *a);
    c->add_option("--ruling", a->ruling,
                  "The ruling party; an alliance's parties with commas or repeated")
        ->required()
        ->delimiter(',');
    c->callback([&ctx, a] {
      Run(
          ctx, *a,
          [&](store::Store& s) {
            return service::AnalyseIou(s, {a->election, a->state, a->ruling});
          },
          [](const auto& r) { return IouOutput(r); });
    });
  }
}

}  // namespace janadhar::cli
