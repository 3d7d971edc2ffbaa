#include "base/numbers.h"

namespace janadhar {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

ParsedCount ParseCount(std::string_view cell) {
  // Fast path: plain digits, the common case in result files.
  if (!cell.empty() && cell.size() <= 15) {
    int64_t v = 0;
    std::size_t i = 0;
    for (; i < cell.size(); ++i) {
      const char c = cell[i];
      if (c < '0' || c > '9') break;
      v = v * 10 + (c - '0');
    }
    if (i == cell.size()) return {CountParse::kOk, v};
  }
  std::string_view s = Trim(cell);
  if (s.empty() || s == "-" || s == "NA" || s == "N/A" || s == "na" || s == "n/a") {
    return {CountParse::kMissing, 0};
  }
  bool negative = false;
  if (s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
    if (s.empty()) return {CountParse::kInvalid, 0};
  } else if (s.front() == '+') {
    s.remove_prefix(1);
    if (s.empty()) return {CountParse::kInvalid, 0};
  }
  // Accept a zero fractional part: "12.0", "12.00".
  if (auto dot = s.find('.'); dot != std::string_view::npos) {
    std::string_view frac = s.substr(dot + 1);
    if (frac.empty()) return {CountParse::kInvalid, 0};
    for (char c : frac) {
      if (c != '0') return {CountParse::kInvalid, 0};
    }
    s = s.substr(0, dot);
    if (s.empty()) return {CountParse::kInvalid, 0};
  }
  int64_t v = 0;
  bool prev_digit = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      if (v > (int64_t{1} << 53)) return {CountParse::kInvalid, 0};
      prev_digit = true;
    } else if (c == ',' && prev_digit && i + 1 < s.size() && s[i + 1] >= '0' &&
               s[i + 1] <= '9') {
      prev_digit = false;
    } else {
      return {CountParse::kInvalid, 0};
    }
  }
  if (negative) return {v == 0 ? CountParse::kOk : CountParse::kNegative, -v};
  return {CountParse::kOk, v};
}

std::string_view DescribeCountParse(CountParse kind) {
  switch (kind) {
    case CountParse::kOk: return "is a count";
    case CountParse::kMissing: return "is blank";
    case CountParse::kNegative: return "is negative";
    case CountParse::kInvalid: return "is not a whole number";
  }
  return "is not a whole number";
}

}  // namespace janadhar
