// Internal to the SQLite store: reads of auth_users and auth_grants shared
// by sqlite_auth.cpp (accounts and grants) and sqlite_access.cpp (sessions
// and tokens). Thread-safety: as the connection given. Errors: IoError from
// SQLite; Internal for a stored role that is not one.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

#include "auth/user.h"
#include "base/status.h"

namespace janadhar::store::sqlite {

// The user of this name (ignoring case) without grants, or nullopt.
Result<std::optional<auth::User>> FindUser(sqlite3* db, const std::string& name);
// Replaces user.grants with the user's stored grants (by unit code, role).
Status ReadGrants(sqlite3* db, auth::User& user);
// Deletes every session of the user (a password change, a disabled account).
Status EndUserSessions(sqlite3* db, int64_t user_id);

}  // namespace janadhar::store::sqlite
