#include "importers/region_file.h"

#include <map>
#include <utility>

#include "base/text.h"
#include "importers/state_column.h"
#include "importers/table_reader.h"

namespace janadhar::importers {

namespace {

std::vector<FieldSpec> RegionFields(const RegionFileOptions& options) {
  std::vector<FieldSpec> fields = {
      {"state_code", {"State-code", "ST_CODE", "State Code ECI"}, false},
      {"state", {"State", "State Name", "ST_NAME", "State/UT"}, false},
      {"ac", {"AC_NO", "AC No", "AC Number", "AC_CODE", "AC"}, false},
      {"pc", {"PC_NO", "PC No", "PC Number", "PC_CODE", "PC"}, false},
  };
  if (options.column.empty()) {
    fields.push_back({"region", {"SUB_REGION", "REGION", "ZONE"}, true});
  } else {
    fields.push_back({"region", {options.column}, true});
  }
  return fields;
}

}  // namespace

RegionLookup ParseRegionFile(std::string_view file, std::string_view data,
                             const RegionFileOptions& options, ProblemList* problems) {
  RegionLookup out;
  TableReader table(file, data, problems);
  if (!table.Open(nullptr, RegionFields(options), "region lookup")) return out;
  if (!table.Has("ac") && !table.Has("pc")) {
    problems->Add(table.file(), 0, 0,
                  "no column for the constituency number: the header needs 'AC_NO' "
                  "(assembly constituencies) or 'PC_NO' (parliamentary ones)",
                  Severity::kFatal);
    return out;
  }
  out.by_pc = !table.Has("ac");
  const std::string number = out.by_pc ? "pc" : "ac";
  const bool has_state = table.Has("state_code") || table.Has("state");
  StateColumn states(&table);
  std::map<std::pair<std::string, int>, int> first_line;
  std::vector<RegionRow> rows;
  CsvRecord row;
  while (table.Next(&row)) {
    RegionRow r;
    if (has_state) {
      const geo::State* state = states.Resolve(row);
      if (state == nullptr) continue;
      r.state = state->code;
    }
    r.number = table.Number(row, number, out.by_pc ? "PC number" : "AC number");
    if (r.number == 0) continue;
    r.region = CollapseSpaces(table.Cell(row, "region"));
    if (r.region.empty()) {
      table.Report(row, "region", table.ColumnName("region") + " is blank",
                   Severity::kError);
      continue;
    }
    r.line = row.line;
    r.number_column = table.Col(number) + 1;
    const auto [it, fresh] = first_line.try_emplace({r.state, r.number}, row.line);
    if (!fresh) {
      table.Report(row, number,
                   (out.by_pc ? "PC " : "AC ") + std::to_string(r.number) +
                       " is listed twice (also on line " + std::to_string(it->second) +
                       ")",
                   Severity::kError);
      continue;
    }
    rows.push_back(std::move(r));
  }
  if (!table.failed()) out.rows = std::move(rows);
  return out;
}

}  // namespace janadhar::importers
