// Looking up units across the stored trees (store.h, "Organisation: units"):
// one unit by its code, and the states that have a tree.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "org/unit.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

Result<std::optional<org::Unit>> SqliteStore::FindOrgUnit(const std::string& code) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "SELECT lft, level, code, name, state, ac, part, "
                         "(SELECT p.lft FROM org_units p WHERE p.id = u.parent_id) "
                         "FROM org_units u WHERE code = ?"));
  stmt.Bind(1, code);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<org::Unit>();
  org::Unit u;
  u.id = static_cast<int>(stmt.Int(0));
  u.parent = stmt.IsNull(7) ? -1 : static_cast<int>(stmt.Int(7));
  JANADHAR_ASSIGN_OR_RETURN(u.level, ReadUnitLevel(stmt, 1, 2));
  u.code = stmt.Text(2);
  u.name = stmt.Text(3);
  u.state = stmt.Text(4);
  u.ac = static_cast<int>(stmt.Int(5));
  u.part = stmt.Text(6);
  return std::optional<org::Unit>(std::move(u));
}

Result<std::vector<std::string>> SqliteStore::LoadOrgStates() {
  // The roots, one per tree, through the parent index.
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "SELECT state FROM org_units WHERE parent_id IS NULL AND "
                         "level = 'state' ORDER BY state"));
  std::vector<std::string> states;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    states.push_back(stmt.Text(0));
  }
  return states;
}

}  // namespace janadhar::store::sqlite
