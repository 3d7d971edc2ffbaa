// What every subcommand shares: the global options, opening the store, and
// reporting a failure the one way docs/conventions.md describes (a message on
// stderr, or an {"error": …} object with --json; the exit code from ExitCode).
// Used on the main thread only.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/exit_code.h"
#include "base/status.h"
#include "store/store.h"

namespace CLI {
class App;
}

namespace janadhar::cli {

struct Context {
  std::string db = "janadhar.db";  // --db
  bool json = false;               // --json
  bool csv = false;                // --csv
  int exit_code = 0;               // set by the subcommand that ran
  std::string executable;          // argv[0], to find data/ beside the binary

  // Prints `status` as the command's failure and records its exit code.
  void Fail(const Status& status);
  // Records an exit code without printing (the command printed already).
  void Exit(ExitCode code) { exit_code = static_cast<int>(code); }
  // Opens the store at `db`; on failure reports it and returns nullptr.
  std::unique_ptr<store::Store> OpenStoreOrFail();
};

// The subcommands, one file each.
void AddImportCommands(CLI::App& app, Context& ctx);
void AddPartiesCommands(CLI::App& app, Context& ctx);
void AddElectionsCommand(CLI::App& app, Context& ctx);
void AddDemoCommand(CLI::App& app, Context& ctx);
void AddAnalyseCommands(CLI::App& app, Context& ctx);
void AddForecastCommand(CLI::App& app, Context& ctx);
void AddBacktestCommand(CLI::App& app, Context& ctx);
void AddSeatShareCommand(CLI::App& app, Context& ctx);
void AddOrgCommands(CLI::App& app, Context& ctx);
void AddCommsCommands(CLI::App& app, Context& ctx);  // comms_cmd.cpp
void AddServeCommand(CLI::App& app, Context& ctx);   // serve_cmd.cpp
void AddUsersCommands(CLI::App& app, Context& ctx);  // users_cmd.cpp
// Serves ctx.db over HTTP (the API and the web UI) until SIGINT or SIGTERM
// (serve_cmd.cpp); `janadhar serve` and the end of `janadhar demo`.
struct ServeArgs {
  std::string listen = "127.0.0.1:8080";
  int threads = 0;                 // 0: the cores
  bool any_port_if_taken = false;  // the port is taken: take any free one
  std::vector<std::string> lines;  // printed after the URL (text output only)
};
void Serve(Context& ctx, const ServeArgs& args);
// `users token …` under `users` (users_token_cmd.cpp).
void AddUsersTokenCommands(CLI::App* users, Context& ctx);
// `comms report …` under `comms` (comms_report_cmd.cpp).
void AddCommsReportCommands(CLI::App* comms, Context& ctx);
// `comms proposal …` under `comms` (comms_proposal_cmd.cpp).
void AddCommsProposalCommands(CLI::App* comms, Context& ctx);

}  // namespace janadhar::cli
