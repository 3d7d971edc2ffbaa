// Thin RAII helpers over the SQLite C API for the embedded store (internal to
// store/sqlite/): a prepared statement, a write transaction, error mapping and
// the packing of booth votes into a BLOB.
//
// Ownership: Statement owns its sqlite3_stmt and finalizes it; Transaction
// rolls back in its destructor unless Commit() succeeded. Neither owns the
// sqlite3 connection, which must outlive them.
// Thread-safety: like the connection they wrap, one thread at a time.
// Errors: SQLite result codes become Status values (IoError for the engine or
// file failing, DataError for a broken constraint); nothing throws.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace janadhar::store::sqlite {

// The Status for a failed SQLite call on `db` with result code `rc`, naming
// the store file and `what` was being done ("inserting booths").
Status SqliteError(sqlite3* db, int rc, std::string_view what);

// Runs one or more SQL statements that return no rows.
Status Exec(sqlite3* db, std::string_view sql, std::string_view what);

// The parameters of an INSERT of many rows: `rows` groups of `columns`
// question marks, "(?, ?), (?, ?)" for 2 and 2.
std::string ValuesRows(int rows, int columns);

// Foreign keys off for a transaction about to begin (a migration that
// rebuilds a table others refer to; a bulk batch whose ids all come from its
// own transaction): Begin reads whether they are on and, if so, turns them
// off; it must run outside any transaction (inside one SQLite ignores the
// change). They are turned on again when the object goes, which must be
// after that transaction has ended.
class ForeignKeysOff {
 public:
  static Result<ForeignKeysOff> Begin(sqlite3* db);
  ForeignKeysOff(ForeignKeysOff&& other) noexcept : db_(other.db_) {
    other.db_ = nullptr;
  }
  ForeignKeysOff& operator=(ForeignKeysOff&&) = delete;
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ~ForeignKeysOff();

 private:
  explicit ForeignKeysOff(sqlite3* db) : db_(db) {}
  sqlite3* db_;  // null: nothing to turn back on
};

// A prepared statement. Bind indexes are 1-based, column indexes 0-based, as
// in SQLite. Text and blob binds do NOT copy: the bound bytes must stay alive
// until the statement is stepped and reset.
class Statement {
 public:
  Statement() = default;
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  static Result<Statement> Prepare(sqlite3* db, std::string_view sql);

  void Bind(int index, int64_t value);
  void Bind(int index, std::string_view text);
  // A temporary string would be gone before the statement is stepped.
  void Bind(int index, std::string&& text) = delete;
  void BindNull(int index);
  // NULL for results::kMissing (or any negative count), else the value.
  void BindCount(int index, int64_t value);
  // NULL for an empty id (0), else the id.
  void BindId(int index, int64_t id);
  void BindBlob(int index, const void* data, int size);

  // Steps once: true when a row is available, false when the statement is done.
  Result<bool> Step();
  // Steps a statement that returns no rows to completion and resets it.
  Status Run();
  // Steps a statement that returns the id of the row it wrote (INSERT ...
  // RETURNING id) and resets it: that id. Internal error "<what>: no id
  // returned" when it returns no row; a failed step's error as it is. On an
  // error the statement is not reset.
  Result<int64_t> StepReturningId(std::string_view what);
  // Resets the statement for the next use. Bindings are kept (clearing them
  // costs time in the booth loops): every use binds every parameter.
  void Reset();

  bool IsNull(int column) const;
  int64_t Int(int column) const;
  // results::kMissing for NULL, else the value.
  int64_t Count(int column) const;
  std::string Text(int column) const;
  // The text without a copy, valid until the next Step or Reset.
  std::string_view TextView(int column) const;
  std::string_view Blob(int column) const;

 private:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  sqlite3_stmt* stmt_ = nullptr;
  int bind_rc_ = SQLITE_OK;  // first failed bind, reported by Step()
};

// A transaction. Begin() starts a write transaction (BEGIN IMMEDIATE: it takes
// the write lock at once, so that it never fails half-way for another writer);
// BeginRead() a read transaction, a consistent snapshot over several queries,
// which needs no commit. Rolls back when destroyed uncommitted, so an early
// `return status;` leaves the store unchanged.
class Transaction {
 public:
  ~Transaction();
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;

  static Result<Transaction> Begin(sqlite3* db);
  static Result<Transaction> BeginRead(sqlite3* db);
  Status Commit();

 private:
  explicit Transaction(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;  // null once committed or moved from
};

// Booth votes as stored: little-endian int32 in column order (kMissing = -1).
void PackVotes(const std::vector<int32_t>& votes, std::string* out);
// False when `bytes` is not a whole number of int32 values.
bool UnpackVotes(std::string_view bytes, std::vector<int32_t>* votes);

// The names in the first column of `sql`'s rows (for "did you mean").
Result<std::vector<std::string>> ListTexts(sqlite3* db, std::string_view sql);

}  // namespace janadhar::store::sqlite
