// The organisation's unit tree in the SQLite store: a hand-made tree written
// and read back, one state's tree replaced beside another's, a failed replace
// leaving the old tree, the schema version that brought the tables, and the
// tree's BLOB (sqlite_org_tree.h): the same tree as the rows, rewritten with
// them, and the rows read when it is missing, stale or damaged.
#include <gtest/gtest.h>

#include <string>

#include "org/unit.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_org_tree.h"
#include "store/sqlite/sqlite_test_util.h"

namespace janadhar::store {
namespace {

using org::UnitLevel;
using testing::ExecSql;
using testing::FreshStorePath;
using testing::OpenOrDie;
using testing::QueryInt;

org::Unit MakeUnit(int parent, UnitLevel level, std::string code, std::string name,
                   const std::string& state, int ac = 0, std::string part = "") {
  org::Unit u;
  u.parent = parent;
  u.level = level;
  u.code = std::move(code);
  u.name = std::move(name);
  u.state = state;
  u.ac = ac;
  u.part = std::move(part);
  return u;
}

int AddOrDie(org::UnitTree& tree, org::Unit u) {
  auto id = tree.Add(std::move(u));
  EXPECT_TRUE(id.ok()) << id.status().ToString();
  return id.ok() ? *id : -1;
}

// State → one district → two ACs; the first AC has a kendra of two booths
// (one with a lettered part), the second none. `acs_from` numbers the ACs.
org::UnitTree SmallTree(const std::string& state, const std::string& name,
                        int acs_from = 1) {
  org::UnitTree t;
  const int root = AddOrDie(t, MakeUnit(-1, UnitLevel::kState, state, name, state));
  const int d = AddOrDie(t, MakeUnit(root, UnitLevel::kDistrict,
                                     org::DistrictCode(state, "Agra"), "Agra", state));
  const int a1 = acs_from, a2 = acs_from + 1;
  const int ac = AddOrDie(t, MakeUnit(d, UnitLevel::kAssembly, org::AcCode(state, a1),
                                      "Etmadpur", state, a1));
  const int sk =
      AddOrDie(t, MakeUnit(ac, UnitLevel::kShaktiKendra, org::KendraCode(state, a1, 1),
                           "SK 1: booths 1–12A", state, a1));
  AddOrDie(t, MakeUnit(sk, UnitLevel::kBooth, org::BoothCode(state, a1, "1"),
                       "प्राथमिक विद्यालय कक्ष 1", state, a1, "1"));
  AddOrDie(t, MakeUnit(sk, UnitLevel::kBooth, org::BoothCode(state, a1, "12a"),
                       "Junior High School", state, a1, "12a"));
  AddOrDie(t, MakeUnit(d, UnitLevel::kAssembly, org::AcCode(state, a2), "Agra Cantt",
                       state, a2));
  return t;
}

void ExpectSameTree(const org::UnitTree& got, const org::UnitTree& want) {
  ASSERT_EQ(got.size(), want.size());
  for (int i = 0; i < want.size(); ++i) {
    const org::Unit& g = got.unit(i);
    const org::Unit& w = want.unit(i);
    EXPECT_EQ(g.parent, w.parent) << w.code;
    EXPECT_EQ(g.level, w.level) << w.code;
    EXPECT_EQ(g.code, w.code);
    EXPECT_EQ(g.name, w.name) << w.code;
    EXPECT_EQ(g.state, w.state) << w.code;
    EXPECT_EQ(g.ac, w.ac) << w.code;
    EXPECT_EQ(g.part, w.part) << w.code;
    EXPECT_EQ(got.children(i), want.children(i)) << w.code;
  }
}

TEST(SqliteOrgTest, TheSchemaVersionIsTheNewestWithTheUnitsAndTheirTrees) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->SchemaVersion(), 13);
  EXPECT_EQ(sqlite::NewestSchemaVersion(), 13);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_units"), 0);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_unit_trees"), 0);
  EXPECT_EQ(QueryInt(path,
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                     "name = 'org_units_parent'"),
            1);
  EXPECT_EQ(QueryInt(path,
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                     "name = 'org_training_sessions_unit'"),
            1);
}

TEST(SqliteOrgTest, AStateWithoutUnitsLoadsAnEmptyTree) {
  auto store = OpenOrDie(FreshStorePath());
  ASSERT_TRUE(store);
  auto tree = store->LoadOrgUnits("S24");
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  EXPECT_TRUE(tree->empty());
}

TEST(SqliteOrgTest, AHandMadeTreeRoundTrips) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  const org::UnitTree want = SmallTree("S24", "Uttar Pradesh");
  ASSERT_TRUE(store->ReplaceOrgUnits("S24", want).ok());
  auto got = store->LoadOrgUnits("S24");
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ExpectSameTree(*got, want);
  EXPECT_EQ(got->PathName(4),
            "Uttar Pradesh > Agra > Etmadpur > SK 1: booths 1–12A > "
            "प्राथमिक विद्यालय कक्ष 1");
  // Empty places are NULL; pre-order numbers are the tree's ids.
  EXPECT_EQ(QueryInt(path, "SELECT lft FROM org_units WHERE code = '" +
                               want.unit(4).code + "'"),
            4);
  EXPECT_EQ(QueryInt(path, "SELECT rgt FROM org_units WHERE code = 'S24'"),
            want.size() - 1);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_units WHERE ac IS NULL"), 2);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_units WHERE part IS NULL"), 5);

  // Replacing again gives the same tree, not two.
  ASSERT_TRUE(store->ReplaceOrgUnits("S24", want).ok());
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_units"), want.size());
  got = store->LoadOrgUnits("S24");
  ASSERT_TRUE(got.ok());
  ExpectSameTree(*got, want);
}

TEST(SqliteOrgTest, ReplacingOneStateKeepsAnother) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  const org::UnitTree up = SmallTree("S24", "Uttar Pradesh");
  const org::UnitTree bihar = SmallTree("S04", "Bihar", 10);
  ASSERT_TRUE(store->ReplaceOrgUnits("S24", up).ok());
  ASSERT_TRUE(store->ReplaceOrgUnits("S04", bihar).ok());

  org::UnitTree smaller;
  AddOrDie(smaller, MakeUnit(-1, UnitLevel::kState, "S24", "Uttar Pradesh", "S24"));
  AddOrDie(smaller, MakeUnit(0, UnitLevel::kAssembly, "S24/AC7", "Behat", "S24", 7));
  ASSERT_TRUE(store->ReplaceOrgUnits("S24", smaller).ok());

  auto got_up = store->LoadOrgUnits("S24");
  auto got_bihar = store->LoadOrgUnits("S04");
  ASSERT_TRUE(got_up.ok() && got_bihar.ok());
  ExpectSameTree(*got_up, smaller);
  ExpectSameTree(*got_bihar, bihar);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_units"),
            smaller.size() + bihar.size());

  // An empty tree removes the state's units only.
  ASSERT_TRUE(store->ReplaceOrgUnits("S24", org::UnitTree()).ok());
  got_up = store->LoadOrgUnits("S24");
  ASSERT_TRUE(got_up.ok());
  EXPECT_TRUE(got_up->empty());
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_units"), bihar.size());
}

// A unit left out of the new tree may have children that stay (a mandal
// imported between an AC and its kendras, then a tree without it): they move
// to their new parents and the mandal goes.
TEST(SqliteOrgTest, AUnitLeftOutGoesWhileItsChildrenStay) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  org::UnitTree with_mandal;
  AddOrDie(with_mandal, MakeUnit(-1, UnitLevel::kState, "S24", "Uttar Pradesh", "S24"));
  AddOrDie(with_mandal, MakeUnit(0, UnitLevel::kAssembly, "S24/AC7", "Behat", "S24", 7));
  AddOrDie(with_mandal, MakeUnit(1, UnitLevel::kMandal, "S24/AC7/M:1", "Mandal", "S24"));
  AddOrDie(with_mandal,
           MakeUnit(2, UnitLevel::kShaktiKendra, "S24/AC7/SK1", "SK 1", "S24", 7));
  ASSERT_TRUE(store->ReplaceOrgUnits("S24", with_mandal).ok());

  org::UnitTree without;
  AddOrDie(without, MakeUnit(-1, UnitLevel::kState, "S24", "Uttar Pradesh", "S24"));
  AddOrDie(without, MakeUnit(0, UnitLevel::kAssembly, "S24/AC7", "Behat", "S24", 7));
  AddOrDie(without,
           MakeUnit(1, UnitLevel::kShaktiKendra, "S24/AC7/SK1", "SK 1", "S24", 7));
  const Status replaced = store->ReplaceOrgUnits("S24", without);
  ASSERT_TRUE(replaced.ok()) << replaced.ToString();
  auto got = store->LoadOrgUnits("S24");
  ASSERT_TRUE(got.ok());
  ExpectSameTree(*got, without);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_units WHERE code = 'S24/AC7/M:1'"),
            0);
  EXPECT_EQ(QueryInt(path,
                     "SELECT count(*) FROM org_units s JOIN org_units a ON a.id = "
                     "s.parent_id WHERE s.code = 'S24/AC7/SK1' AND a.code = 'S24/AC7'"),
            1);
}

TEST(SqliteOrgTest, AFailureHalfWayLeavesTheOldTree) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  const org::UnitTree up = SmallTree("S24", "Uttar Pradesh");
  const org::UnitTree bihar = SmallTree("S04", "Bihar", 10);
  ASSERT_TRUE(store->ReplaceOrgUnits("S24", up).ok());
  ASSERT_TRUE(store->ReplaceOrgUnits("S04", bihar).ok());

  // A new Bihar tree whose third unit takes a code of Uttar Pradesh's tree:
  // the old Bihar units are deleted and two new ones written before it fails.
  org::UnitTree clash;
  AddOrDie(clash, MakeUnit(-1, UnitLevel::kState, "S04", "Bihar", "S04"));
  AddOrDie(clash,
           MakeUnit(0, UnitLevel::kAssembly, "S04/AC1", "Valmiki Nagar", "S04", 1));
  AddOrDie(clash, MakeUnit(0, UnitLevel::kAssembly, "S24/AC1", "Ramnagar", "S04", 2));
  org::AuditEntry entry;
  entry.actor = "tester";
  entry.action = "units.import";
  entry.subject = "units";
  const Status s = store->ReplaceOrgUnits("S04", clash, &entry);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_audit"), 0);  // nor its entry
  EXPECT_EQ(s.code(), StatusCode::kDataError);
  EXPECT_NE(s.message().find("'S24/AC1'"), std::string::npos) << s.message();

  auto got_bihar = store->LoadOrgUnits("S04");
  auto got_up = store->LoadOrgUnits("S24");
  ASSERT_TRUE(got_bihar.ok() && got_up.ok());
  ExpectSameTree(*got_bihar, bihar);
  ExpectSameTree(*got_up, up);
  // A tree that is written writes its entry with it.
  ASSERT_TRUE(store->ReplaceOrgUnits("S04", bihar, &entry).ok());
  EXPECT_EQ(QueryInt(path,
                     "SELECT count(*) FROM org_audit WHERE actor = 'tester' AND "
                     "action = 'units.import'"),
            1);
}

TEST(SqliteOrgTest, ATreeNotRootedAtTheStateIsRefused) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  const org::UnitTree up = SmallTree("S24", "Uttar Pradesh");
  Status s = store->ReplaceOrgUnits("S04", up);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("root 'S24'"), std::string::npos) << s.message();
  s = store->ReplaceOrgUnits("", up);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_units"), 0);
}

TEST(SqliteOrgTest, TheTreeIsReadFromItsBlobOrElseFromTheRows) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  const org::UnitTree up = SmallTree("S24", "Uttar Pradesh");
  ASSERT_TRUE(store->ReplaceOrgUnits("S24", up).ok());
  ASSERT_TRUE(store->ReplaceOrgUnits("S04", SmallTree("S04", "Bihar", 10)).ok());
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_unit_trees"), 2);

  // A name changed in the rows only shows whether the BLOB was read.
  ASSERT_TRUE(ExecSql(path, "UPDATE org_units SET name = 'Etah' WHERE code = 'S24/AC1'"));
  auto got = store->LoadOrgUnits("S24");
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ExpectSameTree(*got, up);  // the BLOB, written with the rows

  // The rows, when the BLOB is stale (another count), damaged or missing.
  org::UnitTree renamed = SmallTree("S24", "Uttar Pradesh");
  org::UnitTree renamed_rows;
  for (org::Unit u : renamed.units()) {
    if (u.code == "S24/AC1") u.name = "Etah";
    AddOrDie(renamed_rows, std::move(u));
  }
  for (const std::string& spoil :
       {std::string("UPDATE org_units SET lft = lft + 1 WHERE code = 'S24/AC2'"),
        std::string(
            "UPDATE org_unit_trees SET units = X'4A555431FF' WHERE state = 'S24'"),
        std::string("DELETE FROM org_unit_trees WHERE state = 'S24'")}) {
    SCOPED_TRACE(spoil);
    ASSERT_TRUE(store->ReplaceOrgUnits("S24", up).ok());
    ASSERT_TRUE(
        ExecSql(path, "UPDATE org_units SET name = 'Etah' WHERE code = 'S24/AC1'"));
    ASSERT_TRUE(ExecSql(path, spoil));
    got = store->LoadOrgUnits("S24");
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    ExpectSameTree(*got, renamed_rows);
    if (spoil.find("lft + 1") != std::string::npos) {
      ASSERT_TRUE(
          ExecSql(path, "UPDATE org_units SET lft = lft - 1 WHERE code = 'S24/AC2'"));
    }
  }
  // Bihar's BLOB is untouched; writing the tree again writes the BLOB again.
  auto bihar = store->LoadOrgUnits("S04");
  ASSERT_TRUE(bihar.ok());
  ExpectSameTree(*bihar, SmallTree("S04", "Bihar", 10));
  ASSERT_TRUE(store->ReplaceOrgUnits("S24", up).ok());
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM org_unit_trees WHERE state = 'S24'"), 1);
  got = store->LoadOrgUnits("S24");
  ASSERT_TRUE(got.ok());
  ExpectSameTree(*got, up);
}

TEST(SqliteOrgTest, ABlobDecodesOnlyWhole) {
  const org::UnitTree up = SmallTree("S24", "Uttar Pradesh");
  const std::vector<org::UnitTree::Visit> order = up.Subtree(0);
  std::vector<int64_t> rows(up.size());
  for (int i = 0; i < up.size(); ++i) rows[i] = 100 + 2 * i;
  const std::string blob = sqlite::EncodeUnitTree(up, order, rows);
  sqlite::RowIds ids;
  const auto whole = sqlite::DecodeUnitTree(blob, "S24", &ids);
  ASSERT_TRUE(whole.has_value());
  ExpectSameTree(*whole, up);  // SmallTree is built in pre-order
  EXPECT_EQ(ids.first, 100);
  for (int i = 0; i < up.size(); ++i) EXPECT_EQ(ids.Find(100 + 2 * i), i);
  EXPECT_EQ(ids.Find(101), -1);
  EXPECT_EQ(ids.Find(99), -1);
  EXPECT_EQ(ids.Find(100 + 2 * up.size()), -1);
  // Every shorter prefix and a byte more are refused, as are other magic
  // bytes and a unit naming a parent after itself.
  for (size_t n = 0; n < blob.size(); ++n) {
    EXPECT_FALSE(sqlite::DecodeUnitTree(blob.substr(0, n), "S24", &ids)) << n;
  }
  EXPECT_FALSE(sqlite::DecodeUnitTree(blob + "x", "S24", &ids));
  EXPECT_FALSE(sqlite::DecodeUnitTree("JUT2" + blob.substr(4), "S24", &ids));
  std::string forward = blob;
  forward[6] = 2;  // the root's parent: position 1 instead of none
  EXPECT_FALSE(sqlite::DecodeUnitTree(forward, "S24", &ids));
}

}  // namespace
}  // namespace janadhar::store
