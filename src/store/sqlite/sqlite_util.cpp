#include "store/sqlite/sqlite_util.h"

#include <utility>

#include "results/election.h"

namespace janadhar::store::sqlite {

Status SqliteError(sqlite3* db, int rc, std::string_view what) {
  const char* file = db != nullptr ? sqlite3_db_filename(db, "main") : nullptr;
  std::string where = (file != nullptr && *file != '\0') ? std::string(file) : "(memory)";
  std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  std::string message =
      "store '" + where + "': " + detail + " (while " + std::string(what) + ")";
  switch (rc & 0xff) {
    case SQLITE_CONSTRAINT: return Status::DataError(std::move(message));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::IoError(message + "; another janadhar is writing to it, try again");
    case SQLITE_NOTADB:
      return Status::IoError("'" + where + "' is not a SQLite database");
    case SQLITE_MISUSE:
    case SQLITE_RANGE: return Status::Internal(std::move(message));
    default: return Status::IoError(std::move(message));
  }
}

Result<ForeignKeysOff> ForeignKeysOff::Begin(sqlite3* db) {
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt,
                            Statement::Prepare(db, "PRAGMA foreign_keys"));
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row || stmt.Int(0) == 0) return ForeignKeysOff(nullptr);
  JANADHAR_RETURN_IF_ERROR(
      Exec(db, "PRAGMA foreign_keys = OFF", "turning foreign keys off to migrate"));
  return ForeignKeysOff(db);
}

ForeignKeysOff::~ForeignKeysOff() {
  // Outside a transaction (the migration's has ended) this cannot fail.
  if (db_ != nullptr) {
    sqlite3_exec(db_, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
  }
}

std::string ValuesRows(int rows, int columns) {
  std::string row = "(";
  for (int c = 0; c < columns; ++c) row += c == 0 ? "?" : ", ?";
  row += ')';
  std::string out;
  for (int r = 0; r < rows; ++r) {
    if (r > 0) out += ", ";
    out += row;
  }
  return out;
}

Status Exec(sqlite3* db, std::string_view sql, std::string_view what) {
  const std::string text(sql);
  const int rc = sqlite3_exec(db, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return SqliteError(db, rc, what);
  return Status::Ok();
}

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), bind_rc_(other.bind_rc_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    bind_rc_ = other.bind_rc_;
  }
  return *this;
}

Result<Statement> Statement::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc =
      sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), 0, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return SqliteError(db, rc, "preparing: " + std::string(sql.substr(0, 60)));
  }
  return Statement(stmt);
}

void Statement::Bind(int index, int64_t value) {
  const int rc = sqlite3_bind_int64(stmt_, index, value);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Statement::Bind(int index, std::string_view text) {
  // A null pointer would bind NULL; an empty string stays an empty string.
  const char* data = text.empty() ? "" : text.data();
  const int rc =
      sqlite3_bind_text(stmt_, index, data, static_cast<int>(text.size()), SQLITE_STATIC);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Statement::BindNull(int index) {
  const int rc = sqlite3_bind_null(stmt_, index);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Statement::BindCount(int index, int64_t value) {
  if (value < 0) {
    BindNull(index);
  } else {
    Bind(index, value);
  }
}

void Statement::BindId(int index, int64_t id) {
  if (id == 0) {
    BindNull(index);
  } else {
    Bind(index, id);
  }
}

void Statement::BindBlob(int index, const void* data, int size) {
  const int rc =
      sqlite3_bind_blob(stmt_, index, size == 0 ? "" : data, size, SQLITE_STATIC);
  if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

Result<bool> Statement::Step() {
  sqlite3* db = sqlite3_db_handle(stmt_);
  if (bind_rc_ != SQLITE_OK) return SqliteError(db, bind_rc_, "binding a value");
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const char* sql = sqlite3_sql(stmt_);
  return SqliteError(db, rc, std::string(sql != nullptr ? sql : "").substr(0, 60));
}

Status Statement::Run() {
  Result<bool> row = Step();
  Reset();
  if (!row.ok()) return row.status();
  return Status::Ok();
}

Result<int64_t> Statement::StepReturningId(std::string_view what) {
  JANADHAR_ASSIGN_OR_RETURN(bool row, Step());
  if (!row) return Status::Internal(std::string(what) + ": no id returned");
  const int64_t id = Int(0);
  Reset();
  return id;
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  bind_rc_ = SQLITE_OK;
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

int64_t Statement::Int(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

int64_t Statement::Count(int column) const {
  return IsNull(column) ? results::kMissing : Int(column);
}

std::string Statement::Text(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view Statement::TextView(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string_view(reinterpret_cast<const char*>(text),
                          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view Statement::Blob(int column) const {
  const void* data = sqlite3_column_blob(stmt_, column);
  if (data == nullptr) return {};
  return std::string_view(static_cast<const char*>(data),
                          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

Transaction::~Transaction() {
  if (db_ != nullptr) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

Transaction::Transaction(Transaction&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)) {}

Result<Transaction> Transaction::Begin(sqlite3* db) {
  JANADHAR_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE", "starting a transaction"));
  return Transaction(db);
}

Result<Transaction> Transaction::BeginRead(sqlite3* db) {
  JANADHAR_RETURN_IF_ERROR(Exec(db, "BEGIN", "starting a read"));
  return Transaction(db);
}

Status Transaction::Commit() {
  const int rc = sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK)
    return SqliteError(db_, rc, "committing");  // destructor rolls back
  db_ = nullptr;
  return Status::Ok();
}

void PackVotes(const std::vector<int32_t>& votes, std::string* out) {
  out->resize(votes.size() * 4);
  char* p = out->data();
  for (int32_t v : votes) {
    const auto u = static_cast<uint32_t>(v);
    p[0] = static_cast<char>(u & 0xff);
    p[1] = static_cast<char>((u >> 8) & 0xff);
    p[2] = static_cast<char>((u >> 16) & 0xff);
    p[3] = static_cast<char>((u >> 24) & 0xff);
    p += 4;
  }
}

bool UnpackVotes(std::string_view bytes, std::vector<int32_t>* votes) {
  if (bytes.size() % 4 != 0) return false;
  votes->resize(bytes.size() / 4);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  for (int32_t& v : *votes) {
    const uint32_t u = static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) |
                       (static_cast<uint32_t>(p[2]) << 16) |
                       (static_cast<uint32_t>(p[3]) << 24);
    v = static_cast<int32_t>(u);
    p += 4;
  }
  return true;
}

Result<std::vector<std::string>> ListTexts(sqlite3* db, std::string_view sql) {
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(db, sql));
  std::vector<std::string> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    out.push_back(stmt.Text(0));
  }
  return out;
}

}  // namespace janadhar::store::sqlite
