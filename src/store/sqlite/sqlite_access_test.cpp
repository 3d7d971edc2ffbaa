// Sessions, tokens and unit paths in the SQLite store: a session is found
// until it expires, not after logout, not once its user is disabled or
// changes password; tokens are found until revoked, revoking twice or
// another's token is refused; audit entries never hold a secret; the path of
// a unit runs from its tree's root.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/access_store.h"
#include "store/sqlite/sqlite_org_test_util.h"

namespace janadhar::store {
namespace {

using testing::kAc2;
using testing::kB1;
using testing::kB3;
using testing::OpenOrgStore;
using testing::QueryInt;

const std::string kHash = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$ZmFrZWhhc2g";
const std::string kSecretHash(64, 'a');
const std::string kOtherHash(64, 'b');

org::AuditEntry Who() {
  org::AuditEntry e;
  e.actor = "tester";
  e.at = "2026-03-01T10:00:00Z";
  return e;
}

// A store with user "ramesh" (worker at AC2) and "suresh" (no role).
testing::OrgStore WithUsers() {
  auto s = OpenOrgStore();
  if (!s.store) return s;
  EXPECT_TRUE(
      s.store->Auth().AddUser({"ramesh", "Ramesh", kHash, "2026-03-01"}, Who()).ok());
  EXPECT_TRUE(
      s.store->Auth().AddUser({"suresh", "Suresh", kHash, "2026-03-01"}, Who()).ok());
  EXPECT_TRUE(
      s.store->Auth()
          .AddGrant("ramesh", {{auth::Role::kWorker, kAc2}, "2026-03-01", "cli"}, Who())
          .ok());
  return s;
}

TEST(SqliteAccessTest, TheStoreHasAnAccessStore) {
  auto s = WithUsers();
  ASSERT_TRUE(s.store);
  EXPECT_NE(AccessOf(*s.store), nullptr);
}

TEST(SqliteAccessTest, ASessionIsFoundUntilItExpiresOrEnds) {
  auto s = WithUsers();
  ASSERT_TRUE(s.store);
  AccessStore& a = *AccessOf(*s.store);
  ASSERT_TRUE(a.AddSession({kSecretHash, "csrf1", "RAMESH", 1000, 2000}, Who()).ok());
  auto found = a.FindSession(kSecretHash, 1500);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->user.name, "ramesh");
  EXPECT_EQ((*found)->csrf, "csrf1");
  ASSERT_EQ((*found)->user.grants.size(), 1u);
  EXPECT_EQ((*found)->user.grants[0].grant.unit, kAc2);
  EXPECT_FALSE(a.FindSession(kSecretHash, 2000)->has_value());  // expired
  EXPECT_FALSE(a.FindSession(kOtherHash, 1500)->has_value());
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_audit WHERE action = "
                     "'session.login' AND subject = 'user ramesh'"),
            1);
  ASSERT_TRUE(a.EndSession(kSecretHash, 1500).ok());
  EXPECT_FALSE(a.FindSession(kSecretHash, 1500)->has_value());
  EXPECT_TRUE(a.EndSession(kSecretHash, 1500).ok());  // again: no error
}

TEST(SqliteAccessTest, EndingASessionDropsExpiredOnes) {
  auto s = WithUsers();
  ASSERT_TRUE(s.store);
  AccessStore& a = *AccessOf(*s.store);
  ASSERT_TRUE(a.AddSession({kSecretHash, "c", "ramesh", 0, 100}, Who()).ok());
  ASSERT_TRUE(a.AddSession({kOtherHash, "c", "suresh", 0, 900}, Who()).ok());
  ASSERT_TRUE(a.EndSession(std::string(64, 'c'), 500).ok());
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM auth_sessions"), 1);
}

TEST(SqliteAccessTest, DisablingOrANewPasswordEndsSessions) {
  auto s = WithUsers();
  ASSERT_TRUE(s.store);
  AccessStore& a = *AccessOf(*s.store);
  ASSERT_TRUE(a.AddSession({kSecretHash, "c", "ramesh", 0, 9000}, Who()).ok());
  ASSERT_TRUE(a.AddSession({kOtherHash, "c", "suresh", 0, 9000}, Who()).ok());
  ASSERT_TRUE(s.store->Auth().SetDisabled("ramesh", true, Who()).ok());
  EXPECT_FALSE(a.FindSession(kSecretHash, 10)->has_value());
  ASSERT_TRUE(s.store->Auth().SetDisabled("ramesh", false, Who()).ok());
  EXPECT_FALSE(a.FindSession(kSecretHash, 10)->has_value());  // still ended
  EXPECT_TRUE(a.FindSession(kOtherHash, 10)->has_value());
  ASSERT_TRUE(s.store->Auth().SetPasswordHash("suresh", kHash, Who()).ok());
  EXPECT_FALSE(a.FindSession(kOtherHash, 10)->has_value());
}

TEST(SqliteAccessTest, NoSessionForADisabledOrUnknownUser) {
  auto s = WithUsers();
  ASSERT_TRUE(s.store);
  AccessStore& a = *AccessOf(*s.store);
  const auto audit_before = QueryInt(s.path, "SELECT count(*) FROM org_audit");
  EXPECT_EQ(a.AddSession({kSecretHash, "c", "nobody", 0, 10}, Who()).code(),
            StatusCode::kNotFound);
  ASSERT_TRUE(s.store->Auth().SetDisabled("suresh", true, Who()).ok());
  EXPECT_EQ(a.AddSession({kSecretHash, "c", "suresh", 0, 10}, Who()).code(),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM auth_sessions"), 0);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_audit"), audit_before + 1);
}

TEST(SqliteAccessTest, TokensAreFoundUntilRevoked) {
  auto s = WithUsers();
  ASSERT_TRUE(s.store);
  AccessStore& a = *AccessOf(*s.store);
  auto id = a.AddToken("ramesh", "coverage export", kSecretHash, "2026-03-01", Who());
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  auto user = a.FindTokenUser(kSecretHash);
  ASSERT_TRUE(user.ok() && user->has_value());
  EXPECT_EQ((*user)->name, "ramesh");
  EXPECT_EQ((*user)->grants.size(), 1u);
  EXPECT_FALSE(a.FindTokenUser(kOtherHash)->has_value());

  auto list = a.ListTokens("Ramesh");
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].label, "coverage export");
  EXPECT_EQ((*list)[0].revoked_on, "");

  EXPECT_EQ(a.RevokeToken("suresh", *id, "2026-03-02", Who()).code(),
            StatusCode::kNotFound);  // not theirs
  ASSERT_TRUE(a.RevokeToken("ramesh", *id, "2026-03-02", Who()).ok());
  EXPECT_FALSE(a.FindTokenUser(kSecretHash)->has_value());
  const Status again = a.RevokeToken("ramesh", *id, "2026-03-03", Who());
  EXPECT_EQ(again.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(again.message().find("2026-03-02"), std::string::npos);
  EXPECT_EQ(a.ListTokens("ramesh")->at(0).revoked_on, "2026-03-02");
  // Neither the secret nor its hash is in the audit log.
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_audit WHERE after LIKE '%aaaa%' "
                     "OR before LIKE '%aaaa%'"),
            0);
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_audit WHERE action IN "
                     "('token.add', 'token.revoke')"),
            2);
}

TEST(SqliteAccessTest, ATokenOfADisabledUserIsNotFound) {
  auto s = WithUsers();
  ASSERT_TRUE(s.store);
  AccessStore& a = *AccessOf(*s.store);
  ASSERT_TRUE(a.AddToken("ramesh", "x", kSecretHash, "2026-03-01", Who()).ok());
  ASSERT_TRUE(s.store->Auth().SetDisabled("ramesh", true, Who()).ok());
  EXPECT_FALSE(a.FindTokenUser(kSecretHash)->has_value());
}

TEST(SqliteAccessTest, AUnitPathRunsFromTheRoot) {
  auto s = WithUsers();
  ASSERT_TRUE(s.store);
  AccessStore& a = *AccessOf(*s.store);
  auto path = a.UnitPath(kB1);
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  EXPECT_EQ(*path, (std::vector<std::string>{"S24", "S24/D:AGRA", "S24/AC1",
                                             "S24/AC1/SK1", kB1}));
  EXPECT_EQ(*a.UnitPath("S24"), std::vector<std::string>{"S24"});
  EXPECT_EQ(a.UnitPath(kB3 + "X").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace janadhar::store
