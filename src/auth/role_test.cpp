#include "auth/role.h"

#include <gtest/gtest.h>

namespace janadhar::auth {
namespace {

TEST(RoleTest, NamesRoundTrip) {
  for (const Role role : kAllRoles) {
    auto parsed = ParseRole(RoleName(role));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, role);
  }
  EXPECT_EQ(*ParseRole("Office-Bearer"), Role::kOfficeBearer);
  EXPECT_EQ(*ParseRole("ADMIN"), Role::kAdmin);
}

TEST(RoleTest, UnknownRoleSuggests) {
  auto parsed = ParseRole("wroker");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(parsed.status().message().find("did you mean 'worker'"), std::string::npos)
      << parsed.status().message();
  EXPECT_NE(parsed.status().message().find("admin, office_bearer, worker and viewer"),
            std::string::npos);
}

TEST(RoleTest, WhatEachRoleAllows) {
  auto row = [](Role r) {
    return std::string{RoleAllows(r, Action::kRead) ? 'r' : '-',
                       RoleAllows(r, Action::kWrite) ? 'w' : '-',
                       RoleAllows(r, Action::kSeeUnmasked) ? 'u' : '-',
                       RoleAllows(r, Action::kGrant) ? 'g' : '-'};
  };
  EXPECT_EQ(row(Role::kAdmin), "rwug");
  EXPECT_EQ(row(Role::kOfficeBearer), "rwu-");
  EXPECT_EQ(row(Role::kWorker), "rw--");
  EXPECT_EQ(row(Role::kViewer), "r---");
  EXPECT_EQ(ActionName(Action::kSeeUnmasked), "unmasked");
}

TEST(RoleTest, StrengthOrdersTheRoles) {
  EXPECT_TRUE(AtLeastAsStrong(Role::kAdmin, Role::kAdmin));
  EXPECT_TRUE(AtLeastAsStrong(Role::kAdmin, Role::kViewer));
  EXPECT_TRUE(AtLeastAsStrong(Role::kOfficeBearer, Role::kWorker));
  EXPECT_FALSE(AtLeastAsStrong(Role::kWorker, Role::kOfficeBearer));
  EXPECT_FALSE(AtLeastAsStrong(Role::kOfficeBearer, Role::kAdmin));
  EXPECT_FALSE(AtLeastAsStrong(Role::kViewer, Role::kWorker));
}

}  // namespace
}  // namespace janadhar::auth
