#include "importers/scenario_file.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

#include "base/text.h"
#include "importers/scenario_parser.h"

namespace janadhar::importers {

namespace scenario_internal {

Located At(const toml::source_region& r) {
  return {static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

std::vector<std::pair<const toml::key*, const toml::node*>> InFileOrder(
    const toml::table& table) {
  std::vector<std::pair<const toml::key*, const toml::node*>> out;
  for (auto&& [k, v] : table) out.emplace_back(&k, &v);
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    const Located x = At(a.first->source()), y = At(b.first->source());
    return std::pair(x.line, x.column) < std::pair(y.line, y.column);
  });
  return out;
}

std::string TypeName(const toml::node& v) {
  return v.is_string()           ? "text"
         : v.is_integer()        ? "a whole number"
         : v.is_floating_point() ? "a decimal number"
         : v.is_boolean()        ? "true or false"
         : v.is_table()          ? "a table"
         : v.is_array()          ? "a list"
                                 : "a date or time";
}

// 3 → "3", -1.5 → "-1.5", 1e20 → "1e+20", NaN → "nan".
std::string Num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", x);
  return buf;
}

const std::vector<std::string> kTopKeys = {"base",     "simulations", "seed",  "majority",
                                           "threads",  "swing_mode",  "sigma", "swings",
                                           "alliance", "regions"};
const std::vector<std::string> kSigmaKeys = {"national", "state", "region", "seat"};
const std::vector<std::string> kRegionKeys = {"file", "state", "column"};
const std::vector<std::string> kAllianceKeys = {"name", "parties", "transfer",
                                                "transfer_from", "fielded"};

bool Among(const std::string& key, const std::vector<std::string>& keys) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

void Parser::Top(const toml::table& doc) {
  ScenarioSpec& s = *spec_;
  for (const auto& [k, v] : InFileOrder(doc)) {
    const std::string key(k->str());
    if (key == "base") {
      Text(*v, key, "'base'", &s.base_election);
    } else if (key == "simulations") {
      Whole(*v, key, 1, 100000000, "from 1 to 10,00,00,000", &s.simulations);
    } else if (key == "seed") {
      Whole(*v, key, 0, INT64_MAX, "0 or more", &s.seed);
    } else if (key == "majority") {
      Whole(*v, key, 0, INT32_MAX, "0 (half the seats plus one) or more", &s.majority);
    } else if (key == "threads") {
      Whole(*v, key, 0, 4096, "from 0 (every core) to 4096", &s.threads);
    } else if (key == "swing_mode") {
      SwingMode(*v);
    } else if (key == "sigma") {
      if (Table(*v, key, "'sigma'", "[sigma] with national, state and seat")) Sigma(*v);
    } else if (key == "swings") {
      if (Table(*v, key, "'swings'", "[swings] with party = points")) Swings(*v);
    } else if (key == "alliance") {
      Alliances(*v);
    } else if (key == "regions") {
      Regions(*v);
    } else if (Among(key, kSigmaKeys) || Among(key, kAllianceKeys)) {
      Error(At(k->source()), "key '" + key + "' must be inside " +
                                 (Among(key, kSigmaKeys) ? "[sigma]" : "[[alliance]]"));
    } else {
      Unknown(*k, "the scenario", kTopKeys);
    }
  }
  CheckAlliances();
}

bool Parser::Error(Located at, std::string message) {
  problems_->Add(file_, at.line, at.column, std::move(message), Severity::kError);
  return false;
}

bool Parser::WrongType(const toml::node& v, const std::string& subject,
                       const std::string& expected) {
  return Error(At(v.source()), subject + " must be " + expected + ", not " + TypeName(v));
}

void Parser::Unknown(const toml::key& k, const std::string& in,
                     const std::vector<std::string>& keys) {
  const std::string key(k.str()), dym = DidYouMean(key, keys);
  std::string list;  // "a, b and c"
  for (std::size_t i = 0; i < keys.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == keys.size() ? " and " : ", ") + keys[i];
  }
  Error(At(k.source()), "unknown key '" + key + "' in " + in + "; " +
                            (dym.empty() ? "the keys are " + list : dym));
}

// False, with an error, when a key naming a party or state is blank: "" = 1.
bool Parser::Named(const toml::key& k) {
  if (!CollapseSpaces(k.str()).empty()) return true;
  return Error(At(k.source()), "a blank name: write the party's or state's name");
}

// Each reader checks a value and, when it is good, stores it and records its
// place under `path` in `where`; otherwise it reports an error about
// `subject` and returns false.
bool Parser::Keep(const std::string& path, const toml::node& v) {
  spec_->where[path] = At(v.source());
  return true;
}

bool Parser::Table(const toml::node& v, const std::string& path,
                   const std::string& subject, const std::string& form) {
  return v.is_table() ? Keep(path, v) : WrongType(v, subject, "a table: " + form);
}

bool Parser::Text(const toml::node& v, const std::string& path,
                  const std::string& subject, std::string* out) {
  if (!v.is_string()) return WrongType(v, subject, "text");
  if (CollapseSpaces(v.as_string()->get()).empty()) {
    return Error(At(v.source()), subject + " must not be blank");
  }
  *out = v.as_string()->get();
  return Keep(path, v);
}

bool Parser::Number(const toml::node& v, const std::string& path,
                    const std::string& subject, double lo, double hi,
                    const std::string& range, double* out) {
  if (!v.is_number()) return WrongType(v, subject, "a number");
  const double x = v.is_integer() ? static_cast<double>(v.as_integer()->get())
                                  : v.as_floating_point()->get();
  if (!(x >= lo && x <= hi)) {  // NaN fails too
    return Error(At(v.source()), subject + " must be " + range + ", not " + Num(x));
  }
  *out = x;
  return Keep(path, v);
}

void Parser::SwingMode(const toml::node& v) {
  std::string mode;
  if (!Text(v, "swing_mode", "'swing_mode'", &mode)) return;
  const std::string key = NameKey(mode);
  if (key == "UNIFORM" || key == "PROPORTIONAL") {
    spec_->swing_mode = key == "UNIFORM" ? "uniform" : "proportional";
    return;
  }
  spec_->where.erase("swing_mode");
  const std::string dym = DidYouMean(mode, {"uniform", "proportional"});
  Error(At(v.source()), "unknown swing_mode '" + mode + "'; " +
                            (dym.empty() ? "it is uniform or proportional" : dym));
}

void Parser::Sigma(const toml::node& table) {
  const std::map<std::string, double*> out = {{"national", &spec_->sigma_national},
                                              {"state", &spec_->sigma_state},
                                              {"region", &spec_->sigma_region},
                                              {"seat", &spec_->sigma_seat}};
  for (const auto& [k, v] : InFileOrder(*table.as_table())) {
    const std::string key(k->str()), path = "sigma." + key;
    if (out.count(key) == 0) Unknown(*k, "[sigma]", kSigmaKeys);
    if (out.count(key) == 1) {
      Number(*v, path, "'" + path + "'", 0, 100, "from 0 to 100 points", out.at(key));
    }
  }
}

// [swings]: party = points (national), a table of them per state, and in a
// state's table a table of them per region.
void Parser::Swings(const toml::node& table) {
  for (const auto& [k, v] : InFileOrder(*table.as_table())) {
    const std::string key(k->str()), path = "swings." + TomlKey(key);
    if (!v->is_table()) {
      Swing(*k, *v, "", {}, "", {}, "swings");
      continue;
    }
    if (!Named(*k) || !Keep(path, *v)) continue;
    for (const auto& [pk, pv] : InFileOrder(*v->as_table())) {
      if (!pv->is_table()) {
        Swing(*pk, *pv, key, At(k->source()), "", {}, path);
        continue;
      }
      const std::string region(pk->str()), region_path = path + "." + TomlKey(region);
      if (!Named(*pk) || !Keep(region_path, *pv)) continue;
      for (const auto& [rk, rv] : InFileOrder(*pv->as_table())) {
        Swing(*rk, *rv, key, At(k->source()), region, At(pk->source()), region_path);
      }
    }
  }
}

void Parser::Swing(const toml::key& k, const toml::node& v, const std::string& state,
                   Located state_at, const std::string& region, Located region_at,
                   const std::string& parent) {
  const std::string party(k.str()), path = parent + "." + TomlKey(party);
  double points = 0;
  if (Named(k) &&
      Number(v, path, "'" + path + "'", -100, 100, "from -100 to 100 points", &points)) {
    spec_->swings.push_back(
        {party, state, points, At(k.source()), state_at, region, region_at});
  }
}

// [[regions]] (or one [regions]): a region lookup file per state.
void Parser::Regions(const toml::node& v) {
  if (v.is_table()) {
    Region(v, "regions");
    return;
  }
  const auto* list = v.as_array();
  if (list == nullptr) {
    WrongType(v, "'regions'", "a table: [[regions]] with file = \"...\"");
    return;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    Region(*list->get(i), "regions[" + std::to_string(i) + "]");
  }
}

void Parser::Region(const toml::node& item, const std::string& path) {
  if (!Table(item, path, "a region lookup", "[[regions]] with file = \"...\"")) return;
  RegionSpec r;
  r.at = At(item.source());
  const toml::table& t = *item.as_table();
  for (const auto& [k, v] : InFileOrder(t)) {
    const std::string key(k->str());
    std::string at = path;
    at += "." + key;
    if (key == "file") {
      if (Text(*v, at, "'file' of the regions", &r.file)) r.file_at = At(v->source());
    } else if (key == "state") {
      if (Text(*v, at, "'state' of the regions", &r.state)) r.state_at = At(v->source());
    } else if (key == "column") {
      if (Text(*v, at, "'column' of the regions", &r.column))
        r.column_at = At(v->source());
    } else {
      Unknown(*k, "[[regions]]", kRegionKeys);
    }
  }
  if (t.get("file") == nullptr) {
    Error(r.at, "a region lookup needs its file: file = \"up-regions.csv\"");
    return;
  }
  if (!r.file.empty()) spec_->regions.push_back(std::move(r));
}

}  // namespace scenario_internal

std::string TomlKey(std::string_view key) {
  constexpr std::string_view kBare =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  if (!key.empty() && key.find_first_not_of(kBare) == key.npos) return std::string(key);
  std::string s = "\"";
  for (char c : key) {
    s += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  }
  return s + "\"";
}

ScenarioSpec ParseScenarioFile(std::string_view file, std::string_view text,
                               ProblemList* problems) {
  ScenarioSpec spec;
  ProblemList utf8;
  if (!CheckUtf8(file, text, '\n', &utf8)) {
    // CheckUtf8 counts fields; a TOML place counts code points, as toml++ does.
    int column = 1;
    for (std::size_t i = FindInvalidUtf8(text).value_or(0);
         i > 0 && text[i - 1] != '\n';) {
      if ((static_cast<unsigned char>(text[--i]) & 0xC0) != 0x80) ++column;
    }
    const ImportProblem& p = utf8.items().front();
    problems->Add(p.file, p.line, column, p.message, Severity::kFatal);
    return spec;
  }
  toml::table doc;
  try {
    doc = toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    const Located at = scenario_internal::At(e.source());
    problems->Add(std::string(file), at.line, at.column,
                  "invalid TOML: " + std::string(e.description()), Severity::kFatal);
    return spec;
  }
  scenario_internal::Parser(file, problems, &spec).Top(doc);
  return spec;
}

}  // namespace janadhar::importers
