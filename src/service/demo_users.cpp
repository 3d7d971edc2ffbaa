#include "service/demo_users.h"

#include "auth/secret.h"
#include "service/auth_users.h"

namespace janadhar::service {

namespace {

// "demo-" and 10 random letters and digits.
Result<std::string> NewPassword() {
  JANADHAR_ASSIGN_OR_RETURN(std::string secret, auth::NewSecret());
  std::string out = "demo-";
  for (const char c : secret) {
    if (out.size() == 15) break;
    if (c != '-' && c != '_') out += c;
  }
  return out;
}

Status Ensure(store::Store& store, const DemoUser& u, const auth::HashOptions& hash) {
  const OrgActor demo{"demo", ""};
  JANADHAR_ASSIGN_OR_RETURN(auto existing, store.Auth().GetUser(u.name));
  if (!existing) {
    JANADHAR_RETURN_IF_ERROR(
        AddUser(store, {u.name, "", u.password}, demo, hash).status());
  } else {
    JANADHAR_RETURN_IF_ERROR(SetPassword(store, u.name, u.password, demo, hash));
    if (existing->disabled) {
      JANADHAR_RETURN_IF_ERROR(SetUserDisabled(store, u.name, false, demo).status());
    }
  }
  auto granted = GrantRole(store, u.name, u.role, u.unit, demo);
  if (!granted.ok() && granted.status().code() != StatusCode::kAlreadyExists) {
    return granted.status();
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<DemoUser>> MakeDemoUsers(store::Store& store,
                                            const DemoUsersOptions& options) {
  std::vector<DemoUser> users = {
      {"demo_state", "", "admin", options.state, "state"},
      {"demo_district", "", "office_bearer", options.district, "district"},
      {"demo_booth", "", "worker", options.booth, "booth"},
  };
  for (DemoUser& u : users) {
    JANADHAR_ASSIGN_OR_RETURN(u.password, NewPassword());
    JANADHAR_RETURN_IF_ERROR(Ensure(store, u, options.hash));
  }
  return users;
}

}  // namespace janadhar::service
