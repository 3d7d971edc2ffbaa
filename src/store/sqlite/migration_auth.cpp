// Version 12: the system's users and the roles they hold at units
// (auth/user.h, store/auth_store.h; tables in store/README.md).
#include <string_view>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

// A name is unique ignoring ASCII case (COLLATE NOCASE), kept as first
// given. The hash is libsodium's self-describing argon2id string. A grant
// names its unit by row id: ReplaceOrgUnits refuses to drop a unit a grant
// names. Grants are one row per (user, role, unit), without a rowid.
constexpr std::string_view kAuthV12 = R"sql(
CREATE TABLE auth_users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_on TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

CREATE TABLE auth_grants (
  user_id INTEGER NOT NULL REFERENCES auth_users(id),
  role TEXT NOT NULL CHECK (role IN ('admin', 'office_bearer', 'worker', 'viewer')),
  unit_id INTEGER NOT NULL REFERENCES org_units(id),
  granted_on TEXT NOT NULL,
  granted_by TEXT NOT NULL,
  PRIMARY KEY (user_id, role, unit_id)
) WITHOUT ROWID;
CREATE INDEX auth_grants_unit ON auth_grants(unit_id);
)sql";

}  // namespace

Status CreateAuth(sqlite3* db) {
  return Exec(db, kAuthV12, "creating the users' tables");
}

}  // namespace janadhar::store::sqlite
