// The organisation's unit tree (org/unit.h) in the table org_units: one row
// per unit, the parent by id, a state's tree being the subtree of the unit
// whose code is the state's code.
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "org/unit.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

// The units of the subtree rooted at the unit with code ?1, parents first
// (ids grow in the order units were written, which is the tree's order).
constexpr std::string_view kSubtreeSql = R"sql(
WITH RECURSIVE sub(id) AS (
  SELECT id FROM org_units WHERE code = ?1
  UNION ALL
  SELECT o.id FROM org_units o JOIN sub ON o.parent_id = sub.id
)
SELECT u.id, u.parent_id, u.level, u.code, u.name, u.state, u.ac, u.part
FROM org_units u JOIN sub ON u.id = sub.id
ORDER BY u.id
)sql";

Status CheckRoot(const std::string& state, const org::UnitTree& tree) {
  if (state.empty()) {
    return Status::InvalidArgument("the organisation's units need a state code");
  }
  if (tree.empty()) return Status::Ok();
  const org::Unit& root = tree.unit(0);
  if (root.level != org::UnitLevel::kState || root.code != state) {
    return Status::InvalidArgument("the unit tree given for " + state +
                                   " has the root '" + root.code + "' (" +
                                   std::string(org::UnitLevelName(root.level)) +
                                   "), not the state unit '" + state + "'");
  }
  return Status::Ok();
}

}  // namespace

Status SqliteStore::ReplaceOrgUnits(const std::string& state, const org::UnitTree& tree) {
  JANADHAR_RETURN_IF_ERROR(CheckRoot(state, tree));
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  // The subtree goes with its root (ON DELETE CASCADE).
  JANADHAR_ASSIGN_OR_RETURN(
      Statement remove, Statement::Prepare(db_, "DELETE FROM org_units WHERE code = ?"));
  remove.Bind(1, state);
  JANADHAR_RETURN_IF_ERROR(remove.Run());
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO org_units (parent_id, level, code, name, state, "
                         "ac, part, synthetic) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                         "RETURNING id"));
  std::vector<int64_t> row_id(tree.units().size(), 0);
  for (const org::Unit& u : tree.units()) {
    if (u.parent < 0) {
      insert.BindNull(1);
    } else {
      insert.Bind(1, row_id[u.parent]);
    }
    insert.Bind(2, org::UnitLevelName(u.level));
    insert.Bind(3, u.code);
    insert.Bind(4, u.name);
    if (u.state.empty()) {
      insert.BindNull(5);
    } else {
      insert.Bind(5, u.state);
    }
    insert.BindId(6, u.ac);
    if (u.part.empty()) {
      insert.BindNull(7);
    } else {
      insert.Bind(7, u.part);
    }
    // `synthetic` is for the made-up organisation of `org synth` (to be
    // wiped with it); a tree given here is the party's own.
    insert.Bind(8, int64_t{0});
    auto id = insert.StepReturningId("writing the organisation's units");
    if (!id.ok()) {
      if (id.status().code() == StatusCode::kDataError) {
        return Status::DataError("the unit code '" + u.code + "' of " + state +
                                 "'s tree is already held by a unit of another "
                                 "state's tree; nothing was changed");
      }
      return id.status();
    }
    row_id[u.id] = *id;
  }
  return txn.Commit();
}

Result<org::UnitTree> SqliteStore::LoadOrgUnits(const std::string& state) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(db_, kSubtreeSql));
  stmt.Bind(1, state);
  org::UnitTree tree;
  std::unordered_map<int64_t, int> tree_id;  // row id → tree id
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    org::Unit u;
    if (!stmt.IsNull(1)) {
      const auto parent = tree_id.find(stmt.Int(1));
      if (parent == tree_id.end()) {
        return Status::Internal("org unit " + stmt.Text(3) +
                                " is stored before its parent");
      }
      u.parent = parent->second;
    }
    auto level = org::ParseUnitLevel(stmt.Text(2));
    if (!level.ok())
      return Status::Internal("org unit " + stmt.Text(3) + ": " +
                              level.status().message());
    u.level = *level;
    u.code = stmt.Text(3);
    u.name = stmt.Text(4);
    u.state = stmt.Text(5);
    u.ac = static_cast<int>(stmt.Int(6));
    u.part = stmt.Text(7);
    auto id = tree.Add(std::move(u));
    if (!id.ok()) {
      return Status::Internal("the stored units of " + state +
                              " are not a tree: " + id.status().message());
    }
    tree_id[stmt.Int(0)] = *id;
  }
  return tree;
}

}  // namespace janadhar::store::sqlite
