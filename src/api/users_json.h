// The JSON documents of the system's users, shared by the CLI (`janadhar
// users … --json`, cli/users_output.h) and the HTTP API (/api/users,
// api/route_groups.h), so both give the same shape (docs/conventions.md).
// Nothing here ever sees a password or its hash (auth::User holds none).
//
// Pure functions of values; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "auth/user.h"

namespace janadhar::api {

// A user: name, display_name, created_on, disabled, grants [{role, unit,
// granted_on, granted_by}] (the grants as given in `u`, by unit, then role).
nlohmann::json UserJson(const auth::User& u);

}  // namespace janadhar::api
