// `org people import`: a roster checked row by row and written as one batch
// (org_import.h).
#include "service/org_import.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <optional>
#include <set>
#include <stop_token>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "importers/file_source.h"
#include "importers/roster_file.h"

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

using RowError =
    std::function<void(const importers::RosterRow& row, int column, std::string message)>;

// The rows whose phone or EPIC a person in the store holds: reported and
// marked not good.
Status CheckHeld(store::Store& store, const importers::Roster& roster,
                 std::vector<bool>& good, const RowError& error) {
  std::vector<std::string> phones, epics;
  phones.reserve(roster.rows.size());
  for (const auto& row : roster.rows) {
    phones.push_back(row.person.phone);
    if (!row.person.epic.empty()) epics.push_back(row.person.epic);
  }
  JANADHAR_ASSIGN_OR_RETURN(std::vector<int64_t> phone_holders,
                            store.LookupPhones(phones));
  JANADHAR_ASSIGN_OR_RETURN(std::vector<int64_t> epic_holders, store.LookupEpics(epics));
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
  }
  return Status::Ok();
}

// The rows' units (stored, and of a level their role fits) and the rules of
// their roles: reported, and marked not good. The stored units named go to
// `named`.
Status CheckUnitsAndRoles(store::Store& store, const importers::Roster& roster,
                          std::vector<bool>& good, const RowError& error,
                          std::set<std::string>& named) {
  UnitLevels levels(store);
  for (size_t i = 0; i < roster.rows.size(); ++i) {
    const importers::RosterRow& row = roster.rows[i];
    const org::Person& p = row.person;
    JANADHAR_ASSIGN_OR_RETURN(std::optional<org::UnitLevel> level, levels.Get(p.unit));
    if (!level) {
      error(row, row.col.unit,
            "no unit '" + p.unit +
                "' in the store; units come from `janadhar org bootstrap` or "
                "`janadhar org units import`");
      good[i] = false;
    } else {
      named.insert(p.unit);
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
  return Status::Ok();
}

// The rows' audit entries, made by a second thread while the rows are
// checked, and by both threads once they are (Finish). Destroying it stops
// the second thread.
class AuditMaker {
 public:
  AuditMaker(const RosterImportRequest& request, const importers::Roster& roster)
      : request_(request),
        roster_(roster),
        entries_(roster.rows.size()),
        thread_([this](const std::stop_token& stop) { Work(stop); }) {}

  // Every row's entry (the caller may take them).
  std::vector<org::AuditEntry>& Finish() {
    Work(std::stop_token());
    if (thread_.joinable()) thread_.join();
    return entries_;
  }

 private:
  static constexpr size_t kRowsAtATime = 512;

  void Work(const std::stop_token& stop) {
    const size_t n = entries_.size();
    for (size_t first = next_.fetch_add(kRowsAtATime);
         first < n && !stop.stop_requested(); first = next_.fetch_add(kRowsAtATime)) {
      for (size_t i = first; i < std::min(n, first + kRowsAtATime); ++i) {
        const importers::RosterRow& row = roster_.rows[i];
        entries_[i] =
            AuditEntryBy(request_.actor, "person.import", "", "", PersonJson(row.person),
                         request_.file + ":" + std::to_string(row.line));
      }
    }
  }

  const RosterImportRequest& request_;
  const importers::Roster& roster_;
  std::vector<org::AuditEntry> entries_;
  std::atomic<size_t> next_{0};
  std::jthread thread_;  // last: started once the members above are made
};

// The good rows as a batch: people (taken from the roster: GiveBack returns
// them), their audit entries (taken) and their posts.
store::Store::OrgBatch MakeBatch(importers::Roster& roster, const std::vector<bool>& good,
                                 std::vector<org::AuditEntry>& audit) {
  store::Store::OrgBatch batch;
  batch.people.reserve(roster.rows.size());
  batch.person_audit.reserve(roster.rows.size());
  for (size_t i = 0; i < roster.rows.size(); ++i) {
    if (!good[i]) continue;
    importers::RosterRow& row = roster.rows[i];
    const int index = static_cast<int>(batch.people.size());
    batch.people.push_back(std::move(row.person));
    batch.person_audit.push_back(std::move(audit[i]));
    if (row.role) {
      org::Post q;
      q.person = index;
      q.unit = batch.people.back().unit;
      q.role = *row.role;
      q.from = row.post_from.empty() ? batch.people.back().joined : row.post_from;
      batch.posts.push_back(std::move(q));
    }
  }
  return batch;
}

// The people of MakeBatch back to their rows.
void GiveBack(store::Store::OrgBatch& batch, importers::Roster& roster,
              const std::vector<bool>& good) {
  size_t next = 0;
  for (size_t i = 0; i < roster.rows.size(); ++i) {
    if (good[i]) roster.rows[i].person = std::move(batch.people[next++]);
  }
}

}  // namespace

Result<RosterImportReport> ImportRoster(store::Store& store,
                                        const RosterImportRequest& request) {
  RosterImportReport report;
  report.file = request.file;
  std::string data;
  if (request.text) {
    data = *request.text;
  } else {
    JANADHAR_ASSIGN_OR_RETURN(data, importers::ReadWholeFile(request.file));
  }
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
  const RowError error = [&](const importers::RosterRow& row, int column,
                             std::string message) {
    problems.Add(request.file, row.line, column, std::move(message),
                 importers::Severity::kError);
  };
  const auto written = [&](const store::Store::OrgBatch& batch) {
    report.people_added = static_cast<int>(batch.people.size());
    report.posts_added = static_cast<int>(batch.posts.size());
    report.written = true;
    return report;
  };

  AuditMaker audit(request, roster);
  std::vector<bool> good(roster.rows.size(), true);
  std::set<std::string> named;
  JANADHAR_RETURN_IF_ERROR(CheckUnitsAndRoles(store, roster, good, error, named));
  if (request.check_unit) {
    for (const std::string& unit : named) {
      JANADHAR_RETURN_IF_ERROR(request.check_unit(unit));
    }
  }
  // All or nothing with every row good so far: the batch is written without
  // looking up each phone and EPIC first, since the store refuses one that
  // is held (and writes nothing). Only then are they looked up, to report
  // every such row.
  Status refused_by_store = Status::Ok();
  if (request.all_or_nothing && problems.RowsWith(importers::Severity::kError) == 0) {
    store::Store::OrgBatch batch = MakeBatch(roster, good, audit.Finish());
    const Status s =
        batch.people.empty() ? Status::Ok() : store.AddOrgBatch(batch).status();
    if (s.ok()) return written(batch);
    if (s.code() != StatusCode::kAlreadyExists) return s;
    // Refused: the rows are looked up below, and no batch is made again
    // (its audit entries were taken).
    GiveBack(batch, roster, good);
    refused_by_store = s;
  }
  JANADHAR_RETURN_IF_ERROR(CheckHeld(store, roster, good, error));
  report.rows_refused = problems.RowsWith(importers::Severity::kError);
  report.problems = problems.items();
  std::stable_sort(report.problems.begin(), report.problems.end(),
                   [](const auto& a, const auto& b) {
                     return a.line != b.line ? a.line < b.line : a.column < b.column;
                   });
  if (report.rows_refused > 0 && request.all_or_nothing) return report;
  if (!refused_by_store.ok()) return refused_by_store;
  const store::Store::OrgBatch batch = MakeBatch(roster, good, audit.Finish());
  if (!batch.people.empty()) {
    JANADHAR_RETURN_IF_ERROR(store.AddOrgBatch(batch).status());
  }
  return written(batch);
}

}  // namespace janadhar::service
