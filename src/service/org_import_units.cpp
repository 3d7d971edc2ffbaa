// `org units import`: a party's own units (blocks, mandals, or any unit)
// added to or changed in a state's stored tree (org_import.h).
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "importers/file_source.h"
#include "importers/units_file.h"
#include "service/org_import.h"

namespace janadhar::service {

Result<UnitsImportReport> ImportUnits(store::Store& store,
                                      const UnitsImportRequest& request) {
  UnitsImportReport report;
  report.file = request.file;
  std::string data;
  if (request.text) {
    data = *request.text;
  } else {
    JANADHAR_ASSIGN_OR_RETURN(data, importers::ReadWholeFile(request.file));
  }
  importers::ProblemList problems;
  std::vector<importers::UnitRow> rows =
      importers::ReadUnitsFile(request.file, data, &problems);
  report.rows_read =
      static_cast<int>(rows.size()) + problems.RowsWith(importers::Severity::kError);
  if (problems.HasErrors()) {
    report.problems = problems.items();
    return report;
  }
  const auto error = [&](const importers::UnitRow& row, int column, std::string message) {
    problems.Add(request.file, row.line, column, std::move(message),
                 importers::Severity::kError);
  };
  // Each state's tree, loaded when a row first needs it, as a list of units
  // by code that the rows change or extend.
  struct Draft {
    std::vector<org::Unit> units;                 // parent = index in `units`
    std::vector<const importers::UnitRow*> rows;  // the row that set it; null if none
    std::unordered_map<std::string, int> by_code;
    int stored = 0;  // units[0, stored) are stored
  };
  std::set<std::string> named;  // the units check_unit is asked about
  std::map<std::string, Draft> drafts;
  const auto draft_of = [&](const std::string& state) -> Result<Draft*> {
    auto it = drafts.find(state);
    if (it != drafts.end()) return &it->second;
    Draft d;
    JANADHAR_ASSIGN_OR_RETURN(org::UnitTree tree, store.LoadOrgUnits(state));
    for (const org::Unit& u : tree.units()) {
      d.by_code[u.code] = static_cast<int>(d.units.size());
      d.units.push_back(u);
      d.rows.push_back(nullptr);
    }
    d.stored = static_cast<int>(d.units.size());
    return &drafts.emplace(state, std::move(d)).first->second;
  };
  for (const importers::UnitRow& row : rows) {
    org::Unit u = row.unit;
    if (u.level == org::UnitLevel::kNational) {
      error(row, row.col.level,
            "the national unit is not imported: it is " +
                std::string(org::kNationalCode) +
                ", made by janadhar org bootstrap; a units file holds one state's "
                "tree");
      continue;
    }
    const std::string state =
        u.level == org::UnitLevel::kState ? u.code : u.code.substr(0, u.code.find('/'));
    if (u.level == org::UnitLevel::kState && !row.parent_code.empty()) {
      error(row, row.col.parent, "a state is the root of its tree and has no parent");
      continue;
    }
    if (u.level != org::UnitLevel::kState && u.code.find('/') == std::string::npos) {
      error(row, row.col.code,
            "the code '" + u.code +
                "' does not start with its state's code and '/' "
                "(S24/…)");
      continue;
    }
    if (state == org::kNationalCode) {
      error(row, row.col.code,
            "the code '" + u.code + "' is of the national unit " +
                std::string(org::kNationalCode) +
                ", which holds no units of its own; a state's units have codes "
                "starting with the state's code (S24/…)");
      continue;
    }
    if (!u.state.empty() && u.state != state) {
      error(row, row.col.state,
            "the state " + u.state + " is not the state of the code '" + u.code + "'");
      continue;
    }
    if (!drafts.empty() && drafts.count(state) == 0) {
      error(row, row.col.code,
            "the unit '" + u.code + "' is of " + state + " but the file began with " +
                drafts.begin()->first + "; a units file is for one state");
      continue;
    }
    JANADHAR_ASSIGN_OR_RETURN(Draft * d, draft_of(state));
    int parent = -1;
    if (u.level != org::UnitLevel::kState) {
      const auto p = d->by_code.find(row.parent_code);
      if (p == d->by_code.end()) {
        error(row, row.col.parent,
              "no unit '" + row.parent_code + "' in the store or earlier in the file");
        continue;
      }
      parent = p->second;
      if (parent < d->stored) named.insert(row.parent_code);
      const org::Unit& pu = d->units[parent];
      if (static_cast<int>(pu.level) >= static_cast<int>(u.level)) {
        error(row, row.col.level,
              "a " + std::string(org::UnitLevelName(u.level)) + " cannot be under a " +
                  std::string(org::UnitLevelName(pu.level)) + " (" + pu.code + ")");
        continue;
      }
    }
    u.state = state;
    u.parent = parent;
    const auto old = d->by_code.find(u.code);
    if (old != d->by_code.end() && old->second < d->stored) {
      named.insert(u.code);
    } else if (old == d->by_code.end() && u.level == org::UnitLevel::kState) {
      named.insert(std::string(org::kNationalCode));  // a new state
    }
    if (old == d->by_code.end()) {
      d->by_code[u.code] = static_cast<int>(d->units.size());
      d->units.push_back(std::move(u));
      d->rows.push_back(&row);
      ++report.units_added;
    } else {
      // Keep the part and AC the file leaves blank.
      org::Unit& was = d->units[old->second];
      if (u.ac == 0) u.ac = was.ac;
      if (u.part.empty()) u.part = was.part;
      for (int a = parent; a >= 0; a = d->units[a].parent) {
        if (a == old->second) {
          error(row, row.col.parent,
                "'" + row.parent_code + "' lies under '" + u.code +
                    "'; a unit cannot move under itself");
          parent = -2;
          break;
        }
      }
      if (parent == -2) continue;
      was = std::move(u);
      d->rows[old->second] = &row;
      ++report.units_changed;
    }
  }
  // A unit whose level a row changed must stay above the units under it.
  for (const auto& [state, d] : drafts) {
    for (size_t i = 0; i < d.units.size(); ++i) {
      const int p = d.units[i].parent;
      if (p < 0 || d.units[p].level < d.units[i].level) continue;
      const importers::UnitRow* row = d.rows[p] != nullptr ? d.rows[p] : d.rows[i];
      if (row == nullptr) continue;  // as stored
      error(*row, row->col.level,
            "a " + std::string(org::UnitLevelName(d.units[p].level)) + " (" +
                d.units[p].code + ") cannot be above " + d.units[i].code + ", a " +
                std::string(org::UnitLevelName(d.units[i].level)) +
                "; move or change the units under it first");
    }
  }
  if (request.check_unit) {
    for (const std::string& unit : named) {
      JANADHAR_RETURN_IF_ERROR(request.check_unit(unit));
    }
  }
  if (problems.HasErrors()) {
    report.problems = problems.items();
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    report.units_added = report.units_changed = 0;
    return report;
  }
  const org::AuditEntry entry =
      AuditEntryBy(request.actor, "units.import", "units", "",
                   "{\"added\":" + std::to_string(report.units_added) +
                       ",\"changed\":" + std::to_string(report.units_changed) + "}",
                   request.file);
  for (auto& [state, d] : drafts) {
    // Children may now come before a parent added later: order by the tree.
    std::vector<std::vector<int>> children(d.units.size());
    int root = -1;
    for (size_t i = 0; i < d.units.size(); ++i) {
      if (d.units[i].parent < 0) {
        root = static_cast<int>(i);
      } else {
        children[d.units[i].parent].push_back(static_cast<int>(i));
      }
    }
    if (root < 0) return Status::Internal("no root in the units of " + state);
    org::UnitTree tree;
    std::vector<int> new_id(d.units.size(), -1);
    std::vector<int> stack = {root};
    while (!stack.empty()) {
      const int i = stack.back();
      stack.pop_back();
      org::Unit u = d.units[i];
      u.parent = u.parent < 0 ? -1 : new_id[u.parent];
      JANADHAR_ASSIGN_OR_RETURN(new_id[i], tree.Add(std::move(u)));
      for (auto c = children[i].rbegin(); c != children[i].rend(); ++c)
        stack.push_back(*c);
    }
    // The file holds one state's units (checked above): its entry goes with them.
    JANADHAR_RETURN_IF_ERROR(store.ReplaceOrgUnits(state, tree, &entry));
    report.states.push_back(state);
  }
  report.written = true;
  return report;
}

}  // namespace janadhar::service
