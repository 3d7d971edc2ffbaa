#include "api/params.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace janadhar::api {

Result<Params> Params::Check(const http::Request& request,
                             std::initializer_list<std::string_view> allowed) {
  std::vector<std::string> unknown, twice;
  for (std::size_t i = 0; i < request.query.size(); ++i) {
    const std::string& name = request.query[i].first;
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      if (std::find(unknown.begin(), unknown.end(), name) == unknown.end())
        unknown.push_back(name);
      continue;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (request.query[j].first == name &&
          std::find(twice.begin(), twice.end(), name) == twice.end()) {
        twice.push_back(name);
      }
    }
  }
  const auto list = [](const std::vector<std::string>& names) {
    std::string text;
    for (const auto& n : names) text += (text.empty() ? "'" : ", '") + n + "'";
    return text;
  };
  if (!unknown.empty()) {
    std::string known;
    for (const auto& a : allowed) known += (known.empty() ? "" : ", ") + std::string(a);
    return Status::InvalidArgument(
        std::string(unknown.size() == 1 ? "unknown query parameter "
                                        : "unknown query parameters ") +
        list(unknown) + " for " + request.path + " (it takes " +
        (known.empty() ? std::string("none") : known) + ")");
  }
  if (!twice.empty()) {
    return Status::InvalidArgument("query parameter " + list(twice) +
                                   " given more than once");
  }
  return Params(request);
}

const std::string* Params::Find(std::string_view name) const {
  for (const auto& [k, v] : request_->query) {
    if (k == name) return &v;
  }
  return nullptr;
}

std::string Params::Text(std::string_view name, std::string_view fallback) const {
  const std::string* v = Find(name);
  return v != nullptr ? *v : std::string(fallback);
}

Result<bool> Params::Bool(std::string_view name, bool fallback) const {
  const std::string* v = Find(name);
  if (v == nullptr) return fallback;
  if (*v == "true" || *v == "1" || v->empty()) return true;
  if (*v == "false" || *v == "0") return false;
  return Status::InvalidArgument("query parameter '" + std::string(name) +
                                 "' takes true or false, not '" + *v + "'");
}

Result<int> Params::Int(std::string_view name, int fallback, int min, int max) const {
  const std::string* v = Find(name);
  if (v == nullptr) return fallback;
  int n = 0;
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size() || n < min || n > max) {
    return Status::InvalidArgument("query parameter '" + std::string(name) +
                                   "' takes a whole number from " + std::to_string(min) +
                                   " to " + std::to_string(max) + ", not '" + *v + "'");
  }
  return n;
}

Result<double> Params::Number(std::string_view name, double fallback, double min,
                              double max) const {
  const std::string* v = Find(name);
  if (v == nullptr) return fallback;
  // strtod, not from_chars: g++ 12's from_chars for double is not everywhere.
  char* end = nullptr;
  const double n = v->empty() ? NAN : std::strtod(v->c_str(), &end);
  if (v->empty() || end != v->c_str() + v->size() || !std::isfinite(n) || n < min ||
      n > max || std::isspace(static_cast<unsigned char>((*v)[0]))) {
    const auto text = [](double x) {
      std::string t = std::to_string(x);
      while (t.back() == '0') t.pop_back();
      if (t.back() == '.') t.pop_back();
      return t;
    };
    return Status::InvalidArgument("query parameter '" + std::string(name) +
                                   "' takes a number from " + text(min) + " to " +
                                   text(max) + ", not '" + *v + "'");
  }
  return n;
}

Result<std::string> Params::Required(std::string_view name, std::string_view what) const {
  const std::string* v = Find(name);
  if (v == nullptr || v->empty()) {
    return Status::InvalidArgument("query parameter '" + std::string(name) + "' (" +
                                   std::string(what) + ") is missing");
  }
  return *v;
}

}  // namespace janadhar::api
