// The demo's users: one per level of the organisation, so that a person
// trying `janadhar demo` can log in to the web UI as a state, a district and
// a booth would, and see each one's part of the organisation.
//
//   demo_state     admin at the state's unit (S24)
//   demo_district  office_bearer at a district (S24/D:LUCKNOW)
//   demo_booth     worker at one booth of that district
//
// Each gets a fresh random password every time the demo runs (printed by
// the demo, never stored but as its argon2id hash): a demo store is not a
// place for fixed passwords. A user the store has already is enabled again,
// given the new password and, if missing, the role.
//
// Errors: NotFound when a unit is not stored (the demo builds the tree
// first); as service/auth_users.h otherwise. Thread-safety: one call at a
// time per Store.
#pragma once

#include <string>
#include <vector>

#include "auth/password.h"
#include "base/status.h"
#include "store/store.h"

namespace janadhar::service {

struct DemoUser {
  std::string name;
  std::string password;
  std::string role;
  std::string unit;
  std::string level;  // "state", "district", "booth"
};

struct DemoUsersOptions {
  std::string state = "S24";
  std::string district = "S24/D:LUCKNOW";
  std::string booth = "S24/AC173/B45";  // a booth of the district
  auth::HashOptions hash;
};

Result<std::vector<DemoUser>> MakeDemoUsers(store::Store& store,
                                            const DemoUsersOptions& options = {});

}  // namespace janadhar::service
