// Version 13: login sessions and bearer tokens of the system's users
// (store/access_store.h; tables in store/README.md).
#include <string_view>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

// Only BLAKE2b hashes of the secrets are kept (auth/secret.h). Times are
// Unix seconds. A session row goes with its user's password change.
constexpr std::string_view kAccessV13 = R"sql(
CREATE TABLE auth_sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES auth_users(id),
  csrf TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX auth_sessions_user ON auth_sessions(user_id);
CREATE INDEX auth_sessions_expiry ON auth_sessions(expires_at);

CREATE TABLE auth_tokens (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES auth_users(id),
  label TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_on TEXT NOT NULL,
  revoked_on TEXT
);
CREATE INDEX auth_tokens_user ON auth_tokens(user_id);
)sql";

}  // namespace

Status CreateAccess(sqlite3* db) {
  return Exec(db, kAccessV13, "creating the sessions' and tokens' tables");
}

}  // namespace janadhar::store::sqlite
