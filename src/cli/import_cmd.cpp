// `janadhar import results|delimitation|electors|form20|booths|turnout`.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/context.h"
#include "cli/progress.h"
#include "cli/report_output.h"
#include "service/import_service.h"

namespace janadhar::cli {

namespace {

using ImportFn = Result<service::ImportReport> (*)(store::Store&, const std::string&,
                                                   const service::ImportOptions&);

struct ImportArgs {
  std::string path;
  service::ImportOptions options;
};

void RunImport(Context& ctx, ImportFn fn, ImportArgs& args, const std::string& label) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  if (!ctx.json) args.options.progress = TerminalProgress(label);
  auto report = fn(*store, args.path, args.options);
  EndProgress();
  if (!report.ok()) {
    ctx.Fail(report.status());
    return;
  }
  if (ctx.json) {
    std::cout << ImportReportJson(report.value()) << '\n';
  } else {
    PrintImportReport(report.value(), report->committed ? std::cout : std::cerr);
  }
  ctx.Exit(report->committed ? ExitCode::kOk : ExitCode::kDataError);
}

void AddBadRowsFlag(CLI::App* c, ImportArgs& args) {
  c->add_flag("--allow-bad-rows", args.options.allow_bad_rows,
              "Import rows with errors too, marked (default: refuse the import)");
}

}  // namespace

void AddImportCommands(CLI::App& app, Context& ctx) {
  CLI::App* import = app.add_subcommand(
      "import", "Import electoral data files into the store (one transaction each)");
  import->require_subcommand(1);

  {
    auto args = std::make_shared<ImportArgs>();
    auto* c = import->add_subcommand(
        "results",
        "Constituency results: one row per candidate (Candidate,Party,Votes,"
        "State,Constituency,State-code,Constituency-code, or --map)");
    c->add_option("file", args->path, "The results file (.csv or .csv.gz)")->required();
    c->add_option("--election", args->options.election,
                  "The election's name, e.g. ls2014 (kind and year are read from it)")
        ->required();
    c->add_option("--map", args->options.map_file,
                  "A column map (TOML or JSON) for another layout");
    c->add_option("--kind", args->options.kind,
                  "lok_sabha or vidhan_sabha (if the name does not tell)");
    c->add_option("--year", args->options.year,
                  "The election's year (if the name does not tell)");
    c->add_option("--delimitation", args->options.delimitation,
                  "The delimitation the seats follow (default 2008 from 2009 on)");
    AddBadRowsFlag(c, *args);
    c->callback([&ctx, args] {
      RunImport(ctx, &service::ImportResults, *args, "import results");
    });
  }
  {
    auto args = std::make_shared<ImportArgs>();
    auto* c = import->add_subcommand(
        "delimitation",
        "Assembly constituencies with their state and PC (e.g. ac-pc-2008.csv)");
    c->add_option("file", args->path, "The delimitation file")->required();
    c->add_option("--name", args->options.delimitation,
                  "The delimitation's name (default: the year in the file name)");
    AddBadRowsFlag(c, *args);
    c->callback([&ctx, args] {
      RunImport(ctx, &service::ImportDelimitation, *args, "import delimitation");
    });
  }
  {
    auto args = std::make_shared<ImportArgs>();
    auto* c = import->add_subcommand(
        "electors", "Electors per assembly constituency (e.g. ac-electors-2014.csv)");
    c->add_option("file", args->path, "The electors file")->required();
    c->add_option("--roll", args->options.roll,
                  "The electoral roll's name (default: the year in the file name)");
    AddBadRowsFlag(c, *args);
    c->callback([&ctx, args] {
      RunImport(ctx, &service::ImportElectors, *args, "import electors");
    });
  }
  {
    auto args = std::make_shared<ImportArgs>();
    auto* c = import->add_subcommand(
        "form20",
        "Booth-wise Form-20 results of a state: a folder with one file per "
        "assembly segment, named by AC number (12.csv or 12.csv.gz)");
    c->add_option("dir", args->path, "The folder of Form-20 files")->required();
    c->add_option("--election", args->options.election, "The election, e.g. ls2014")
        ->required();
    c->add_option("--state", args->options.state, "The state: ECI code such as S24")
        ->required();
    AddBadRowsFlag(c, *args);
    c->callback(
        [&ctx, args] { RunImport(ctx, &service::ImportForm20, *args, "import form20"); });
  }
  {
    auto args = std::make_shared<ImportArgs>();
    auto* c = import->add_subcommand(
        "booths",
        "Booth results in the long layout: one row per booth and candidate "
        "(pc,pc_name,pc_reserved,ac,booth,candidate,party,votes, or --map)");
    c->add_option("file", args->path, "The booth results file")->required();
    c->add_option("--election", args->options.election, "The election, e.g. ls2014")
        ->required();
    c->add_option("--state", args->options.state, "The state: ECI code such as S06")
        ->required();
    c->add_option("--map", args->options.map_file,
                  "A column map (TOML or JSON) for another layout");
    AddBadRowsFlag(c, *args);
    c->callback([&ctx, args] {
      RunImport(ctx, &service::ImportBoothsLong, *args, "import booths");
    });
  }
  {
    auto args = std::make_shared<ImportArgs>();
    auto* c = import->add_subcommand(
        "turnout",
        "Electors and voters per seat, by gender (State,PC Code,PC Name,Male "
        "Electors,Male Voters,...,Total Electors,Total Voters,Total Turnout, or "
        "--map); replaces the election's turnout. Import the results first: every "
        "row must be a seat of the election");
    c->add_option("file", args->path, "The turnout file (.csv or .csv.gz)")->required();
    c->add_option("--election", args->options.election, "The election, e.g. ls2014")
        ->required();
    c->add_option("--map", args->options.map_file,
                  "A column map (TOML or JSON) for another layout");
    AddBadRowsFlag(c, *args);
    c->callback([&ctx, args] {
      RunImport(ctx, &service::ImportTurnout, *args, "import turnout");
    });
  }
}

}  // namespace janadhar::cli
