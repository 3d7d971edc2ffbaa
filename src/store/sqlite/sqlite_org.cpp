// The organisation's unit tree (org/unit.h) in the table org_units: one row
// per unit, the parent by id, the state's code on every unit, and the
// pre-order numbers lft/rgt of each unit in its state's tree (store/README.md).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "org/unit.h"
#include "store/sqlite/sqlite_org_tree.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

Status CheckRoot(const std::string& state, const org::UnitTree& tree) {
  if (state.empty()) {
    return Status::InvalidArgument("the organisation's units need a state code");
  }
  if (tree.empty()) return Status::Ok();
  const org::Unit& root = tree.unit(0);
  const bool national = state == org::kNationalCode;
  const org::UnitLevel level =
      national ? org::UnitLevel::kNational : org::UnitLevel::kState;
  if (root.level != level || root.code != state) {
    return Status::InvalidArgument(
        "the unit tree given for " + state + " has the root '" + root.code + "' (" +
        std::string(org::UnitLevelName(root.level)) + "), not the " +
        (national ? "national" : "state") + " unit '" + state + "'");
  }
  if (national && tree.size() > 1) {
    return Status::InvalidArgument(
        "the national tree " + state + " holds the national unit alone; '" +
        tree.unit(1).code + "' belongs in a state's tree, stored on its own");
  }
  return Status::Ok();
}

void BindOptional(Statement& stmt, int index, const std::string& text) {
  if (text.empty()) {
    stmt.BindNull(index);
  } else {
    stmt.Bind(index, text);
  }
}

// Those of `units` (code, row id) that people, posts, sessions, directives
// report templates (as sender, addressee or target), proposals (as the unit they come
// from) or users' grants refer to, with how many refer to each: row id → count.
Result<std::unordered_map<int64_t, int64_t>> ReferencedUnits(
    sqlite3* db, const std::vector<std::pair<std::string, int64_t>>& units) {
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(db, R"sql(
SELECT (SELECT count(*) FROM org_people p WHERE p.unit_id = ?1) +
  (SELECT count(*) FROM org_posts q WHERE q.unit_id = ?1) +
  (SELECT count(*) FROM org_training_sessions s WHERE s.unit_id = ?1) +
  (SELECT count(*) FROM comms_directive_targets t WHERE t.unit_id = ?1) +
  (SELECT count(*) FROM comms_directives d WHERE d.from_unit_id = ?1) +
  (SELECT count(*) FROM comms_directives d WHERE d.to_unit_id = ?1) +
  (SELECT count(*) FROM comms_report_targets t WHERE t.unit_id = ?1) +
  (SELECT count(*) FROM comms_report_templates r WHERE r.from_unit_id = ?1) +
  (SELECT count(*) FROM comms_report_templates r WHERE r.to_unit_id = ?1) +
  (SELECT count(*) FROM comms_proposals p WHERE p.from_unit_id = ?1) +
  (SELECT count(*) FROM auth_grants g WHERE g.unit_id = ?1)
)sql"));
  std::unordered_map<int64_t, int64_t> referenced;
  for (const auto& [code, id] : units) {
    stmt.Bind(1, id);
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (row && stmt.Int(0) > 0) referenced[id] = stmt.Int(0);
    stmt.Reset();
  }
  return referenced;
}

// A level as stored; nullopt for text that is not one.
std::optional<org::UnitLevel> StoredLevel(std::string_view t) {
  if (t == "booth") return org::UnitLevel::kBooth;
  if (t == "shakti_kendra") return org::UnitLevel::kShaktiKendra;
  auto level = org::ParseUnitLevel(t);
  if (!level.ok()) return std::nullopt;
  return *level;
}

// The units of `state` in pre-order, inside the caller's read transaction;
// their row ids into `ids` when given. From the tree's BLOB when it matches
// the rows (sqlite_org_tree.h); else the table is scanned in row order
// (cheaper than the (state, lft) index and a row lookup per unit) and the
// rows put in pre-order here.
}  // namespace

Result<int64_t> CountUnits(sqlite3* db, const std::string& state) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement count,
      Statement::Prepare(db, "SELECT max(lft) FROM org_units WHERE state = ?"));
  count.Bind(1, state);
  JANADHAR_ASSIGN_OR_RETURN(bool counted, count.Step());
  return counted && !count.IsNull(0) ? count.Int(0) + 1 : 0;
}

namespace {

// The units of `state` from their rows (ReadUnits without the BLOB).
Result<org::UnitTree> ScanUnits(sqlite3* db, const std::string& state, int64_t expected,
                                RowIds& map) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db,
                         "SELECT lft, id, parent_id, level, code, name, ac, part "
                         "FROM org_units NOT INDEXED WHERE state = ?"));
  stmt.Bind(1, state);
  struct Row {
    int64_t lft, id, parent;  // parent -1 for the root
    org::Unit unit;
  };
  std::vector<Row> rows;
  rows.reserve(static_cast<size_t>(expected));
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool more, stmt.Step());
    if (!more) break;
    Row& r = rows.emplace_back();
    r.lft = stmt.Int(0);
    r.id = stmt.Int(1);
    r.parent = stmt.IsNull(2) ? -1 : stmt.Int(2);
    const auto level = StoredLevel(stmt.TextView(3));
    if (!level) {
      return Status::Internal("org unit " + stmt.Text(4) + " has the level '" +
                              stmt.Text(3) + "'");
    }
    r.unit.level = *level;
    r.unit.code = stmt.TextView(4);
    r.unit.name = stmt.TextView(5);
    r.unit.state = state;
    r.unit.ac = static_cast<int>(stmt.Int(6));
    r.unit.part = stmt.TextView(7);
  }
  org::UnitTree tree;
  map.Span(0, -1);
  if (rows.empty()) return tree;
  const auto [low, high] = std::minmax_element(
      rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
  map.Span(low->id, high->id);
  if (!std::is_sorted(rows.begin(), rows.end(),
                      [](const Row& a, const Row& b) { return a.lft < b.lft; })) {
    std::sort(rows.begin(), rows.end(),
              [](const Row& a, const Row& b) { return a.lft < b.lft; });
  }
  tree.Reserve(rows.size());
  for (Row& r : rows) {
    if (r.parent >= 0) {
      r.unit.parent = map.Find(r.parent);
      if (r.unit.parent < 0) {
        return Status::Internal("org unit " + r.unit.code +
                                " is stored before its parent");
      }
    }
    auto id = tree.Add(std::move(r.unit));
    if (!id.ok()) {
      return Status::Internal("the stored units of " + state +
                              " are not a tree: " + id.status().message());
    }
    map.tree_id[r.id - map.first] = *id;
  }
  return tree;
}

}  // namespace

Result<org::UnitTree> ReadUnits(sqlite3* db, const std::string& state, RowIds* ids) {
  RowIds local;
  RowIds& map = ids != nullptr ? *ids : local;
  JANADHAR_ASSIGN_OR_RETURN(int64_t expected, CountUnits(db, state));
  if (expected > 0) {
    JANADHAR_ASSIGN_OR_RETURN(std::optional<org::UnitTree> stored,
                              ReadUnitTree(db, state, expected, &map));
    if (stored) return std::move(*stored);
  }
  return ScanUnits(db, state, expected, map);
}

namespace {

// The booth roles' counts of org_unit_staff's rows with any: (row id, counts).
struct StaffRow {
  int64_t unit = 0;
  org::BoothStaff staff;
};
Result<std::vector<StaffRow>> ReadStaff(sqlite3* db) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db,
                         "SELECT unit_id, booth_president, booth_committee_member, "
                         "polling_agent, page_in_charge FROM org_unit_staff"));
  std::vector<StaffRow> rows;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    StaffRow r;
    r.unit = stmt.Int(0);
    bool any = false;
    int column = 1;
    for (const org::Role role :
         {org::Role::kBoothPresident, org::Role::kBoothCommitteeMember,
          org::Role::kPollingAgent, org::Role::kPageInCharge}) {
      r.staff[role] = static_cast<int>(stmt.Int(column++));
      any |= r.staff[role] != 0;
    }
    if (any) rows.push_back(r);
  }
  return rows;
}

}  // namespace

Status SqliteStore::ReplaceOrgUnits(const std::string& state, const org::UnitTree& tree,
                                    const org::AuditEntry* audit) {
  JANADHAR_RETURN_IF_ERROR(CheckRoot(state, tree));
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  // The state's stored units: code → row id.
  std::unordered_map<std::string, int64_t> old_ids;
  {
    JANADHAR_ASSIGN_OR_RETURN(Statement old,
                              Statement::Prepare(db_,
                                                 "SELECT code, id FROM org_units "
                                                 "WHERE state = ? ORDER BY lft DESC"));
    old.Bind(1, state);
    while (true) {
      JANADHAR_ASSIGN_OR_RETURN(bool row, old.Step());
      if (!row) break;
      old_ids.emplace(old.Text(0), old.Int(1));
    }
  }
  // Pre-order numbers of the new tree: lft = position, rgt = the last
  // position of the subtree.
  const std::vector<org::UnitTree::Visit> order =
      tree.empty() ? std::vector<org::UnitTree::Visit>{} : tree.Subtree(0);
  std::vector<int64_t> lft(tree.size(), 0), rgt(tree.size(), 0);
  for (size_t i = 0; i < order.size(); ++i) lft[order[i].id] = static_cast<int64_t>(i);
  for (size_t i = order.size(); i-- > 0;) {
    const int id = order[i].id;
    if (rgt[id] < lft[id]) rgt[id] = lft[id];
    const int parent = tree.unit(id).parent;
    if (parent >= 0 && rgt[parent] < rgt[id]) rgt[parent] = rgt[id];
  }

  // Units only in the old tree are deleted, unless something refers to them.
  std::unordered_set<std::string> new_codes;
  for (const org::Unit& u : tree.units()) new_codes.insert(u.code);
  std::vector<std::pair<std::string, int64_t>> gone;
  for (const auto& [code, id] : old_ids) {
    if (new_codes.count(code) == 0) gone.emplace_back(code, id);
  }
  if (!gone.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(auto referenced, ReferencedUnits(db_, gone));
    std::vector<std::string> held;
    for (const auto& [code, id] : gone) {
      const auto it = referenced.find(id);
      if (it != referenced.end()) {
        held.push_back(code + " (" + std::to_string(it->second) + ")");
      }
    }
    if (!held.empty()) {
      std::sort(held.begin(), held.end());
      std::string list;
      for (size_t i = 0; i < held.size() && i < 5; ++i) list += (i ? ", " : "") + held[i];
      if (held.size() > 5) list += " and " + std::to_string(held.size() - 5) + " more";
      return Status::DataError(
          "the new tree of " + state + " leaves out " + std::to_string(held.size()) +
          " unit(s) that people, posts, training sessions, directives, reports, "
          "proposals or users' roles belong to: " +
          list +
          "; move or end them (or revoke the roles) first, or keep those units; nothing "
          "was changed");
    }
    // Detach every unit to go and every unit under one (those that stay get
    // their new parent below), then delete them.
    JANADHAR_ASSIGN_OR_RETURN(
        Statement detach,
        Statement::Prepare(
            db_,
            "UPDATE org_units SET parent_id = NULL WHERE id = ?1 OR parent_id = ?1"));
    JANADHAR_ASSIGN_OR_RETURN(
        Statement remove, Statement::Prepare(db_, "DELETE FROM org_units WHERE id = ?"));
    for (const auto& [code, id] : gone) {
      detach.Bind(1, id);
      JANADHAR_RETURN_IF_ERROR(detach.Run());
    }
    for (const auto& [code, id] : gone) {
      remove.Bind(1, id);
      JANADHAR_RETURN_IF_ERROR(remove.Run());
    }
  }

  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO org_units (parent_id, level, code, name, state, "
                         "ac, part, lft, rgt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "RETURNING id"));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement update,
      Statement::Prepare(db_,
                         "UPDATE org_units SET parent_id = ?, level = ?, code = ?, "
                         "name = ?, state = ?, ac = ?, part = ?, lft = ?, rgt = ? "
                         "WHERE id = ?"));
  std::vector<int64_t> row_id(tree.units().size(), 0);
  for (const org::UnitTree::Visit& v : order) {  // parents first
    const org::Unit& u = tree.unit(v.id);
    const auto old = old_ids.find(u.code);
    Statement& stmt = old == old_ids.end() ? insert : update;
    if (u.parent < 0) {
      stmt.BindNull(1);
    } else {
      stmt.Bind(1, row_id[u.parent]);
    }
    stmt.Bind(2, org::UnitLevelName(u.level));
    stmt.Bind(3, u.code);
    stmt.Bind(4, u.name);
    stmt.Bind(5, state);
    stmt.BindId(6, u.ac);
    BindOptional(stmt, 7, u.part);
    stmt.Bind(8, lft[v.id]);
    stmt.Bind(9, rgt[v.id]);
    if (old != old_ids.end()) {
      stmt.Bind(10, old->second);
      JANADHAR_RETURN_IF_ERROR(stmt.Run());
      row_id[v.id] = old->second;
      continue;
    }
    auto id = stmt.StepReturningId("writing the organisation's units");
    if (!id.ok()) {
      if (id.status().code() == StatusCode::kDataError) {
        return Status::DataError("the unit code '" + u.code + "' of " + state +
                                 "'s tree is already held by a unit of another "
                                 "state's tree; nothing was changed");
      }
      return id.status();
    }
    row_id[v.id] = *id;
  }
  JANADHAR_RETURN_IF_ERROR(
      WriteUnitTree(db_, state, EncodeUnitTree(tree, order, row_id)));
  if (audit != nullptr) {
    JANADHAR_ASSIGN_OR_RETURN(AuditWriter writer, AuditWriter::Prepare(db_));
    JANADHAR_RETURN_IF_ERROR(writer.Write(*audit));
  }
  return txn.Commit();
}

Result<org::UnitTree> SqliteStore::LoadOrgUnits(const std::string& state) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  return ReadUnits(db_, state, nullptr);
}

Result<Store::StaffedUnits> SqliteStore::LoadStaffedUnits(const std::string& state) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  StaffedUnits out;
  JANADHAR_ASSIGN_OR_RETURN(int64_t expected, CountUnits(db_, state));
  if (expected == 0) return out;
  // The tree decodes on a second thread while this one reads the staff
  // counts (each about half the work).
  TreeDecoder decoder;
  JANADHAR_RETURN_IF_ERROR(decoder.Start(db_, state));
  Result<std::vector<StaffRow>> staff = ReadStaff(db_);
  RowIds ids;
  Result<org::UnitTree> tree = decoder.Finish(db_, expected, &ids);
  JANADHAR_RETURN_IF_ERROR(staff.status());
  JANADHAR_RETURN_IF_ERROR(tree.status());
  out.tree = std::move(*tree);
  out.staff.resize(out.tree.size());
  for (const StaffRow& r : *staff) {
    const int id = ids.Find(r.unit);
    if (id < 0) continue;  // another state's unit
    // Booths hold booth roles only (the service sees to it).
    if (out.tree.unit(id).level != org::UnitLevel::kBooth) continue;
    out.staff[id] = r.staff;
  }
  return out;
}

}  // namespace janadhar::store::sqlite
