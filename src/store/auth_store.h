// The storage interface of the system's users (auth/user.h): their accounts,
// password hashes and the roles they hold at units. A Store gives it through
// Store::Auth(); the SQLite store implements it on its own connection
// (sqlite/sqlite_auth.cpp, tables auth_users and auth_grants in
// store/README.md).
//
// Every change is one transaction with its audit entry (org_audit). The
// caller gives the entry's who, when and why (actor, actor_unit, at, reason);
// the store writes its action ("user.add", "user.password", "user.disable",
// "user.enable", "user.grant", "user.revoke"), its subject ("user <name>")
// and its before/after (JSON), so that no audit entry ever holds a password
// hash. A failed change leaves the store as it was.
// Ownership: the Store that gives it owns it. Thread-safety: as the Store
// (one thread at a time). Errors: AlreadyExists for a user name taken
// (ignoring ASCII case) or a grant already held; NotFound for a user or a
// unit that is not stored, and for revoking a grant the user does not hold
// (the message lists what they do hold); IoError from the database. Names,
// passwords and roles are checked by the service (service/auth_users.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/user.h"
#include "base/status.h"
#include "org/person.h"

namespace janadhar::store {

class AuthStore {
 public:
  virtual ~AuthStore() = default;

  struct NewUser {
    std::string name;
    std::string display_name;
    std::string password_hash;  // auth::HashPassword's; never the password
    std::string created_on;     // YYYY-MM-DD
  };
  // Stores `user` (enabled, no grants) and returns it as stored.
  virtual Result<auth::User> AddUser(const NewUser& user,
                                     const org::AuditEntry& audit) = 0;

  // The user of this name (ignoring ASCII case) with their grants, or nullopt.
  virtual Result<std::optional<auth::User>> GetUser(const std::string& name) = 0;
  // The password hash of the user of this name, or nullopt when there is no
  // such user. For the password check only.
  virtual Result<std::optional<std::string>> GetPasswordHash(const std::string& name) = 0;
  // Every user with their grants, by name.
  virtual Result<std::vector<auth::User>> ListUsers() = 0;

  // Replaces the user's password hash ("user.password").
  virtual Status SetPasswordHash(const std::string& name, const std::string& hash,
                                 const org::AuditEntry& audit) = 0;
  // Disables ("user.disable") or enables ("user.enable") the account; its
  // grants are kept. FailedPrecondition when it already is so.
  virtual Status SetDisabled(const std::string& name, bool disabled,
                             const org::AuditEntry& audit) = 0;

  // Gives the user `grant` ("user.grant"); its unit must be stored.
  virtual Status AddGrant(const std::string& name, const auth::UserGrant& grant,
                          const org::AuditEntry& audit) = 0;
  // Takes `grant` back ("user.revoke").
  virtual Status RevokeGrant(const std::string& name, const auth::Grant& grant,
                             const org::AuditEntry& audit) = 0;
};

}  // namespace janadhar::store
