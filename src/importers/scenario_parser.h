// Internal to the importers: the TOML walker behind ParseScenarioFile
// (scenario_file.h), split over scenario_file.cpp (top level, sigma, swings,
// regions) and scenario_alliances.cpp ([[alliance]]). The only files that see
// toml++ besides column_map.cpp.
//
// Each reader checks a value and, when it is good, stores it in the spec and
// records its place under its key path in `where`; otherwise it reports an
// error (at the value's line and column) and returns false.
// Thread-compatible: one Parser per parse.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "importers/problems.h"
#include "importers/scenario_file.h"

namespace janadhar::importers::scenario_internal {

Located At(const toml::source_region& r);
// A table's entries in file order (toml++ keeps them sorted by key).
std::vector<std::pair<const toml::key*, const toml::node*>> InFileOrder(
    const toml::table& table);
std::string TypeName(const toml::node& v);  // "text", "a whole number", ...
std::string Num(double x);                  // 3 → "3", -1.5 → "-1.5"
bool Among(const std::string& key, const std::vector<std::string>& keys);

extern const std::vector<std::string> kTopKeys, kSigmaKeys, kAllianceKeys, kRegionKeys;

class Parser {
 public:
  Parser(std::string_view file, ProblemList* problems, ScenarioSpec* spec)
      : file_(file), problems_(problems), spec_(spec) {}

  void Top(const toml::table& doc);

 private:
  bool Error(Located at, std::string message);
  bool WrongType(const toml::node& v, const std::string& subject,
                 const std::string& expected);
  void Unknown(const toml::key& k, const std::string& in,
               const std::vector<std::string>& keys);
  // False, with an error, when a key naming a party or state is blank: "" = 1.
  bool Named(const toml::key& k);
  bool Keep(const std::string& path, const toml::node& v);
  bool Table(const toml::node& v, const std::string& path, const std::string& subject,
             const std::string& form);
  bool Text(const toml::node& v, const std::string& path, const std::string& subject,
            std::string* out);
  bool Number(const toml::node& v, const std::string& path, const std::string& subject,
              double lo, double hi, const std::string& range, double* out);
  template <typename T>
  bool Whole(const toml::node& v, const std::string& path, int64_t lo, int64_t hi,
             const std::string& range, T* out);

  void SwingMode(const toml::node& v);
  void Sigma(const toml::node& table);
  void Swings(const toml::node& table);
  void Swing(const toml::key& k, const toml::node& v, const std::string& state,
             Located state_at, const std::string& region, Located region_at,
             const std::string& parent);
  void Regions(const toml::node& v);
  void Region(const toml::node& item, const std::string& path);

  // scenario_alliances.cpp
  bool Alliances(const toml::node& v);
  bool Alliance(const toml::node& item, const std::string& path, AllianceSpec* a);
  bool Parties(const toml::node& v, const std::string& subject, const std::string& at,
               AllianceSpec* a);
  // Alliance names unique; a party in one alliance, once (nameless alliances
  // have their error already).
  void CheckAlliances();

  std::string file_;
  ProblemList* problems_;
  ScenarioSpec* spec_;
};

template <typename T>
bool Parser::Whole(const toml::node& v, const std::string& path, int64_t lo, int64_t hi,
                   const std::string& range, T* out) {
  const std::string subject = "'" + path + "'";
  if (!v.is_integer()) return WrongType(v, subject, "a whole number");
  const int64_t n = v.as_integer()->get();
  if (n < lo || n > hi) {
    return Error(At(v.source()),
                 subject + " must be " + range + ", not " + std::to_string(n));
  }
  *out = static_cast<T>(n);
  return Keep(path, v);
}

}  // namespace janadhar::importers::scenario_internal
