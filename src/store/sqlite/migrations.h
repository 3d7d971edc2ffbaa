// Versioned schema migrations of the SQLite store.
//
// The schema version is the database's PRAGMA user_version: 0 for a new file,
// then the version of the last migration applied. Opening a store applies the
// pending migrations in one transaction, so a failed upgrade leaves the file
// at its old version. A migration that rebuilds a table others refer to runs
// with foreign keys off (they cannot change inside a transaction, so they are
// turned off before it begins and back on after, whatever happens); the
// references are then checked (PRAGMA foreign_key_check) before the commit.
// Migrations are append-only: a released one is never edited; a change to the
// schema is a new migration.
//
// Thread-safety: the functions take the connection they are given; one thread
// at a time per connection. Several processes may migrate the same file: the
// migration transaction takes the write lock and re-reads the version first.
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "base/status.h"

namespace janadhar::store::sqlite {

// The newest schema version this binary knows.
int NewestSchemaVersion();

// The schema version of the open database. IoError naming `path` when the
// file is not a SQLite database.
Result<int> ReadSchemaVersion(sqlite3* db, std::string_view path);

// Brings the database at `path` (open as `db`) to schema version `target`
// (NewestSchemaVersion() in production; lower only in tests of the upgrade
// path) and returns the version it is at afterwards.
// Errors: FailedPrecondition when the database is newer than this binary or is
// a SQLite database that is not a janadhar store; DataError when rows would
// refer to rows that do not exist after a migration run with foreign keys off
// (nothing is changed); IoError when the file cannot be read or written.
Result<int> Migrate(sqlite3* db, std::string_view path, int target);

// Version 5 (migration_org.cpp): the organisation's people, posts, training,
// audit log and settings. Internal to the migrations.
Status CreateOrgPeople(sqlite3* db);
// PRAGMA foreign_key_check inside the migration's transaction: DataError
// naming how many rows refer to rows that do not exist, and the first three
// (table, row id, the table referred to), saying that the store was not
// upgraded to `version`. Internal to the migrations.
Status CheckForeignKeys(sqlite3* db, int version);

// Version 7 (migration_org.cpp): org_units rebuilt to allow the national
// level, its indexes and triggers made again. Needs foreign keys off.
// Internal to the migrations.
Status RebuildOrgUnitsV7(sqlite3* db);

// Version 9 (migration_comms.cpp): the communication system's directives and
// their targets. Internal to the migrations.
Status CreateComms(sqlite3* db);

// Version 10 (migration_reports.cpp): the communication system's report
// templates, their fields, targets and submissions. Internal to the
// migrations.
Status CreateReports(sqlite3* db);

// Version 11 (migration_proposals.cpp): the communication system's
// proposals, their committees, views and history. Internal to the
// migrations.
Status CreateProposals(sqlite3* db);

// Version 12 (migration_auth.cpp): the system's users and the roles they
// hold at units. Internal to the migrations.
Status CreateAuth(sqlite3* db);

// Version 13 (migration_access.cpp): login sessions and bearer tokens.
Status CreateAccess(sqlite3* db);

}  // namespace janadhar::store::sqlite
