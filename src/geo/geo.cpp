#include "geo/geo.h"

#include <algorithm>

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
  const std::string key = NameKey(code_abbr_or_name);
  if (key.empty()) return nullptr;
  for (const auto& s : KnownStates()) {
    if (NameKey(s.code) == key || NameKey(s.abbr) == key || NameKey(s.name) == key) {
      return &s;
    }
  }
  // Common alternative spellings in ECI files.
  static const std::pair<std::string_view, std::string_view> kAliases[] = {
      {"ORISSA", "S18"},          {"UTTARANCHAL", "S28"},
      {"PONDICHERRY", "U07"},     {"DELHI", "U05"},
      {"NCTOFDELHI", "U05"},      {"ANDAMANNICOBARISLANDS", "U01"},
      {"JAMMUKASHMIR", "S09"},    {"JAMMUANDKASHMIR", "S09"},
      {"CHATTISGARH", "S26"},     {"DADRANAGARHAVELI", "U03"},
  };
  for (const auto& [alias, code] : kAliases) {
    if (key == alias) {
      for (const auto& s : KnownStates()) {
        if (s.code == code) return &s;
      }
    }
  }
  return nullptr;
}

}  // namespace janadhar::geo
