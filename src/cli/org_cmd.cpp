// `janadhar org bootstrap --state S [--election E] [--districts FILE]`: a thin
// adapter over service/org_service.h; a line with the units per level (and
// one when the national unit was stored), the table of units per level, the
// ACs without booth results; or --json.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "cli/analyse_output.h"
#include "cli/context.h"
#include "cli/org_common.h"
#include "org/unit.h"
#include "service/org_service.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

// The levels a bootstrap builds.
constexpr org::UnitLevel kLevels[] = {
    org::UnitLevel::kState, org::UnitLevel::kDistrict, org::UnitLevel::kAssembly,
    org::UnitLevel::kShaktiKendra, org::UnitLevel::kBooth};

// "75 districts", "1 district".
std::string Count(int n, const std::string& one, const std::string& many) {
  return report::GroupDigits(n) + " " + (n == 1 ? one : many);
}

int UnitsOf(const service::OrgBootstrapReport& r, org::UnitLevel level) {
  const auto i = static_cast<std::size_t>(level);
  return i < r.units.size() ? r.units[i] : 0;
}

Output Build(const service::OrgBootstrapReport& r) {
  Output out;
  std::string line = r.state_name + ": ";
  if (!r.districts_file.empty()) {
    line += Count(UnitsOf(r, org::UnitLevel::kDistrict), "district", "districts") + ", ";
  }
  line += Count(UnitsOf(r, org::UnitLevel::kAssembly), "AC", "ACs") + ", " +
          Count(UnitsOf(r, org::UnitLevel::kShaktiKendra), "shakti kendra",
                "shakti kendras") +
          ", " + Count(UnitsOf(r, org::UnitLevel::kBooth), "booth", "booths");
  out.lines.push_back(line);
  int total = 0;
  for (int n : r.units) total += n;
  out.lines.push_back(
      "Stored the unit tree of " + r.state + " (" + Count(total, "unit", "units") +
      "), replacing any earlier one; polling stations from the Form-20 of " + r.election +
      (r.districts_file.empty() ? "; no district level (give --districts FILE)"
                                : "; districts from " + r.districts_file) +
      ".");
  if (r.national_created) {
    out.lines.push_back("Stored the national unit " + std::string(org::kNationalCode) +
                        " (" + std::string(org::kNationalName) +
                        "), above every state's tree.");
  }

  report::Sheet units("Units per level", {{"Level"}, {"Units", Kind::kInteger}});
  nlohmann::json jl = nlohmann::json::object();
  for (org::UnitLevel level : kLevels) {
    const std::string name(org::UnitLevelName(level));
    units.AddRow({Cell::Text(name), Cell::Int(UnitsOf(r, level))});
    jl[name] = UnitsOf(r, level);
  }
  units.AddNote("Shakti kendras group up to 5 consecutive booths of an AC.");
  out.sheets.push_back(std::move(units));

  report::Sheet missing("ACs without booth results", {{"AC", Kind::kInteger}, {"Name"}});
  nlohmann::json jm = nlohmann::json::array();
  for (const service::OrgAc& ac : r.acs_without_booths) {
    missing.AddRow({Cell::Int(ac.number), Cell::Text(ac.name)});
    jm.push_back({{"ac", ac.number}, {"name", ac.name}});
  }
  missing.AddNote("Their AC units were created with no kendras or booths.");
  if (!missing.empty()) out.sheets.push_back(std::move(missing));

  out.json = {
      {"state", r.state},
      {"state_name", r.state_name},
      {"election", r.election},
      {"districts_file",
       r.districts_file.empty() ? nlohmann::json() : nlohmann::json(r.districts_file)},
      {"units", std::move(jl)},
      {"total_units", total},
      {"acs_without_booths", std::move(jm)},
      {"national_unit_created", r.national_created}};
  for (const auto& p : r.problems) out.warnings.push_back({p.message, p.file, p.line});
  out.Warn(r.warnings);
  return out;
}

void RunBootstrap(Context& ctx, const service::OrgBootstrapRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto report = service::BootstrapOrg(*store, request);
  if (!report.ok()) return ctx.Fail(report.status());
  if (!report->stored) {
    return FailWithProblems(ctx, report->problems,
                            "the districts file has errors; the unit tree was not "
                            "changed");
  }
  Output out = Build(*report);
  Emit(ctx, out, "");
}

}  // namespace

void AddOrgCommands(CLI::App& app, Context& ctx) {
  CLI::App* org = app.add_subcommand(
      "org", "The party organisation: units from the nation (IN) down to the booth");
  org->require_subcommand(1);

  auto request = std::make_shared<service::OrgBootstrapRequest>();
  CLI::App* c = org->add_subcommand(
      "bootstrap",
      "Build a state's unit tree (state, districts, ACs, shakti kendras of up to 5 "
      "booths, booths) from its ACs and the polling stations of an election's Form-20, "
      "and store it, replacing the state's earlier tree; the national unit IN above "
      "the states is stored too if it is missing");
  c->add_option("--state", request->state, "The state: ECI code, abbreviation or name")
      ->required();
  c->add_option("--election", request->election,
                "The election whose Form-20 gives the polling stations (default: the "
                "only one with booth results in the state)");
  c->add_option("--districts", request->districts_file,
                "A CSV with AC_NO and DISTRICT columns (e.g. "
                "data/reference/up-ac-districts.csv); without it there is no district "
                "level");
  c->add_flag("--replace", request->replace,
              "Rebuild the tree even when the stored one has units this bootstrap does "
              "not build (a party's own blocks and mandals): they are removed");
  AddActorOptions(c, request->actor);
  c->callback([&ctx, request] { RunBootstrap(ctx, *request); });

  AddOrgPeopleCommands(org, ctx);
  AddOrgTrainingCommands(org, ctx);
  AddOrgReportCommands(org, ctx);
}

}  // namespace janadhar::cli
