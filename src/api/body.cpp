#include "api/body.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <utility>

#include "base/text.h"

namespace janadhar::api {

struct Body::Doc {  // NOLINT(bugprone-exception-escape): a null json does not throw
  nlohmann::json json;
};

namespace {

std::string Quoted(std::string_view key) {
  return "'" + std::string(key) + "'";
}

Status Wrong(std::string_view key, std::string_view wanted) {
  return Status::InvalidArgument("the field " + Quoted(key) + " takes " +
                                 std::string(wanted));
}

// The line and column (from 1) of byte `offset` of `text`.
std::string Where(std::string_view text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// A limit as written: 0, 1, 0.5 (not std::to_string's 0.500000).
std::string Decimal(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", x);
  return text;
}

}  // namespace

Body::Body(std::unique_ptr<Doc> doc) : doc_(std::move(doc)) {}
Body::~Body() = default;
Body::Body(Body&&) noexcept = default;
Body& Body::operator=(Body&&) noexcept = default;

Result<Body> Body::Parse(const http::Request& request,
                         std::initializer_list<std::string_view> allowed) {
  std::vector<std::string> names;
  for (const std::string_view a : allowed) names.emplace_back(a);
  return Parse(request, names);
}

Result<Body> Body::Parse(const http::Request& request,
                         const std::vector<std::string>& names) {
  const std::string type = request.Header("Content-Type");
  if (!type.empty() && type.find("application/json") == std::string::npos) {
    return Status::InvalidArgument(
        "send the body as JSON (Content-Type: application/json), "
        "not " +
        type);
  }
  auto doc = std::make_unique<Doc>();
  try {
    doc->json = nlohmann::json::parse(request.body);
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    return Status::InvalidArgument(
        (request.body.empty()
             ? std::string("the request has no body; it takes a JSON object")
             : "the body is not valid JSON at " + Where(request.body, at)));
  }
  if (!doc->json.is_object()) {
    return Status::InvalidArgument("the body must be a JSON object ({\"…\": …})");
  }
  for (const auto& item : doc->json.items()) {
    bool known = false;
    for (const std::string& a : names) known = known || item.key() == a;
    if (known) continue;
    const std::string hint = DidYouMean(item.key(), names);
    std::string takes;
    for (const auto& n : names) takes += (takes.empty() ? "" : ", ") + n;
    return Status::InvalidArgument("unknown field " + Quoted(item.key()) +
                                   (hint.empty() ? "" : " (" + hint + ")") +
                                   (takes.empty() ? "; this endpoint takes no fields"
                                                  : "; this endpoint takes " + takes));
  }
  return Body(std::move(doc));
}

bool Body::Has(std::string_view key) const {
  return doc_->json.contains(key);
}

Result<std::optional<std::string>> Body::OptionalText(std::string_view key) const {
  const auto it = doc_->json.find(key);
  if (it == doc_->json.end() || it->is_null()) return std::optional<std::string>();
  if (!it->is_string()) return Wrong(key, "a string");
  return std::optional<std::string>(it->get<std::string>());
}

Result<std::string> Body::TextOr(std::string_view key, std::string_view fallback) const {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<std::string> v, OptionalText(key));
  return v ? std::move(*v) : std::string(fallback);
}

Result<std::string> Body::Text(std::string_view key) const {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<std::string> v, OptionalText(key));
  if (!v) return Status::InvalidArgument("the field " + Quoted(key) + " is missing");
  return std::move(*v);
}

Result<int64_t> Body::Int(std::string_view key, int64_t fallback, int64_t min,
                          int64_t max) const {
  const auto it = doc_->json.find(key);
  if (it == doc_->json.end() || it->is_null()) return fallback;
  const std::string range =
      "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
  if (!it->is_number_integer()) return Wrong(key, range);
  const bool is_unsigned = it->is_number_unsigned();
  if (is_unsigned && it->get<uint64_t>() > static_cast<uint64_t>(max)) {
    return Wrong(key, range);
  }
  const int64_t v = it->get<int64_t>();
  if (v < min || v > max) return Wrong(key, range);
  return v;
}

Result<double> Body::Number(std::string_view key, double fallback, double min,
                            double max) const {
  const auto it = doc_->json.find(key);
  if (it == doc_->json.end() || it->is_null()) return fallback;
  const std::string range =
      "a number from " + std::to_string(min) + " to " + std::to_string(max);
  if (!it->is_number()) return Wrong(key, range);
  const double v = it->get<double>();
  if (!(v >= min && v <= max)) return Wrong(key, range);
  return v;
}

Result<bool> Body::Bool(std::string_view key, bool fallback) const {
  const auto it = doc_->json.find(key);
  if (it == doc_->json.end() || it->is_null()) return fallback;
  if (!it->is_boolean()) return Wrong(key, "true or false");
  return it->get<bool>();
}

Result<std::vector<std::string>> Body::TextList(std::string_view key) const {
  std::vector<std::string> out;
  const auto it = doc_->json.find(key);
  if (it == doc_->json.end() || it->is_null()) return out;
  if (!it->is_array()) return Wrong(key, "a list of strings");
  for (const auto& v : *it) {
    if (!v.is_string()) return Wrong(key, "a list of strings");
    out.push_back(v.get<std::string>());
  }
  return out;
}

Result<std::vector<int64_t>> Body::IntList(std::string_view key, int64_t min,
                                           int64_t max) const {
  std::vector<int64_t> out;
  const auto it = doc_->json.find(key);
  if (it == doc_->json.end() || it->is_null()) return out;
  const std::string wanted = "a list of whole numbers from " + std::to_string(min) +
                             " to " + std::to_string(max);
  if (!it->is_array()) return Wrong(key, wanted);
  for (const auto& v : *it) {
    if (!v.is_number_integer() || v.get<int64_t>() < min || v.get<int64_t>() > max ||
        (v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(max))) {
      return Wrong(key, wanted);
    }
    out.push_back(v.get<int64_t>());
  }
  return out;
}

Result<std::map<std::string, std::string>> Body::TextMap(std::string_view key) const {
  std::map<std::string, std::string> out;
  const auto it = doc_->json.find(key);
  if (it == doc_->json.end() || it->is_null()) return out;
  if (!it->is_object()) return Wrong(key, "an object of strings ({\"…\": \"…\"})");
  for (const auto& item : it->items()) {
    if (!item.value().is_string()) {
      return Wrong(key, "an object of strings ({\"…\": \"…\"})");
    }
    out[item.key()] = item.value().get<std::string>();
  }
  return out;
}

Result<std::map<std::string, double>> Body::NumberMap(std::string_view key, double min,
                                                      double max) const {
  std::map<std::string, double> out;
  const auto it = doc_->json.find(key);
  if (it == doc_->json.end() || it->is_null()) return out;
  const std::string wanted =
      "an object of numbers from " + Decimal(min) + " to " + Decimal(max);
  if (!it->is_object()) return Wrong(key, wanted);
  for (const auto& item : it->items()) {
    const auto& v = item.value();
    if (!v.is_number() || !(v.get<double>() >= min && v.get<double>() <= max)) {
      return Wrong(key, wanted);
    }
    out[item.key()] = v.get<double>();
  }
  return out;
}

Result<std::map<std::string, int64_t>> Body::IntMap(std::string_view key, int64_t min,
                                                    int64_t max) const {
  std::map<std::string, int64_t> out;
  const auto it = doc_->json.find(key);
  if (it == doc_->json.end() || it->is_null()) return out;
  const std::string wanted = "an object of whole numbers from " + std::to_string(min) +
                             " to " + std::to_string(max);
  if (!it->is_object()) return Wrong(key, wanted);
  for (const auto& item : it->items()) {
    const auto& v = item.value();
    if (!v.is_number_integer() || v.get<int64_t>() < min || v.get<int64_t>() > max ||
        (v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(max))) {
      return Wrong(key, wanted);
    }
    out[item.key()] = v.get<int64_t>();
  }
  return out;
}

}  // namespace janadhar::api
