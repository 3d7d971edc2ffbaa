// Version 5: the organisation's people, posts, training and audit log, and
// org_units rebuilt for them (see store/README.md, "Organisation").
// Version 7 (at the end): org_units rebuilt for the national level.
//
// org_units gains the block and mandal levels and the pre-order numbers of
// each unit in its state's tree (`lft` = its position, `rgt` = the last
// position of its subtree), so that "the people of this unit's subtree" is
// one range condition. Units are no longer deleted with their parent: the
// store keeps a unit's id while its code stays, and refuses to delete a unit
// that people, posts or sessions refer to.
//
// Current posts per unit and role are counted in org_unit_staff by triggers,
// so the coverage of a state reads one small row per booth instead of its
// 1.5 million posts. The audit log refuses updates and deletes.
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {
namespace {

constexpr std::string_view kOrgV5 = R"sql(
-- CHECKs list their values with OR, not IN: SQLite builds an ephemeral table
-- for an IN list of three or more values each time it checks a row.
CREATE TABLE org_units_v5 (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES org_units_v5(id),
  level TEXT NOT NULL CHECK (level = 'state' OR level = 'district' OR level = 'ac' OR
                             level = 'block' OR level = 'mandal' OR
                             level = 'shakti_kendra' OR level = 'booth'),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  state TEXT NOT NULL,  -- the ECI code of the tree's root
  ac INTEGER,
  part TEXT,
  lft INTEGER NOT NULL DEFAULT 0,  -- pre-order position in the state's tree
  rgt INTEGER NOT NULL DEFAULT 0   -- the last position of its subtree
);
INSERT INTO org_units_v5 (id, parent_id, level, code, name, state, ac, part)
  SELECT id, parent_id, level, code, name, coalesce(state, ''), ac, part FROM org_units;
DROP TABLE org_units;
ALTER TABLE org_units_v5 RENAME TO org_units;
CREATE INDEX org_units_parent ON org_units(parent_id);
CREATE INDEX org_units_state ON org_units(state, lft);

-- name_keys: the search keys of name_hi, '|', those of name_en, in order
-- (org/name_key.h), so that a search scores its candidates without
-- transliterating them.
CREATE TABLE org_people (
  id INTEGER PRIMARY KEY,
  name_hi TEXT NOT NULL,
  name_en TEXT NOT NULL,
  phone TEXT NOT NULL UNIQUE,
  epic TEXT UNIQUE,  -- NULL when not given
  joined TEXT NOT NULL,
  came_from TEXT NOT NULL,  -- '' when none
  status TEXT NOT NULL CHECK (status = 'active' OR status = 'left' OR status = 'expelled'),
  unit_id INTEGER NOT NULL REFERENCES org_units(id),
  synthetic INTEGER NOT NULL DEFAULT 0,
  name_keys TEXT NOT NULL DEFAULT ''  -- see above
);
CREATE INDEX org_people_unit ON org_people(unit_id);
CREATE INDEX org_people_synthetic ON org_people(synthetic) WHERE synthetic = 1;

-- The search keys of each person's names (org/name_key.h). No foreign key:
-- checking 4.5 million keys against org_people costs `org synth` seconds;
-- whoever deletes people deletes their keys first.
CREATE TABLE org_name_tokens (
  token TEXT NOT NULL,
  person_id INTEGER NOT NULL,
  PRIMARY KEY (token, person_id)
) WITHOUT ROWID;
-- org_name_tokens_person: kTokensPersonIndex (sqlite_org_util.h), made below.

CREATE TABLE org_posts (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES org_people(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES org_units(id),
  role TEXT NOT NULL CHECK (role = 'president' OR role = 'general_secretary' OR
    role = 'election_committee_member' OR role = 'booth_president' OR
    role = 'booth_committee_member' OR role = 'polling_agent' OR role = 'page_in_charge'),
  from_date TEXT NOT NULL,
  to_date TEXT,  -- NULL while it is held
  synthetic INTEGER NOT NULL DEFAULT 0
);
-- One person holds one post per unit at a time.
CREATE UNIQUE INDEX org_posts_current ON org_posts(person_id, unit_id)
  WHERE to_date IS NULL;
CREATE INDEX org_posts_unit ON org_posts(unit_id);
CREATE INDEX org_posts_person ON org_posts(person_id);

-- Current posts per unit, one column per role (kept by the triggers below).
CREATE TABLE org_unit_staff (
  unit_id INTEGER PRIMARY KEY REFERENCES org_units(id) ON DELETE CASCADE,
  president INTEGER NOT NULL DEFAULT 0,
  general_secretary INTEGER NOT NULL DEFAULT 0,
  election_committee_member INTEGER NOT NULL DEFAULT 0,
  booth_president INTEGER NOT NULL DEFAULT 0,
  booth_committee_member INTEGER NOT NULL DEFAULT 0,
  polling_agent INTEGER NOT NULL DEFAULT 0,
  page_in_charge INTEGER NOT NULL DEFAULT 0
);
-- org_posts_held: kStaffHeldTrigger (sqlite_org_util.h), made below.
CREATE TRIGGER org_posts_ended AFTER UPDATE OF to_date ON org_posts
  WHEN OLD.to_date IS NULL AND NEW.to_date IS NOT NULL
BEGIN
  UPDATE org_unit_staff SET president = president - (OLD.role = 'president'), general_secretary = general_secretary - (OLD.role = 'general_secretary'), election_committee_member = election_committee_member - (OLD.role = 'election_committee_member'), booth_president = booth_president - (OLD.role = 'booth_president'), booth_committee_member = booth_committee_member - (OLD.role = 'booth_committee_member'), polling_agent = polling_agent - (OLD.role = 'polling_agent'), page_in_charge = page_in_charge - (OLD.role = 'page_in_charge')
    WHERE unit_id = OLD.unit_id;
END;
CREATE TRIGGER org_posts_removed AFTER DELETE ON org_posts WHEN OLD.to_date IS NULL
BEGIN
  UPDATE org_unit_staff SET president = president - (OLD.role = 'president'), general_secretary = general_secretary - (OLD.role = 'general_secretary'), election_committee_member = election_committee_member - (OLD.role = 'election_committee_member'), booth_president = booth_president - (OLD.role = 'booth_president'), booth_committee_member = booth_committee_member - (OLD.role = 'booth_committee_member'), polling_agent = polling_agent - (OLD.role = 'polling_agent'), page_in_charge = page_in_charge - (OLD.role = 'page_in_charge')
    WHERE unit_id = OLD.unit_id;
END;

CREATE TABLE org_training_sessions (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES org_units(id),
  date TEXT NOT NULL,
  topic TEXT NOT NULL,
  trainer TEXT NOT NULL,
  induction INTEGER NOT NULL,
  synthetic INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE org_attendance (
  session_id INTEGER NOT NULL REFERENCES org_training_sessions(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES org_people(id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, person_id)
) WITHOUT ROWID;
CREATE INDEX org_attendance_person ON org_attendance(person_id);

CREATE TABLE org_audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  actor_unit TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  before TEXT NOT NULL,
  after TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE TRIGGER org_audit_no_update BEFORE UPDATE ON org_audit
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER org_audit_no_delete BEFORE DELETE ON org_audit
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- The organisation's settings (org/settings.h): key = value.
CREATE TABLE org_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
)sql";

// Numbers the units of version 4 (stored parents first) in pre-order, and
// gives every unit the code of its tree's root as its state.
Status NumberUnits(sqlite3* db) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement read,
      Statement::Prepare(db, "SELECT id, parent_id, code FROM org_units ORDER BY id"));
  std::unordered_map<int64_t, std::vector<int64_t>> children;
  std::vector<std::pair<int64_t, std::string>> roots;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, read.Step());
    if (!row) break;
    if (read.IsNull(1)) {
      roots.emplace_back(read.Int(0), read.Text(2));
    } else {
      children[read.Int(1)].push_back(read.Int(0));
    }
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement write,
      Statement::Prepare(
          db, "UPDATE org_units SET lft = ?, rgt = ?, state = ? WHERE id = ?"));
  for (const auto& [root, state] : roots) {
    // Iterative pre-order: (id, its position, next child index).
    struct Open {
      int64_t id;
      int64_t lft;
      size_t next;
    };
    std::vector<Open> stack = {{root, 0, 0}};
    int64_t position = 1;
    while (!stack.empty()) {
      Open& top = stack.back();
      const auto kids = children.find(top.id);
      if (kids != children.end() && top.next < kids->second.size()) {
        const int64_t child = kids->second[top.next++];
        stack.push_back({child, position++, 0});
        continue;
      }
      write.Bind(1, top.lft);
      write.Bind(2, position - 1);
      write.Bind(3, state);
      write.Bind(4, top.id);
      JANADHAR_RETURN_IF_ERROR(write.Run());
      stack.pop_back();
    }
  }
  return Status::Ok();
}

// Version 7: org_units with the level 'national' allowed, otherwise as
// version 5 made it. SQLite cannot change a CHECK in place, so the table is
// rebuilt as its documentation says (new table, copy, drop, rename), keeping
// every row and id; Migrate runs it with foreign keys off (org_people,
// org_posts, org_unit_staff and org_training_sessions refer to org_units by
// name, so they refer to the new table once it is renamed) and checks them
// before committing.
constexpr std::string_view kOrgUnitsV7 = R"sql(
CREATE TABLE org_units_v7 (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES org_units_v7(id),
  level TEXT NOT NULL CHECK (level = 'national' OR level = 'state' OR
                             level = 'district' OR level = 'ac' OR
                             level = 'block' OR level = 'mandal' OR
                             level = 'shakti_kendra' OR level = 'booth'),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  state TEXT NOT NULL,  -- the code of the tree's root: an ECI code, or 'IN'
  ac INTEGER,
  part TEXT,
  lft INTEGER NOT NULL DEFAULT 0,  -- pre-order position in the state's tree
  rgt INTEGER NOT NULL DEFAULT 0   -- the last position of its subtree
);
INSERT INTO org_units_v7 (id, parent_id, level, code, name, state, ac, part, lft, rgt)
  SELECT id, parent_id, level, code, name, state, ac, part, lft, rgt FROM org_units;
DROP TABLE org_units;
ALTER TABLE org_units_v7 RENAME TO org_units;
)sql";

}  // namespace

Status RebuildOrgUnitsV7(sqlite3* db) {
  // The indexes and triggers of org_units go with the old table: their SQL
  // is read first and run again on the new one.
  JANADHAR_ASSIGN_OR_RETURN(
      std::vector<std::string> kept,
      ListTexts(db,
                "SELECT sql FROM sqlite_schema WHERE tbl_name = 'org_units' AND "
                "type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"));
  JANADHAR_RETURN_IF_ERROR(Exec(db, kOrgUnitsV7, "rebuilding the organisation's units"));
  for (const std::string& sql : kept) {
    JANADHAR_RETURN_IF_ERROR(
        Exec(db, sql, "recreating an index or trigger of the organisation's units"));
  }
  return Status::Ok();
}

Status CreateOrgPeople(sqlite3* db) {
  JANADHAR_RETURN_IF_ERROR(Exec(db, kOrgV5, "creating the organisation's tables"));
  JANADHAR_RETURN_IF_ERROR(
      Exec(db, kStaffHeldTrigger, "creating the organisation's staff counts"));
  JANADHAR_RETURN_IF_ERROR(
      Exec(db, kTokensPersonIndex, "creating the organisation's search keys"));
  return NumberUnits(db);
}

}  // namespace janadhar::store::sqlite
