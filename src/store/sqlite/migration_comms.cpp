// Version 9: the communication system's directives (org/directive.h) and
// what each target unit did about them (store/README.md).
#include <string_view>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

// A directive names its sender and the unit whose subtree it targets by row
// id (a unit they refer to cannot be removed: ReplaceOrgUnits counts them).
// Its targets are one row each, keyed by (directive, unit) without a rowid,
// so that a directive's targets are one range of the table; dates are NULL
// until the unit acknowledges or completes.
constexpr std::string_view kCommsV9 = R"sql(
CREATE TABLE comms_directives (
  id INTEGER PRIMARY KEY,
  from_unit_id INTEGER NOT NULL REFERENCES org_units(id),
  to_unit_id INTEGER NOT NULL REFERENCES org_units(id),
  level TEXT,  -- only units of this level (org::UnitLevelName); NULL = all
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  deadline TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  targets INTEGER NOT NULL
);
CREATE INDEX comms_directives_from ON comms_directives(from_unit_id);
CREATE INDEX comms_directives_to ON comms_directives(to_unit_id);

CREATE TABLE comms_directive_targets (
  directive_id INTEGER NOT NULL REFERENCES comms_directives(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES org_units(id),
  acked_on TEXT,
  acked_by TEXT,
  done_on TEXT,
  done_by TEXT,
  note TEXT,
  PRIMARY KEY (directive_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX comms_directive_targets_unit ON comms_directive_targets(unit_id);
)sql";

}  // namespace

Status CreateComms(sqlite3* db) {
  return Exec(db, kCommsV9, "creating the communication system's tables");
}

}  // namespace janadhar::store::sqlite
