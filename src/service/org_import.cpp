#include "service/org_import.h"

#include <algorithm>
#include <map>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "importers/file_source.h"
#include "importers/roster_file.h"
#include "importers/units_file.h"

namespace janadhar::service {

namespace {

// A unit's level by code: each state's tree (the code up to its first '/')
// loaded once, when a row first names a unit of it.
class UnitLevels {
 public:
  explicit UnitLevels(store::Store& store) : store_(store) {}
  Result<std::optional<org::UnitLevel>> Get(const std::string& code) {
    const std::string state = code.substr(0, code.find('/'));
    auto tree = trees_.find(state);
    if (tree == trees_.end()) {
      JANADHAR_ASSIGN_OR_RETURN(org::UnitTree loaded, store_.LoadOrgUnits(state));
      tree = trees_.emplace(state, std::move(loaded)).first;
    }
    const std::optional<int> id = tree->second.Find(code);
    if (!id) return std::optional<org::UnitLevel>();
    return std::optional<org::UnitLevel>(tree->second.unit(*id).level);
  }

 private:
  store::Store& store_;
  std::unordered_map<std::string, org::UnitTree> trees_;
};

}  // namespace

Result<RosterImportReport> ImportRoster(store::Store& store,
                                        const RosterImportRequest& request) {
  RosterImportReport report;
  report.file = request.file;
  JANADHAR_ASSIGN_OR_RETURN(std::string data, importers::ReadWholeFile(request.file));
  importers::ProblemList problems;
  importers::RosterOptions options;
  options.default_joined =
      request.default_joined.empty() ? org::Today() : request.default_joined;
  importers::Roster roster =
      importers::ReadRoster(request.file, data, options, &problems);
  report.rows_read = roster.rows_read;
  if (problems.HasFatal()) {
    report.problems = problems.items();
    return report;
  }
  const auto error = [&](const importers::RosterRow& row, int column,
                         std::string message) {
    problems.Add(request.file, row.line, column, std::move(message),
                 importers::Severity::kError);
  };

  // The audit entries' JSON (a third of the work before the store's) is made
  // on a second thread while the rows are checked against the store; a
  // refused import stops it.
  std::vector<std::string> person_json(roster.rows.size());
  std::jthread json_maker([&roster, &person_json](const std::stop_token& stop) {
    for (size_t i = 0; i < roster.rows.size() && !stop.stop_requested(); ++i) {
      person_json[i] = PersonJson(roster.rows[i].person);
    }
  });

  std::vector<std::string> phones, epics;
  for (const auto& row : roster.rows) {
    phones.push_back(row.person.phone);
    if (!row.person.epic.empty()) epics.push_back(row.person.epic);
  }
  JANADHAR_ASSIGN_OR_RETURN(std::vector<int64_t> phone_holders,
                            store.LookupPhones(phones));
  JANADHAR_ASSIGN_OR_RETURN(std::vector<int64_t> epic_holders, store.LookupEpics(epics));
  UnitLevels levels(store);
  std::vector<bool> good(roster.rows.size(), true);
  size_t epic_index = 0;
  for (size_t i = 0; i < roster.rows.size(); ++i) {
    const importers::RosterRow& row = roster.rows[i];
    const org::Person& p = row.person;
    if (phone_holders[i] != 0) {
      error(row, row.col.phone,
            "phone " + p.phone + " is already held by person " +
                std::to_string(phone_holders[i]) + " in the store");
      good[i] = false;
    }
    if (!p.epic.empty() && epic_holders[epic_index++] != 0) {
      error(row, row.col.epic,
            "EPIC " + p.epic + " is already held by person " +
                std::to_string(epic_holders[epic_index - 1]) + " in the store");
      good[i] = false;
    }
    JANADHAR_ASSIGN_OR_RETURN(std::optional<org::UnitLevel> level, levels.Get(p.unit));
    if (!level) {
      error(row, row.col.unit,
            "no unit '" + p.unit +
                "' in the store; units come from `janadhar org bootstrap` or "
                "`janadhar org units import`");
      good[i] = false;
    }
    if (!row.role) continue;
    if (p.status != org::PersonStatus::kActive) {
      error(row, row.col.role,
            std::string("a person who ") +
                (p.status == org::PersonStatus::kExpelled ? "was expelled" : "left") +
                " holds no post; leave the role blank");
      good[i] = false;
    } else if (!p.came_from.empty()) {
      error(row, row.col.role,
            "came from " + p.came_from +
                ": no post before the induction training; import the person without a "
                "role, record the training, then assign the post");
      good[i] = false;
    } else if (level &&
               (*level == org::UnitLevel::kBooth) != org::IsBoothRole(*row.role)) {
      error(
          row, row.col.role,
          "a " + std::string(org::RoleWords(*row.role)) + " is a post of " +
              (*level == org::UnitLevel::kBooth ? "a unit above the booth" : "a booth") +
              "; " + p.unit + " is a " + std::string(org::UnitLevelName(*level)));
      good[i] = false;
    }
  }
  report.rows_refused = problems.RowsWith(importers::Severity::kError);
  report.problems = problems.items();
  std::stable_sort(report.problems.begin(), report.problems.end(),
                   [](const auto& a, const auto& b) { return a.line < b.line; });
  if (report.rows_refused > 0 && request.all_or_nothing) return report;

  json_maker.join();
  store::Store::OrgBatch batch;
  batch.people.reserve(roster.rows.size());
  batch.person_audit.reserve(roster.rows.size());
  for (size_t i = 0; i < roster.rows.size(); ++i) {
    if (!good[i]) continue;
    importers::RosterRow& row = roster.rows[i];
    const int index = static_cast<int>(batch.people.size());
    batch.people.push_back(std::move(row.person));
    batch.person_audit.push_back(
        AuditEntryBy(request.actor, "person.import", "", "", std::move(person_json[i]),
                     request.file + ":" + std::to_string(row.line)));
    if (row.role) {
      org::Post q;
      q.person = index;
      q.unit = batch.people.back().unit;
      q.role = *row.role;
      q.from = row.post_from.empty() ? batch.people.back().joined : row.post_from;
      batch.posts.push_back(std::move(q));
    }
  }
  if (!batch.people.empty()) {
    JANADHAR_RETURN_IF_ERROR(store.AddOrgBatch(batch).status());
  }
  report.people_added = static_cast<int>(batch.people.size());
  report.posts_added = static_cast<int>(batch.posts.size());
  report.written = true;
  return report;
}

Result<UnitsImportReport> ImportUnits(store::Store& store,
                                      const UnitsImportRequest& request) {
  UnitsImportReport report;
  report.file = request.file;
  JANADHAR_ASSIGN_OR_RETURN(std::string data, importers::ReadWholeFile(request.file));
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
  };
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
