// The roles a user holds in an organisation unit, and what each allows there
// and in every unit below it (its subtree in the stored unit tree). The set
// is fixed and small on purpose: a party's office grants one of these at a
// unit rather than composing permissions.
//
//   role           read  write  unmasked  grant
//   admin           yes   yes     yes      yes
//   office_bearer   yes   yes     yes      no
//   worker          yes   yes     no       no
//   viewer          yes   no      no       no
//
// read      see the organisation data of the subtree (units, people, posts,
//           directives, reports, coverage).
// write     change it: add or edit people and posts, send and answer
//           directives, submit reports.
// unmasked  see personal data in full (phone numbers, EPIC numbers); without
//           it they are shown masked (org/phone.h).
// grant     give and take back roles at units of the subtree, and manage
//           users' accounts there.
// A role at the national unit IN covers every state.
//
// Ownership: values. Thread-safety: pure functions. Errors: ParseRole returns
// InvalidArgument naming the roles (and the closest one).
#pragma once

#include <array>
#include <string_view>

#include "base/status.h"

namespace janadhar::auth {

enum class Role { kAdmin, kOfficeBearer, kWorker, kViewer };
inline constexpr std::array<Role, 4> kAllRoles = {Role::kAdmin, Role::kOfficeBearer,
                                                  Role::kWorker, Role::kViewer};

// What a user may do at a unit (see the table above).
enum class Action { kRead, kWrite, kSeeUnmasked, kGrant };

// "admin", "office_bearer", "worker", "viewer".
std::string_view RoleName(Role role);
// "read", "write", "unmasked", "grant".
std::string_view ActionName(Action action);

// The inverse of RoleName, ignoring ASCII case, '-' taken for '_'
// ("Office-Bearer"). InvalidArgument with "did you mean" otherwise.
Result<Role> ParseRole(std::string_view text);

// Whether `role` allows `action` (the table above), wherever it is held.
bool RoleAllows(Role role, Action action);

// Whether `role` is at least as strong as `than`: admin, then office_bearer,
// then worker, then viewer (each allows all that the next one does). A user
// may give only roles no stronger than their own where they give them.
bool AtLeastAsStrong(Role role, Role than);

}  // namespace janadhar::auth
