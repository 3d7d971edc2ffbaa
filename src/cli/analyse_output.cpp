#include "cli/analyse_output.h"

#include <algorithm>
#include <iostream>

namespace janadhar::cli {

void AppendJsonObject(std::string& out, std::initializer_list<JsonField> fields,
                      bool first) {
  out += first ? "[\n    {" : ",\n    {";
  bool first_field = true;
  for (const JsonField& f : fields) {
    out += first_field ? "\n      " : ",\n      ";
    first_field = false;
    out += nlohmann::json(f.key).dump();
    out += ": ";
    switch (f.type) {
      case JsonField::Type::kNull: out += "null"; break;
      case JsonField::Type::kInt: out += std::to_string(f.integer); break;
      case JsonField::Type::kNumber: out += nlohmann::json(f.number).dump(); break;
      case JsonField::Type::kString:
        out += nlohmann::json(f.text).dump(-1, ' ', false,
                                           nlohmann::json::error_handler_t::replace);
        break;
    }
  }
  out += "\n    }";
}

void CloseJsonArray(std::string& out) {
  out += out.empty() ? "[]" : "\n  ]";
}

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

nlohmann::json ProblemsJson(const std::vector<importers::ImportProblem>& problems) {
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& p : problems) {
    errors.push_back({{"file", p.file},
                      {"line", p.line},
                      {"column", p.column},
                      {"message", p.message},
                      {"severity", std::string(importers::SeverityName(p.severity))}});
  }
  return errors;
}

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
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& w : out.warnings) {
      nlohmann::json j = {{"message", w.message}};
      if (!w.file.empty()) {
        j["file"] = w.file;
        j["line"] = w.line;
        j["severity"] = "warning";
      }
      warnings.push_back(std::move(j));
    }
    out.json["warnings"] = std::move(warnings);
    if (!xlsx.empty()) out.json["xlsx"] = xlsx;
    std::string doc =
        out.json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    for (const auto& [key, text] : out.json_text) {
      doc.pop_back();  // the closing brace
      while (!doc.empty() && doc.back() == '\n') doc.pop_back();
      doc += doc.back() == '{' ? "\n  " : ",\n  ";
      doc += nlohmann::json(key).dump() + ": " + text + "\n}";
    }
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
