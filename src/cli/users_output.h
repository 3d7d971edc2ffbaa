// What `janadhar users …` prints, built from the service's results
// (service/auth_users.h) as an Output (cli/analyse_output.h): tables for
// text and CSV, and JSON (snake_case keys, dates "YYYY-MM-DD"). Nothing here
// ever sees a password or its hash. Main thread only.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/users_json.h"
#include "auth/user.h"
#include "cli/analyse_output.h"

namespace janadhar::cli {

// A user as JSON (api/users_json.h, the shape the HTTP API gives too).
using api::UserJson;

// `add`: the user added and what to do next.
Output UserAddedOutput(const auth::User& u);
// `passwd`.
Output PasswordSetOutput(const std::string& name);
// `grant`, `revoke` and `check`: a line (`headline`), then the user's roles
// (the table --csv prints).
Output UserRolesOutput(const auth::User& u, const std::string& headline);
// `list`: one row per user, their roles in one column.
Output UserListOutput(const std::vector<auth::User>& users);

}  // namespace janadhar::cli
