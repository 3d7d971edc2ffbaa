#include "cli/users_output.h"

#include <string>
#include <utility>
#include <vector>

#include "auth/role.h"

namespace janadhar::cli {

namespace {

using report::Cell;

std::string GrantText(const auth::Grant& g) {
  return std::string(auth::RoleName(g.role)) + " at " + g.unit;
}

report::Sheet RolesSheet(const auth::User& u) {
  report::Sheet sheet("Roles", {{"Role"}, {"Unit"}, {"Granted on"}, {"Granted by"}});
  for (const auth::UserGrant& g : u.grants) {
    sheet.AddRow({Cell::Text(std::string(auth::RoleName(g.grant.role))),
                  Cell::Text(g.grant.unit), Cell::Text(g.granted_on),
                  Cell::Text(g.granted_by)});
  }
  if (u.grants.empty()) sheet.AddNote(u.name + " holds no role.");
  return sheet;
}

}  // namespace

Output UserAddedOutput(const auth::User& u) {
  Output out;
  out.lines.push_back("User " + u.name +
                      " added; give them a role: janadhar users grant " + u.name +
                      " --role ROLE --unit UNIT");
  out.json = {{"user", UserJson(u)}};
  return out;
}

Output PasswordSetOutput(const std::string& name) {
  Output out;
  out.lines.push_back("Password of " + name + " changed.");
  out.json = {{"user", name}, {"password_changed", true}};
  return out;
}

Output UserRolesOutput(const auth::User& u, const std::string& headline) {
  Output out;
  out.lines.push_back(headline);
  out.sheets.push_back(RolesSheet(u));
  out.json = {{"user", UserJson(u)}};
  return out;
}

Output UserListOutput(const std::vector<auth::User>& users) {
  Output out;
  report::Sheet sheet(
      "Users", {{"User"}, {"Display name"}, {"Created on"}, {"Status"}, {"Roles"}});
  nlohmann::json list = nlohmann::json::array();
  for (const auth::User& u : users) {
    std::string roles;
    for (const auth::UserGrant& g : u.grants) {
      roles += (roles.empty() ? "" : "; ") + GrantText(g.grant);
    }
    sheet.AddRow({Cell::Text(u.name), Cell::Text(u.display_name),
                  Cell::Text(u.created_on),
                  Cell::Text(u.disabled ? "disabled" : "active"), Cell::Text(roles)});
    list.push_back(UserJson(u));
  }
  if (users.empty())
    sheet.AddNote("No users yet: janadhar users add NAME --password-stdin");
  out.sheets.push_back(std::move(sheet));
  out.json = {{"users", std::move(list)}};
  return out;
}

}  // namespace janadhar::cli
