#include "geo/geo.h"

#include <algorithm>
#include <unordered_map>

#include "base/text.h"

namespace janadhar::geo {

std::string_view ReservationName(Reservation r) {
  switch (r) {
    case Reservation::kGeneral: return "";
    case Reservation::kSC: return "SC";
    case Reservation::kST: return "ST";
  }
  return "";
}

std::optional<Reservation> ParseReservation(std::string_view text) {
  const std::string key = NameKey(text);
  if (key.empty() || key == "GEN" || key == "GENERAL") return Reservation::kGeneral;
  if (key == "SC") return Reservation::kSC;
  if (key == "ST") return Reservation::kST;
  return std::nullopt;
}

const State* Delimitation::FindState(std::string_view code) const {
  for (const auto& s : states) {
    if (s.code == code) return &s;
  }
  return nullptr;
}

const Ac* Delimitation::FindAc(std::string_view state, int number) const {
  for (const auto& a : acs) {
    if (a.number == number && a.state == state) return &a;
  }
  return nullptr;
}

const Pc* Delimitation::FindPc(std::string_view state, int number) const {
  for (const auto& p : pcs) {
    if (p.number == number && p.state == state) return &p;
  }
  return nullptr;
}

std::vector<const Ac*> Delimitation::AcsOfPc(std::string_view state, int pc) const {
  std::vector<const Ac*> out;
  for (const auto& a : acs) {
    if (a.pc == pc && a.state == state) out.push_back(&a);
  }
  std::sort(out.begin(), out.end(),
            [](const Ac* x, const Ac* y) { return x->number < y->number; });
  return out;
}

const std::vector<State>& KnownStates() {
  static const std::vector<State> kStates = {
      {"U01", "AN", "Andaman and Nicobar Islands"},
      {"S01", "AP", "Andhra Pradesh"},
      {"S02", "AR", "Arunachal Pradesh"},
      {"S03", "AS", "Assam"},
      {"S04", "BR", "Bihar"},
      {"U02", "CH", "Chandigarh"},
      {"S26", "CG", "Chhattisgarh"},
      {"U03", "DN", "Dadra and Nagar Haveli"},
      {"U04", "DD", "Daman and Diu"},
      {"U05", "DL", "NCT of Delhi"},
      {"S05", "GA", "Goa"},
      {"S06", "GJ", "Gujarat"},
      {"S07", "HR", "Haryana"},
      {"S08", "HP", "Himachal Pradesh"},
      {"S09", "JK", "Jammu & Kashmir"},
      {"U08", "JK", "Jammu and Kashmir (UT)"},
      {"S27", "JH", "Jharkhand"},
      {"S10", "KA", "Karnataka"},
      {"S11", "KL", "Kerala"},
      {"U09", "LA", "Ladakh"},
      {"U06", "LD", "Lakshadweep"},
      {"S12", "MP", "Madhya Pradesh"},
      {"S13", "MH", "Maharashtra"},
      {"S14", "MN", "Manipur"},
      {"S15", "ML", "Meghalaya"},
      {"S16", "MZ", "Mizoram"},
      {"S17", "NL", "Nagaland"},
      {"S18", "OD", "Odisha"},
      {"U07", "PY", "Puducherry"},
      {"S19", "PB", "Punjab"},
      {"S20", "RJ", "Rajasthan"},
      {"S21", "SK", "Sikkim"},
      {"S22", "TN", "Tamil Nadu"},
      {"S29", "TG", "Telangana"},
      {"S23", "TR", "Tripura"},
      {"S24", "UP", "Uttar Pradesh"},
      {"S28", "UK", "Uttarakhand"},
      {"S25", "WB", "West Bengal"},
  };
  return kStates;
}

const State* FindKnownState(std::string_view code_abbr_or_name) {
  // Every key that names a state: codes, abbreviations, names, and the
  // spellings ECI files use besides. Built once; read-only after.
  static const std::unordered_map<std::string, const State*> kByKey = [] {
    std::unordered_map<std::string, const State*> m;
    auto code = [](std::string_view c) -> const State* {
      for (const auto& s : KnownStates()) {
        if (s.code == c) return &s;
      }
      return nullptr;
    };
    for (const auto& s : KnownStates()) {
      m.emplace(NameKey(s.code), &s);
      m.emplace(NameKey(s.name), &s);
    }
    for (const auto& s : KnownStates()) m.emplace(NameKey(s.abbr), &s);  // S09 wins JK
    static const std::pair<std::string_view, std::string_view> kAliases[] = {
        {"Orissa", "S18"},          {"Uttaranchal", "S28"},
        {"Pondicherry", "U07"},     {"Andaman & Nicobar Islands", "U01"},
        {"Daman & Diu", "U04"},     {"Delhi", "U05"},
        {"Jammu & Kashmir", "S09"}, {"Jammu and Kashmir", "S09"},
        {"Chattisgarh", "S26"},     {"Dadra & Nagar Haveli", "U03"},
    };
    for (const auto& [alias, c] : kAliases) m.emplace(NameKey(alias), code(c));
    return m;
  }();
  const auto it = kByKey.find(NameKey(code_abbr_or_name));
  return it == kByKey.end() ? nullptr : it->second;
}

}  // namespace janadhar::geo
