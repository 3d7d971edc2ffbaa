#include "importers/state_column.h"

#include <vector>

#include "base/text.h"

namespace janadhar::importers {

bool StateColumn::CheckPresent(bool with_map) {
  if (table_->Has("state_code") || table_->Has("state")) return true;
  table_->problems()->Add(table_->file(), 0, 0,
                          with_map ? "the column map must give 'state_code' or 'state'"
                                   : "no column for the state: the header needs "
                                     "'State-code' or 'State' (or describe the layout "
                                     "with a column map)",
                          Severity::kFatal);
  return false;
}

StateColumn::Lookup StateColumn::Find(const std::string& cell, bool by_code,
                                      const std::string& field) const {
  Lookup lookup;
  if (cell.empty()) {
    lookup.error = "the state is blank (" + table_->ColumnName(field) + ")";
    return lookup;
  }
  const geo::State* s = geo::FindKnownState(cell);
  if (by_code && s != nullptr && NameKey(s->code) != NameKey(cell)) {
    lookup.error = "'" + cell + "' in " + table_->ColumnName(field) +
                   " is not an ECI state code; " + s->name + " is '" + s->code + "'";
  } else if (s == nullptr) {
    std::vector<std::string> names;
    for (const auto& k : geo::KnownStates()) names.push_back(by_code ? k.code : k.name);
    const std::string dym = DidYouMean(cell, names);
    lookup.error = std::string(by_code ? "unknown state code '" : "unknown state '") +
                   cell + "'" + (dym.empty() ? "" : "; " + dym);
  } else {
    lookup.state = s;
  }
  return lookup;
}

const geo::State* StateColumn::Resolve(const CsvRecord& row) {
  const bool by_code = table_->Has("state_code");
  const std::string field = by_code ? "state_code" : "state";
  const std::string cell = CollapseSpaces(table_->Cell(row, field));
  auto it = cache_.find(cell);
  if (it == cache_.end()) it = cache_.emplace(cell, Find(cell, by_code, field)).first;
  if (it->second.state == nullptr) {
    table_->Report(row, field, it->second.error, Severity::kError);
  }
  return it->second.state;
}

}  // namespace janadhar::importers
