// What an `analyse` command prints, built once and emitted in the format the
// user chose: aligned tables (with warnings after them), CSV of the main
// table, JSON (data and warnings side by side), and an .xlsx workbook of
// every table when --xlsx is given. One builder per command turns a service
// report into an Output. Main thread only.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/analysis_json.h"
#include "api/results_json.h"
#include "cli/context.h"
#include "importers/problems.h"
#include "report/sheet.h"
#include "service/analysis_service.h"

namespace janadhar::cli {

// A warning; `file` and `line` when it is about a row of an imported file.
using Warning = api::Warning;

struct Output {
  std::vector<report::Sheet> sheets;
  std::size_t csv_sheet = 0;             // the table --csv prints
  std::vector<std::size_t> text_sheets;  // tables printed as text (empty: all)
  std::vector<std::string> lines;        // printed before the tables (text only)
  std::vector<report::Sheet> text;       // if given, printed as text instead
  nlohmann::json json = nlohmann::json::object();  // data keys; warnings are added
  // Keys whose values are JSON text already (large arrays written directly,
  // by api/json_text.h, rather than built as a tree); added after `json`.
  api::JsonTextMembers json_text;
  std::vector<Warning> warnings;
  void Warn(const std::vector<std::string>& messages) {
    for (const auto& m : messages) warnings.push_back({m, "", 0});
  }
};

// Prints `out` as ctx asks (--json, --csv or text); writes `xlsx` if not "".
void Emit(Context& ctx, Output& out, const std::string& xlsx);

// Problems of an input file as the JSON list docs/conventions.md describes.
using api::ProblemsJson;
// A command refused because an input file (a scenario, an alliances file) has
// errors: with --json {"errors": [...]} on stdout, else each problem and
// "janadhar: error: `what`" on stderr; exit code kDataError.
void FailWithProblems(Context& ctx, const std::vector<importers::ImportProblem>& problems,
                      const std::string& what);

// Builders, one per command.
Output SeatsOutput(const service::SeatsReport& r);
Output PartiesOutput(const service::PartiesReport& r, bool all_parties);
struct BoothsView {
  bool all_booths = false;    // list every booth in the text output
  bool segments_csv = false;  // --csv prints the per-segment table
  // What will be printed (the per-booth table and JSON are built only when
  // needed: a state has 1,38,771 booths).
  bool json = false, csv = false, xlsx = false;
};
Output BoothsOutput(const service::BoothsReport& r, const BoothsView& view);
Output TargetsOutput(const service::TargetsReport& r);
Output SwingOutput(const service::SwingReport& r, const std::string& level);
Output IouOutput(const service::IouReport& r);

// JSON helpers: a value or null (shared with the HTTP API).
using api::CountOrNull;
using api::OrNull;

}  // namespace janadhar::cli
