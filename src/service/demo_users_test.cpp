// The demo's users: one per level with its role, fresh passwords that log
// in, and a second run that renews the passwords without failing.
#include "service/demo_users.h"

#include <gtest/gtest.h>

#include "service/auth_users.h"
#include "service/org_people_test_util.h"

namespace janadhar::service {
namespace {

using testing::kAgra;
using testing::kB45;

class DemoUsersTest : public testing::OrgPeopleTest {
 protected:
  DemoUsersOptions Options() const {
    DemoUsersOptions o;
    o.district = kAgra;
    o.booth = kB45;
    o.hash = auth::HashOptions::Fastest();
    return o;
  }
};

TEST_F(DemoUsersTest, OneUserPerLevelWhoCanLogIn) {
  auto users = MakeDemoUsers(*store_, Options());
  ASSERT_TRUE(users.ok()) << users.status().ToString();
  ASSERT_EQ(users->size(), 3u);
  EXPECT_EQ((*users)[0].unit, "S24");
  EXPECT_EQ((*users)[1].unit, kAgra);
  EXPECT_EQ((*users)[2].unit, kB45);
  for (const DemoUser& u : *users) {
    EXPECT_EQ(u.password.rfind("demo-", 0), 0u);
    EXPECT_EQ(u.password.size(), 15u);
    auto checked =
        CheckPassword(*store_, u.name, u.password, auth::HashOptions::Fastest());
    ASSERT_TRUE(checked.ok()) << u.name;
    ASSERT_EQ(checked->grants.size(), 1u);
    EXPECT_EQ(checked->grants[0].grant.unit, u.unit);
  }
}

TEST_F(DemoUsersTest, ASecondRunRenewsThePasswords) {
  auto first = MakeDemoUsers(*store_, Options());
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(SetUserDisabled(*store_, "demo_booth", true, actor_).ok());
  auto second = MakeDemoUsers(*store_, Options());
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_NE((*first)[i].password, (*second)[i].password);
    EXPECT_FALSE(CheckPassword(*store_, (*first)[i].name, (*first)[i].password,
                               auth::HashOptions::Fastest())
                     .ok());
    EXPECT_TRUE(CheckPassword(*store_, (*second)[i].name, (*second)[i].password,
                              auth::HashOptions::Fastest())
                    .ok());
  }
}

TEST_F(DemoUsersTest, AUnitThatIsNotStoredFails) {
  DemoUsersOptions o = Options();
  o.booth = "S24/AC999/B1";
  EXPECT_EQ(MakeDemoUsers(*store_, o).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace janadhar::service
