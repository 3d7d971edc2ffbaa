// Opening the store, elections, import records and the summary.
#include "store/sqlite/sqlite_store.h"

#include <filesystem>
#include <system_error>
#include <utility>

#include "base/text.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

constexpr int kBusyTimeoutMs = 5000;
// Page cache of the connection: 64 MiB holds a large state's booths, so a
// Replace* builds its B-trees in memory and writes them once at commit;
// temporary tables and statement journals stay in memory too.
constexpr std::string_view kSetup =
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
    "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";

// SQLite keeps memory statistics behind a mutex on every allocation unless
// told otherwise before its first use; the store reads none of them. Once per
// process, before the first connection (SQLITE_MISUSE, ignored, when SQLite
// was already in use).
void ConfigureSqliteOnce() {
  static const bool done = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)done;
}

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

Status CheckPath(const std::string& path) {
  if (path.empty()) return Status::InvalidArgument("no store path given");
  if (path == ":memory:") return Status::Ok();
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path file(path);
  const fs::path parent = file.parent_path();
  if (!parent.empty() && !fs::is_directory(parent, ec)) {
    return Status::IoError("cannot create the store '" + path + "': the directory '" +
                           parent.string() + "' does not exist");
  }
  if (fs::is_directory(file, ec)) {
    return Status::IoError("the store path '" + path +
                           "' is a directory; give a file path such as '" +
                           (file / "janadhar.db").string() + "'");
  }
  return Status::Ok();
}

importers::Severity ParseSeverity(std::string_view text) {
  if (text == "warning") return importers::Severity::kWarning;
  if (text == "fatal") return importers::Severity::kFatal;
  return importers::Severity::kError;
}

results::Election ReadElection(const Statement& stmt, int first) {
  results::Election e;
  e.name = stmt.Text(first);
  e.kind = results::ParseElectionKind(stmt.Text(first + 1))
               .value_or(results::ElectionKind::kLokSabha);
  e.year = static_cast<int>(stmt.Int(first + 2));
  e.delimitation = stmt.Text(first + 3);
  e.state = stmt.Text(first + 4);
  return e;
}

}  // namespace

SqliteStore::SqliteStore(sqlite3* db, std::string path, int schema_version)
    : db_(db), path_(std::move(path)), schema_version_(schema_version) {}

SqliteStore::~SqliteStore() {
  sqlite3_close_v2(db_);
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path) {
  JANADHAR_RETURN_IF_ERROR(CheckPath(path));
  ConfigureSqliteOnce();
  sqlite3* raw = nullptr;
  // NOMUTEX: a store object is used by one thread at a time (store.h).
  const int rc = sqlite3_open_v2(
      path.c_str(), &raw,
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  DbHandle db(raw);
  if (rc != SQLITE_OK) {
    return Status::IoError("cannot open the store '" + path + "': " +
                           (raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
  // Reading the version first turns "not a database" into a clear message.
  JANADHAR_RETURN_IF_ERROR(ReadSchemaVersion(db.get(), path).status());
  JANADHAR_RETURN_IF_ERROR(Exec(db.get(), kSetup, "setting up the connection"));
  JANADHAR_ASSIGN_OR_RETURN(int version, Migrate(db.get(), path, NewestSchemaVersion()));
  return std::unique_ptr<SqliteStore>(new SqliteStore(db.release(), path, version));
}

Result<int64_t> SqliteStore::DataVersion() {
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt,
                            Statement::Prepare(db_, "PRAGMA data_version"));
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::IoError("store '" + path_ + "': no data_version");
  return stmt.Int(0);
}

Result<int64_t> SqliteStore::ElectionId(const std::string& name) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt, Statement::Prepare(db_, "SELECT id FROM elections WHERE name = ?"));
  stmt.Bind(1, name);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (row) return stmt.Int(0);
  JANADHAR_ASSIGN_OR_RETURN(std::vector<std::string> names,
                            ListTexts(db_, "SELECT name FROM elections ORDER BY name"));
  std::string message = "no election named '" + name + "' in the store";
  const std::string suggestion = DidYouMean(name, names);
  message +=
      suggestion.empty() ? "; import its constituency results first" : "; " + suggestion;
  return Status::NotFound(message);
}

Result<results::Election> SqliteStore::GetElection(const std::string& name) {
  JANADHAR_ASSIGN_OR_RETURN(int64_t id, ElectionId(name));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(
          db_,
          "SELECT name, kind, year, delimitation, state FROM elections WHERE id = ?"));
  stmt.Bind(1, id);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::Internal("election '" + name + "' vanished");
  return ReadElection(stmt, 0);
}

Result<std::vector<results::Election>> SqliteStore::ListElections() {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "SELECT name, kind, year, delimitation, state FROM elections "
                         "ORDER BY year, name"));
  std::vector<results::Election> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    out.push_back(ReadElection(stmt, 0));
  }
  return out;
}

Status SqliteStore::WriteImportRecord(int64_t election_id, const ImportRecord& record) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement remove,
      Statement::Prepare(db_,
                         "DELETE FROM import_records WHERE coalesce(election_id, 0) = ? "
                         "AND kind = ? AND state = ?"));
  remove.Bind(1, election_id);
  remove.Bind(2, record.kind);
  remove.Bind(3, record.state);
  JANADHAR_RETURN_IF_ERROR(remove.Run());

  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO import_records (election_id, kind, state, source) "
                         "VALUES (?, ?, ?, ?) RETURNING id"));
  insert.BindId(1, election_id);
  insert.Bind(2, record.kind);
  insert.Bind(3, record.state);
  insert.Bind(4, record.source);
  JANADHAR_ASSIGN_OR_RETURN(const int64_t record_id,
                            insert.StepReturningId("import record"));

  JANADHAR_ASSIGN_OR_RETURN(
      Statement problem,
      Statement::Prepare(
          db_,
          "INSERT INTO import_problems (record_id, position, file, line, "
          "column_number, message, severity) VALUES (?, ?, ?, ?, ?, ?, ?)"));
  int64_t position = 0;
  for (const importers::ImportProblem& p : record.problems) {
    problem.Bind(1, record_id);
    problem.Bind(2, position++);
    problem.Bind(3, p.file);
    problem.Bind(4, int64_t{p.line});
    problem.Bind(5, int64_t{p.column});
    problem.Bind(6, p.message);
    problem.Bind(7, importers::SeverityName(p.severity));
    JANADHAR_RETURN_IF_ERROR(problem.Run());
  }
  return Status::Ok();
}

Result<std::vector<ImportRecord>> SqliteStore::LoadImportRecords(
    const std::string& election) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  int64_t election_id = 0;
  if (!election.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(election_id, ElectionId(election));
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement records,
      Statement::Prepare(db_,
                         "SELECT id, kind, state, source FROM import_records "
                         "WHERE coalesce(election_id, 0) = ? ORDER BY id"));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement problems,
      Statement::Prepare(db_,
                         "SELECT file, line, column_number, message, severity "
                         "FROM import_problems WHERE record_id = ? ORDER BY position"));
  records.Bind(1, election_id);
  std::vector<ImportRecord> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, records.Step());
    if (!row) break;
    ImportRecord r{records.Text(1), records.Text(2), records.Text(3), {}};
    problems.Bind(1, records.Int(0));
    while (true) {
      JANADHAR_ASSIGN_OR_RETURN(bool p_row, problems.Step());
      if (!p_row) break;
      r.problems.push_back(
          importers::ImportProblem{problems.Text(0), static_cast<int>(problems.Int(1)),
                                   static_cast<int>(problems.Int(2)), problems.Text(3),
                                   ParseSeverity(problems.Text(4))});
    }
    problems.Reset();
    out.push_back(std::move(r));
  }
  return out;
}

Result<std::vector<ElectionSummary>> SqliteStore::Summarise() {
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(db_, R"sql(
SELECT e.name, e.kind, e.year, e.delimitation, e.state,
  (SELECT count(*) FROM seats s WHERE s.election_id = e.id),
  (SELECT count(*) FROM candidates c JOIN seats s ON c.seat_id = s.id
     WHERE s.election_id = e.id),
  (SELECT count(*) FROM booth_segments g WHERE g.election_id = e.id),
  (SELECT count(*) FROM booths b JOIN booth_segments g ON b.segment_id = g.id
     WHERE g.election_id = e.id),
  (SELECT count(*) FROM booths b JOIN booth_segments g ON b.segment_id = g.id
     WHERE g.election_id = e.id AND b.flags <> 0),
  (SELECT count(*) FROM import_problems p JOIN import_records r ON p.record_id = r.id
     WHERE r.election_id = e.id),
  (SELECT count(*) FROM seat_turnout t WHERE t.election_id = e.id)
FROM elections e ORDER BY e.year, e.name)sql"));
  std::vector<ElectionSummary> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    ElectionSummary s;
    s.election = ReadElection(stmt, 0);
    s.seats = static_cast<int>(stmt.Int(5));
    s.candidates = static_cast<int>(stmt.Int(6));
    s.segments = static_cast<int>(stmt.Int(7));
    s.booths = static_cast<int>(stmt.Int(8));
    s.booths_marked = static_cast<int>(stmt.Int(9));
    s.problems = static_cast<int>(stmt.Int(10));
    s.turnout_seats = static_cast<int>(stmt.Int(11));
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace janadhar::store::sqlite
