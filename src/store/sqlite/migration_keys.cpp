// The check of every reference before the commit of a migration run with
// foreign keys off (migrations.h).
#include <string>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

Status CheckForeignKeys(sqlite3* db, int version) {
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt,
                            Statement::Prepare(db, "PRAGMA foreign_key_check"));
  int64_t count = 0;
  std::string examples;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    if (++count <= 3) {
      examples += (examples.empty() ? "" : ", ") + stmt.Text(0) + " row " +
                  (stmt.IsNull(1) ? std::string("?") : std::to_string(stmt.Int(1))) +
                  " → " + stmt.Text(2);
    }
  }
  if (count == 0) return Status::Ok();
  return Status::DataError("the store was not upgraded to schema " +
                           std::to_string(version) + ": " + std::to_string(count) +
                           " row(s) refer to rows that do not exist (" + examples +
                           (count > 3 ? ", …" : "") + "); nothing was changed");
}

}  // namespace janadhar::store::sqlite
