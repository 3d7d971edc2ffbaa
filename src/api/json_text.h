// JSON written as text rather than built as a tree, for documents with large
// arrays (a state's 1,38,771 booths): one flat object at a time, indented as
// nlohmann's dump(2) would at the top level's depth, and a document put
// together from a tree and such members. Shared by the CLI's --json and the
// HTTP API, so that both give the same document.
//
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace janadhar::api {

// One member of a flat JSON object written by AppendJsonObject.
struct JsonField {
  enum class Type { kNull, kInt, kNumber, kString };
  std::string_view key;
  Type type = Type::kNull;
  int64_t integer = 0;
  double number = 0;
  std::string_view text;
  static JsonField Null(std::string_view k) { return {k, Type::kNull, 0, 0, {}}; }
  static JsonField Int(std::string_view k, int64_t v) {
    return {k, Type::kInt, v, 0, {}};
  }
  static JsonField Number(std::string_view k, double v) {
    return {k, Type::kNumber, 0, v, {}};
  }
  static JsonField String(std::string_view k, std::string_view v) {
    return {k, Type::kString, 0, 0, v};
  }
};

// Appends one object as an element of a top-level member's array, indented as
// nlohmann's dump(2) would: `first` says whether it is the array's first.
// Invalid UTF-8 in strings is replaced.
void AppendJsonObject(std::string& out, std::initializer_list<JsonField> fields,
                      bool first);
// Closes an array begun by AppendJsonObject calls ("[]" when none).
void CloseJsonArray(std::string& out);

// Members whose values are JSON text already, by key, in order.
using JsonTextMembers = std::vector<std::pair<std::string, std::string>>;

// The text of the object `doc` (dumped with `indent`: 2 for the CLI, -1
// compact for the API) with `members` added after its own. Invalid UTF-8 is
// replaced. `doc` must be an object.
std::string DumpWithMembers(const nlohmann::json& doc, const JsonTextMembers& members,
                            int indent);

}  // namespace janadhar::api
