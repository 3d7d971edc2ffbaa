#include "importers/geography_files.h"

#include <map>
#include <set>
#include <utility>

#include "base/numbers.h"
#include "base/text.h"
#include "importers/table_reader.h"

namespace janadhar::importers {

namespace {

// A reservation; Sikkim's seats reserved for the Bhutia-Lepcha (BL, scheduled
// tribes) count as ST and the seat of the Buddhist Sangha as general.
geo::Reservation Reservation(TableReader& t, const CsvRecord& row,
                             const std::string& field, bool* ok) {
  const std::string_view cell = t.Cell(row, field);
  if (auto r = geo::ParseReservation(cell)) return *r;
  const std::string key = NameKey(cell);
  if (key == "BL") return geo::Reservation::kST;
  if (key == "SANGHA") return geo::Reservation::kGeneral;
  t.Report(row, field,
           t.ColumnName(field) + " " + Quoted(cell) +
               " is not a reservation (blank or GEN, SC, ST, BL, SANGHA)",
           Severity::kError);
  *ok = false;
  return geo::Reservation::kGeneral;
}

const std::vector<FieldSpec>& DelimitationFields() {
  static const std::vector<FieldSpec> kFields = {
      {"st_code", {"ST_CODE", "State Code", "State-code"}, true},
      {"st_abbr", {"ST_ABBR", "State Abbr", "State Abbreviation"}, false},
      {"st_name", {"ST_NAME", "State Name", "State"}, false},
      {"pc", {"PC_CODE", "PC_NO", "PC Number"}, true},
      {"pc_name", {"PC_NAME"}, true},
      {"pc_type", {"PC_TYPE", "PC Reservation"}, false},
      {"ac", {"AC_CODE", "AC_NO", "AC Number"}, true},
      {"ac_name", {"AC_NAME"}, true},
      {"ac_type", {"AC_TYPE", "AC Reservation"}, false},
  };
  return kFields;
}

struct PcSeen {
  std::size_t index;
  int line;
  bool type_known;  // the reservation was readable where it was first seen
};

}  // namespace

geo::Delimitation ParseDelimitationFile(std::string_view file, std::string_view data,
                                        const std::string& name, ProblemList* problems) {
  geo::Delimitation d;
  d.name = name;
  TableReader t(file, data, problems);
  if (!t.Open(nullptr, DelimitationFields(), "delimitation")) return d;
  std::map<std::string, std::pair<std::size_t, int>> states;  // code → index, line
  std::map<std::pair<std::string, int>, PcSeen> pcs;
  std::map<std::pair<std::string, int>, int> acs;  // → line
  CsvRecord row;
  while (t.Next(&row)) {
    const std::string code = CollapseSpaces(t.Cell(row, "st_code"));
    if (code.empty()) {
      t.Report(row, "st_code",
               "the state code is blank (" + t.ColumnName("st_code") + ")",
               Severity::kError);
      continue;
    }
    const int pc = t.Number(row, "pc", "constituency number");
    const int ac = t.Number(row, "ac", "constituency number");
    if (pc == 0 || ac == 0) continue;

    geo::State st{code, CollapseSpaces(t.Cell(row, "st_abbr")),
                  CollapseSpaces(t.Cell(row, "st_name"))};
    if (!t.Has("st_name")) {
      const geo::State* known = geo::FindKnownState(code);
      st.name = known != nullptr ? known->name : code;
    }
    auto [sit, new_state] = states.try_emplace(code, d.states.size(), row.line);
    if (new_state) {
      d.states.push_back(st);
    } else {
      const geo::State& first = d.states[sit->second.first];
      const bool same = NameKey(first.name) == NameKey(st.name) &&
                        NameKey(first.abbr) == NameKey(st.abbr);
      if (!same) {
        t.Report(row, NameKey(first.name) != NameKey(st.name) ? "st_name" : "st_abbr",
                 "state " + code + " is '" + first.abbr + "' '" + first.name +
                     "' on line " + std::to_string(sit->second.second) + ", here '" +
                     st.abbr + "' '" + st.name + "'",
                 Severity::kError);
      }
    }

    bool pc_type_ok = true;
    geo::Pc p{code, pc, CollapseSpaces(t.Cell(row, "pc_name")),
              Reservation(t, row, "pc_type", &pc_type_ok)};
    auto [pit, new_pc] =
        pcs.try_emplace({code, pc}, PcSeen{d.pcs.size(), row.line, pc_type_ok});
    if (new_pc) {
      d.pcs.push_back(p);
    } else {
      PcSeen& seen = pit->second;
      const geo::Pc& first = d.pcs[seen.index];
      const std::string where = "PC " + std::to_string(pc) + " of " + code;
      if (NameKey(first.name) != NameKey(p.name)) {
        t.Report(row, "pc_name",
                 where + " is named '" + first.name + "' on line " +
                     std::to_string(seen.line) + ", here '" + p.name + "'",
                 Severity::kError);
      } else if (pc_type_ok && seen.type_known && first.reservation != p.reservation) {
        const auto label = [](geo::Reservation r) {
          return r == geo::Reservation::kGeneral ? std::string("general")
                                                 : std::string(geo::ReservationName(r));
        };
        t.Report(row, "pc_type",
                 where + " is " + label(first.reservation) + " on line " +
                     std::to_string(seen.line) + ", here " + label(p.reservation),
                 Severity::kError);
      }
    }

    auto [ait, new_ac] = acs.try_emplace({code, ac}, row.line);
    if (!new_ac) {
      t.Report(row, "ac",
               "AC " + std::to_string(ac) + " of " + code +
                   " is listed twice (also on line " + std::to_string(ait->second) + ")",
               Severity::kError);
      continue;
    }
    bool ac_type_ok = true;
    d.acs.push_back(geo::Ac{code, ac, CollapseSpaces(t.Cell(row, "ac_name")),
                            Reservation(t, row, "ac_type", &ac_type_ok), pc});
  }
  if (t.failed()) return geo::Delimitation{name, {}, {}, {}};
  return d;
}

namespace {

const std::vector<FieldSpec>& ElectorsFields() {
  static const std::vector<FieldSpec> kFields = {
      {"state", {"STATE", "State Name", "ST_NAME"}, true},
      {"pc", {"PC_NO", "PC_CODE", "PC Number"}, false},
      {"ac", {"AC_NO", "AC_CODE", "AC Number"}, true},
      {"ac_name", {"AC_NAME"}, false},
      {"young_male", {"18-19 Male"}, false},
      {"young_female", {"18-19 Female"}, false},
      {"young_other", {"18-19 Others", "18-19 Other", "18-19 Third Gender"}, false},
      {"male", {"Above 18 Male", "Male Electors", "Electors Male", "Male"}, true},
      {"female",
       {"Above 18 Female", "Female Electors", "Electors Female", "Female"},
       true},
      {"other",
       {"Above 18 Others", "Above 18 Other", "Other Electors", "Electors Others",
        "Others", "Third Gender"},
       true},
      {"epic", {"Electors with EPIC"}, false},
      {"photo", {"Electors with Photo"}, false},
  };
  return kFields;
}

// A count of electors into *out. Blank, malformed and (outside the 18-19
// columns) negative counts are errors and make the row unusable; a negative
// 18-19 count is a warning and not counted.
bool Count(TableReader& t, const CsvRecord& row, const std::string& field, bool young,
           int64_t* out) {
  if (!t.Has(field)) return true;
  const std::string_view cell = t.Cell(row, field);
  const ParsedCount n = ParseCount(cell);
  if (n.kind == CountParse::kOk) {
    *out += n.value;
    return true;
  }
  if (n.kind == CountParse::kNegative && young) {
    t.Report(row, field,
             t.ColumnName(field) + " is negative: " + Quoted(cell) + "; not counted",
             Severity::kWarning);
    return true;
  }
  std::string m = t.ColumnName(field) + " " + std::string(DescribeCountParse(n.kind));
  m += n.kind == CountParse::kMissing ? " (electors must be given)" : ": " + Quoted(cell);
  t.Report(row, field, m, Severity::kError);
  return false;
}

// An optional count: -1 when blank or absent.
int64_t OptionalCount(TableReader& t, const CsvRecord& row, const std::string& field) {
  if (!t.Has(field)) return -1;
  const std::string_view cell = t.Cell(row, field);
  const ParsedCount n = ParseCount(cell);
  if (n.kind == CountParse::kOk) return n.value;
  if (n.kind != CountParse::kMissing) {
    t.Report(row, field,
             t.ColumnName(field) + " " + std::string(DescribeCountParse(n.kind)) + ": " +
                 Quoted(cell),
             Severity::kError);
  }
  return -1;
}

}  // namespace

std::vector<ElectorsRow> ParseElectorsFile(std::string_view file, std::string_view data,
                                           ProblemList* problems) {
  TableReader t(file, data, problems);
  if (!t.Open(nullptr, ElectorsFields(), "electors")) return {};
  std::vector<ElectorsRow> rows;
  std::map<std::pair<std::string, int>, int> seen;  // (state key, AC) → line
  CsvRecord row;
  while (t.Next(&row)) {
    ElectorsRow r;
    r.line = row.line;
    r.state_name = CollapseSpaces(t.Cell(row, "state"));
    if (r.state_name.empty()) {
      t.Report(row, "state", "the state is blank (" + t.ColumnName("state") + ")",
               Severity::kError);
      continue;
    }
    r.ac = t.Number(row, "ac", "constituency number");
    if (t.Has("pc")) r.pc = t.Number(row, "pc", "constituency number");
    if (r.ac == 0 || (t.Has("pc") && r.pc == 0)) continue;
    r.ac_name = CollapseSpaces(t.Cell(row, "ac_name"));
    bool ok = true;
    ok &= Count(t, row, "young_male", true, &r.electors.male);
    ok &= Count(t, row, "young_female", true, &r.electors.female);
    ok &= Count(t, row, "young_other", true, &r.electors.other);
    ok &= Count(t, row, "male", false, &r.electors.male);
    ok &= Count(t, row, "female", false, &r.electors.female);
    ok &= Count(t, row, "other", false, &r.electors.other);
    r.electors.with_epic = OptionalCount(t, row, "epic");
    r.electors.with_photo = OptionalCount(t, row, "photo");
    if (!ok) continue;
    auto [it, added] = seen.try_emplace({NameKey(r.state_name), r.ac}, row.line);
    if (!added) {
      t.Report(row, "ac",
               "AC " + std::to_string(r.ac) + " of " + r.state_name +
                   " is listed twice (also on line " + std::to_string(it->second) + ")",
               Severity::kError);
      continue;
    }
    r.electors.ac = r.ac;
    rows.push_back(std::move(r));
  }
  if (t.failed()) return {};
  return rows;
}

}  // namespace janadhar::importers
