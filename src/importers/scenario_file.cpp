#include "importers/scenario_file.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "base/text.h"

namespace janadhar::importers {

namespace {

Located At(const toml::source_region& r) {
  return {static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

// A table's entries in file order (toml++ keeps them sorted by key).
auto InFileOrder(const toml::table& table) {
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

const std::vector<std::string> kTopKeys = {"base",     "simulations", "seed",
                                           "majority", "threads",     "swing_mode",
                                           "sigma",    "swings",      "alliance"};
const std::vector<std::string> kSigmaKeys = {"national", "state", "seat"};
const std::vector<std::string> kAllianceKeys = {"name", "parties", "transfer",
                                                "transfer_from", "fielded"};

bool Among(const std::string& key, const std::vector<std::string>& keys) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// "S24-80" (number after the last '-') or "S24:Varanasi", both parts non-blank.
bool IsSeat(const std::string& seat) {
  const auto colon = seat.find(':'), cut = colon != seat.npos ? colon : seat.rfind('-');
  if (cut == seat.npos || CollapseSpaces(seat.substr(0, cut)).empty()) return false;
  const std::string rest = seat.substr(cut + 1);
  if (colon != seat.npos) return !CollapseSpaces(rest).empty();
  return !rest.empty() && rest.find_first_not_of("0123456789") == rest.npos;
}

class Parser {
 public:
  Parser(std::string_view file, ProblemList* problems, ScenarioSpec* spec)
      : file_(file), problems_(problems), spec_(spec) {}

  void Top(const toml::table& doc) {
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
      } else if (Among(key, kSigmaKeys) || Among(key, kAllianceKeys)) {
        Error(At(k->source()), "key '" + key + "' must be inside " +
                                   (Among(key, kSigmaKeys) ? "[sigma]" : "[[alliance]]"));
      } else {
        Unknown(*k, "the scenario", kTopKeys);
      }
    }
    CheckAlliances();
  }

 private:
  bool Error(Located at, std::string message) {
    problems_->Add(file_, at.line, at.column, std::move(message), Severity::kError);
    return false;
  }

  bool WrongType(const toml::node& v, const std::string& subject,
                 const std::string& expected) {
    return Error(At(v.source()),
                 subject + " must be " + expected + ", not " + TypeName(v));
  }

  void Unknown(const toml::key& k, const std::string& in,
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
  bool Named(const toml::key& k) {
    if (!CollapseSpaces(k.str()).empty()) return true;
    return Error(At(k.source()), "a blank name: write the party's or state's name");
  }

  // Each reader checks a value and, when it is good, stores it and records its
  // place under `path` in `where`; otherwise it reports an error about
  // `subject` and returns false.
  bool Keep(const std::string& path, const toml::node& v) {
    spec_->where[path] = At(v.source());
    return true;
  }

  bool Table(const toml::node& v, const std::string& path, const std::string& subject,
             const std::string& form) {
    return v.is_table() ? Keep(path, v) : WrongType(v, subject, "a table: " + form);
  }

  bool Text(const toml::node& v, const std::string& path, const std::string& subject,
            std::string* out) {
    if (!v.is_string()) return WrongType(v, subject, "text");
    if (CollapseSpaces(v.as_string()->get()).empty()) {
      return Error(At(v.source()), subject + " must not be blank");
    }
    *out = v.as_string()->get();
    return Keep(path, v);
  }

  bool Number(const toml::node& v, const std::string& path, const std::string& subject,
              double lo, double hi, const std::string& range, double* out) {
    if (!v.is_number()) return WrongType(v, subject, "a number");
    const double x = v.is_integer() ? static_cast<double>(v.as_integer()->get())
                                    : v.as_floating_point()->get();
    if (!(x >= lo && x <= hi)) {  // NaN fails too
      return Error(At(v.source()), subject + " must be " + range + ", not " + Num(x));
    }
    *out = x;
    return Keep(path, v);
  }

  template <typename T>
  bool Whole(const toml::node& v, const std::string& path, int64_t lo, int64_t hi,
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

  void SwingMode(const toml::node& v) {
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

  void Sigma(const toml::node& table) {
    const std::map<std::string, double*> out = {{"national", &spec_->sigma_national},
                                                {"state", &spec_->sigma_state},
                                                {"seat", &spec_->sigma_seat}};
    for (const auto& [k, v] : InFileOrder(*table.as_table())) {
      const std::string key(k->str()), path = "sigma." + key;
      if (out.count(key) == 0) Unknown(*k, "[sigma]", kSigmaKeys);
      if (out.count(key) == 1) {
        Number(*v, path, "'" + path + "'", 0, 100, "from 0 to 100 points", out.at(key));
      }
    }
  }

  // [swings]: party = points (national), or a table of them per state.
  void Swings(const toml::node& table) {
    for (const auto& [k, v] : InFileOrder(*table.as_table())) {
      const std::string key(k->str()), path = "swings." + TomlKey(key);
      if (!v->is_table()) {
        Swing(*k, *v, "", {}, "swings");
      } else if (Named(*k) && Keep(path, *v)) {
        for (const auto& [pk, pv] : InFileOrder(*v->as_table())) {
          Swing(*pk, *pv, key, At(k->source()), path);
        }
      }
    }
  }

  void Swing(const toml::key& k, const toml::node& v, const std::string& state,
             Located state_at, const std::string& parent) {
    const std::string party(k.str()), path = parent + "." + TomlKey(party);
    double points = 0;
    if (Named(k) && Number(v, path, "'" + path + "'", -100, 100,
                           "from -100 to 100 points", &points)) {
      spec_->swings.push_back({party, state, points, At(k.source()), state_at});
    }
  }

  bool Alliances(const toml::node& v) {
    const auto* list = v.as_array();
    if (list == nullptr && v.is_table()) {
      return Error(At(v.source()), "write [[alliance]], not [alliance]");
    }
    if (list == nullptr) return WrongType(v, "'alliance'", "a list: [[alliance]]");
    for (std::size_t i = 0; i < list->size(); ++i) {
      Alliance(*list->get(i), "alliance[" + std::to_string(i) + "]",
               &spec_->alliances.emplace_back());
    }
    return true;
  }

  bool Alliance(const toml::node& item, const std::string& path, AllianceSpec* a) {
    a->at = At(item.source());
    if (!item.is_table()) return WrongType(item, "an alliance", "a table: [[alliance]]");
    const toml::table& t = *item.as_table();
    Keep(path, t);
    std::string of = "the alliance";
    if (const toml::node* name = t.get("name")) {
      if (Text(*name, path + ".name", "an alliance's 'name'", &a->name)) {
        a->name_at = At(name->source());
        of = "alliance '" + a->name + "'";
      }
    } else {
      Error(a->at, "an alliance needs a name: name = \"UPA\"");
    }
    if (t.get("parties") == nullptr) {
      Error(a->at, of + " needs its parties: parties = [\"INC\", \"RJD\"]");
    }
    for (const auto& [k, v] : InFileOrder(t)) {
      const std::string key(k->str()), subject = "'" + key + "' of " + of;
      const std::string at = path + "." + key;
      if (key == "parties") {
        Parties(*v, subject, at, a);
      } else if (key == "transfer") {
        Number(*v, at, subject, 0, 1, "from 0 to 1", &a->transfer);
      } else if (key == "transfer_from") {
        if (!Table(*v, at, subject, "{ PARTY = rate, ... }")) continue;
        for (const auto& [pk, pv] : InFileOrder(*v->as_table())) {
          const std::string party(pk->str());
          double rate = 0;
          if (Named(*pk) && Number(*pv, at + "." + TomlKey(party),
                                   "the transfer from '" + party + "' in " + of, 0, 1,
                                   "from 0 to 1", &rate)) {
            a->transfer_from[party] = rate;
            a->transfer_from_at[party] = At(pk->source());
          }
        }
      } else if (key == "fielded") {
        if (!Table(*v, at, subject, "{ \"S24-77\" = PARTY, ... }")) continue;
        for (const auto& [sk, sv] : InFileOrder(*v->as_table())) {
          const std::string seat(sk->str());
          std::string party;
          if (!IsSeat(seat)) {
            Error(At(sk->source()), "seat '" + seat + "' in 'fielded' of " + of +
                                        " must be written STATE-NUMBER or STATE:NAME, "
                                        "e.g. \"S24-77\" or \"S24:Varanasi\"");
          } else if (Text(*sv, at + "." + TomlKey(seat),
                          "the party fielded in '" + seat + "'", &party)) {
            a->fielded.emplace_back(seat, party);
            a->fielded_at.push_back(At(sk->source()));
            a->fielded_party_at.push_back(At(sv->source()));
          }
        }
      } else if (key != "name") {
        Unknown(*k, "[[alliance]]", kAllianceKeys);
      }
    }
    return true;
  }

  bool Parties(const toml::node& v, const std::string& subject, const std::string& at,
               AllianceSpec* a) {
    const auto* list = v.as_array();
    if (list == nullptr) return WrongType(v, subject, "a list: [\"INC\", \"RJD\"]");
    if (list->empty()) Error(At(v.source()), subject + " must name at least one party");
    Keep(at, v);
    for (std::size_t i = 0; i < list->size(); ++i) {
      const toml::node& p = *list->get(i);
      std::string party;
      if (Text(p, at + "[" + std::to_string(i) + "]", "a party", &party)) {
        a->parties.push_back(party);
        a->party_at.push_back(At(p.source()));
      }
    }
    return true;
  }

  // Alliance names unique; a party in one alliance, once (nameless alliances
  // have their error already).
  void CheckAlliances() {
    auto key = [](const std::string& n) { return NameKey(n).empty() ? n : NameKey(n); };
    std::map<std::string, Located> names;  // key(name) → first place
    std::map<std::string, std::pair<std::string, Located>> member;  // party → alliance
    for (const AllianceSpec& a : spec_->alliances) {
      if (a.name.empty()) continue;
      if (const auto [it, fresh] = names.emplace(key(a.name), a.name_at); !fresh) {
        Error(a.name_at, "alliance '" + a.name + "' is defined twice (also at line " +
                             std::to_string(it->second.line) + ")");
        continue;
      }
      for (std::size_t i = 0; i < a.parties.size(); ++i) {
        const std::string& p = a.parties[i];
        const auto [m, first] = member.emplace(key(p), std::pair(a.name, a.party_at[i]));
        if (first) continue;
        const std::string line = std::to_string(m->second.second.line);
        std::string what = "party '" + p + "' is listed twice in alliance '" + a.name +
                           "' (also at line " + line + ")";
        if (m->second.first != a.name) {
          what = "party '" + p + "' is in alliance '" + a.name + "' and in alliance '" +
                 m->second.first + "' (line " + line +
                 "); a party belongs to at most one alliance";
        }
        Error(a.party_at[i], what);
      }
    }
  }

  std::string file_;
  ProblemList* problems_;
  ScenarioSpec* spec_;
};

}  // namespace

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
    const Located at = At(e.source());
    problems->Add(std::string(file), at.line, at.column,
                  "invalid TOML: " + std::string(e.description()), Severity::kFatal);
    return spec;
  }
  Parser(file, problems, &spec).Top(doc);
  return spec;
}

}  // namespace janadhar::importers
