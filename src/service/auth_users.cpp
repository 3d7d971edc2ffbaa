#include "service/auth_users.h"

#include <string>
#include <utility>
#include <vector>

#include "auth/role.h"

namespace janadhar::service {

namespace {

Status WrongNameOrPassword() {
  return Status::PermissionDenied("wrong user name or password");
}

// Who, when: the store writes the entry's action, subject and JSON itself.
org::AuditEntry By(const OrgActor& actor) {
  return AuditEntryBy(actor, "", "", "", "");
}

Result<auth::User> UserOrNotFound(store::Store& store, const std::string& name) {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user, store.Auth().GetUser(name));
  if (!user) {
    return Status::Internal("user " + name + " was changed but cannot be read back");
  }
  return std::move(*user);
}

}  // namespace

Result<auth::User> AddUser(store::Store& store, const NewUserInput& input,
                           const OrgActor& actor, const auth::HashOptions& hash) {
  JANADHAR_RETURN_IF_ERROR(auth::CheckUserName(input.name));
  JANADHAR_RETURN_IF_ERROR(auth::CheckPasswordPolicy(input.name, input.password));
  JANADHAR_ASSIGN_OR_RETURN(std::string hashed, auth::HashPassword(input.password, hash));
  store::AuthStore::NewUser user;
  user.name = input.name;
  user.display_name = input.display_name.empty() ? input.name : input.display_name;
  user.password_hash = std::move(hashed);
  user.created_on = org::Today();
  return store.Auth().AddUser(user, By(actor));
}

Status SetPassword(store::Store& store, const std::string& name,
                   const std::string& password, const OrgActor& actor,
                   const auth::HashOptions& hash) {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user, store.Auth().GetUser(name));
  // The policy compares with the name as stored; NotFound comes from the store.
  JANADHAR_RETURN_IF_ERROR(auth::CheckPasswordPolicy(user ? user->name : name, password));
  JANADHAR_ASSIGN_OR_RETURN(std::string hashed, auth::HashPassword(password, hash));
  return store.Auth().SetPasswordHash(name, hashed, By(actor));
}

Status ChangeOwnPassword(store::Store& store, const std::string& name,
                         const std::string& old_password, const std::string& new_password,
                         const OrgActor& actor, const auth::HashOptions& hash) {
  auto user = CheckPassword(store, name, old_password, hash);
  if (!user.ok()) {
    if (user.status().code() == StatusCode::kPermissionDenied) {
      return Status::PermissionDenied("wrong password: the password of " + name +
                                      " is not changed");
    }
    return user.status();
  }
  return SetPassword(store, user->name, new_password, actor, hash);
}

Result<auth::User> SetUserDisabled(store::Store& store, const std::string& name,
                                   bool disabled, const OrgActor& actor) {
  JANADHAR_RETURN_IF_ERROR(store.Auth().SetDisabled(name, disabled, By(actor)));
  return UserOrNotFound(store, name);
}

Result<auth::User> GrantRole(store::Store& store, const std::string& name,
                             const std::string& role, const std::string& unit,
                             const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(auth::Role parsed, auth::ParseRole(role));
  JANADHAR_ASSIGN_OR_RETURN(org::Unit stored, StoredUnit(store, unit));
  auth::UserGrant grant{
      {parsed, stored.code}, org::Today(), actor.user.empty() ? "unknown" : actor.user};
  JANADHAR_RETURN_IF_ERROR(store.Auth().AddGrant(name, grant, By(actor)));
  return UserOrNotFound(store, name);
}

Result<auth::User> RevokeRole(store::Store& store, const std::string& name,
                              const std::string& role, const std::string& unit,
                              const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(auth::Role parsed, auth::ParseRole(role));
  JANADHAR_RETURN_IF_ERROR(store.Auth().RevokeGrant(name, {parsed, unit}, By(actor)));
  return UserOrNotFound(store, name);
}

Result<std::vector<auth::User>> ListUsers(store::Store& store) {
  return store.Auth().ListUsers();
}

Result<auth::User> CheckPassword(store::Store& store, const std::string& name,
                                 const std::string& password,
                                 const auth::HashOptions& hash) {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<std::string> stored,
                            store.Auth().GetPasswordHash(name));
  if (!stored) {
    // As long as a real check: verify against a hash of the same cost.
    auto dummy = auth::HashPassword("not anyone's password", hash);
    if (dummy.ok()) (void)auth::VerifyPassword(*dummy, password);
    return WrongNameOrPassword();
  }
  if (!auth::VerifyPassword(*stored, password)) return WrongNameOrPassword();
  JANADHAR_ASSIGN_OR_RETURN(std::optional<auth::User> user, store.Auth().GetUser(name));
  if (!user || user->disabled) return WrongNameOrPassword();
  return std::move(*user);
}

}  // namespace janadhar::service
