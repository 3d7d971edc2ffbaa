// Name search, settings, the audit log and the synthetic organisation's
// removal in the SQLite store.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "org/name_key.h"
#include "store/sqlite/sqlite_org_test_util.h"

namespace janadhar::store {
namespace {

using org::Role;
using testing::Audit;
using testing::kB1;
using testing::kB2;
using testing::kB3;
using testing::MakePerson;
using testing::MakePost;
using testing::OpenOrgStore;
using testing::QueryInt;

// The people searched for, added in this order (ids 1..n).
std::vector<org::Person> SearchPeople() {
  std::vector<org::Person> people = {
      MakePerson("राम कुमार", "", 1),           // 1: Devanagari only
      MakePerson("", "Ram Kumar", 2, kB3),     // 2: Latin only, in AC2
      MakePerson("", "Kumar Ram", 3),          // 3
      MakePerson("", "Ram Kumar Yadav", 4),    // 4
      MakePerson("श्याम लाल", "", 5),           // 5
      MakePerson("", "Lakshmi Devi", 6, kB2),  // 6
      MakePerson("सुनीता", "Sunita", 7),        // 7
      MakePerson("", "Sunil Yadav", 8, kB3),   // 8
      MakePerson("", "Sita", 9),               // 9
  };
  people[7].status = org::PersonStatus::kLeft;
  return people;
}

struct SearchStore {
  testing::OrgStore s;
  std::vector<int64_t> ids;
};
SearchStore OpenSearchStore() {
  SearchStore out{OpenOrgStore(), {}};
  if (!out.s.store) return out;
  Store::OrgBatch batch;
  batch.people = SearchPeople();
  auto ids = out.s.store->AddOrgBatch(batch);
  EXPECT_TRUE(ids.ok()) << ids.status().ToString();
  if (ids.ok()) out.ids = *ids;
  return out;
}

// The ids found for `text`, best first.
std::vector<int64_t> Find(Store& store, const std::string& text,
                          const std::string& unit = "", int limit = 20,
                          bool active_only = false) {
  Store::PeopleQuery q;
  q.tokens = org::NameTokens(text);
  q.unit = unit;
  q.limit = limit;
  q.active_only = active_only;
  auto hits = store.SearchPeople(q);
  EXPECT_TRUE(hits.ok()) << hits.status().ToString();
  std::vector<int64_t> ids;
  if (!hits.ok()) return ids;
  for (size_t i = 0; i < hits->size(); ++i) {
    ids.push_back((*hits)[i].person.id);
    if (i > 0) {
      EXPECT_GE((*hits)[i - 1].score, (*hits)[i].score) << text;
    }
  }
  return ids;
}

bool Has(const std::vector<int64_t>& ids, int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST(SqliteOrgSearchTest, ANameIsFoundInEitherScript) {
  auto t = OpenSearchStore();
  ASSERT_EQ(t.ids.size(), 9u);
  const auto latin = Find(*t.s.store, "Ram Kumar");
  ASSERT_GE(latin.size(), 2u);
  // The two exact names first (either order: same score), then the others.
  EXPECT_TRUE(Has({latin[0], latin[1]}, 1));
  EXPECT_TRUE(Has({latin[0], latin[1]}, 2));
  EXPECT_TRUE(Has(latin, 3));
  EXPECT_TRUE(Has(latin, 4));
  const auto devanagari = Find(*t.s.store, "राम कुमार");
  ASSERT_GE(devanagari.size(), 2u);
  EXPECT_TRUE(Has({devanagari[0], devanagari[1]}, 2));
  EXPECT_EQ(Find(*t.s.store, "श्याम"), std::vector<int64_t>{5});
  EXPECT_EQ(Find(*t.s.store, "Shyam Lal"), std::vector<int64_t>{5});
}

TEST(SqliteOrgSearchTest, SpellingVariantsAndPrefixesAreFound) {
  auto t = OpenSearchStore();
  ASSERT_EQ(t.ids.size(), 9u);
  EXPECT_EQ(Find(*t.s.store, "Laxmi"), std::vector<int64_t>{6});
  EXPECT_EQ(Find(*t.s.store, "लक्ष्मी"), std::vector<int64_t>{6});
  EXPECT_EQ(Find(*t.s.store, "Shyaam"), std::vector<int64_t>{5});
  const auto sun = Find(*t.s.store, "Sun");
  EXPECT_TRUE(Has(sun, 7));
  EXPECT_TRUE(Has(sun, 8));
  EXPECT_FALSE(Has(sun, 9));
  // An exact key beats a prefix.
  const auto sunita = Find(*t.s.store, "Sunita");
  ASSERT_FALSE(sunita.empty());
  EXPECT_EQ(sunita[0], 7);
  EXPECT_TRUE(Find(*t.s.store, "Gita").empty());
}

TEST(SqliteOrgSearchTest, TheScopeStatusAndLimitAreKept) {
  auto t = OpenSearchStore();
  ASSERT_EQ(t.ids.size(), 9u);
  const auto ac1 = Find(*t.s.store, "Ram Kumar", testing::kAc1);
  EXPECT_TRUE(Has(ac1, 1));
  EXPECT_FALSE(Has(ac1, 2));  // in AC2
  EXPECT_EQ(Find(*t.s.store, "Ram Kumar", kB3), std::vector<int64_t>{2});
  EXPECT_EQ(Find(*t.s.store, "yadav", "", 20, false).size(), 2u);
  EXPECT_EQ(Find(*t.s.store, "yadav", "", 20, true), std::vector<int64_t>{4});
  const auto one = Find(*t.s.store, "Ram Kumar", "", 1);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_TRUE(one[0] == 1 || one[0] == 2);
  EXPECT_EQ(Find(*t.s.store, "Ram Kumar", "", 3).size(), 3u);

  Store::PeopleQuery q;
  EXPECT_EQ(t.s.store->SearchPeople(q).status().code(), StatusCode::kInvalidArgument);
  q.tokens = {"ram"};
  q.unit = "S24/AC77";
  EXPECT_EQ(t.s.store->SearchPeople(q).status().code(), StatusCode::kNotFound);
}

// Stores of development builds of version 5 have no org_people.name_keys:
// search makes the keys from the names, the next write adds the column.
TEST(SqliteOrgSearchTest, AStoreWithoutStoredKeysIsSearchedToo) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  ASSERT_TRUE(s.store->AddPerson(MakePerson("राम कुमार", "", 1), Audit("a")).ok());
  s.store.reset();
  ASSERT_EQ(testing::ExecError(s.path, "ALTER TABLE org_people DROP COLUMN name_keys"),
            "");
  s.store = testing::OpenOrDie(s.path);
  ASSERT_TRUE(s.store);
  EXPECT_EQ(Find(*s.store, "Ram Kumar"), std::vector<int64_t>{1});
  ASSERT_TRUE(s.store->AddPerson(MakePerson("", "Ram Kumar Yadav", 2), Audit("a")).ok());
  EXPECT_EQ(Find(*s.store, "Ram Kumar"), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_people WHERE name_keys = ''"), 1);
}

TEST(SqliteOrgSearchTest, SettingsAreSavedByKey) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  EXPECT_TRUE(s.store->LoadOrgSettings()->empty());
  ASSERT_TRUE(s.store->SaveOrgSettings({{"b", "2"}, {"a", "1"}}, Audit("settings")).ok());
  ASSERT_TRUE(s.store->SaveOrgSettings({{"b", "3"}}, Audit("settings")).ok());
  auto got = s.store->LoadOrgSettings();
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got,
            (std::vector<std::pair<std::string, std::string>>{{"a", "1"}, {"b", "3"}}));
  EXPECT_EQ(s.store->LoadAudit("", 0)->size(), 2u);
}

TEST(SqliteOrgSearchTest, AUnitsAuditLogHoldsItsSubtreesEntries) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  struct Row {
    const char* actor_unit;
    const char* subject;
  };
  // Of S24: made for it or below it, or naming it when made for no unit.
  // Not of S24: another state whose code starts alike (S240), or no unit.
  const std::vector<Row> rows = {{"S24", "person 1"},        {"S24/AC173", "person 2"},
                                 {"", "unit S24/AC173/B45"}, {"", "units of S24"},
                                 {"S240", "person 3"},       {"", "unit S240/AC1"},
                                 {"", "person 4"},           {"IN", "unit S24"}};
  for (const Row& r : rows) {
    org::AuditEntry e = Audit("note", r.subject);
    e.actor_unit = r.actor_unit;
    ASSERT_TRUE(s.store->AppendAudit(e).ok());
  }
  auto subjects = [&](const std::string& subject, const std::string& unit, int limit) {
    std::vector<std::string> out;
    const auto entries = s.store->LoadAuditOfUnit(subject, unit, limit);
    EXPECT_TRUE(entries.ok()) << entries.status().ToString();
    if (!entries.ok()) return out;
    for (const auto& e : *entries) out.push_back(e.subject);
    return out;
  };
  EXPECT_EQ(subjects("", "S24", 0),
            (std::vector<std::string>{"units of S24", "unit S24/AC173/B45", "person 2",
                                      "person 1"}));
  EXPECT_EQ(subjects("", "S24/AC173", 0),
            (std::vector<std::string>{"unit S24/AC173/B45", "person 2"}));
  EXPECT_EQ(subjects("person 2", "S24", 0), (std::vector<std::string>{"person 2"}));
  EXPECT_EQ(subjects("", "S24", 1), (std::vector<std::string>{"units of S24"}));
  EXPECT_EQ(subjects("", "", 0).size(), rows.size());
  EXPECT_EQ(subjects("", "IN", 0), (std::vector<std::string>{"unit S24"}));
}

TEST(SqliteOrgSearchTest, TheAuditLogIsAppendOnly) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  for (int i = 0; i < 5; ++i) {
    org::AuditEntry e = Audit("note", i % 2 ? "person 1" : "person 2");
    e.at = "2024-01-0" + std::to_string(i + 1) + "T00:00:00Z";
    e.reason = std::to_string(i);
    ASSERT_TRUE(s.store->AppendAudit(e).ok());
  }
  auto all = s.store->LoadAudit("", 0);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 5u);
  EXPECT_EQ((*all)[0].reason, "4");  // newest first
  EXPECT_EQ((*all)[0].at, "2024-01-05T00:00:00Z");
  EXPECT_EQ((*all)[0].actor, "tester");
  auto one = s.store->LoadAudit("person 1", 0);
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->size(), 2u);
  EXPECT_EQ((*one)[0].reason, "3");
  EXPECT_EQ((*one)[1].reason, "1");
  auto limited = s.store->LoadAudit("person 2", 2);
  ASSERT_TRUE(limited.ok());
  ASSERT_EQ(limited->size(), 2u);
  EXPECT_EQ((*limited)[1].reason, "2");
  // An empty time is filled in.
  ASSERT_TRUE(s.store->AppendAudit(Audit("note")).ok());
  EXPECT_FALSE(s.store->LoadAudit("", 1)->at(0).at.empty());

  for (const char* sql : {"UPDATE org_audit SET actor = 'x'", "DELETE FROM org_audit",
                          "DELETE FROM org_audit WHERE id = 1"}) {
    EXPECT_NE(testing::ExecError(s.path, sql).find("append-only"), std::string::npos)
        << sql;
  }
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_audit"), 6);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_audit WHERE actor = 'x'"), 0);
}

TEST(SqliteOrgSearchTest, WipingTheSyntheticOrganisationKeepsTheRealOne) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  Store::OrgBatch batch;
  batch.people = {MakePerson("राम", "Ram", 1), MakePerson("", "Synth One", 2),
                  MakePerson("", "Sita", 3, kB2), MakePerson("", "Synth Two", 4, kB3)};
  batch.people[1].synthetic = batch.people[3].synthetic = true;
  batch.posts = {
      MakePost(0, kB1, Role::kBoothPresident), MakePost(1, kB1, Role::kPollingAgent),
      MakePost(3, kB3, Role::kBoothPresident), MakePost(2, kB3, Role::kPollingAgent)};
  batch.posts[1].synthetic = batch.posts[2].synthetic = true;
  batch.posts[3].synthetic = true;  // a synthetic post of a real person
  org::TrainingSession real, synth;
  real.unit = synth.unit = testing::kAc1;
  real.date = synth.date = "2024-03-01";
  synth.synthetic = true;
  batch.sessions = {real, synth};
  batch.attendance = {{0, 0}, {0, 1}, {1, 2}, {1, 3}};
  batch.audit = {Audit("org.synth")};
  auto ids = s.store->AddOrgBatch(batch);
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  EXPECT_EQ(*s.store->CountPeople(true), 2);
  EXPECT_EQ(*s.store->CountPeople(false), 4);

  auto wiped = s.store->WipeSyntheticOrg(Audit("org.wipe_synthetic"));
  ASSERT_TRUE(wiped.ok()) << wiped.status().ToString();
  EXPECT_EQ(*wiped, 2);
  EXPECT_EQ(*s.store->CountPeople(true), 0);
  EXPECT_EQ(*s.store->CountPeople(false), 2);
  EXPECT_TRUE(s.store->GetPerson((*ids)[0])->has_value());
  EXPECT_FALSE(s.store->GetPerson((*ids)[1])->has_value());
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_posts"), 1);
  EXPECT_EQ(s.store->LoadPersonPosts((*ids)[0], true)->size(), 1u);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_training_sessions"), 1);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_attendance"), 1);
  EXPECT_EQ(s.store->LoadAttended((*ids)[0])->size(), 1u);
  // The keys of the real people only: "ram" and "sit".
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_name_tokens"), 2);
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_name_tokens WHERE person_id "
                     "NOT IN (SELECT id FROM org_people)"),
            0);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_audit"), 2);  // kept, + wipe
  EXPECT_EQ(testing::StaffMismatches(s.path), 0);
  auto staff = s.store->LoadStaffedUnits("S24");
  ASSERT_TRUE(staff.ok());
  EXPECT_TRUE(staff->staff[4].has_value());   // B1: the real president
  EXPECT_FALSE(staff->staff[7].has_value());  // B3: nothing real left
}

}  // namespace
}  // namespace janadhar::store
