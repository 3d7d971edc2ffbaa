// `janadhar org coverage`, `org search`, `org synth` and `org wipe-synthetic`:
// thin adapters over service/org_report.h.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

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
  nlohmann::json ju = nlohmann::json::array();
  for (const org::UnitCoverage& c : rep.units) {
    const org::Unit& u = tree.unit(c.unit);
    const std::string indent(static_cast<size_t>(2 * c.depth), ' ');
    units.AddRow({Cell::Text(u.code), Cell::Text(text ? indent + u.name : u.name),
                  Cell::Text(std::string(org::UnitLevelName(u.level))),
                  Cell::Int(c.booths), Cell::Int(c.covered),
                  c.share ? Cell::Number(*c.share) : Cell::Missing()});
    if (json) {
      ju.push_back({{"unit", u.code},
                    {"name", u.name},
                    {"level", org::UnitLevelName(u.level)},
                    {"depth", c.depth},
                    {"booths", c.booths},
                    {"covered", c.covered},
                    {"share", OrNull(c.share)}});
    }
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
  nlohmann::json jb = nlohmann::json::array();
  for (const org::UncoveredBooth& b : rep.uncovered) {
    const bool row_wanted = !text || static_cast<int>(uncovered.rows().size()) < a.show;
    if (!row_wanted && !json) continue;
    const org::Unit& u = tree.unit(b.unit);
    // The AC: the nearest ancestor of that level.
    std::string ac;
    for (int p = u.parent; p >= 0; p = tree.unit(p).parent) {
      if (tree.unit(p).level == org::UnitLevel::kAssembly) {
        ac = tree.unit(p).name;
        break;
      }
    }
    nlohmann::json has = nlohmann::json::object();
    std::vector<Cell> row = {Cell::Text(u.code), Cell::Text(u.name), Cell::Text(ac)};
    for (const org::Role role : needed) {
      row.push_back(Cell::Int(b.has[role]));
      has[std::string(org::RoleName(role))] = b.has[role];
    }
    std::string lacks = rep.Lacks(b);
    row.push_back(Cell::Text(lacks));
    if (row_wanted) uncovered.AddRow(std::move(row));
    if (json) {
      jb.push_back({{"unit", u.code},
                    {"name", u.name},
                    {"ac", ac},
                    {"has", std::move(has)},
                    {"lacks", std::move(lacks)}});
    }
  }
  if (text && static_cast<int>(rep.uncovered.size()) > a.show) {
    uncovered.AddNote("The first " + std::to_string(a.show) + " of " +
                      report::GroupDigits(static_cast<int64_t>(rep.uncovered.size())) +
                      " uncovered booths; --show N, --json, --csv-uncovered or --xlsx "
                      "give more.");
  }
  if (!rep.uncovered.empty()) out.sheets.push_back(std::move(uncovered));
  out.csv_sheet = a.csv_uncovered && !rep.uncovered.empty() ? 1 : 0;
  nlohmann::json rules = nlohmann::json::object();
  for (const org::Role role : org::kAllRoles) {
    if (rep.rules[role] > 0) rules[std::string(org::RoleName(role))] = rep.rules[role];
  }
  out.json = {{"state", r.state},
              {"unit", start.code},
              {"rules", std::move(rules)},
              {"booths", rep.total.booths},
              {"covered", rep.total.covered},
              {"share", OrNull(rep.total.share)},
              {"units", std::move(ju)},
              {"uncovered", std::move(jb)}};
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
  nlohmann::json list = nlohmann::json::array();
  for (const auto& h : *hits) {
    const org::Person& p = h.person;
    sheet.AddRow(
        {Cell::Int(p.id), Cell::Text(p.name_hi), Cell::Text(p.name_en),
         Cell::Text(unmask ? p.phone : org::MaskPhone(p.phone)), Cell::Text(p.unit),
         Cell::Text(std::string(org::PersonStatusName(p.status))), Cell::Int(h.score)});
    nlohmann::json j = PersonJsonOut(p, unmask);
    j["score"] = h.score;
    list.push_back(std::move(j));
  }
  out.sheets.push_back(std::move(sheet));
  out.json = {
      {"query", request.query},
      {"unit", request.unit.empty() ? nlohmann::json() : nlohmann::json(request.unit)},
      {"people", std::move(list)}};
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
