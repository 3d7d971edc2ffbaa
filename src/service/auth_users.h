// The use cases behind `janadhar users add|passwd|disable|enable|grant|revoke|
// list|check` and the HTTP API's /api/users and /api/session/password:
// the system's user accounts, their passwords and the roles they hold at
// units (auth/role.h says what each role allows; the store's side is
// store/auth_store.h).
//
// Rules (each refusal says what to do instead):
//  - a user name follows auth::CheckUserName and is unique ignoring case;
//    the display name defaults to the user name;
//  - a password meets auth::CheckPasswordPolicy; only its argon2id hash is
//    stored, and no message, log or audit entry holds either;
//  - a role is one of auth::kAllRoles (an unknown word names them and the
//    closest), given at a stored unit (NoSuchUnit otherwise); the same role
//    at the same unit twice is refused; revoking one not held names what the
//    user does hold;
//  - the granter is the OrgActor recorded in the audit entry. These do not
//    check that the actor may grant there (auth::MayAct with
//    Action::kGrant): the CLI is run by whoever holds the store file; the
//    server checks it before calling them (api/users_routes.cpp).
//  - a password check fails the same way ("wrong user name or password",
//    PermissionDenied) for an unknown name, a disabled account and a wrong
//    password, and takes about as long for each (a dummy hash is verified
//    for an unknown name).
// Every change writes one audit entry with the subject "user <name>"
// ("user.add", "user.password", "user.disable", "user.enable", "user.grant",
// "user.revoke") in its transaction.
//
// Errors: InvalidArgument for a bad name, password or role; AlreadyExists
// for a name taken or a role held; NotFound for a user or unit not stored,
// or a grant not held; PermissionDenied from CheckPassword; IoError from the
// store. A refused change leaves the store unchanged.
// Thread-safety: one call at a time per Store.
#pragma once

#include <string>
#include <vector>

#include "auth/password.h"
#include "auth/user.h"
#include "base/status.h"
#include "service/org_people.h"
#include "store/store.h"

namespace janadhar::service {

struct NewUserInput {
  std::string name;
  std::string display_name;  // "" = the name
  std::string password;
};

// Adds an enabled user without roles.
Result<auth::User> AddUser(store::Store& store, const NewUserInput& input,
                           const OrgActor& actor, const auth::HashOptions& hash = {});

// Replaces the user's password.
Status SetPassword(store::Store& store, const std::string& name,
                   const std::string& password, const OrgActor& actor,
                   const auth::HashOptions& hash = {});

// A user's change of their own password: `old_password` must be theirs
// (PermissionDenied "wrong password" otherwise, checked as CheckPassword
// checks, so a disabled account is refused too); then as SetPassword, which
// ends every session of theirs. `actor` is the user themselves.
Status ChangeOwnPassword(store::Store& store, const std::string& name,
                         const std::string& old_password, const std::string& new_password,
                         const OrgActor& actor, const auth::HashOptions& hash = {});

// Disables the account (`disabled`) or enables it again; its roles are
// kept, and a disabled user's password check fails like a wrong one.
// FailedPrecondition when it already is so. Returns the user afterwards.
Result<auth::User> SetUserDisabled(store::Store& store, const std::string& name,
                                   bool disabled, const OrgActor& actor);

// Gives `role` (its name, parsed with auth::ParseRole) at `unit`; returns
// the user as it is afterwards.
Result<auth::User> GrantRole(store::Store& store, const std::string& name,
                             const std::string& role, const std::string& unit,
                             const OrgActor& actor);
// Takes `role` at `unit` back; returns the user as it is afterwards.
Result<auth::User> RevokeRole(store::Store& store, const std::string& name,
                              const std::string& role, const std::string& unit,
                              const OrgActor& actor);

// Every user with their grants, by name.
Result<std::vector<auth::User>> ListUsers(store::Store& store);

// The enabled user `name` with their grants when `password` is theirs;
// PermissionDenied "wrong user name or password" otherwise (see the rules).
// `hash` is the cost of the dummy hash verified for an unknown name.
Result<auth::User> CheckPassword(store::Store& store, const std::string& name,
                                 const std::string& password,
                                 const auth::HashOptions& hash = {});

}  // namespace janadhar::service
