#include "cli/analyse_output.h"

#include <algorithm>
#include <iostream>

namespace janadhar::cli {

namespace {

std::string Text(const Warning& w) {
  if (w.file.empty()) return w.message;
  if (w.line <= 0) return w.file + ": " + w.message;
  return w.file + ":" + std::to_string(w.line) + ": " + w.message;
}

// The first warnings, and how many more --json lists.
void PrintWarnings(const std::vector<Warning>& warnings, std::ostream& out) {
  constexpr std::size_t kShown = 20;
  for (std::size_t i = 0; i < warnings.size() && i < kShown; ++i) {
    out << "warning: " << Text(warnings[i]) << '\n';
  }
  if (warnings.size() > kShown) {
    out << "… and " << warnings.size() - kShown
        << " more warnings (--json lists them all)\n";
  }
}

}  // namespace

void FailWithProblems(Context& ctx, const std::vector<importers::ImportProblem>& problems,
                      const std::string& what) {
  if (ctx.json) {
    std::cout << nlohmann::json{{"errors", ProblemsJson(problems)}}.dump(2) << '\n';
  } else {
    for (const auto& p : problems) std::cerr << p.ToString() << '\n';
    std::cerr << "janadhar: error: " << what << '\n';
  }
  ctx.Exit(ExitCode::kDataError);
}

void Emit(Context& ctx, Output& out, const std::string& xlsx) {
  if (!xlsx.empty()) {
    std::vector<const report::Sheet*> sheets;
    for (const auto& s : out.sheets) sheets.push_back(&s);
    if (Status s = report::WriteXlsx(sheets, xlsx); !s.ok()) return ctx.Fail(s);
  }
  if (ctx.json) {
    out.json["warnings"] = api::WarningsJson(out.warnings);
    if (!xlsx.empty()) out.json["xlsx"] = xlsx;
    const std::string doc = api::DumpWithMembers(out.json, out.json_text, 2);
    std::cout << doc << '\n';
    return;
  }
  if (ctx.csv) {
    if (out.csv_sheet < out.sheets.size())
      report::PrintCsv(out.sheets[out.csv_sheet], std::cout);
    PrintWarnings(out.warnings, std::cerr);
    if (!xlsx.empty()) std::cerr << "wrote " << xlsx << '\n';
    return;
  }
  for (const auto& line : out.lines) std::cout << line << '\n';
  bool first = out.lines.empty();
  for (const auto& sheet : out.text) {
    if (!first) std::cout << '\n';
    first = false;
    report::PrintText(sheet, std::cout);
  }
  for (std::size_t i = 0; i < out.sheets.size() && out.text.empty(); ++i) {
    if (!out.text_sheets.empty() &&
        std::find(out.text_sheets.begin(), out.text_sheets.end(), i) ==
            out.text_sheets.end()) {
      continue;
    }
    if (!first) std::cout << '\n';
    first = false;
    report::PrintText(out.sheets[i], std::cout);
  }
  if (!out.warnings.empty()) std::cout << '\n';
  PrintWarnings(out.warnings, std::cout);
  if (!xlsx.empty()) std::cout << "wrote " << xlsx << '\n';
}

}  // namespace janadhar::cli
