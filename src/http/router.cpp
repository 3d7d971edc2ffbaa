// Target parsing and routing (http/http.h): plain string work, no Beast.
#include <algorithm>
#include <cctype>
#include <optional>

#include "http/http.h"

namespace janadhar::http {

namespace {

bool EqualNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes `s` ('+' is a space when `plus_is_space`); nullopt for a
// malformed escape or an encoded NUL.
std::optional<std::string> Decode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '%') {
      if (i + 2 >= s.size()) return std::nullopt;
      const int hi = HexDigit(s[i + 1]), lo = HexDigit(s[i + 2]);
      if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) return std::nullopt;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 1;  // after the leading '/'
  while (true) {
    const std::size_t slash = path.find('/', start);
    parts.push_back(path.substr(start, slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return parts;
}

bool IsParam(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

std::string Request::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (EqualNoCase(k, name)) return v;
  }
  return "";
}

Result<Target> ParseTarget(std::string_view target) {
  if (target.empty() || target.front() != '/') {
    return Status::InvalidArgument("the request target must be an absolute path");
  }
  const std::size_t q = target.find('?');
  const std::string_view raw_path = target.substr(0, q);
  Target t;
  for (const std::string_view segment : Split(raw_path)) {
    if (segment.find("%2F") != std::string_view::npos ||
        segment.find("%2f") != std::string_view::npos) {
      return Status::InvalidArgument("an encoded '/' in the path is refused");
    }
    auto decoded = Decode(segment, false);
    if (!decoded) return Status::InvalidArgument("a bad percent escape in the path");
    if (*decoded == "." || *decoded == "..") {
      return Status::InvalidArgument("'.' and '..' segments in the path are refused");
    }
    t.path += '/';
    t.path += *decoded;
  }
  if (q == std::string_view::npos) return t;
  std::string_view query = target.substr(q + 1);
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    auto key = Decode(pair.substr(0, eq), true);
    auto value = Decode(eq == std::string_view::npos ? "" : pair.substr(eq + 1), true);
    if (!key || !value) {
      return Status::InvalidArgument("a bad percent escape in the query string");
    }
    t.query.emplace_back(std::move(*key), std::move(*value));
  }
  return t;
}

void Router::Add(std::string method, std::string_view pattern, Handler handler) {
  Route r;
  r.method = std::move(method);
  for (const std::string_view s : Split(pattern)) r.segments.emplace_back(s);
  r.handler = std::move(handler);
  routes_.push_back(std::move(r));
}

Router::Match Router::Find(std::string_view method, std::string_view path) const {
  Match m;
  if (path.empty() || path.front() != '/') return m;
  const std::vector<std::string_view> parts = Split(path);
  // The most specific pattern matching the path: literal segments beat
  // parameters, compared from the first segment on.
  const std::vector<std::string>* best = nullptr;
  std::vector<bool> best_rank;
  for (const Route& r : routes_) {
    if (r.segments.size() != parts.size()) continue;
    std::vector<bool> rank;
    bool fits = true;
    for (std::size_t i = 0; i < parts.size() && fits; ++i) {
      const bool param = IsParam(r.segments[i]);
      fits = param ? !parts[i].empty() : r.segments[i] == parts[i];
      rank.push_back(!param);
    }
    if (!fits) continue;
    if (best == nullptr || rank > best_rank) {
      best = &r.segments;
      best_rank = std::move(rank);
    }
  }
  if (best == nullptr) return m;
  for (const Route& r : routes_) {
    if (r.segments != *best) continue;
    if (std::find(m.allowed.begin(), m.allowed.end(), r.method) == m.allowed.end()) {
      m.allowed.push_back(r.method);
    }
    if (r.method == method && m.handler == nullptr) m.handler = &r.handler;
  }
  std::sort(m.allowed.begin(), m.allowed.end());
  if (m.handler != nullptr) {
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const std::string& s = (*best)[i];
      if (IsParam(s)) m.params[s.substr(1, s.size() - 2)] = std::string(parts[i]);
    }
  }
  return m;
}

}  // namespace janadhar::http
