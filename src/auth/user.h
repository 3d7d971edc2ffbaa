// A user of the system as the store keeps it, without the password hash
// (which only the store and the password check see): the name they log in
// with, the roles they hold at units, and whether the account is disabled.
//
// Ownership: values. Thread-safety: values. Errors: none here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "auth/access.h"

namespace janadhar::auth {

// A role held at a unit, with who gave it and when.
struct UserGrant {
  Grant grant;
  std::string granted_on;  // YYYY-MM-DD
  std::string granted_by;  // the user (or "cli") who gave it
};

struct User {
  int64_t id = 0;
  std::string name;  // as first given; compared ignoring ASCII case
  std::string display_name;
  std::string created_on;  // YYYY-MM-DD
  bool disabled = false;
  std::vector<UserGrant> grants;  // by unit code, then role

  // The grants alone, for MayAct / AccessAt; none for a disabled user.
  std::vector<Grant> ActiveGrants() const {
    std::vector<Grant> out;
    if (disabled) return out;
    for (const UserGrant& g : grants) out.push_back(g.grant);
    return out;
  }
};

}  // namespace janadhar::auth
