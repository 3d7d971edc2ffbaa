#include "importers/units_file.h"

#include <map>
#include <utility>

#include "base/text.h"
#include "importers/state_column.h"
#include "importers/table_reader.h"

namespace janadhar::importers {

namespace {

std::vector<FieldSpec> UnitFields() {
  return {
      {"code", {"code", "unit code", "unit", "कोड", "इकाई कोड"}, true},
      {"parent", {"parent", "parent code", "parent unit", "मूल इकाई"}, false},
      {"level", {"level", "unit level", "type", "स्तर"}, true},
      {"name", {"name", "unit name", "नाम"}, true},
      {"state", {"state", "state code", "राज्य"}, false},
      {"ac", {"ac", "ac no", "ac number"}, false},
      {"part", {"part", "part no", "booth no", "भाग संख्या"}, false},
  };
}

}  // namespace

std::vector<UnitRow> ReadUnitsFile(std::string_view file, std::string_view data,
                                   ProblemList* problems) {
  TableReader table(file, data, problems);
  if (!table.Open(nullptr, UnitFields(), "units")) return {};
  UnitRow::Columns col;
  col.code = table.Col("code") + 1;
  col.parent = table.Col("parent") + 1;
  col.level = table.Col("level") + 1;
  col.name = table.Col("name") + 1;
  col.state = table.Col("state") + 1;
  col.ac = table.Col("ac") + 1;
  col.part = table.Col("part") + 1;

  StateColumn states(&table);
  std::map<std::string, int> first_line;  // code → line
  std::vector<UnitRow> rows;
  CsvRecord row;
  while (table.Next(&row)) {
    bool ok = true;
    const auto cell = [&](const char* field) {
      return CollapseSpaces(table.Cell(row, field));
    };
    const auto bad = [&](const char* field, const std::string& message) {
      table.Report(row, field, message, Severity::kError);
      ok = false;
    };
    UnitRow r;
    r.line = row.line;
    r.col = col;
    org::Unit& u = r.unit;
    u.code = cell("code");
    if (u.code.empty()) {
      bad("code", table.ColumnName("code") + " is blank; every unit needs a code");
    } else if (const auto [it, fresh] = first_line.try_emplace(u.code, row.line);
               !fresh) {
      bad("code", "unit " + Quoted(u.code) + " is listed twice (also on line " +
                      std::to_string(it->second) + ")");
    }
    const std::string level = cell("level");
    bool has_level = false;
    if (level.empty()) {
      bad("level", table.ColumnName("level") +
                       " is blank; the levels are national, state, "
                       "district, ac, block, mandal, "
                       "shakti_kendra and booth");
    } else if (auto parsed = org::ParseUnitLevel(level); !parsed.ok()) {
      bad("level", parsed.status().message());
    } else {
      u.level = *parsed;
      has_level = true;
    }
    u.name = cell("name");
    if (u.name.empty()) bad("name", table.ColumnName("name") + " is blank");
    r.parent_code = cell("parent");
    if (r.parent_code.empty()) {
      if (has_level && u.level != org::UnitLevel::kState &&
          u.level != org::UnitLevel::kNational) {
        bad("parent", "the parent is blank" +
                          (table.Has("parent") ? " (" + table.ColumnName("parent") + ")"
                                               : std::string(" (no parent column)")) +
                          "; only a state unit has none");
      }
    } else if (r.parent_code == u.code) {
      bad("parent", "unit " + Quoted(u.code) + " is its own parent");
    }
    if (!cell("state").empty()) {
      if (const geo::State* s = states.Resolve(row); s != nullptr) {
        u.state = s->code;
      } else {
        ok = false;
      }
    }
    if (!cell("ac").empty()) {
      u.ac = table.Number(row, "ac", "valid AC number");
      if (u.ac == 0) ok = false;
    }
    u.part = org::PartKey(cell("part"));
    if (ok) rows.push_back(std::move(r));
  }
  if (table.failed()) return {};
  return rows;
}

}  // namespace janadhar::importers
