// The [[alliance]] tables of a scenario file (scenario_parser.h).
#include <map>
#include <string>
#include <utility>

#include "base/text.h"
#include "importers/scenario_parser.h"

namespace janadhar::importers::scenario_internal {

namespace {

// "S24-80" (number after the last '-') or "S24:Varanasi", both parts non-blank.
bool IsSeat(const std::string& seat) {
  const auto colon = seat.find(':'), cut = colon != seat.npos ? colon : seat.rfind('-');
  if (cut == seat.npos || CollapseSpaces(seat.substr(0, cut)).empty()) return false;
  const std::string rest = seat.substr(cut + 1);
  if (colon != seat.npos) return !CollapseSpaces(rest).empty();
  return !rest.empty() && rest.find_first_not_of("0123456789") == rest.npos;
}

}  // namespace

bool Parser::Alliances(const toml::node& v) {
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

bool Parser::Alliance(const toml::node& item, const std::string& path, AllianceSpec* a) {
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
    const std::string key(k->str());
    std::string subject = "'" + key;
    subject += "' of ";
    subject += of;
    std::string at = path;
    at += "." + key;
    if (key == "parties") {
      Parties(*v, subject, at, a);
    } else if (key == "transfer") {
      Number(*v, at, subject, 0, 1, "from 0 to 1", &a->transfer);
    } else if (key == "transfer_from") {
      if (!Table(*v, at, subject, "{ PARTY = rate, ... }")) continue;
      for (const auto& [pk, pv] : InFileOrder(*v->as_table())) {
        const std::string party(pk->str());
        double rate = 0;
        std::string what = "the transfer from '" + party;
        what += "' in " + of;
        if (Named(*pk) &&
            Number(*pv, at + "." + TomlKey(party), what, 0, 1, "from 0 to 1", &rate)) {
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
          std::string what = "seat '" + seat;
          what += "' in 'fielded' of " + of;
          what +=
              " must be written STATE-NUMBER or STATE:NAME, e.g. \"S24-77\" or "
              "\"S24:Varanasi\"";
          Error(At(sk->source()), what);
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

bool Parser::Parties(const toml::node& v, const std::string& subject,
                     const std::string& at, AllianceSpec* a) {
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
void Parser::CheckAlliances() {
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
      std::string what = "party '" + p;
      if (m->second.first != a.name) {
        what += "' is in alliance '" + a.name;
        what += "' and in alliance '" + m->second.first;
        what += "' (line " + line + "); a party belongs to at most one alliance";
      } else {
        what += "' is listed twice in alliance '" + a.name;
        what += "' (also at line " + line + ")";
      }
      Error(a.party_at[i], what);
    }
  }
}

}  // namespace janadhar::importers::scenario_internal
