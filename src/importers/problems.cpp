#include "importers/problems.h"

#include <cstdio>
#include <set>
#include <utility>

#include "base/text.h"

namespace janadhar::importers {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
    case Severity::kFatal: return "fatal";
  }
  return "error";
}

std::string ImportProblem::ToString() const {
  std::string s = file;
  if (line > 0) {
    s += ":" + std::to_string(line);
    if (column > 0) s += ":" + std::to_string(column);
  }
  s += ": ";
  s += message;
  return s;
}

void ProblemList::Add(std::string file, int line, int column, std::string message,
                      Severity severity) {
  items_.push_back(
      ImportProblem{std::move(file), line, column, std::move(message), severity});
}

void ProblemList::Append(const std::vector<ImportProblem>& more) {
  items_.insert(items_.end(), more.begin(), more.end());
}

bool ProblemList::HasFatal() const {
  for (const auto& p : items_) {
    if (p.severity == Severity::kFatal) return true;
  }
  return false;
}

bool ProblemList::HasErrors() const {
  for (const auto& p : items_) {
    if (p.severity != Severity::kWarning) return true;
  }
  return false;
}

int ProblemList::RowsWith(Severity min) const {
  std::set<std::pair<std::string, int>> rows;
  for (const auto& p : items_) {
    if (p.line > 0 && static_cast<int>(p.severity) >= static_cast<int>(min)) {
      rows.emplace(p.file, p.line);
    }
  }
  return static_cast<int>(rows.size());
}

bool CheckUtf8(std::string_view file, std::string_view data, char delimiter,
               ProblemList* problems) {
  const auto bad = FindInvalidUtf8(data);
  if (!bad) return true;
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < *bad; ++i) {
    if (data[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  int column = 1;
  bool quoted = false;
  for (std::size_t i = line_start; i < *bad; ++i) {
    if (data[i] == '"') quoted = !quoted;
    if (!quoted && data[i] == delimiter) ++column;
  }
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X",
                static_cast<unsigned>(static_cast<unsigned char>(data[*bad])));
  problems->Add(std::string(file), line, column,
                std::string("the file is not UTF-8 text (byte ") + byte +
                    "); convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8`",
                Severity::kFatal);
  return false;
}

std::string Quoted(std::string_view cell) {
  return "'" + std::string(cell) + "'";
}

}  // namespace janadhar::importers
