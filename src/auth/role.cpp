#include "auth/role.h"

#include <string>
#include <vector>

#include "base/text.h"

namespace janadhar::auth {

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kAdmin: return "admin";
    case Role::kOfficeBearer: return "office_bearer";
    case Role::kWorker: return "worker";
    case Role::kViewer: return "viewer";
  }
  return "viewer";
}

std::string_view ActionName(Action action) {
  switch (action) {
    case Action::kRead: return "read";
    case Action::kWrite: return "write";
    case Action::kSeeUnmasked: return "unmasked";
    case Action::kGrant: return "grant";
  }
  return "read";
}

Result<Role> ParseRole(std::string_view text) {
  std::string key(text);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '-') c = '_';
  }
  std::vector<std::string> names;
  for (const Role role : kAllRoles) {
    if (key == RoleName(role)) return role;
    names.emplace_back(RoleName(role));
  }
  const std::string hint = DidYouMean(key, names);
  return Status::InvalidArgument(
      "unknown role '" + std::string(text) + "'" +
      (hint.empty() ? "" : " (" + hint + ")") +
      "; the roles are admin, office_bearer, worker and viewer");
}

bool RoleAllows(Role role, Action action) {
  switch (action) {
    case Action::kRead: return true;
    case Action::kWrite: return role != Role::kViewer;
    case Action::kSeeUnmasked: return role == Role::kAdmin || role == Role::kOfficeBearer;
    case Action::kGrant: return role == Role::kAdmin;
  }
  return false;
}

bool AtLeastAsStrong(Role role, Role than) {
  // kAllRoles lists them strongest first, as the enum does.
  return static_cast<int>(role) <= static_cast<int>(than);
}

}  // namespace janadhar::auth
