#include "base/text.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace janadhar {

namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  bool ascii = true;
  for (unsigned char c : name) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    for (unsigned char c : name) {
      if (IsAsciiAlnum(c)) {
        key.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
      }
    }
    return key;
  }
  // Unicode path: fold case (to upper for Latin, to match the ASCII path),
  // keep letters, marks and digits.
  const auto* s = reinterpret_cast<const uint8_t*>(name.data());
  int32_t i = 0;
  const auto len = static_cast<int32_t>(name.size());
  while (i < len) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) continue;  // invalid byte: dropped
    const int8_t type = u_charType(c);
    const bool keep =
        u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
    if (!keep) continue;
    c = u_toupper(c);
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, err);
    if (!err) key.append(buf, static_cast<size_t>(n));
  }
  return key;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const uint8_t c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t need;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      need = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      need = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      need = 3;
      cp = c & 0x07;
    } else {
      return i;
    }
    for (std::size_t k = 1; k <= need; ++k) {
      if (i + k >= n || (s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    const bool overlong = (need == 1 && cp < 0x80) || (need == 2 && cp < 0x800) ||
                          (need == 3 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += need + 1;
  }
  return std::nullopt;
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::vector<std::string> ClosestNames(std::string_view query,
                                      const std::vector<std::string>& candidates,
                                      std::size_t max) {
  const std::string qk = NameKey(query);
  std::vector<std::pair<std::size_t, const std::string*>> scored;
  // Names are short; a long query (a garbled cell) is not worth comparing.
  constexpr std::size_t kMaxKey = 96;
  if (qk.size() > kMaxKey) return {};
  for (const auto& c : candidates) {
    const std::string ck = NameKey(c);
    if (ck.empty() || qk.empty()) continue;
    const std::size_t longer = std::max(qk.size(), ck.size());
    const std::size_t shorter_len = std::min(qk.size(), ck.size());
    // The distance is at least the difference in length: skip the hopeless.
    if ((longer - shorter_len) * 3 > longer && shorter_len * 2 < longer) continue;
    std::size_t d = EditDistance(qk, ck);
    // One containing the other counts only when the shorter is a good part of
    // the longer ("samajwadi" for "Samajwadi Party", not "IND" for "Indian
    // National Congress").
    const std::size_t shorter = std::min(qk.size(), ck.size());
    const bool contains = shorter * 2 >= longer && (ck.find(qk) != std::string::npos ||
                                                    qk.find(ck) != std::string::npos);
    if (contains) d = std::min<std::size_t>(d, 1);
    if (d * 3 <= longer || contains) scored.emplace_back(d, &c);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (const auto& [d, c] : scored) {
    if (out.size() >= max) break;
    if (std::find(out.begin(), out.end(), *c) == out.end()) out.push_back(*c);
  }
  return out;
}

std::string GroupDigits(int64_t n) {
  const bool negative = n < 0;
  // The magnitude as unsigned, so that INT64_MIN does not overflow.
  const uint64_t magnitude =
      negative ? uint64_t{0} - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  const std::string digits = std::to_string(magnitude);
  std::string out;
  const int len = static_cast<int>(digits.size());
  for (int i = 0; i < len; ++i) {
    out += digits[i];
    const int left = len - 1 - i;  // digits still to come
    if (left > 0 && (left == 3 || (left > 3 && (left - 3) % 2 == 0))) out += ',';
  }
  return negative ? "-" + out : out;
}

std::string CountOf(int64_t n, std::string_view one, std::string_view many) {
  return GroupDigits(n) + " " + std::string(n == 1 ? one : many);
}

std::string DidYouMean(std::string_view query,
                       const std::vector<std::string>& candidates) {
  const auto names = ClosestNames(query, candidates);
  if (names.empty()) return "";
  std::string s = "did you mean ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) s += i + 1 == names.size() ? " or " : ", ";
    s += "'" + names[i] + "'";
  }
  s += "?";
  return s;
}

}  // namespace janadhar

namespace janadhar {

std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = 0;
  const auto len = static_cast<int32_t>(text.size());
  while (i < len) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      ++width;
      continue;
    }
    const int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) {
      continue;
    }
    ++width;
  }
  return width;
}

}  // namespace janadhar
