// What importers say about the files they read: each problem with its place
// (file, line, column) and how grave it is, and the summary of an import.
//
// Columns are 1-based field positions of the CSV row (the message names the
// column's header too); line 0 means the problem concerns the whole file.
// Plain structs; thread-compatible.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace janadhar::importers {

enum class Severity {
  kWarning,  // the row is imported and marked (e.g. blank cells: not available)
  kError,    // the row is wrong; the import is refused unless bad rows are allowed
  kFatal,    // the file cannot be read at all; the import is refused
};
std::string_view SeverityName(Severity s);  // "warning", "error", "fatal"

// A cell as messages quote it: 'text'.
std::string Quoted(std::string_view cell);

struct ImportProblem {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
  Severity severity = Severity::kError;

  // "file:line:column: message" (line and column left out when 0).
  std::string ToString() const;
};

// Problems collected while reading one or more files.
class ProblemList {
 public:
  void Add(std::string file, int line, int column, std::string message,
           Severity severity);
  void Append(const std::vector<ImportProblem>& more);
  const std::vector<ImportProblem>& items() const { return items_; }
  bool HasFatal() const;
  bool HasErrors() const;  // any kError or kFatal
  // Number of distinct (file, line) rows with a problem of at least `min`.
  int RowsWith(Severity min) const;

 private:
  std::vector<ImportProblem> items_;
};

// Finds the first byte that is not UTF-8 and reports it as a fatal problem with
// its line and column (field number for `delimiter`-separated text). Returns
// true when the text is valid.
bool CheckUtf8(std::string_view file, std::string_view data, char delimiter,
               ProblemList* problems);

}  // namespace janadhar::importers
