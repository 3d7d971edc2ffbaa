#include "store/sqlite/migrations.h"

#include <array>
#include <optional>
#include <utility>

#include "base/text.h"
#include "results/party.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

// Version 1: the whole schema. Counts a file may leave blank are nullable
// (NULL = results::kMissing); booth votes are one BLOB per booth, and a
// booth's only index is UNIQUE (segment_id, part), which also serves reading a
// segment (see store/README.md). Children cascade on delete so that replacing
// a parent never leaves orphans.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE delimitations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE states (
  id INTEGER PRIMARY KEY,
  delimitation_id INTEGER NOT NULL REFERENCES delimitations(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  abbr TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (delimitation_id, code)
);
CREATE TABLE pcs (
  id INTEGER PRIMARY KEY,
  delimitation_id INTEGER NOT NULL,
  state TEXT NOT NULL,
  number INTEGER NOT NULL,
  name TEXT NOT NULL,
  reservation TEXT NOT NULL CHECK (reservation IN ('', 'SC', 'ST')),
  UNIQUE (delimitation_id, state, number),
  FOREIGN KEY (delimitation_id, state) REFERENCES states(delimitation_id, code)
    ON DELETE CASCADE
);
CREATE TABLE acs (
  id INTEGER PRIMARY KEY,
  delimitation_id INTEGER NOT NULL,
  state TEXT NOT NULL,
  number INTEGER NOT NULL,
  name TEXT NOT NULL,
  reservation TEXT NOT NULL CHECK (reservation IN ('', 'SC', 'ST')),
  pc INTEGER NOT NULL,
  UNIQUE (delimitation_id, state, number),
  FOREIGN KEY (delimitation_id, state, pc) REFERENCES pcs(delimitation_id, state, number)
    ON DELETE CASCADE
);
CREATE INDEX acs_pc ON acs(delimitation_id, state, pc);

CREATE TABLE rolls (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE ac_electors (
  id INTEGER PRIMARY KEY,
  roll_id INTEGER NOT NULL REFERENCES rolls(id) ON DELETE CASCADE,
  state TEXT NOT NULL,
  ac INTEGER NOT NULL,
  male INTEGER NOT NULL,
  female INTEGER NOT NULL,
  other INTEGER NOT NULL,
  with_epic INTEGER,
  with_photo INTEGER,
  UNIQUE (roll_id, state, ac)
);

CREATE TABLE parties (
  id INTEGER PRIMARY KEY,
  abbreviation TEXT UNIQUE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  is_independent INTEGER NOT NULL DEFAULT 0 CHECK (is_independent IN (0, 1)),
  is_nota INTEGER NOT NULL DEFAULT 0 CHECK (is_nota IN (0, 1))
);
CREATE TABLE party_aliases (
  id INTEGER PRIMARY KEY,
  alias_key TEXT NOT NULL UNIQUE,
  alias TEXT NOT NULL,
  party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE
);
CREATE INDEX party_aliases_party ON party_aliases(party_id);

CREATE TABLE elections (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('lok_sabha', 'vidhan_sabha')),
  year INTEGER NOT NULL,
  delimitation TEXT NOT NULL,
  state TEXT NOT NULL
);
CREATE TABLE seats (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
  state TEXT NOT NULL,
  state_name TEXT NOT NULL,
  number INTEGER NOT NULL,
  name TEXT NOT NULL,
  uncontested INTEGER NOT NULL CHECK (uncontested IN (0, 1)),
  UNIQUE (election_id, state, number)
);
CREATE TABLE candidates (
  id INTEGER PRIMARY KEY,
  seat_id INTEGER NOT NULL REFERENCES seats(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  party_id INTEGER REFERENCES parties(id),
  votes INTEGER CHECK (votes >= 0),
  is_nota INTEGER NOT NULL CHECK (is_nota IN (0, 1)),
  line INTEGER NOT NULL,
  UNIQUE (seat_id, position)
);
CREATE INDEX candidates_party ON candidates(party_id);

CREATE TABLE booth_segments (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
  state TEXT NOT NULL,
  ac INTEGER NOT NULL,
  file TEXT NOT NULL,
  UNIQUE (election_id, state, ac)
);
CREATE TABLE booth_columns (
  segment_id INTEGER NOT NULL REFERENCES booth_segments(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  ballot INTEGER NOT NULL,
  label TEXT NOT NULL,
  candidate TEXT NOT NULL,
  linked_candidate TEXT NOT NULL,
  party_id INTEGER REFERENCES parties(id),
  link TEXT NOT NULL
    CHECK (link IN ('unlinked', 'name', 'fuzzy_name', 'votes', 'nota', 'party')),
  is_nota INTEGER NOT NULL CHECK (is_nota IN (0, 1)),
  PRIMARY KEY (segment_id, position)
) WITHOUT ROWID;
CREATE INDEX booth_columns_party ON booth_columns(party_id);
CREATE TABLE booths (
  id INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES booth_segments(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  part TEXT NOT NULL,
  name TEXT NOT NULL,
  electors_male INTEGER,
  electors_female INTEGER,
  electors_other INTEGER,
  electors_total INTEGER,
  voters_male INTEGER,
  voters_female INTEGER,
  voters_other INTEGER,
  voters_total INTEGER,
  epic_voters INTEGER,
  tendered INTEGER,
  total_votes INTEGER,
  flags INTEGER NOT NULL,
  line INTEGER NOT NULL,
  votes BLOB NOT NULL,
  UNIQUE (segment_id, part)
);

CREATE TABLE import_records (
  id INTEGER PRIMARY KEY,
  election_id INTEGER REFERENCES elections(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  source TEXT NOT NULL
);
CREATE UNIQUE INDEX import_records_match
  ON import_records(coalesce(election_id, 0), kind, state);
CREATE INDEX import_records_election ON import_records(election_id);
CREATE TABLE import_problems (
  record_id INTEGER NOT NULL REFERENCES import_records(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL,
  column_number INTEGER NOT NULL,
  message TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('warning', 'error', 'fatal')),
  PRIMARY KEY (record_id, position)
) WITHOUT ROWID;
)sql";

Status CreateSchema(sqlite3* db) {
  return Exec(db, kSchemaV1, "creating the schema");
}

// Version 2: the parties the project knows, with their aliases, so that the
// first import already resolves "BJP" and "Congress".
Status SeedKnownParties(sqlite3* db) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement party,
      Statement::Prepare(db,
                         "INSERT INTO parties (abbreviation, name, name_key, "
                         "is_independent, is_nota) VALUES (?, ?, ?, ?, ?) RETURNING id"));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement alias,
      Statement::Prepare(db,
                         "INSERT INTO party_aliases (alias_key, alias, party_id) "
                         "VALUES (?, ?, ?)"));
  const std::string independent = NameKey("Independent");
  const std::string nota = NameKey("None of the Above");
  for (const results::KnownParty& known : results::KnownParties()) {
    const std::string key = NameKey(known.name);
    party.Bind(1, known.abbreviation);
    party.Bind(2, known.name);
    party.Bind(3, key);
    party.Bind(4, int64_t{key == independent});
    party.Bind(5, int64_t{key == nota});
    JANADHAR_ASSIGN_OR_RETURN(const int64_t id, party.StepReturningId("seeding parties"));
    for (std::string_view name : known.aliases) {
      const std::string alias_key = NameKey(name);
      alias.Bind(1, alias_key);
      alias.Bind(2, name);
      alias.Bind(3, id);
      JANADHAR_RETURN_IF_ERROR(alias.Run());
    }
  }
  return Status::Ok();
}

// Version 3: turnout per seat, keyed by (election, state, number) like the
// seats but not tied to their rows, so that re-importing the results (which
// replaces the seats) keeps the turnout. NULL = a missing count.
constexpr std::string_view kTurnoutV3 = R"sql(
CREATE TABLE seat_turnout (
  election_id INTEGER NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
  state TEXT NOT NULL,
  number INTEGER NOT NULL,
  name TEXT NOT NULL,
  electors_male INTEGER CHECK (electors_male >= 0),
  voters_male INTEGER CHECK (voters_male >= 0),
  electors_female INTEGER CHECK (electors_female >= 0),
  voters_female INTEGER CHECK (voters_female >= 0),
  electors_other INTEGER CHECK (electors_other >= 0),
  voters_other INTEGER CHECK (voters_other >= 0),
  electors_total INTEGER CHECK (electors_total >= 0),
  voters_total INTEGER CHECK (voters_total >= 0),
  line INTEGER NOT NULL,
  PRIMARY KEY (election_id, state, number)
) WITHOUT ROWID;
)sql";

Status CreateTurnout(sqlite3* db) {
  return Exec(db, kTurnoutV3, "creating the turnout table");
}

// Version 4: the organisation's unit tree (org/unit.h), one row per unit.
// A booth unit names its polling station by (state, ac, part). Deleting a
// unit deletes its subtree.
constexpr std::string_view kOrgUnitsV4 = R"sql(
CREATE TABLE org_units (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES org_units(id) ON DELETE CASCADE,
  level TEXT NOT NULL
    CHECK (level IN ('state', 'district', 'ac', 'shakti_kendra', 'booth')),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  state TEXT,
  ac INTEGER,
  part TEXT,
  synthetic INTEGER NOT NULL DEFAULT 0  -- made up by `org synth`, wiped with it
);
CREATE INDEX org_units_parent ON org_units(parent_id);
)sql";

Status CreateOrgUnits(sqlite3* db) {
  return Exec(db, kOrgUnitsV4, "creating the organisation's units");
}

// Version 6: each state's unit tree as one BLOB beside its rows, written with
// them (sqlite_org_tree.h). Stores migrated to it read their trees from the
// rows until the next write of the units.
constexpr std::string_view kOrgTreesV6 = R"sql(
CREATE TABLE org_unit_trees (
  state TEXT PRIMARY KEY,  -- the ECI code of the tree's root
  units BLOB NOT NULL
);
)sql";

Status CreateOrgTrees(sqlite3* db) {
  return Exec(db, kOrgTreesV6, "creating the organisation's tree snapshots");
}

// Version 8: training sessions by unit, so that removing a unit (which looks
// for the sessions that refer to it) or counting what refers to it does not
// read every session.
Status IndexSessionsByUnit(sqlite3* db) {
  return Exec(db,
              "CREATE INDEX org_training_sessions_unit ON org_training_sessions(unit_id)",
              "indexing the training sessions by unit");
}

struct Migration {
  int version;
  Status (*apply)(sqlite3* db);
  // Rebuilds a table that others refer to: runs with foreign keys off.
  bool foreign_keys_off = false;
};

constexpr std::array<Migration, 13> kMigrations = {{
    {1, &CreateSchema},
    {2, &SeedKnownParties},
    {3, &CreateTurnout},
    {4, &CreateOrgUnits},
    {5, &CreateOrgPeople},  // migration_org.cpp
    {6, &CreateOrgTrees},
    {7, &RebuildOrgUnitsV7, true},  // migration_org.cpp
    {8, &IndexSessionsByUnit},
    {9, &CreateComms},       // migration_comms.cpp
    {10, &CreateReports},    // migration_reports.cpp
    {11, &CreateProposals},  // migration_proposals.cpp
    {12, &CreateAuth},       // migration_auth.cpp
    {13, &CreateAccess},     // migration_access.cpp
}};

Result<bool> HasTables(sqlite3* db) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"));
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row && stmt.Int(0) > 0;
}

}  // namespace

int NewestSchemaVersion() {
  return kMigrations.back().version;
}

Result<int> ReadSchemaVersion(sqlite3* db, std::string_view path) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &raw, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_step(raw);
  const int version = rc == SQLITE_ROW ? sqlite3_column_int(raw, 0) : 0;
  sqlite3_finalize(raw);
  if (rc == SQLITE_ROW) return version;
  if (rc == SQLITE_NOTADB) {
    return Status::IoError("'" + std::string(path) +
                           "' is not a SQLite database, so not a janadhar store; give "
                           "the path of a store or of a new file");
  }
  return SqliteError(db, rc, "reading the schema version");
}

Result<int> Migrate(sqlite3* db, std::string_view path, int target) {
  const int newest = NewestSchemaVersion();
  if (target < 1 || target > newest) {
    return Status::Internal("no schema version " + std::to_string(target));
  }
  JANADHAR_ASSIGN_OR_RETURN(int version, ReadSchemaVersion(db, path));
  if (version > newest) {
    return Status::FailedPrecondition(
        "this store was written by a newer janadhar (schema " + std::to_string(version) +
        ", this binary knows up to " + std::to_string(newest) + "); upgrade janadhar");
  }
  if (version >= target) return version;

  // Foreign keys change only outside a transaction: off before it begins
  // when a pending migration needs it, back on when `keys_off` goes (after
  // `txn`, declared later, has committed or rolled back).
  bool without_keys = false;
  for (const Migration& m : kMigrations) {
    without_keys |= m.version > version && m.version <= target && m.foreign_keys_off;
  }
  std::optional<ForeignKeysOff> keys_off;
  if (without_keys) {
    JANADHAR_ASSIGN_OR_RETURN(ForeignKeysOff off, ForeignKeysOff::Begin(db));
    keys_off.emplace(std::move(off));
  }
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db));
  // Another process may have migrated the file while we waited for the lock.
  JANADHAR_ASSIGN_OR_RETURN(version, ReadSchemaVersion(db, path));
  if (version >= target) return version;
  if (version == 0) {
    JANADHAR_ASSIGN_OR_RETURN(bool has_tables, HasTables(db));
    if (has_tables) {
      return Status::FailedPrecondition(
          "'" + std::string(path) +
          "' is a SQLite database of another program, not a janadhar store; give the "
          "path of a store or of a new file");
    }
  }
  for (const Migration& m : kMigrations) {
    if (m.version <= version || m.version > target) continue;
    JANADHAR_RETURN_IF_ERROR(m.apply(db));
    JANADHAR_RETURN_IF_ERROR(Exec(db,
                                  "PRAGMA user_version = " + std::to_string(m.version),
                                  "recording the schema version"));
  }
  if (without_keys) JANADHAR_RETURN_IF_ERROR(CheckForeignKeys(db, target));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return target;
}

}  // namespace janadhar::store::sqlite
