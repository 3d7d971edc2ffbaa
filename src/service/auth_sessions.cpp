#include "service/auth_sessions.h"

#include <utility>

#include "auth/secret.h"
#include "org/person.h"
#include "service/auth_users.h"

namespace janadhar::service {

namespace {

Result<store::AccessStore*> Access(store::Store& store) {
  store::AccessStore* access = store::AccessOf(store);
  if (access == nullptr) {
    return Status::FailedPrecondition("this store keeps no login sessions or tokens");
  }
  return access;
}

}  // namespace

Result<LoginResult> Login(store::Store& store, const std::string& name,
                          const std::string& password, int64_t now, const OrgActor& actor,
                          const SessionOptions& options) {
  JANADHAR_ASSIGN_OR_RETURN(store::AccessStore * access, Access(store));
  JANADHAR_ASSIGN_OR_RETURN(auth::User user,
                            CheckPassword(store, name, password, options.hash));
  LoginResult r;
  JANADHAR_ASSIGN_OR_RETURN(r.secret, auth::NewSecret());
  JANADHAR_ASSIGN_OR_RETURN(r.csrf, auth::NewSecret());
  r.expires_at = now + options.lifetime_seconds;
  OrgActor who = actor;
  who.user = user.name;
  JANADHAR_RETURN_IF_ERROR(access->AddSession(
      {auth::HashSecret(r.secret), r.csrf, user.name, now, r.expires_at},
      AuditEntryBy(who, "", "", "", "")));
  r.user = std::move(user);
  return r;
}

Result<std::optional<store::AccessStore::Session>> FindSession(store::Store& store,
                                                               const std::string& secret,
                                                               int64_t now) {
  JANADHAR_ASSIGN_OR_RETURN(store::AccessStore * access, Access(store));
  if (!auth::LooksLikeSecret(secret)) return std::optional<store::AccessStore::Session>();
  return access->FindSession(auth::HashSecret(secret), now);
}

Status Logout(store::Store& store, const std::string& secret, int64_t now) {
  JANADHAR_ASSIGN_OR_RETURN(store::AccessStore * access, Access(store));
  return access->EndSession(auth::HashSecret(secret), now);
}

Result<NewToken> AddToken(store::Store& store, const std::string& user,
                          const std::string& label, const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(store::AccessStore * access, Access(store));
  if (label.empty() || label.size() > 200) {
    return Status::InvalidArgument(
        "say what the token is for in 1 to 200 bytes (--label \"coverage export\")");
  }
  NewToken t;
  JANADHAR_ASSIGN_OR_RETURN(t.secret, auth::NewSecret());
  JANADHAR_ASSIGN_OR_RETURN(
      t.id, access->AddToken(user, label, auth::HashSecret(t.secret), org::Today(),
                             AuditEntryBy(actor, "", "", "", "")));
  return t;
}

Result<std::optional<auth::User>> FindTokenUser(store::Store& store,
                                                const std::string& secret) {
  JANADHAR_ASSIGN_OR_RETURN(store::AccessStore * access, Access(store));
  if (!auth::LooksLikeSecret(secret)) return std::optional<auth::User>();
  return access->FindTokenUser(auth::HashSecret(secret));
}

Result<std::vector<store::AccessStore::Token>> ListTokens(store::Store& store,
                                                          const std::string& user) {
  JANADHAR_ASSIGN_OR_RETURN(store::AccessStore * access, Access(store));
  return access->ListTokens(user);
}

Status RevokeToken(store::Store& store, const std::string& user, int64_t id,
                   const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(store::AccessStore * access, Access(store));
  return access->RevokeToken(user, id, org::Today(), AuditEntryBy(actor, "", "", "", ""));
}

}  // namespace janadhar::service
