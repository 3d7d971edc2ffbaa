#include "report/sheet.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <limits>

#include "base/text.h"

namespace janadhar::report {

Cell Cell::Text(std::string s) {
  Cell c;
  c.type_ = Type::kText;
  c.text_ = std::move(s);
  return c;
}

Cell Cell::Int(int64_t n) {
  Cell c;
  c.type_ = Type::kInt;
  c.int_ = n;
  return c;
}

Cell Cell::Number(double x) {
  Cell c;
  if (!std::isfinite(x)) return c;
  c.type_ = Type::kNumber;
  c.number_ = x;
  return c;
}

Cell Cell::Missing() {
  return Cell();
}

int64_t Cell::integer() const {
  switch (type_) {
    case Type::kInt: return int_;
    case Type::kNumber: {
      // 2^63 is exactly representable; anything at or beyond it saturates.
      constexpr double kLimit = 9223372036854775808.0;
      if (number_ >= kLimit) return std::numeric_limits<int64_t>::max();
      if (number_ <= -kLimit) return std::numeric_limits<int64_t>::min();
      return std::llround(number_);
    }
    default: return 0;
  }
}

double Cell::number() const {
  switch (type_) {
    case Type::kInt: return static_cast<double>(int_);
    case Type::kNumber: return number_;
    default: return 0;
  }
}

Sheet::Sheet(std::string title, std::vector<Column> columns)
    : title_(std::move(title)), columns_(std::move(columns)) {}

void Sheet::AddRow(std::vector<Cell> cells) {
  assert(cells.size() == columns_.size() && "row size must match the columns");
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

void Sheet::AddNote(std::string note) {
  notes_.push_back(std::move(note));
}

namespace {

int ClampDecimals(int decimals) {
  return std::clamp(decimals, 0, 10);
}

}  // namespace

std::string Fixed(double x, int decimals) {
  if (!std::isfinite(x)) return "-";
  char buf[352];  // DBL_MAX has 309 digits before the point
  std::snprintf(buf, sizeof buf, "%.*f", ClampDecimals(decimals), x);
  std::string s = buf;
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

std::string Percent(double fraction, int decimals) {
  if (!std::isfinite(fraction)) return "-";
  return Fixed(fraction * 100.0, decimals) + "%";
}

std::string Points(double points, int decimals) {
  if (!std::isfinite(points)) return "-";
  std::string s = Fixed(points, decimals);
  if (s[0] != '-' && s.find_first_not_of("0.") != std::string::npos)
    s.insert(s.begin(), '+');
  return s;
}

namespace {

// The form of a value shared by text and CSV, where the two differ only in
// grouping, the percent sign and the plus sign.
std::string Render(const Column& column, const Cell& cell, bool csv) {
  switch (cell.type()) {
    case Cell::Type::kMissing: return csv || column.kind == Kind::kText ? "" : "-";
    case Cell::Type::kText: return cell.text();
    case Cell::Type::kInt:
    case Cell::Type::kNumber: break;
  }
  const double x = cell.number();
  switch (column.kind) {
    case Kind::kText:
      return cell.type() == Cell::Type::kInt ? std::to_string(cell.integer())
                                             : Fixed(x, column.decimals);
    case Kind::kInteger:
      return csv ? std::to_string(cell.integer()) : GroupDigits(cell.integer());
    case Kind::kId: return std::to_string(cell.integer());
    case Kind::kPercent:
      return csv ? Fixed(x * 100.0, column.decimals) : Percent(x, column.decimals);
    case Kind::kPoints:
      return csv ? Fixed(x, column.decimals) : Points(x, column.decimals);
    case Kind::kDecimal: return Fixed(x, column.decimals);
  }
  return "";
}

}  // namespace

std::string TextValue(const Column& column, const Cell& cell) {
  return Render(column, cell, /*csv=*/false);
}

std::string CsvValue(const Column& column, const Cell& cell) {
  return Render(column, cell, /*csv=*/true);
}

void PrintText(const Sheet& sheet, std::ostream& out) {
  const auto& columns = sheet.columns();
  const std::size_t n = columns.size();
  // Every cell's text, the header first.
  std::vector<std::vector<std::string>> lines;
  lines.reserve(sheet.size() + 1);
  std::vector<std::string> header;
  header.reserve(n);
  for (const Column& c : columns) header.push_back(c.header);
  lines.push_back(std::move(header));
  for (const auto& row : sheet.rows()) {
    std::vector<std::string> cells;
    cells.reserve(n);
    for (std::size_t c = 0; c < n; ++c) cells.push_back(TextValue(columns[c], row[c]));
    lines.push_back(std::move(cells));
  }
  std::vector<std::size_t> width(n, 0);
  for (const auto& cells : lines) {
    for (std::size_t c = 0; c < n; ++c) {
      width[c] = std::max(width[c], DisplayWidth(cells[c]));
    }
  }
  auto print = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (std::size_t c = 0; c < n; ++c) {
      const std::size_t pad = width[c] - DisplayWidth(cells[c]);
      const bool last = c + 1 == n;
      if (columns[c].kind != Kind::kText) {
        s.append(pad, ' ');
        s += cells[c];
      } else {
        s += cells[c];
        if (!last) s.append(pad, ' ');
      }
      if (!last) s += "  ";
    }
    // A last column that is empty text leaves the separator behind.
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << '\n';
  };
  if (!sheet.title().empty()) out << sheet.title() << '\n';
  print(lines[0]);
  std::vector<std::string> rule;
  rule.reserve(n);
  for (std::size_t w : width) rule.emplace_back(w, '-');
  print(rule);
  for (std::size_t i = 1; i < lines.size(); ++i) print(lines[i]);
  for (const std::string& note : sheet.notes()) out << note << '\n';
}

namespace {

std::string CsvField(const std::string& cell) {
  if (cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
  std::string s = "\"";
  for (char c : cell) {
    if (c == '"') s += '"';
    s += c;
  }
  return s + "\"";
}

}  // namespace

void PrintCsv(const Sheet& sheet, std::ostream& out) {
  const auto& columns = sheet.columns();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (c > 0) out << ',';
    out << CsvField(columns[c].header);
  }
  out << "\r\n";
  for (const auto& row : sheet.rows()) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (c > 0) out << ',';
      out << CsvField(CsvValue(columns[c], row[c]));
    }
    out << "\r\n";
  }
}

}  // namespace janadhar::report
