#include "importers/form20_columns.h"

#include <array>
#include <utility>

#include "base/text.h"

namespace janadhar::importers::form20 {

namespace {

using results::Booth;
using results::BoothColumn;

enum class Group { kNone, kStation, kElectors, kVoters, kCandidates, kOther };

bool Contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

bool OneOf(std::string_view key, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    if (key == k) return true;
  }
  return false;
}

bool IsPartKey(std::string_view key) {
  if (OneOf(key, {"PARTNO", "PARTNUMBER", "PART", "PSNO", "PSNUMBER", "BOOTHNO",
                  "BOOTHNUMBER"})) {
    return true;
  }
  // "Polling Station No", "Serial No. of Polling Station", "No. of P.S."...
  return (Contains(key, "POLLINGSTATION") || key.ends_with("PS")) &&
         (key.starts_with("SLNO") || key.starts_with("SERIALNO") ||
          key.starts_with("PARTNO") || key.starts_with("NOOF") || key.ends_with("NO") ||
          key.ends_with("NUMBER"));
}

bool IsNameKey(std::string_view key) {
  return OneOf(key, {"PARTNAME", "POLLINGSTATIONNAME", "PSNAME", "NAMEOFPOLLINGSTATION",
                     "NAMEOFTHEPOLLINGSTATION", "BOOTHNAME", "NAME", "POLLINGSTATION"});
}

bool IsNotaKey(std::string_view key) {
  return key == "NONEOFTHEABOVE" || key == "NOTA";
}

bool IsTotalVotesKey(std::string_view key) {
  return OneOf(key, {"TOTALVOTESSECURED", "TOTALVALIDVOTES", "TOTALOFVALIDVOTES",
                     "TOTALVOTES", "TOTALVALIDVOTESPOLLED", "VALIDVOTES"});
}

Group GroupOfKey(std::string_view key) {
  if (key.empty()) return Group::kNone;
  if (Contains(key, "CANDIDATE")) return Group::kCandidates;
  if (Contains(key, "ELECTOR")) return Group::kElectors;
  if (Contains(key, "VOTER") || Contains(key, "TURNOUT") || Contains(key, "POLLED")) {
    return Group::kVoters;
  }
  if (Contains(key, "POLLINGSTATION") || Contains(key, "PART") ||
      Contains(key, "BOOTH")) {
    return Group::kStation;
  }
  return Group::kOther;
}

enum class Kind { kNone, kMale, kFemale, kOther, kTotal };

// "Male", "Total No. of electors", "Female Voters" → the kind of count, and the
// group the name itself says (kNone when it does not say).
std::pair<Kind, Group> CountKind(std::string_view key) {
  Group said = Group::kNone;
  if (Contains(key, "ELECTOR")) said = Group::kElectors;
  if (Contains(key, "VOTER") || Contains(key, "POLLED")) said = Group::kVoters;
  static constexpr std::array<std::string_view, 10> kAffixes = {
      "ELECTORS", "ELECTOR",  "VOTERS", "VOTER", "TURNOUT",
      "POLLED",   "NUMBEROF", "NOOF",   "OF",    "THE"};
  bool changed = true;
  while (changed && !key.empty()) {
    changed = false;
    for (std::string_view a : kAffixes) {
      if (key.size() > a.size() && key.starts_with(a)) {
        key.remove_prefix(a.size());
        changed = true;
      } else if (key.size() > a.size() && key.ends_with(a)) {
        key.remove_suffix(a.size());
        changed = true;
      }
    }
  }
  if (OneOf(key, {"MALE", "MEN", "M"})) return {Kind::kMale, said};
  if (OneOf(key, {"FEMALE", "WOMEN", "F"})) return {Kind::kFemale, said};
  if (OneOf(key, {"OTHER", "OTHERS", "TG", "THIRDGENDER", "TRANSGENDER"})) {
    return {Kind::kOther, said};
  }
  if (OneOf(key, {"TOTAL", "ELECTORS", "VOTERS"})) return {Kind::kTotal, said};
  return {Kind::kNone, said};
}

Field CountField(Kind kind, bool electors) {
  switch (kind) {
    case Kind::kMale: return electors ? Field::kElectorsMale : Field::kVotersMale;
    case Kind::kFemale: return electors ? Field::kElectorsFemale : Field::kVotersFemale;
    case Kind::kOther: return electors ? Field::kElectorsOther : Field::kVotersOther;
    case Kind::kTotal: return electors ? Field::kElectorsTotal : Field::kVotersTotal;
    case Kind::kNone: break;
  }
  return Field::kIgnored;
}

// "12 - NAME", "12. NAME", "12) NAME" → (12, "NAME"); ballot 0 when the label
// has no such prefix.
std::pair<int, std::string_view> SplitBallot(std::string_view label) {
  std::size_t i = 0;
  int ballot = 0;
  while (i < label.size() && i < 4 && label[i] >= '0' && label[i] <= '9') {
    ballot = ballot * 10 + (label[i] - '0');
    ++i;
  }
  if (i == 0 || i == label.size() || (label[i] >= '0' && label[i] <= '9')) {
    return {0, label};
  }
  std::size_t j = i;
  while (j < label.size() && label[j] == ' ') ++j;
  if (j < label.size() &&
      (label[j] == '-' || label[j] == '.' || label[j] == ')' || label[j] == ':')) {
    std::string_view rest = Trim(label.substr(j + 1));
    if (!rest.empty() && ballot > 0) return {ballot, rest};
  }
  return {0, label};
}

std::string_view GroupName(Field f) {
  switch (f) {
    case Field::kElectorsMale:
    case Field::kElectorsFemale:
    case Field::kElectorsOther:
    case Field::kElectorsTotal: return " (electors)";
    case Field::kVotersMale:
    case Field::kVotersFemale:
    case Field::kVotersOther:
    case Field::kVotersTotal: return " (voters)";
    default: return "";
  }
}

std::string_view FieldName(Field f) {
  switch (f) {
    case Field::kPart: return "part number";
    case Field::kName: return "polling-station name";
    case Field::kElectorsMale: return "electors (male)";
    case Field::kElectorsFemale: return "electors (female)";
    case Field::kElectorsOther: return "electors (other)";
    case Field::kElectorsTotal: return "electors (total)";
    case Field::kVotersMale: return "voters (male)";
    case Field::kVotersFemale: return "voters (female)";
    case Field::kVotersOther: return "voters (other)";
    case Field::kVotersTotal: return "voters (total)";
    case Field::kEpic: return "voters identified by EPIC";
    case Field::kTendered: return "tendered votes";
    case Field::kTotalVotes: return "total votes secured";
    default: return "";
  }
}

}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsTotalLabel(std::string_view text) {
  const std::string key = NameKey(text);
  return key == "TOTAL" || key == "GRANDTOTAL" || key == "TOTALS";
}

bool HasPartColumn(const std::vector<std::string_view>& names) {
  for (std::string_view n : names) {
    if (IsPartKey(NameKey(n))) return true;
  }
  return false;
}

int64_t Booth::*CountMember(Field field) {
  switch (field) {
    case Field::kElectorsMale: return &Booth::electors_male;
    case Field::kElectorsFemale: return &Booth::electors_female;
    case Field::kElectorsOther: return &Booth::electors_other;
    case Field::kElectorsTotal: return &Booth::electors_total;
    case Field::kVotersMale: return &Booth::voters_male;
    case Field::kVotersFemale: return &Booth::voters_female;
    case Field::kVotersOther: return &Booth::voters_other;
    case Field::kVotersTotal: return &Booth::voters_total;
    case Field::kEpic: return &Booth::epic_voters;
    case Field::kTendered: return &Booth::tendered;
    case Field::kTotalVotes: return &Booth::total_votes;
    default: return nullptr;
  }
}

Layout ClassifyHeader(const std::vector<std::string_view>& groups,
                      const std::vector<std::string_view>& names) {
  Layout out;
  const std::size_t n = names.size();
  out.fields.assign(n, Field::kIgnored);
  out.display.resize(n);
  out.vote_index.assign(n, -1);
  std::vector<char> taken(static_cast<std::size_t>(Field::kCandidate) + 1, 0);
  Group group = Group::kNone;
  for (std::size_t j = 0; j < n; ++j) {
    if (j < groups.size()) {
      const Group g = GroupOfKey(NameKey(groups[j]));
      if (g != Group::kNone) group = g;
    }
    const std::string_view label = Trim(names[j]);
    const std::string key = NameKey(label);
    const int column = static_cast<int>(j) + 1;
    Field field = Field::kIgnored;
    if (key.empty()) {
      if (!label.empty()) {
        out.notes.emplace_back(column, "column '" + std::string(label) +
                                           "' is not a Form-20 column; it is ignored");
      }
      out.display[j] = "column " + std::to_string(column);
      continue;
    }
    if (IsPartKey(key)) {
      field = Field::kPart;
    } else if (IsNameKey(key)) {
      field = Field::kName;
    } else if (Contains(key, "EPIC")) {
      field = Field::kEpic;
    } else if (key.starts_with("TENDERED")) {
      field = Field::kTendered;
    } else if (IsTotalVotesKey(key)) {
      field = Field::kTotalVotes;
    } else if (auto [ballot, rest] = SplitBallot(label); ballot > 0 || IsNotaKey(key)) {
      field = Field::kCandidate;
      BoothColumn c;
      c.ballot = ballot;
      c.label = std::string(label);
      c.candidate = std::string(rest);
      c.is_nota = IsNotaKey(NameKey(rest));
      out.vote_index[j] = static_cast<int>(out.columns.size());
      out.columns.push_back(std::move(c));
    } else if (group != Group::kCandidates) {
      auto [kind, said] = CountKind(key);
      if (kind != Kind::kNone) {
        if (said == Group::kNone) said = group;
        bool electors = said == Group::kElectors;
        if (said != Group::kElectors && said != Group::kVoters) {
          // No group row: the first set of gender columns is the electors'.
          electors = !taken[static_cast<std::size_t>(Field::kElectorsTotal)] &&
                     !taken[static_cast<std::size_t>(CountField(kind, true))];
        }
        field = CountField(kind, electors);
      }
    } else if (!Contains(key, "TOTAL") && !Contains(key, "REJECT") &&
               !Contains(key, "POSTAL")) {
      // A bare candidate name under the candidates' group.
      field = Field::kCandidate;
      BoothColumn c;
      c.label = std::string(label);
      c.candidate = std::string(label);
      out.vote_index[j] = static_cast<int>(out.columns.size());
      out.columns.push_back(std::move(c));
    }
    out.display[j] = "'" + std::string(label) + "'" + std::string(GroupName(field));
    if (field == Field::kIgnored) {
      out.notes.emplace_back(
          column, "column " + out.display[j] + " is not a Form-20 column; it is ignored");
      continue;
    }
    if (field != Field::kCandidate) {
      auto& t = taken[static_cast<std::size_t>(field)];
      if (t) {
        out.notes.emplace_back(column, "column " + out.display[j] + " repeats the " +
                                           std::string(FieldName(field)) +
                                           " column; it is ignored");
        continue;
      }
      t = 1;
      if (field == Field::kPart) out.part = static_cast<int>(j);
      if (field == Field::kName) out.name = static_cast<int>(j);
    }
    out.fields[j] = field;
  }
  std::string absent;
  for (int f = static_cast<int>(Field::kName); f < static_cast<int>(Field::kCandidate);
       ++f) {
    if (taken[static_cast<std::size_t>(f)]) continue;
    if (!absent.empty()) absent += ", ";
    absent += FieldName(static_cast<Field>(f));
  }
  if (!absent.empty() && out.part >= 0 && !out.columns.empty()) {
    out.notes.emplace_back(
        0, "the header has no column for " + absent + "; those counts are left missing");
  }
  return out;
}

}  // namespace janadhar::importers::form20
