// Plain-text tables for the terminal: columns aligned by display width (UTF-8,
// Devanagari included), numbers right-aligned, and CSV of the same rows.
// Not thread-safe; build one per output.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace janadhar::cli {

class Table {
 public:
  enum class Align { kLeft, kRight };
  // Column headers; each column's alignment (default: left).
  explicit Table(std::vector<std::string> headers, std::vector<Align> align = {});

  void AddRow(std::vector<std::string> cells);
  std::size_t rows() const { return rows_.size(); }

  // Aligned columns, a rule under the header, two spaces between columns.
  void Print(std::ostream& out) const;
  // RFC 4180 CSV with the header row.
  void PrintCsv(std::ostream& out) const;

 private:
  std::vector<std::string> headers_;
  std::vector<Align> align_;
  std::vector<std::vector<std::string>> rows_;
};

// 138771 → "1,38,771" (Indian digit grouping, as the party's offices write).
std::string GroupDigits(int64_t n);
// 0.31337 → "31.34%".
std::string Percent(double fraction, int decimals = 2);

}  // namespace janadhar::cli
