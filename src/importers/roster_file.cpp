#include "importers/roster_file.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "base/text.h"
#include "importers/table_reader.h"
#include "org/phone.h"

namespace janadhar::importers {

namespace {

std::vector<FieldSpec> RosterFields() {
  return {
      {"name_hi", {"name_hi", "name hindi", "hindi name", "नाम", "हिंदी नाम"}, false},
      {"name_en",
       {"name_en", "name", "english name", "name english", "अंग्रेजी नाम"},
       false},
      {"phone", {"phone", "mobile", "mobile no", "phone no", "मोबाइल", "फोन"}, true},
      {"epic", {"epic", "epic no", "voter id", "वोटर आईडी"}, false},
      {"joined", {"joined", "joined on", "date of joining", "सदस्यता तिथि"}, false},
      {"came_from", {"came_from", "previous party", "from party", "पूर्व दल"}, false},
      {"unit", {"unit", "unit code", "इकाई", "इकाई कोड"}, true},
      {"role", {"role", "post", "पद"}, false},
      {"status", {"status", "स्थिति"}, false},
  };
}

// What org::CheckPerson says of a person with only this name, "" when the
// name is good (the other fields of the probe are valid placeholders).
std::string NameProblem(const std::string& name, bool devanagari) {
  org::Person probe;
  (devanagari ? probe.name_hi : probe.name_en) = name;
  probe.phone = "+919999999999";
  probe.joined = "2000-01-01";
  probe.unit = "S24";
  const Status s = org::CheckPerson(probe);
  return s.ok() ? "" : s.message();
}

// Reads one row; reports its problems and returns false when it has any.
class RowReader {
 public:
  // `rows`: about how many rows the file has (the maps are sized for them).
  RowReader(TableReader* table, const RosterOptions& options, size_t rows)
      : table_(table), options_(options) {
    phones_.reserve(rows);
    epics_.reserve(rows);
  }

  bool Read(const CsvRecord& row, RosterRow* out);

 private:
  std::string Cell(const CsvRecord& row, const std::string& field) const {
    return CollapseSpaces(table_->Cell(row, field));
  }
  // An error in the field's cell, prefixed by its header.
  void Bad(const CsvRecord& row, const std::string& field, const std::string& what) {
    table_->Report(row, field, table_->ColumnName(field) + ": " + what, Severity::kError);
    ok_ = false;
  }
  void ReadNames(const CsvRecord& row, org::Person* p);
  // NameProblem, once per distinct name (rosters repeat names).
  const std::string& CachedNameProblem(const std::string& name, bool devanagari);
  // The normalised identifier, or "" after reporting; also finds repeats.
  std::string Identifier(const CsvRecord& row, const std::string& field,
                         std::unordered_map<std::string, int>* seen, const char* what);

  TableReader* table_;
  const RosterOptions& options_;
  std::unordered_map<std::string, int> phones_;  // normalised phone → first line
  std::unordered_map<std::string, int> epics_;   // normalised EPIC → first line
  // Latin [0] and Devanagari [1] names → NameProblem's answer.
  std::unordered_map<std::string, std::string> name_problems_[2];
  bool ok_ = true;
};

void RowReader::ReadNames(const CsvRecord& row, org::Person* p) {
  p->name_hi = Cell(row, "name_hi");
  p->name_en = Cell(row, "name_en");
  if (p->name_hi.empty() && p->name_en.empty()) {
    const bool both = table_->Has("name_hi") && table_->Has("name_en");
    std::string first = "name_en";
    if (table_->Has("name_hi") &&
        (!table_->Has("name_en") || table_->Col("name_hi") < table_->Col("name_en"))) {
      first = "name_hi";
    }
    table_->Report(
        row, first,
        both ? "the person has no name: " + table_->ColumnName("name_hi") + " and " +
                   table_->ColumnName("name_en") + " are blank"
             : "the person has no name: " + table_->ColumnName(first) + " is blank",
        Severity::kError);
    ok_ = false;
    return;
  }
  if (!p->name_hi.empty()) {
    if (const std::string& m = CachedNameProblem(p->name_hi, true); !m.empty()) {
      Bad(row, "name_hi", m);
    }
  }
  if (!p->name_en.empty()) {
    if (const std::string& m = CachedNameProblem(p->name_en, false); !m.empty()) {
      Bad(row, "name_en", m);
    }
  }
}

const std::string& RowReader::CachedNameProblem(const std::string& name,
                                                bool devanagari) {
  auto& seen = name_problems_[devanagari ? 1 : 0];
  auto it = seen.find(name);
  if (it == seen.end()) it = seen.emplace(name, NameProblem(name, devanagari)).first;
  return it->second;
}

std::string RowReader::Identifier(const CsvRecord& row, const std::string& field,
                                  std::unordered_map<std::string, int>* seen,
                                  const char* what) {
  const std::string cell = Cell(row, field);
  auto normal = field == "phone" ? org::NormalizePhone(cell) : org::NormalizeEpic(cell);
  if (!normal.ok()) {
    Bad(row, field, normal.status().message());
    return "";
  }
  const auto [it, fresh] = seen->try_emplace(*normal, row.line);
  if (!fresh) {
    Bad(row, field,
        std::string(what) + " " + *normal + " is already on line " +
            std::to_string(it->second));
  }
  return *normal;
}

bool RowReader::Read(const CsvRecord& row, RosterRow* out) {
  ok_ = true;
  org::Person& p = out->person;
  out->line = row.line;
  ReadNames(row, &p);
  p.phone = Identifier(row, "phone", &phones_, "phone");
  if (!Cell(row, "epic").empty()) p.epic = Identifier(row, "epic", &epics_, "EPIC");

  const std::string joined = Cell(row, "joined");
  if (!joined.empty()) {
    auto date = org::CheckDate(joined);
    if (date.ok()) {
      p.joined = *date;
    } else {
      Bad(row, "joined", date.status().message());
    }
  } else if (auto date = org::CheckDate(options_.default_joined); date.ok()) {
    p.joined = *date;
  } else {
    table_->Report(row, "joined",
                   "no joined date: " + (table_->Has("joined")
                                             ? table_->ColumnName("joined") +
                                                   " is blank and no default was given"
                                             : std::string("no column for it and no "
                                                           "default was given")),
                   Severity::kError);
    ok_ = false;
  }
  p.came_from = Cell(row, "came_from");

  p.unit = Cell(row, "unit");
  if (p.unit.empty()) Bad(row, "unit", "the unit is blank");

  if (const std::string role = Cell(row, "role"); !role.empty()) {
    auto parsed = org::ParseRole(role);
    if (parsed.ok()) {
      out->role = *parsed;
    } else {
      Bad(row, "role", parsed.status().message());
    }
  }
  if (const std::string status = Cell(row, "status"); !status.empty()) {
    auto parsed = org::ParsePersonStatus(status);
    if (parsed.ok()) {
      p.status = *parsed;
    } else {
      Bad(row, "status", parsed.status().message());
    }
  }
  if (!ok_) return false;
  out->post_from = out->role ? p.joined : "";
  // Every field was checked above; this keeps the reader and the store's
  // rules from drifting apart (an error about the row, column 0).
  if (const Status s = org::CheckPerson(p); !s.ok()) {
    table_->problems()->Add(table_->file(), row.line, 0, s.message(), Severity::kError);
    return false;
  }
  return true;
}

}  // namespace

Roster ReadRoster(std::string_view file, std::string_view data,
                  const RosterOptions& options, ProblemList* problems) {
  Roster out;
  TableReader table(file, data, problems);
  if (!table.Open(nullptr, RosterFields(), "roster")) return out;
  if (!table.Has("name_hi") && !table.Has("name_en")) {
    problems->Add(table.file(), 0, 0,
                  "no column for the name: the header needs 'name_hi' (in Devanagari) "
                  "or 'name_en' (in Latin letters), or both",
                  Severity::kFatal);
    return out;
  }
  RosterRow::Columns col;
  const auto c = [&table](const char* field) { return table.Col(field) + 1; };
  col.name_hi = c("name_hi");
  col.name_en = c("name_en");
  col.phone = c("phone");
  col.epic = c("epic");
  col.joined = c("joined");
  col.came_from = c("came_from");
  col.unit = c("unit");
  col.role = c("role");
  col.status = c("status");

  // One row per line, about: the vector and maps grow once.
  const auto lines = static_cast<size_t>(std::count(data.begin(), data.end(), '\n'));
  RowReader reader(&table, options, lines);
  std::vector<RosterRow> rows;
  rows.reserve(lines);
  CsvRecord row;
  while (table.Next(&row)) {
    ++out.rows_read;
    RosterRow r;
    r.col = col;
    if (reader.Read(row, &r)) rows.push_back(std::move(r));
  }
  if (!table.failed()) out.rows = std::move(rows);
  return out;
}

}  // namespace janadhar::importers
