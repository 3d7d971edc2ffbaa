// The storage side of the server's access control (api/authn.h): login
// sessions, bearer tokens for scripts, and the path of a unit up its tree,
// which the access check walks (auth/access.h, AccessOnPath).
//
// A store that serves the HTTP API implements AccessStore beside Store; the
// SQLite store does (tables auth_sessions and auth_tokens in
// store/README.md). AccessOf(store) gives it, or null for a store that has
// none. It is apart from Store so that the many commands which never serve
// HTTP do not depend on it.
//
// Only hashes of secrets are stored (auth/secret.h): a session or token is
// found by HashSecret of what the client sent. A session or token of a
// disabled user is never found; a password change ends the user's sessions
// (AuthStore::SetPasswordHash). Times are Unix seconds (UTC).
//
// Ownership: the Store that gives it owns it. Thread-safety: as the Store
// (one thread at a time). Errors: NotFound for a user, unit or token that is
// not stored; IoError from the database. A failed change leaves the store
// as it was.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/user.h"
#include "base/status.h"
#include "org/person.h"

namespace janadhar::store {

class Store;

class AccessStore {
 public:
  virtual ~AccessStore() = default;

  // --- Sessions (browsers) ---------------------------------------------------
  struct NewSession {
    std::string token_hash;  // HashSecret of the cookie's value
    std::string csrf;        // the session's CSRF token (sent back in a header)
    std::string user;        // the user's name
    int64_t created_at = 0;
    int64_t expires_at = 0;
  };
  // Stores a session and, in the same transaction, `audit` ("session.login").
  virtual Status AddSession(const NewSession& session, const org::AuditEntry& audit) = 0;

  struct Session {
    auth::User user;  // with their grants
    std::string csrf;
    int64_t expires_at = 0;
  };
  // The session with this hash if it has not expired at `now` and its user
  // is enabled; else nullopt.
  virtual Result<std::optional<Session>> FindSession(const std::string& token_hash,
                                                     int64_t now) = 0;
  // Ends the session (no error when there is none), and every session that
  // expired before `now`.
  virtual Status EndSession(const std::string& token_hash, int64_t now) = 0;

  // --- Bearer tokens (scripts) -----------------------------------------------
  struct Token {
    int64_t id = 0;
    std::string user;
    std::string label;       // what it is for ("coverage export")
    std::string created_on;  // YYYY-MM-DD
    std::string revoked_on;  // "" while valid
  };
  // Stores a token of `user` with `audit` ("token.add"); returns its id.
  virtual Result<int64_t> AddToken(const std::string& user, const std::string& label,
                                   const std::string& token_hash,
                                   const std::string& created_on,
                                   const org::AuditEntry& audit) = 0;
  // The enabled user holding the valid token with this hash, or nullopt.
  virtual Result<std::optional<auth::User>> FindTokenUser(
      const std::string& token_hash) = 0;
  // The user's tokens, valid and revoked, by id.
  virtual Result<std::vector<Token>> ListTokens(const std::string& user) = 0;
  // Revokes token `id` of `user` on `day` with `audit` ("token.revoke").
  // NotFound when the user has no such token, FailedPrecondition when it is
  // already revoked.
  virtual Status RevokeToken(const std::string& user, int64_t id, const std::string& day,
                             const org::AuditEntry& audit) = 0;

  // --- The unit tree ---------------------------------------------------------
  // The codes from the root of `code`'s tree down to `code` itself
  // (["S24", "S24/D:LUCKNOW", "S24/AC173", …]), or NotFound.
  virtual Result<std::vector<std::string>> UnitPath(const std::string& code) = 0;
};

// The AccessStore of `store`, or null when it has none.
AccessStore* AccessOf(Store& store);

}  // namespace janadhar::store
