// Version 5: the organisation's people, posts, training and audit log, and
// org_units rebuilt for them (see store/README.md, "Organisation").
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
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {
namespace {

constexpr std::string_view kOrgV5 = R"sql(
CREATE TABLE org_units_v5 (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES org_units_v5(id),
  level TEXT NOT NULL CHECK (level IN ('state', 'district', 'ac', 'block', 'mandal',
                                       'shakti_kendra', 'booth')),
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

CREATE TABLE org_people (
  id INTEGER PRIMARY KEY,
  name_hi TEXT NOT NULL,
  name_en TEXT NOT NULL,
  phone TEXT NOT NULL UNIQUE,
  epic TEXT UNIQUE,  -- NULL when not given
  joined TEXT NOT NULL,
  came_from TEXT NOT NULL,  -- '' when none
  status TEXT NOT NULL CHECK (status IN ('active', 'left', 'expelled')),
  unit_id INTEGER NOT NULL REFERENCES org_units(id),
  synthetic INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX org_people_unit ON org_people(unit_id);
CREATE INDEX org_people_synthetic ON org_people(synthetic) WHERE synthetic = 1;

-- The search keys of each person's names (org/name_key.h).
CREATE TABLE org_name_tokens (
  token TEXT NOT NULL,
  person_id INTEGER NOT NULL REFERENCES org_people(id) ON DELETE CASCADE,
  PRIMARY KEY (token, person_id)
) WITHOUT ROWID;
CREATE INDEX org_name_tokens_person ON org_name_tokens(person_id, token);

CREATE TABLE org_posts (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES org_people(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES org_units(id),
  role TEXT NOT NULL CHECK (role IN ('president', 'general_secretary',
    'election_committee_member', 'booth_president', 'booth_committee_member',
    'polling_agent', 'page_in_charge')),
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
CREATE TRIGGER org_posts_held AFTER INSERT ON org_posts WHEN NEW.to_date IS NULL
BEGIN
  INSERT INTO org_unit_staff (unit_id) VALUES (NEW.unit_id) ON CONFLICT DO NOTHING;
  UPDATE org_unit_staff SET president = president + (NEW.role = 'president'), general_secretary = general_secretary + (NEW.role = 'general_secretary'), election_committee_member = election_committee_member + (NEW.role = 'election_committee_member'), booth_president = booth_president + (NEW.role = 'booth_president'), booth_committee_member = booth_committee_member + (NEW.role = 'booth_committee_member'), polling_agent = polling_agent + (NEW.role = 'polling_agent'), page_in_charge = page_in_charge + (NEW.role = 'page_in_charge')
    WHERE unit_id = NEW.unit_id;
END;
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

// Numbers the units of version 4 (stored parents first) in pre-order.
Status NumberUnits(sqlite3* db) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement read,
      Statement::Prepare(db, "SELECT id, parent_id FROM org_units ORDER BY id"));
  std::vector<int64_t> ids;
  std::unordered_map<int64_t, std::vector<int64_t>> children;
  std::vector<int64_t> roots;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, read.Step());
    if (!row) break;
    if (read.IsNull(1)) {
      roots.push_back(read.Int(0));
    } else {
      children[read.Int(1)].push_back(read.Int(0));
    }
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement write,
      Statement::Prepare(db, "UPDATE org_units SET lft = ?, rgt = ? WHERE id = ?"));
  for (const int64_t root : roots) {
    // Iterative pre-order: (id, next child index).
    std::vector<std::pair<int64_t, size_t>> stack = {{root, 0}};
    std::unordered_map<int64_t, int64_t> lft;
    int64_t position = 0;
    lft[root] = position++;
    while (!stack.empty()) {
      auto& [id, next] = stack.back();
      const auto& kids = children[id];
      if (next < kids.size()) {
        const int64_t child = kids[next++];
        lft[child] = position++;
        stack.emplace_back(child, 0);
        continue;
      }
      write.Bind(1, lft[id]);
      write.Bind(2, position - 1);
      write.Bind(3, id);
      JANADHAR_RETURN_IF_ERROR(write.Run());
      stack.pop_back();
    }
  }
  return Status::Ok();
}

}  // namespace

Status CreateOrgPeople(sqlite3* db) {
  JANADHAR_RETURN_IF_ERROR(Exec(db, kOrgV5, "creating the organisation's tables"));
  return NumberUnits(db);
}

}  // namespace janadhar::store::sqlite
