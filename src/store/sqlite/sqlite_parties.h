// Party lookup for the SQLite store (internal to store/sqlite/): reading the
// party directory, and resolving the party names of imported files to party
// ids, creating a party for a name never seen before.
//
// Names resolve as results::PartyDirectory does: by NameKey against names,
// then abbreviations, then aliases.
// Ownership: PartyResolver borrows the connection, which must outlive it.
// Thread-safety: one thread at a time, inside the caller's write transaction.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "results/party.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

// Every party (in id order) and alias of the store.
Result<results::PartyDirectory> ReadPartyDirectory(sqlite3* db);

class PartyResolver {
 public:
  // Reads the directory; to be used inside a write transaction, as it may
  // insert parties.
  static Result<PartyResolver> Load(sqlite3* db);

  // The id of the party `name` refers to, creating a party (without an
  // abbreviation) for a name never seen. 0 for a name with no letters or
  // digits ("" or "-"): no party.
  Result<int64_t> IdFor(std::string_view name);

 private:
  PartyResolver(results::PartyDirectory directory, Statement insert)
      : directory_(std::move(directory)), insert_(std::move(insert)) {}

  results::PartyDirectory directory_;
  Statement insert_;
  std::unordered_map<std::string, int64_t> created_;  // NameKey → id, this session
  std::unordered_map<std::string, int64_t> memo_;     // name as written → id
};

}  // namespace janadhar::store::sqlite
