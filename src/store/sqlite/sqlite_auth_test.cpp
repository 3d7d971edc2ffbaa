// Users in the SQLite store: names unique ignoring case, grants round trip
// by unit code, revoking names what is held, audit entries that never hold
// the hash, refusals that change nothing, units kept while a grant names
// them, and the upgrade of a version 11 store.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_org_test_util.h"

namespace janadhar::store {
namespace {

using testing::kAc1;
using testing::kAc2;
using testing::kB3;
using testing::OpenOrgStore;
using testing::QueryInt;

// A fake but recognisable hash: the test looks for it in the audit log.
const std::string kHash = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$ZmFrZWhhc2g";

org::AuditEntry Who() {
  org::AuditEntry e;
  e.actor = "tester";
  e.at = "2026-03-01T10:00:00Z";
  return e;
}

AuthStore::NewUser NewUser(const std::string& name) {
  return {name, "Ramesh Kumar", kHash, "2026-03-01"};
}

auth::UserGrant MakeGrant(auth::Role role, const std::string& unit) {
  return {{role, unit}, "2026-03-02", "admin1"};
}

int64_t Rows(const std::string& path, const std::string& table) {
  return QueryInt(path, "SELECT count(*) FROM " + table);
}

TEST(SqliteAuthTest, UsersAndGrantsRoundTrip) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  AuthStore& auth = s.store->Auth();
  auto added = auth.AddUser(NewUser("Ramesh"), Who());
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_GT(added->id, 0);
  ASSERT_TRUE(auth.AddGrant("ramesh", MakeGrant(auth::Role::kWorker, kAc2), Who()).ok());
  ASSERT_TRUE(
      auth.AddGrant("RAMESH", MakeGrant(auth::Role::kViewer, "S24/D:AGRA"), Who()).ok());

  auto user = auth.GetUser("rAmEsH");
  ASSERT_TRUE(user.ok()) << user.status().ToString();
  ASSERT_TRUE(user->has_value());
  const auth::User& u = **user;
  EXPECT_EQ(u.name, "Ramesh");  // as first given
  EXPECT_EQ(u.display_name, "Ramesh Kumar");
  EXPECT_EQ(u.created_on, "2026-03-01");
  EXPECT_FALSE(u.disabled);
  ASSERT_EQ(u.grants.size(), 2u);  // by unit code
  EXPECT_EQ(u.grants[0].grant, (auth::Grant{auth::Role::kWorker, kAc2}));
  EXPECT_EQ(u.grants[0].granted_by, "admin1");
  EXPECT_EQ(u.grants[0].granted_on, "2026-03-02");
  EXPECT_EQ(u.grants[1].grant, (auth::Grant{auth::Role::kViewer, "S24/D:AGRA"}));

  auto hash = auth.GetPasswordHash("ramesh");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->value_or(""), kHash);
  auto none = auth.GetUser("suresh");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  ASSERT_TRUE(auth.AddUser(NewUser("anita"), Who()).ok());
  auto list = auth.ListUsers();
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].name, "anita");
  EXPECT_TRUE((*list)[0].grants.empty());
  EXPECT_EQ((*list)[1].grants.size(), 2u);
}

TEST(SqliteAuthTest, AuditEntriesNeverHoldTheHash) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  AuthStore& auth = s.store->Auth();
  ASSERT_TRUE(auth.AddUser(NewUser("ramesh"), Who()).ok());
  ASSERT_TRUE(auth.SetPasswordHash("ramesh", kHash + "X", Who()).ok());
  ASSERT_TRUE(auth.AddGrant("ramesh", MakeGrant(auth::Role::kAdmin, kAc1), Who()).ok());
  ASSERT_TRUE(auth.RevokeGrant("ramesh", {auth::Role::kAdmin, kAc1}, Who()).ok());
  ASSERT_TRUE(auth.SetDisabled("ramesh", true, Who()).ok());
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_audit WHERE subject = 'user ramesh' AND "
                     "action IN ('user.add', 'user.password', 'user.grant', "
                     "'user.revoke', 'user.disable')"),
            5);
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_audit WHERE instr(before, 'argon2') > 0 "
                     "OR instr(after, 'argon2') > 0 OR instr(reason, 'argon2') > 0"),
            0);
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_audit WHERE action = 'user.grant' AND "
                     "after = '{\"role\":\"admin\",\"unit\":\"S24/AC1\"}'"),
            1);
  EXPECT_EQ(QueryInt(s.path, "SELECT password_hash = '" + kHash +
                                 "X' FROM auth_users WHERE name = 'ramesh'"),
            1);
  auto u = auth.GetUser("ramesh");
  ASSERT_TRUE(u.ok() && u->has_value());
  EXPECT_TRUE((*u)->disabled);
  EXPECT_TRUE((*u)->ActiveGrants().empty());
  EXPECT_EQ(auth.SetDisabled("ramesh", true, Who()).code(),
            StatusCode::kFailedPrecondition);
}

TEST(SqliteAuthTest, RefusalsChangeNothing) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  AuthStore& auth = s.store->Auth();
  ASSERT_TRUE(auth.AddUser(NewUser("ramesh"), Who()).ok());
  ASSERT_TRUE(auth.AddGrant("ramesh", MakeGrant(auth::Role::kWorker, kAc1), Who()).ok());
  const int64_t audit = Rows(s.path, "org_audit");
  const int64_t grants = Rows(s.path, "auth_grants");

  auto taken = auth.AddUser(NewUser("RAMESH"), Who());
  EXPECT_EQ(taken.status().code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(auth.AddGrant("ramesh", MakeGrant(auth::Role::kWorker, kAc1), Who()).code(),
            StatusCode::kAlreadyExists);
  Status st = auth.AddGrant("ramesh", MakeGrant(auth::Role::kWorker, "S24/AC99"), Who());
  EXPECT_EQ(st.code(), StatusCode::kNotFound);
  EXPECT_NE(st.message().find("S24/AC99"), std::string::npos) << st.message();
  st = auth.AddGrant("rameshh", MakeGrant(auth::Role::kWorker, kAc1), Who());
  EXPECT_EQ(st.code(), StatusCode::kNotFound);
  EXPECT_NE(st.message().find("did you mean 'ramesh'"), std::string::npos)
      << st.message();
  st = auth.RevokeGrant("ramesh", {auth::Role::kAdmin, kAc1}, Who());
  EXPECT_EQ(st.code(), StatusCode::kNotFound);
  EXPECT_NE(st.message().find("they hold worker at S24/AC1"), std::string::npos)
      << st.message();
  EXPECT_EQ(auth.SetPasswordHash("nobody", kHash, Who()).code(), StatusCode::kNotFound);

  EXPECT_EQ(Rows(s.path, "auth_users"), 1);
  EXPECT_EQ(Rows(s.path, "auth_grants"), grants);
  EXPECT_EQ(Rows(s.path, "org_audit"), audit);
}

TEST(SqliteAuthTest, UnitsAGrantNamesAreKept) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  ASSERT_TRUE(s.store->Auth().AddUser(NewUser("ramesh"), Who()).ok());
  ASSERT_TRUE(s.store->Auth()
                  .AddGrant("ramesh", MakeGrant(auth::Role::kViewer, kB3), Who())
                  .ok());
  org::UnitTree smaller;
  const org::UnitTree full = testing::OrgTree();
  for (const org::Unit& u : full.units()) {
    if (u.code != kB3) {
      ASSERT_TRUE(smaller.Add(u).ok());
    }
  }
  const Status st = s.store->ReplaceOrgUnits("S24", smaller);
  EXPECT_EQ(st.code(), StatusCode::kDataError);
  EXPECT_NE(st.message().find(kB3), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("roles"), std::string::npos) << st.message();
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_units WHERE code = '" + kB3 + "'"),
            1);
  // Once revoked, the unit may go.
  ASSERT_TRUE(
      s.store->Auth().RevokeGrant("ramesh", {auth::Role::kViewer, kB3}, Who()).ok());
  EXPECT_TRUE(s.store->ReplaceOrgUnits("S24", smaller).ok());
}

TEST(SqliteAuthTest, AVersion11StoreGetsTheTables) {
  const std::string path = testing::FreshStorePath();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  auto version = sqlite::Migrate(db, path, 11);
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  sqlite3_close(db);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'auth%'"),
            0);
  EXPECT_EQ(QueryInt(path, "PRAGMA user_version"), 11);
  auto store = testing::OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->SchemaVersion(), 13);
  EXPECT_EQ(
      QueryInt(path,
               "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
               "('auth_users', 'auth_grants')"),
      2);
  auto added = store->Auth().AddUser(NewUser("ramesh"), Who());
  EXPECT_TRUE(added.ok()) << added.status().ToString();
}

}  // namespace
}  // namespace janadhar::store
