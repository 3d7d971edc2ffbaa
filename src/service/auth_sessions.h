// The use cases of logging in: browser sessions and bearer tokens for
// scripts (the server's side is api/authn.h; the store's
// store/access_store.h).
//
//  - Login checks the password (service::CheckPassword: the same failure,
//    taking the same time, for an unknown name, a disabled account and a
//    wrong password) and starts a session: a fresh secret for the cookie, a
//    fresh CSRF token, lasting SessionOptions::lifetime_seconds. The store
//    keeps the secret's hash only, and the audit log a "session.login".
//  - A session or token is found by the secret the client sends; a secret
//    of the wrong shape is refused without a look-up.
//  - A token is shown once, when made ("token.add"); afterwards only its id
//    and label. Revoking it is "token.revoke".
//
// Errors: PermissionDenied "wrong user name or password" from Login;
// InvalidArgument for a token label that is empty or over 200 bytes;
// NotFound / FailedPrecondition as the store; FailedPrecondition when the
// store keeps no sessions (store::AccessOf is null).
// Thread-safety: one call at a time per Store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/password.h"
#include "auth/user.h"
#include "base/status.h"
#include "service/org_people.h"
#include "store/access_store.h"
#include "store/store.h"

namespace janadhar::service {

struct SessionOptions {
  // How long a session lasts from login: a week, so that a booth agent is not
  // logged out on polling day; logging out ends it at once.
  int64_t lifetime_seconds = int64_t{7} * 24 * 3600;
  auth::HashOptions hash;  // the cost of the dummy hash for an unknown name
};

struct LoginResult {
  auth::User user;
  std::string secret;  // the cookie's value: give it to the client, keep it nowhere
  std::string csrf;    // the client sends it back in X-CSRF-Token
  int64_t expires_at = 0;
};

// `actor.unit` may say where the login came from; `now` is Unix seconds.
Result<LoginResult> Login(store::Store& store, const std::string& name,
                          const std::string& password, int64_t now, const OrgActor& actor,
                          const SessionOptions& options = {});

// The session's user (with grants) and CSRF token, or nullopt when the
// secret is not a live session's.
Result<std::optional<store::AccessStore::Session>> FindSession(store::Store& store,
                                                               const std::string& secret,
                                                               int64_t now);
// Ends the session of `secret` (no error when there is none).
Status Logout(store::Store& store, const std::string& secret, int64_t now);

struct NewToken {
  int64_t id = 0;
  std::string secret;  // shown once
};
Result<NewToken> AddToken(store::Store& store, const std::string& user,
                          const std::string& label, const OrgActor& actor);
// The enabled user of a valid token, or nullopt.
Result<std::optional<auth::User>> FindTokenUser(store::Store& store,
                                                const std::string& secret);
Result<std::vector<store::AccessStore::Token>> ListTokens(store::Store& store,
                                                          const std::string& user);
Status RevokeToken(store::Store& store, const std::string& user, int64_t id,
                   const OrgActor& actor);

}  // namespace janadhar::service
