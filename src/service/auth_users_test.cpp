// The users' use cases: adding with the password policy, grants at stored
// units with known roles, revoking what is not held, listing, and a password
// check that fails the same way for every wrong name or password.
#include "service/auth_users.h"

#include <gtest/gtest.h>

#include "service/org_people_test_util.h"

namespace janadhar::service {
namespace {

using testing::kAc;
using testing::kAgra;
using testing::kB45;

class AuthUsersTest : public testing::OrgPeopleTest {
 protected:
  const auth::HashOptions fast_ = auth::HashOptions::Fastest();

  auth::User AddOrFail(const std::string& name, const std::string& password) {
    auto u = AddUser(*store_, {name, "", password}, actor_, fast_);
    EXPECT_TRUE(u.ok()) << u.status().ToString();
    return u.ok() ? *u : auth::User{};
  }
};

TEST_F(AuthUsersTest, AddsAUserWithAnArgon2idHash) {
  const auth::User u = AddOrFail("Ramesh", "mera-booth-45");
  EXPECT_EQ(u.name, "Ramesh");
  EXPECT_EQ(u.display_name, "Ramesh");  // the name when none is given
  auto hash = store_->Auth().GetPasswordHash("ramesh");
  ASSERT_TRUE(hash.ok() && hash->has_value());
  EXPECT_EQ((*hash)->rfind("$argon2id$", 0), 0u);
  EXPECT_EQ(Actions("user Ramesh"), std::vector<std::string>{"user.add"});
  auto log = store_->LoadAudit("user Ramesh", 0);
  ASSERT_TRUE(log.ok() && log->size() == 1);
  EXPECT_EQ((*log)[0].actor, "asha");
  EXPECT_EQ((*log)[0].after.find("mera-booth-45"), std::string::npos);
  EXPECT_EQ((*log)[0].after.find("argon2"), std::string::npos);
}

TEST_F(AuthUsersTest, RefusesBadNamesAndPasswords) {
  auto short_pw = AddUser(*store_, {"ramesh", "", "short"}, actor_, fast_);
  EXPECT_EQ(short_pw.status().code(), StatusCode::kInvalidArgument);
  auto name_pw = AddUser(*store_, {"ramesh12", "", "RAMESH12"}, actor_, fast_);
  EXPECT_EQ(name_pw.status().code(), StatusCode::kInvalidArgument);
  auto bad_name = AddUser(*store_, {"1ramesh", "", "a good password"}, actor_, fast_);
  EXPECT_EQ(bad_name.status().code(), StatusCode::kInvalidArgument);
  AddOrFail("ramesh", "a good password");
  auto twice = AddUser(*store_, {"RAMESH", "", "another password"}, actor_, fast_);
  EXPECT_EQ(twice.status().code(), StatusCode::kAlreadyExists);
  auto list = ListUsers(*store_);
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->size(), 1u);
}

TEST_F(AuthUsersTest, GrantsNeedAKnownRoleAtAStoredUnit) {
  AddOrFail("ramesh", "a good password");
  auto u = GrantRole(*store_, "ramesh", "office-bearer", kAgra, actor_);
  ASSERT_TRUE(u.ok()) << u.status().ToString();
  ASSERT_EQ(u->grants.size(), 1u);
  EXPECT_EQ(u->grants[0].grant, (auth::Grant{auth::Role::kOfficeBearer, kAgra}));
  EXPECT_EQ(u->grants[0].granted_by, "asha");

  auto bad_role = GrantRole(*store_, "ramesh", "admn", kAc, actor_);
  EXPECT_EQ(bad_role.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad_role.status().message().find("did you mean 'admin'"), std::string::npos);
  auto bad_unit = GrantRole(*store_, "ramesh", "worker", "S24/AC999", actor_);
  EXPECT_EQ(bad_unit.status().code(), StatusCode::kNotFound);
  auto twice = GrantRole(*store_, "ramesh", "office_bearer", kAgra, actor_);
  EXPECT_EQ(twice.status().code(), StatusCode::kAlreadyExists);

  auto revoke = RevokeRole(*store_, "ramesh", "worker", kB45, actor_);
  EXPECT_EQ(revoke.status().code(), StatusCode::kNotFound);
  EXPECT_NE(revoke.status().message().find("office_bearer at " + kAgra),
            std::string::npos)
      << revoke.status().message();
  auto revoked = RevokeRole(*store_, "ramesh", "office_bearer", kAgra, actor_);
  ASSERT_TRUE(revoked.ok()) << revoked.status().ToString();
  EXPECT_TRUE(revoked->grants.empty());
  EXPECT_EQ(Actions("user ramesh"),
            (std::vector<std::string>{"user.revoke", "user.grant", "user.add"}));
}

TEST_F(AuthUsersTest, CheckPasswordFailsTheSameWayForEveryMistake) {
  AddOrFail("ramesh", "a good password");
  ASSERT_TRUE(GrantRole(*store_, "ramesh", "viewer", kAc, actor_).ok());
  auto ok = CheckPassword(*store_, "RAMESH", "a good password", fast_);
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->name, "ramesh");
  EXPECT_EQ(ok->ActiveGrants(), (std::vector<auth::Grant>{{auth::Role::kViewer, kAc}}));

  auto wrong = CheckPassword(*store_, "ramesh", "a good passworD", fast_);
  auto unknown = CheckPassword(*store_, "suresh", "a good password", fast_);
  EXPECT_EQ(wrong.status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(unknown.status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(wrong.status().message(), unknown.status().message());

  ASSERT_TRUE(store_->Auth().SetDisabled("ramesh", true, {}).ok());
  auto disabled = CheckPassword(*store_, "ramesh", "a good password", fast_);
  EXPECT_EQ(disabled.status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(disabled.status().message(), wrong.status().message());
}

TEST_F(AuthUsersTest, SetPasswordReplacesTheOldOne) {
  AddOrFail("ramesh", "a good password");
  EXPECT_EQ(SetPassword(*store_, "ramesh", "ramesh", actor_, fast_).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(SetPassword(*store_, "suresh", "a new password", actor_, fast_).code(),
            StatusCode::kNotFound);
  ASSERT_TRUE(SetPassword(*store_, "ramesh", "a new password", actor_, fast_).ok());
  EXPECT_FALSE(CheckPassword(*store_, "ramesh", "a good password", fast_).ok());
  EXPECT_TRUE(CheckPassword(*store_, "ramesh", "a new password", fast_).ok());
  EXPECT_EQ(Actions("user ramesh"),
            (std::vector<std::string>{"user.password", "user.add"}));
}

TEST_F(AuthUsersTest, ChangeOwnPasswordNeedsTheOldOne) {
  AddOrFail("ramesh", "a good password");
  const Status wrong = ChangeOwnPassword(*store_, "ramesh", "not the password",
                                         "a new password", actor_, fast_);
  EXPECT_EQ(wrong.code(), StatusCode::kPermissionDenied);
  EXPECT_TRUE(CheckPassword(*store_, "ramesh", "a good password", fast_).ok());
  EXPECT_EQ(
      ChangeOwnPassword(*store_, "ramesh", "a good password", "short", actor_, fast_)
          .code(),
      StatusCode::kInvalidArgument);
  ASSERT_TRUE(ChangeOwnPassword(*store_, "RAMESH", "a good password", "a new password",
                                actor_, fast_)
                  .ok());
  EXPECT_FALSE(CheckPassword(*store_, "ramesh", "a good password", fast_).ok());
  EXPECT_TRUE(CheckPassword(*store_, "ramesh", "a new password", fast_).ok());
  EXPECT_EQ(Actions("user ramesh"),
            (std::vector<std::string>{"user.password", "user.add"}));
}

}  // namespace
}  // namespace janadhar::service
