// Schema 7: org_units rebuilt for the national level, with foreign keys off
// for the rebuild and checked before the commit (migrations.h).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "org/unit.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_org_test_util.h"
#include "store/sqlite/sqlite_org_tree.h"
#include "store/sqlite/sqlite_test_util.h"

namespace janadhar::store {
namespace {

using testing::QueryInt;

// The first column of `sql`'s rows joined by '|', read on a new connection.
std::string QueryTexts(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK) {
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        const unsigned char* text = sqlite3_column_text(stmt, 0);
        out +=
            std::string(text != nullptr ? reinterpret_cast<const char*>(text) : "") + "|";
      }
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return out;
}

// A store at schema 6 holding testing::OrgTree() (ids 11..18, its BLOB as
// ReplaceOrgUnits writes it), two people, three current posts, an ended
// one, a training session with attendance and an audit entry.
std::string Version6Store() {
  std::string path = testing::FreshStorePath();
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  auto version = sqlite::Migrate(db, path, 6);
  EXPECT_TRUE(version.ok()) << version.status().ToString();
  EXPECT_EQ(version.ok() ? *version : 0, 6);
  const org::UnitTree tree = testing::OrgTree();
  const std::vector<org::UnitTree::Visit> order = tree.Subtree(0);
  std::vector<int64_t> rows;
  rows.reserve(tree.size());
  for (int id = 0; id < tree.size(); ++id) rows.push_back(11 + id);
  EXPECT_TRUE(
      sqlite::WriteUnitTree(db, "S24", sqlite::EncodeUnitTree(tree, order, rows)).ok());
  sqlite3_close(db);
  EXPECT_TRUE(testing::ExecSql(path, R"sql(
PRAGMA foreign_keys = ON;
INSERT INTO org_units (id, parent_id, level, code, name, state, ac, part, lft, rgt)
VALUES
  (11, NULL, 'state', 'S24', 'Uttar Pradesh', 'S24', NULL, NULL, 0, 7),
  (12, 11, 'district', 'S24/D:AGRA', 'Agra', 'S24', NULL, NULL, 1, 7),
  (13, 12, 'ac', 'S24/AC1', 'Etmadpur', 'S24', 1, NULL, 2, 5),
  (14, 13, 'shakti_kendra', 'S24/AC1/SK1', 'SK 1', 'S24', 1, NULL, 3, 5),
  (15, 14, 'booth', 'S24/AC1/B1', 'Booth 1', 'S24', 1, '1', 4, 4),
  (16, 14, 'booth', 'S24/AC1/B2', 'Booth 2', 'S24', 1, '2', 5, 5),
  (17, 12, 'ac', 'S24/AC2', 'Agra Cantt', 'S24', 2, NULL, 6, 7),
  (18, 17, 'booth', 'S24/AC2/B3', 'Booth 3', 'S24', 2, '3', 7, 7);
INSERT INTO org_people (id, name_hi, name_en, phone, epic, joined, came_from, status,
                        unit_id)
VALUES
  (21, 'राम कुमार', 'Ram Kumar', '+919876500001', NULL, '2024-01-15', '', 'active', 15),
  (22, 'सीता देवी', 'Sita Devi', '+919876500002', NULL, '2024-01-15', '', 'active', 18);
INSERT INTO org_posts (id, person_id, unit_id, role, from_date, to_date) VALUES
  (31, 21, 15, 'booth_president', '2024-02-01', NULL),
  (32, 22, 15, 'booth_committee_member', '2024-02-01', NULL),
  (33, 22, 13, 'president', '2024-02-01', NULL),
  (34, 21, 18, 'polling_agent', '2024-02-01', '2024-03-01');
INSERT INTO org_training_sessions (id, unit_id, date, topic, trainer, induction)
VALUES (41, 13, '2024-01-20', 'Induction', 'Trainer', 1);
INSERT INTO org_attendance (session_id, person_id) VALUES (41, 21);
INSERT INTO org_audit (at, actor, actor_unit, action, subject, before, after, reason)
VALUES ('2024-01-15T10:00:00Z', 'tester', '', 'person.add', 'person 21', '', '{}', '');
)sql"));
  return path;
}

// What the rebuild must keep: rows and ids of the tables about units, the
// staff counts, and the names of the indexes and triggers.
std::vector<std::string> Kept(const std::string& path) {
  return {
      QueryTexts(
          path,
          "SELECT id || ',' || coalesce(parent_id, '') || ',' || level || ',' || "
          "code || ',' || name || ',' || state || ',' || coalesce(ac, '') || ',' || "
          "coalesce(part, '') || ',' || lft || ',' || rgt FROM org_units ORDER BY id"),
      QueryTexts(path, "SELECT id || ',' || unit_id FROM org_people ORDER BY id"),
      QueryTexts(path,
                 "SELECT id || ',' || unit_id || ',' || coalesce(to_date, '') "
                 "FROM org_posts ORDER BY id"),
      QueryTexts(path,
                 "SELECT unit_id || ',' || president || ',' || booth_president || ',' || "
                 "booth_committee_member || ',' || polling_agent FROM org_unit_staff "
                 "ORDER BY unit_id"),
      QueryTexts(path, "SELECT id || ',' || unit_id FROM org_training_sessions"),
      QueryTexts(path, "SELECT session_id || ',' || person_id FROM org_attendance"),
      QueryTexts(path, "SELECT count(*) FROM org_audit"),
      QueryTexts(path,
                 "SELECT type || ':' || name || ':' || tbl_name FROM sqlite_schema "
                 "WHERE type IN ('index', 'trigger') ORDER BY type, name"),
  };
}

TEST(MigrationOrgTest, Version6StoreIsRebuiltKeepingEveryRowIndexAndTrigger) {
  const std::string path = Version6Store();
  const std::vector<std::string> before = Kept(path);
  ASSERT_NE(before[0].find("S24/AC2/B3"), std::string::npos) << before[0];
  ASSERT_NE(before[7].find("index:org_units_state:org_units"), std::string::npos);
  ASSERT_NE(before[7].find("trigger:org_posts_held:org_posts"), std::string::npos);

  // Migrated on a connection with foreign keys on: they are on again after.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr),
            SQLITE_OK);
  auto version = sqlite::Migrate(db, path, 7);
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  EXPECT_EQ(*version, 7);
  sqlite3_stmt* keys = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA foreign_keys", -1, &keys, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(keys), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(keys, 0), 1);
  sqlite3_finalize(keys);
  sqlite3_close(db);

  EXPECT_EQ(QueryInt(path, "PRAGMA user_version"), 7);
  EXPECT_EQ(Kept(path), before);
  // The other tables still refer to org_units, and it to itself.
  for (const char* table : {"org_units", "org_people", "org_posts", "org_unit_staff",
                            "org_training_sessions"}) {
    EXPECT_EQ(
        QueryInt(path, std::string("SELECT count(*) FROM pragma_foreign_key_list('") +
                           table + "') WHERE \"table\" = 'org_units'"),
        1)
        << table;
  }
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_v7'"),
            0);

  auto store = testing::OpenOrDie(path);
  ASSERT_TRUE(store);
  // The BLOB written before the national level decodes to the same levels.
  auto tree = store->LoadOrgUnits("S24");
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  ASSERT_EQ(tree->size(), 8);
  const org::UnitTree want = testing::OrgTree();
  for (int id = 0; id < want.size(); ++id) {
    EXPECT_EQ(tree->unit(id).code, want.unit(id).code);
    EXPECT_EQ(tree->unit(id).level, want.unit(id).level) << want.unit(id).code;
  }
  // The counting triggers work on the rebuilt table: a new post is counted.
  auto post = store->AddPost(
      testing::MakePost(22, testing::kB3, org::Role::kPollingAgent, "2024-04-01"),
      testing::Audit("post.assign"));
  ASSERT_TRUE(post.ok()) << post.status().ToString();
  EXPECT_EQ(QueryInt(path, "SELECT polling_agent FROM org_unit_staff WHERE unit_id = 18"),
            1);
  EXPECT_EQ(testing::StaffMismatches(path), 0);
  // Deleting a unit with people is still refused by the foreign keys.
  EXPECT_NE(testing::ExecError(path,
                               "PRAGMA foreign_keys = ON; "
                               "DELETE FROM org_units WHERE id = 18"),
            "");
  // The national level is allowed now.
  org::UnitTree national;
  ASSERT_TRUE(national.Add(org::NationalUnit()).ok());
  const Status st = store->ReplaceOrgUnits("IN", national);
  EXPECT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_units WHERE level = 'national'"), 1);
}

TEST(MigrationOrgTest, DanglingReferenceStopsTheUpgradeAndChangesNothing) {
  const std::string path = Version6Store();
  // A person of a unit that does not exist (written with foreign keys off).
  ASSERT_TRUE(testing::ExecSql(
      path,
      "INSERT INTO org_people (id, name_hi, name_en, phone, joined, came_from, status, "
      "unit_id) VALUES (23, 'अजय', 'Ajay', '+919876500003', '2024-01-15', '', "
      "'active', 999)"));
  const std::vector<std::string> before = Kept(path);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr),
            SQLITE_OK);
  auto version = sqlite::Migrate(db, path, 7);
  ASSERT_FALSE(version.ok());
  EXPECT_EQ(version.status().code(), StatusCode::kDataError);
  EXPECT_NE(version.status().message().find("not upgraded to schema 7"),
            std::string::npos)
      << version.status().message();
  EXPECT_NE(version.status().message().find("org_people row 23"), std::string::npos)
      << version.status().message();
  sqlite3_stmt* keys = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA foreign_keys", -1, &keys, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(keys), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(keys, 0), 1);  // on again after the failure
  sqlite3_finalize(keys);
  sqlite3_close(db);
  EXPECT_EQ(QueryInt(path, "PRAGMA user_version"), 6);
  EXPECT_EQ(Kept(path), before);
  EXPECT_NE(testing::ExecError(path,
                               "INSERT INTO org_units (level, code, name, state) "
                               "VALUES ('national', 'IN', 'India', 'IN')"),
            "");  // still the old CHECK
}

TEST(MigrationOrgTest, FreshStoreGetsTheNewestSchema) {
  const std::string path = testing::FreshStorePath();
  auto store = testing::OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(sqlite::NewestSchemaVersion(), 13);
  EXPECT_EQ(QueryInt(path, "PRAGMA user_version"), 13);
  EXPECT_EQ(QueryInt(path,
                     "SELECT count(*) FROM sqlite_schema WHERE name = 'org_units' AND "
                     "sql LIKE '%''national''%'"),
            1);
  EXPECT_EQ(QueryInt(path,
                     "SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'org_units' "
                     "AND type = 'index' AND name IN ('org_units_parent', "
                     "'org_units_state')"),
            2);
}

// A tree BLOB in the format written before the national level: state 0,
// booth 6. It decodes to the same levels; the national level round-trips.
TEST(MigrationOrgTest, TreeBlobLevelCodesAreStable) {
  // Units as (row, parent + 1, level, ac) and code, name, part; all short.
  std::string blob = "JUT1";
  blob += '\x02';  // two units
  const auto unit = [&blob](const std::vector<char>& numbers,
                            const std::vector<std::string>& texts) {
    blob.append(numbers.begin(), numbers.end());
    for (const std::string& t : texts) blob += static_cast<char>(t.size()) + t;
  };
  unit({1, 0, 0, 0}, {"S24", "UP", ""});  // the state: level 0
  unit({2, 1, 6, 1}, {"B", "b", "1"});    // a booth: level 6
  sqlite::RowIds ids;
  auto tree = sqlite::DecodeUnitTree(blob, "S24", &ids);
  ASSERT_TRUE(tree.has_value());
  ASSERT_EQ(tree->size(), 2);
  EXPECT_EQ(tree->unit(0).level, org::UnitLevel::kState);
  EXPECT_EQ(tree->unit(1).level, org::UnitLevel::kBooth);
  EXPECT_EQ(tree->unit(1).part, "1");
  EXPECT_EQ(ids.Find(2), 1);

  org::UnitTree national;
  ASSERT_TRUE(national.Add(org::NationalUnit()).ok());
  const std::string encoded = sqlite::EncodeUnitTree(national, national.Subtree(0), {7});
  EXPECT_EQ(encoded.substr(0, 8), std::string("JUT1\x01\x07\x00\x07", 8));
  auto back = sqlite::DecodeUnitTree(encoded, "IN", &ids);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->unit(0).level, org::UnitLevel::kNational);
  EXPECT_EQ(back->unit(0).code, "IN");
}

}  // namespace
}  // namespace janadhar::store
