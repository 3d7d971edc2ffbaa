// `janadhar org coverage`, `org search`, `org synth` and `org wipe-synthetic`:
// thin adapters over service/org_report.h.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "api/org_json.h"
#include "base/text.h"
#include "cli/org_common.h"
#include "org/phone.h"
#include "service/org_report.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

struct CoverageArgs {
  service::OrgCoverageRequest request;
  bool depth_given = false;
  bool csv_uncovered = false;
  int show = 20;
  std::string xlsx;
};

// `text`: the tables are for a terminal (a few uncovered booths shown);
// `json`: the JSON is wanted (built only then: a state has 46,000 uncovered
// booths).
Output CoverageOutput(const service::OrgCoverageResult& r, const CoverageArgs& a,
                      bool text, bool json) {
  const org::UnitTree& tree = r.tree;
  const org::CoverageReport& rep = r.report;
  Output out;
  const org::Unit& start = tree.unit(rep.start);
  const auto share_text = [](const org::UnitCoverage& c) {
    return c.share ? report::Percent(*c.share) : std::string("–");
  };
  out.lines.push_back(start.name + " (" + start.code +
                      "): " + report::GroupDigits(rep.total.covered) + " of " +
                      report::GroupDigits(rep.total.booths) + " booths covered (" +
                      share_text(rep.total) + "); a booth is covered with " +
                      org::DescribeRules(rep.rules) + ".");
  report::Sheet units("Coverage by unit", {{"Unit"},
                                           {"Name"},
                                           {"Level"},
                                           {"Booths", Kind::kInteger},
                                           {"Covered", Kind::kInteger},
                                           {"Share", Kind::kPercent}});
  for (const org::UnitCoverage& c : rep.units) {
    const org::Unit& u = tree.unit(c.unit);
    const std::string indent(static_cast<size_t>(2 * c.depth), ' ');
    units.AddRow({Cell::Text(u.code), Cell::Text(text ? indent + u.name : u.name),
                  Cell::Text(std::string(org::UnitLevelName(u.level))),
                  Cell::Int(c.booths), Cell::Int(c.covered),
                  c.share ? Cell::Number(*c.share) : Cell::Missing()});
  }
  out.sheets.push_back(std::move(units));

  std::vector<report::Column> cols = {{"Booth"}, {"Name"}, {"AC"}};
  std::vector<org::Role> needed;
  for (const org::Role role : org::kAllRoles) {
    if (rep.rules[role] == 0) continue;
    needed.push_back(role);
    cols.push_back({std::string(org::RoleWords(role)) + "s", Kind::kInteger});
  }
  cols.push_back({"Lacks"});
  report::Sheet uncovered("Uncovered booths", cols);
  for (const org::UncoveredBooth& b : rep.uncovered) {
    if (text && static_cast<int>(uncovered.rows().size()) >= a.show) break;
    const org::Unit& u = tree.unit(b.unit);
    std::vector<Cell> row = {Cell::Text(u.code), Cell::Text(u.name),
                             Cell::Text(api::AcNameOf(tree, b.unit))};
    for (const org::Role role : needed) row.push_back(Cell::Int(b.has[role]));
    row.push_back(Cell::Text(rep.Lacks(b)));
    uncovered.AddRow(std::move(row));
  }
  if (text && static_cast<int>(rep.uncovered.size()) > a.show) {
    uncovered.AddNote("The first " + std::to_string(a.show) + " of " +
                      report::GroupDigits(static_cast<int64_t>(rep.uncovered.size())) +
                      " uncovered booths; --show N, --json, --csv-uncovered or --xlsx "
                      "give more.");
  }
  if (!rep.uncovered.empty()) out.sheets.push_back(std::move(uncovered));
  out.csv_sheet = a.csv_uncovered && !rep.uncovered.empty() ? 1 : 0;
  if (json) out.json = api::CoverageJson(r);
  return out;
}

void RunCoverage(Context& ctx, CoverageArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  const bool text = !ctx.json && !ctx.csv;
  if (!a.depth_given) a.request.depth = text ? 1 : -1;
  auto r = service::OrgCoverage(*store, a.request);
  if (!r.ok()) return ctx.Fail(r.status());
  Output out = CoverageOutput(*r, a, text && a.xlsx.empty(), ctx.json);
  Emit(ctx, out, a.xlsx);
}

void RunSearch(Context& ctx, const service::OrgSearchRequest& request, bool unmask) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto hits = service::OrgSearch(*store, request);
  if (!hits.ok()) return ctx.Fail(hits.status());
  Output out;
  out.lines.push_back(CountOf(static_cast<int64_t>(hits->size()), "person", "people") +
                      " found for '" + request.query + "'" +
                      (request.unit.empty() ? "" : " in " + request.unit) + ".");
  report::Sheet sheet("People", {{"Person", Kind::kId},
                                 {"Name (hi)"},
                                 {"Name (en)"},
                                 {"Phone"},
                                 {"Unit"},
                                 {"Status"},
                                 {"Score", Kind::kInteger}});
  for (const auto& h : *hits) {
    const org::Person& p = h.person;
    sheet.AddRow(
        {Cell::Int(p.id), Cell::Text(p.name_hi), Cell::Text(p.name_en),
         Cell::Text(unmask ? p.phone : org::MaskPhone(p.phone)), Cell::Text(p.unit),
         Cell::Text(std::string(org::PersonStatusName(p.status))), Cell::Int(h.score)});
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::SearchJson(request, *hits, unmask);
  Emit(ctx, out, "");
}

void RunSynth(Context& ctx, const service::OrgSynthRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto r = service::SynthesiseOrg(*store, request);
  if (!r.ok()) return ctx.Fail(r.status());
  Output out;
  out.lines.push_back("Stored a synthetic organisation of " + r->state + " (seed " +
                      std::to_string(r->seed) + "): " + report::GroupDigits(r->people) +
                      " people, " + report::GroupDigits(r->posts) + " posts, " +
                      report::GroupDigits(r->sessions) + " training sessions, " +
                      report::GroupDigits(r->attendance) +
                      " attendances. `janadhar org wipe-synthetic` removes it.");
  out.json = {{"state", r->state},       {"seed", r->seed},
              {"people", r->people},     {"posts", r->posts},
              {"sessions", r->sessions}, {"attendance", r->attendance}};
  Emit(ctx, out, "");
}

void RunWipe(Context& ctx, const service::OrgActor& actor) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto n = service::WipeSyntheticOrg(*store, actor);
  if (!n.ok()) return ctx.Fail(n.status());
  Output out;
  out.lines.push_back("Removed the synthetic organisation: " + report::GroupDigits(*n) +
                      " people with their posts, attendance and sessions.");
  out.json = {{"people_removed", *n}};
  Emit(ctx, out, "");
}

}  // namespace

void AddOrgReportCommands(CLI::App* org, Context& ctx) {
  auto cov = std::make_shared<CoverageArgs>();
  CLI::App* c = org->add_subcommand(
      "coverage",
      "Which booths have their committee and polling agent, rolled up the tree, "
      "and what each uncovered booth lacks");
  c->add_option("--state", cov->request.state,
                "The state (S24, UP), or IN for the whole country");
  c->add_option("--unit", cov->request.unit,
                "Only this unit's subtree (its code; IN: every state)");
  c->add_option("--depth", cov->request.depth,
                "List units this many levels below (default 1 in tables, all in "
                "--json/--csv)")
      ->each([cov](const std::string&) { cov->depth_given = true; });
  c->add_option("--show", cov->show, "Uncovered booths shown in the table (default 20)");
  c->add_flag("--csv-uncovered", cov->csv_uncovered,
              "With --csv: print the uncovered booths instead of the units");
  c->add_option("--xlsx", cov->xlsx, "Also write both tables to this .xlsx workbook");
  c->callback([&ctx, cov] { RunCoverage(ctx, *cov); });

  auto search = std::make_shared<service::OrgSearchRequest>();
  auto unmask = std::make_shared<bool>(false);
  CLI::App* s = org->add_subcommand(
      "search", "Find people by name in either script: \"Ram Kumar\" finds राम कुमार");
  s->add_option("name", search->query, "The name, in Devanagari or Latin letters")
      ->required();
  s->add_option("--unit", search->unit,
                "Only in this unit's subtree (its code; IN: everyone)");
  s->add_option("--limit", search->limit, "At most this many (default 20)");
  s->add_flag("--active", search->active_only, "Only active people");
  s->add_flag("--unmask", *unmask, "Show phone and EPIC numbers in full");
  s->callback([&ctx, search, unmask] { RunSearch(ctx, *search, *unmask); });

  auto synth = std::make_shared<service::OrgSynthRequest>();
  CLI::App* y = org->add_subcommand(
      "synth",
      "Store a synthetic but plausible organisation for a state's unit tree (for "
      "the demo, tests and benchmarks), marked synthetic");
  y->add_option("--state", synth->state, "The state (S24, UP)")->required();
  y->add_option("--seed", synth->seed, "Random seed (default 1)");
  AddActorOptions(y, synth->actor);
  y->callback([&ctx, synth] { RunSynth(ctx, *synth); });

  auto actor = std::make_shared<service::OrgActor>();
  CLI::App* w = org->add_subcommand(
      "wipe-synthetic", "Remove everything `org synth` stored, and nothing else");
  AddActorOptions(w, *actor);
  w->callback([&ctx, actor] { RunWipe(ctx, *actor); });
}

}  // namespace janadhar::cli
