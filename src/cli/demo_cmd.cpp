// `janadhar demo`: imports the shipped real data and shows what it holds.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/context.h"
#include "cli/demo_org_output.h"
#include "cli/progress.h"
#include "cli/report_output.h"
#include "nlohmann/json.hpp"
#include "report/sheet.h"
#include "service/analysis_service.h"
#include "service/demo.h"
#include "service/demo_users.h"

namespace janadhar::cli {

namespace {

void PrintDemo(const service::DemoReport& r, const results::PartyDirectory& parties,
               std::ostream& out, const std::string& grades) {
  out << "\nImported:\n";
  for (const auto& imp : r.imports) {
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f s", imp.seconds);
    out << "  " << imp.outcome << " (" << secs << ")\n";
  }
  int64_t total_votes = 0;
  for (const auto& t : r.tally) {
    if (t.party != "None of the Above") total_votes += t.votes;
  }
  using report::Cell;
  using report::Kind;
  auto share = [total_votes](int64_t votes) {
    return total_votes > 0 ? Cell::Number(static_cast<double>(votes) / total_votes)
                           : Cell::Missing();
  };
  report::Sheet t("Lok Sabha 2014 — seats won per party", {{"party"},
                                                           {"name"},
                                                           {"seats", Kind::kInteger},
                                                           {"contested", Kind::kInteger},
                                                           {"votes", Kind::kInteger},
                                                           {"share", Kind::kPercent}});
  int64_t others_seats = 0, others_parties = 0, others_votes = 0;
  for (const auto& p : r.tally) {
    if (p.seats_won == 0) continue;
    if (t.size() >= 12) {
      others_seats += p.seats_won;
      others_votes += p.votes;
      ++others_parties;
      continue;
    }
    const results::Party* party = parties.Resolve(p.party);
    t.AddRow({Cell::Text(party != nullptr ? party->abbreviation : ""),
              Cell::Text(p.party), Cell::Int(p.seats_won), Cell::Int(p.seats_contested),
              Cell::Int(p.votes), share(p.votes)});
  }
  if (others_seats > 0) {
    t.AddRow({Cell::Text(""),
              Cell::Text("others (" + std::to_string(others_parties) + " parties)"),
              Cell::Int(others_seats), Cell::Missing(), Cell::Int(others_votes),
              share(others_votes)});
  }
  t.AddNote(
      "share: of the valid votes, NOTA excluded; parties that won no seat left out.");
  out << '\n';
  report::PrintText(t, out);

  if (!grades.empty()) out << '\n' << grades;
  out << "\nThe store holds:\n";
  for (const auto& s : r.summary) {
    out << "  " << s.election.name << ": " << report::GroupDigits(s.seats) << " seats, "
        << report::GroupDigits(s.candidates) << " candidates, "
        << report::GroupDigits(s.booths) << " polling stations in "
        << report::GroupDigits(s.segments) << " assembly segments ("
        << report::GroupDigits(s.booths_marked) << " marked for blank or bad cells)\n";
  }
  out << "\nProblems found in the files:\n";
  for (const auto& imp : r.imports) {
    if (imp.problems.empty() && imp.unlinked.empty()) continue;
    out << "  " << imp.kind << " (" << imp.source << "):\n";
    PrintImportReport(imp, out, 12, /*with_outcome=*/false);
  }
}

// What the analysis makes of the imported booths: BJP's grades in UP, and
// the commands to go further. "" when the analysis cannot run.
std::string BoothGradeLines(store::Store& store) {
  service::BoothsRequest q;
  q.election = "ls2014";
  q.party = "BJP";
  q.state = "S24";
  auto r = service::AnalyseBooths(store, q);
  if (!r.ok()) return "";
  const auto& g = r->grades;
  return "Booth grades of BJP in Uttar Pradesh (margin over the strongest rival, "
         "A ≥ 10 points, B 0–10, C −10–0, D below):\n  A " +
         report::GroupDigits(g.counts[0]) + ", B " + report::GroupDigits(g.counts[1]) +
         ", C " + report::GroupDigits(g.counts[2]) + ", D " +
         report::GroupDigits(g.counts[3]) + " of " + report::GroupDigits(g.graded) +
         " graded; " + report::GroupDigits(g.no_votes) + " recorded no votes, " +
         report::GroupDigits(g.excluded) +
         " have blank cells.\n"
         "Next: janadhar analyse parties --election ls2014\n"
         "      janadhar analyse booths --election ls2014 --party BJP --state UP --pc "
         "Varanasi\n"
         "      janadhar analyse targets --election ls2014 --party INC --state UP\n"
         "      janadhar forecast data/scenarios/ls2014-upa-swing.toml --plot seats.svg\n"
         "      janadhar backtest --base ls2014 --target ls2014\n"
         "      janadhar seat-share --election ls2014 --state UP --partners SP,BSP,RLD "
         "--transfer 0.7 --max BSP=38,SP=37,RLD=3 --leave \"Amethi,Rae Bareli\"\n";
}

// Demo users per level, then the server until Ctrl-C.
void ServeDemo(Context& ctx, store::Store& store, ServeArgs args) {
  auto users = service::MakeDemoUsers(store);
  if (!users.ok()) return ctx.Fail(users.status());
  args.any_port_if_taken = true;
  args.lines.push_back("Log in as one of (new passwords each time the demo runs):");
  for (const service::DemoUser& u : *users) {
    args.lines.push_back("  " + u.level + ": " + u.name + " / " + u.password + "  (" +
                         u.role + " at " + u.unit + ")");
  }
  args.lines.push_back("Ctrl-C stops the server; `janadhar demo --no-serve` skips it.");
  std::cout << '\n';
  Serve(ctx, args);
}

}  // namespace

void AddDemoCommand(CLI::App& app, Context& ctx) {
  auto data = std::make_shared<std::string>();
  CLI::App* demo = app.add_subcommand(
      "demo",
      "Import the shipped real data (2014 Lok Sabha results, 2008 delimitation, "
      "2014 electors, the Form-20 of every UP segment) into the store and show it, "
      "with Uttar Pradesh's unit tree, a synthetic organisation on it and its coverage");
  demo->add_option("--data", *data, "The data folder (default: the project's data/)");
  auto no_org = std::make_shared<bool>(false);
  demo->add_flag("--no-organisation", *no_org,
                 "Only import and sum up: no unit tree, synthetic organisation or "
                 "coverage (and so no web UI at the end)");
  auto no_serve = std::make_shared<bool>(false);
  demo->add_flag("--no-serve", *no_serve,
                 "End after the summary instead of serving the web UI with a demo user "
                 "per level");
  auto serve = std::make_shared<ServeArgs>();
  demo->add_option("--listen", serve->listen,
                   "HOST:PORT the web UI is served on (another free port if taken)")
      ->capture_default_str();
  demo->callback([&ctx, data, no_org, no_serve, serve] {
    auto store = ctx.OpenStoreOrFail();
    if (!store) return;
    service::DemoOptions options;
    options.organisation = !*no_org;
    options.data_dir =
        data->empty() ? service::FindDataDir(ctx.executable, JANADHAR_SOURCE_DATA_DIR)
                      : *data;
    if (!ctx.json) {
      std::cout << "Janadhar demo: importing " << options.data_dir << " into " << ctx.db
                << '\n';
      options.progress = TerminalProgress("Form-20");
      options.before_synth = [] {
        EndProgress();
        std::cout << "Storing a synthetic organisation of Uttar Pradesh (about 2 million "
                     "people; a minute or two, once)…\n"
                  << std::flush;
      };
    }
    auto report = service::RunDemo(*store, options);
    EndProgress();
    if (!report.ok()) return ctx.Fail(report.status());
    auto parties = store->LoadParties();
    if (!parties.ok()) return ctx.Fail(parties.status());
    if (ctx.json) {
      nlohmann::json j;
      j["imports"] = nlohmann::json::array();
      for (const auto& imp : report->imports) {
        j["imports"].push_back(nlohmann::json::parse(ImportReportJson(imp)));
      }
      j["seats_won"] = nlohmann::json::array();
      for (const auto& t : report->tally) {
        if (t.seats_won == 0) continue;
        const results::Party* p = parties->Resolve(t.party);
        j["seats_won"].push_back({{"party", p != nullptr ? p->abbreviation : ""},
                                  {"name", t.party},
                                  {"seats", t.seats_won},
                                  {"votes", t.votes}});
      }
      if (report->organisation) j["organisation"] = DemoOrganisationJson(*report);
      std::cout << j.dump(2) << '\n';
    } else {
      PrintDemo(report.value(), parties.value(), std::cout, BoothGradeLines(*store));
      if (report->organisation) PrintDemoOrganisation(*report, std::cout);
    }
    if (*no_serve || !report->organisation || ctx.json) return;
    ServeDemo(ctx, *store, *serve);
  });
}

}  // namespace janadhar::cli
