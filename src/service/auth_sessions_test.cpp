// Logging in and tokens: a login gives a session the secret finds until it
// expires or is ended; a wrong password, an unknown name and a disabled
// account fail alike and store nothing; junk secrets are not looked up;
// tokens are shown once, found until revoked, and never stored in clear.
#include "service/auth_sessions.h"

#include <gtest/gtest.h>

#include "auth/secret.h"
#include "service/auth_users.h"
#include "service/org_people_test_util.h"

namespace janadhar::service {
namespace {

using testing::kAc;

class AuthSessionsTest : public testing::OrgPeopleTest {
 protected:
  void SetUp() override {
    OrgPeopleTest::SetUp();
    ASSERT_TRUE(AddUser(*store_, {"ramesh", "", "mera-booth-45"}, actor_, fast_).ok());
    ASSERT_TRUE(GrantRole(*store_, "ramesh", "worker", kAc, actor_).ok());
    options_.hash = fast_;
    options_.lifetime_seconds = 100;
  }
  const auth::HashOptions fast_ = auth::HashOptions::Fastest();
  SessionOptions options_;
};

TEST_F(AuthSessionsTest, ALoginGivesASessionUntilItExpires) {
  auto login = Login(*store_, "RAMESH", "mera-booth-45", 1000, actor_, options_);
  ASSERT_TRUE(login.ok()) << login.status().ToString();
  EXPECT_EQ(login->user.name, "ramesh");
  EXPECT_TRUE(auth::LooksLikeSecret(login->secret));
  EXPECT_TRUE(auth::LooksLikeSecret(login->csrf));
  EXPECT_NE(login->secret, login->csrf);
  EXPECT_EQ(login->expires_at, 1100);
  auto found = FindSession(*store_, login->secret, 1050);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->user.name, "ramesh");
  EXPECT_EQ((*found)->csrf, login->csrf);
  EXPECT_FALSE(FindSession(*store_, login->secret, 1100)->has_value());
  EXPECT_EQ(Actions("user ramesh").front(), "session.login");  // newest first
}

TEST_F(AuthSessionsTest, LogoutEndsTheSession) {
  auto login = Login(*store_, "ramesh", "mera-booth-45", 1000, actor_, options_);
  ASSERT_TRUE(login.ok());
  ASSERT_TRUE(Logout(*store_, login->secret, 1001).ok());
  EXPECT_FALSE(FindSession(*store_, login->secret, 1002)->has_value());
}

TEST_F(AuthSessionsTest, FailuresAreAlikeAndStoreNothing) {
  const auto before = Actions("user ramesh").size();
  const auto wrong = Login(*store_, "ramesh", "not-the-password", 1000, actor_, options_);
  const auto unknown = Login(*store_, "suresh", "mera-booth-45", 1000, actor_, options_);
  ASSERT_TRUE(SetUserDisabled(*store_, "ramesh", true, actor_).ok());
  const auto disabled = Login(*store_, "ramesh", "mera-booth-45", 1000, actor_, options_);
  for (const auto* r : {&wrong, &unknown, &disabled}) {
    EXPECT_EQ(r->status().code(), StatusCode::kPermissionDenied);
    EXPECT_EQ(r->status().message(), wrong.status().message());
  }
  EXPECT_EQ(Actions("user ramesh").size(), before + 1);  // the disabling only
}

TEST_F(AuthSessionsTest, JunkSecretsFindNothing) {
  const std::vector<std::string> junks = {"", "x", "'; DROP TABLE auth_sessions; --",
                                          std::string(auth::kSecretLength, '*')};
  for (const std::string& junk : junks) {
    auto s = FindSession(*store_, junk, 0);
    ASSERT_TRUE(s.ok()) << junk;
    EXPECT_FALSE(s->has_value());
    auto t = FindTokenUser(*store_, junk);
    ASSERT_TRUE(t.ok());
    EXPECT_FALSE(t->has_value());
  }
}

TEST_F(AuthSessionsTest, TokensAreShownOnceAndFoundUntilRevoked) {
  auto token = AddToken(*store_, "ramesh", "coverage export", actor_);
  ASSERT_TRUE(token.ok()) << token.status().ToString();
  EXPECT_TRUE(auth::LooksLikeSecret(token->secret));
  auto user = FindTokenUser(*store_, token->secret);
  ASSERT_TRUE(user.ok() && user->has_value());
  EXPECT_EQ((*user)->grants.size(), 1u);
  auto list = ListTokens(*store_, "ramesh");
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].id, token->id);
  ASSERT_TRUE(RevokeToken(*store_, "ramesh", token->id, actor_).ok());
  EXPECT_FALSE(FindTokenUser(*store_, token->secret)->has_value());
  EXPECT_EQ(AddToken(*store_, "ramesh", "", actor_).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(AddToken(*store_, "nobody", "x", actor_).status().code(),
            StatusCode::kNotFound);
}

}  // namespace
}  // namespace janadhar::service
