#include "cli/table.h"

#include <algorithm>
#include <cstdio>

#include "base/text.h"

namespace janadhar::cli {

Table::Table(std::vector<std::string> headers, std::vector<Align> align)
    : headers_(std::move(headers)), align_(std::move(align)) {
  align_.resize(headers_.size(), Align::kLeft);
}

void Table::AddRow(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  rows_.push_back(std::move(cells));
}

void Table::Print(std::ostream& out) const {
  std::vector<std::size_t> width(headers_.size());
  for (std::size_t c = 0; c < headers_.size(); ++c) width[c] = DisplayWidth(headers_[c]);
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      width[c] = std::max(width[c], DisplayWidth(row[c]));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::size_t pad = width[c] - DisplayWidth(cells[c]);
      const bool last = c + 1 == cells.size();
      if (align_[c] == Align::kRight) {
        s.append(pad, ' ');
        s += cells[c];
      } else {
        s += cells[c];
        if (!last) s.append(pad, ' ');
      }
      if (!last) s += "  ";
    }
    out << s << '\n';
  };
  line(headers_);
  std::vector<std::string> rule;
  rule.reserve(width.size());
  for (std::size_t w : width) rule.emplace_back(w, '-');
  line(rule);
  for (const auto& row : rows_) line(row);
}

namespace {

std::string CsvCell(const std::string& cell) {
  if (cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
  std::string s = "\"";
  for (char c : cell) {
    if (c == '"') s += '"';
    s += c;
  }
  return s + "\"";
}

}  // namespace

void Table::PrintCsv(std::ostream& out) const {
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) out << ',';
      out << CsvCell(cells[c]);
    }
    out << "\r\n";
  };
  line(headers_);
  for (const auto& row : rows_) line(row);
}

std::string GroupDigits(int64_t n) {
  const bool negative = n < 0;
  std::string digits = std::to_string(negative ? -n : n);
  std::string out;
  const int len = static_cast<int>(digits.size());
  for (int i = 0; i < len; ++i) {
    out += digits[i];
    const int left = len - 1 - i;
    if (left > 0 && (left == 3 || (left > 3 && (left - 3) % 2 == 0))) out += ',';
  }
  return negative ? "-" + out : out;
}

std::string Percent(double fraction, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f%%", decimals, fraction * 100.0);
  return buf;
}

}  // namespace janadhar::cli
