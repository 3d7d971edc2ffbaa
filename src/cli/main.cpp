// janadhar: the command-line entry point. Parses argv with CLI11, runs one
// subcommand, exits with its code (base/exit_code.h).
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/context.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {

void Context::Fail(const Status& status) {
  if (json) {
    nlohmann::json j;
    j["error"] = {{"code", std::string(StatusCodeName(status.code()))},
                  {"message", status.message()}};
    std::cout << j.dump(2) << '\n';
  } else {
    std::cerr << "janadhar: error: " << status.message() << '\n';
  }
  exit_code = static_cast<int>(ExitCodeFor(status));
}

std::unique_ptr<store::Store> Context::OpenStoreOrFail() {
  auto s = store::OpenStore(db);
  if (!s.ok()) {
    Fail(s.status());
    return nullptr;
  }
  return std::move(s).value();
}

}  // namespace janadhar::cli

namespace {

int Run(int argc, char** argv) {
  using janadhar::cli::Context;
  Context ctx;
  ctx.executable = argc > 0 ? argv[0] : "janadhar";
  CLI::App app{
      "Janadhar (जनाधार): a party's election machine, from the polling booth to "
      "the war room.\nResults down to each booth, in an embedded store; see "
      "docs/conventions.md for the conventions every command follows.",
      "janadhar"};
  app.set_version_flag("--version", "janadhar 0.1.0");
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--db", ctx.db, "The store: a SQLite file (created if missing)")
      ->capture_default_str();
  app.add_flag("--json", ctx.json, "Print the result as JSON (for scripts)");
  app.add_flag("--csv", ctx.csv, "Print tables as CSV");

  janadhar::cli::AddImportCommands(app, ctx);
  janadhar::cli::AddPartiesCommands(app, ctx);
  janadhar::cli::AddElectionsCommand(app, ctx);
  janadhar::cli::AddDemoCommand(app, ctx);
  janadhar::cli::AddAnalyseCommands(app, ctx);
  janadhar::cli::AddForecastCommand(app, ctx);
  janadhar::cli::AddBacktestCommand(app, ctx);
  janadhar::cli::AddSeatShareCommand(app, ctx);
  janadhar::cli::AddOrgCommands(app, ctx);
  janadhar::cli::AddCommsCommands(app, ctx);
  janadhar::cli::AddUsersCommands(app, ctx);
  janadhar::cli::AddServeCommand(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "janadhar: error: " << e.what() << "\n(run with --help for usage)\n";
    return static_cast<int>(janadhar::ExitCode::kUsage);
  }
  return ctx.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "janadhar: internal error: " << e.what()
              << "\n(this is a bug; please report it with the command you ran)\n";
  } catch (...) {
    std::cerr << "janadhar: internal error\n";
  }
  return static_cast<int>(janadhar::ExitCode::kInternal);
}
