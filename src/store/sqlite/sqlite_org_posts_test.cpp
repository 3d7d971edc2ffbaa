// Posts and training of the organisation in the SQLite store: one current
// post per person and unit, ending posts, the staff counts kept by triggers
// (checked against the posts on a random sequence of changes), sessions,
// attendance and who still needs training; units replaced under people, and
// the upgrade of a version 4 store.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <array>
#include <random>
#include <string>
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_org_test_util.h"

namespace janadhar::store {
namespace {

using org::Role;
using testing::AddPersonOrFail;
using testing::Audit;
using testing::kAc1;
using testing::kAc2;
using testing::kB1;
using testing::kB2;
using testing::kB3;
using testing::MakePerson;
using testing::MakePost;
using testing::OpenOrgStore;
using testing::OrgCounts;
using testing::QueryInt;

TEST(SqliteOrgPostsTest, OnePersonHoldsOneCurrentPostPerUnit) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t ram = AddPersonOrFail(*s.store, MakePerson("", "Ram", 1));
  auto post = s.store->AddPost(MakePost(ram, kB1, Role::kBoothPresident), Audit("a"));
  ASSERT_TRUE(post.ok());
  EXPECT_EQ(s.store->LoadAudit("post " + std::to_string(*post), 0)->size(), 1u);
  const auto before = OrgCounts(s.path);
  auto again = s.store->AddPost(MakePost(ram, kB1, Role::kPollingAgent), Audit("a"));
  ASSERT_EQ(again.status().code(), StatusCode::kAlreadyExists);
  EXPECT_NE(again.status().message().find("post " + std::to_string(*post)),
            std::string::npos)
      << again.status().message();
  EXPECT_EQ(OrgCounts(s.path), before);
  ASSERT_TRUE(s.store->AddPost(MakePost(ram, kB2, Role::kPollingAgent), Audit("a")).ok());

  // Ending: NotFound, then once only; afterwards the unit takes a new post.
  EXPECT_EQ(s.store->EndPost(*post + 100, "2024-05-01", Audit("e")).code(),
            StatusCode::kNotFound);
  ASSERT_TRUE(s.store->EndPost(*post, "2024-05-01", Audit("e")).ok());
  const Status ended = s.store->EndPost(*post, "2024-06-01", Audit("e"));
  EXPECT_EQ(ended.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(ended.message().find("2024-05-01"), std::string::npos);
  auto got = s.store->GetPost(*post);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->to, "2024-05-01");
  EXPECT_EQ((*got)->unit, kB1);
  EXPECT_FALSE(s.store->GetPost(*post + 100)->has_value());
  ASSERT_TRUE(
      s.store->AddPost(MakePost(ram, kB1, Role::kPollingAgent, "2024-05-02"), Audit("a"))
          .ok());

  // Oldest first; current ones only on request.
  auto all = s.store->LoadPersonPosts(ram, false);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[2].from, "2024-05-02");
  EXPECT_EQ(s.store->LoadPersonPosts(ram, true)->size(), 2u);
  EXPECT_EQ(s.store->LoadUnitPosts(kB1, false)->size(), 2u);
  auto current = s.store->LoadUnitPosts(kB1, true);
  ASSERT_TRUE(current.ok());
  ASSERT_EQ(current->size(), 1u);
  EXPECT_EQ((*current)[0].role, Role::kPollingAgent);
  EXPECT_TRUE(s.store->LoadUnitPosts(kB3, false)->empty());
  EXPECT_EQ(testing::StaffMismatches(s.path), 0);
}

// The staff counts of the booths as LoadStaffedUnits gives them, against
// the current posts of each booth counted from LoadUnitPosts.
void ExpectStaffMatchesPosts(Store& store, const std::string& path) {
  auto staffed = store.LoadStaffedUnits("S24");
  ASSERT_TRUE(staffed.ok());
  for (const org::Unit& u : staffed->tree.units()) {
    auto posts = store.LoadUnitPosts(u.code, true);
    ASSERT_TRUE(posts.ok());
    std::array<int, org::kRoleCount> counted{};
    for (const org::Post& q : *posts) ++counted[static_cast<int>(q.role)];
    const auto& got = staffed->staff[u.id];
    if (u.level != org::UnitLevel::kBooth || posts->empty()) {
      EXPECT_FALSE(got.has_value()) << u.code;
      continue;
    }
    ASSERT_TRUE(got.has_value()) << u.code;
    for (int r = 0; r < org::kRoleCount; ++r) EXPECT_EQ(got->posts[r], counted[r]);
  }
  EXPECT_EQ(testing::StaffMismatches(path), 0);
}

TEST(SqliteOrgPostsTest, StaffCountsFollowEveryChangeOfThePosts) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  std::vector<int64_t> people;
  people.reserve(12);
  for (int i = 0; i < 12; ++i) {
    people.push_back(
        AddPersonOrFail(*s.store, MakePerson("", "P" + std::to_string(i), i)));
  }
  const std::vector<std::string> units = {kB1, kB2, kB3, kAc1};
  std::mt19937 rng(7);
  auto pick = [&rng](size_t n) { return static_cast<size_t>(rng() % n); };
  for (int step = 0; step < 300; ++step) {
    const size_t op = pick(10);
    const int64_t person = people[pick(people.size())];
    if (op < 5) {  // a post, refused when one is held there
      const std::string& unit = units[pick(units.size())];
      const Role role = unit == kAc1 ? Role::kPresident : org::kAllRoles[3 + pick(4)];
      (void)s.store->AddPost(MakePost(person, unit, role), Audit("a"));
    } else if (op < 7) {  // ending one
      auto held = s.store->LoadPersonPosts(person, true);
      ASSERT_TRUE(held.ok());
      if (!held->empty()) {
        ASSERT_TRUE(s.store->EndPost((*held)[0].id, "2024-07-01", Audit("e")).ok());
      }
    } else if (op < 8) {  // leaving
      org::Person p = *s.store->GetPerson(person).value();
      ASSERT_TRUE(s.store->UpdatePerson(p, {}, "2024-08-01").ok());
    } else if (op < 9) {  // a post deleted
      ASSERT_TRUE(testing::ExecSql(
          s.path, "DELETE FROM org_posts WHERE person_id = " + std::to_string(person) +
                      " AND id = (SELECT max(id) FROM org_posts WHERE person_id = " +
                      std::to_string(person) + ")"));
    } else {  // a person deleted with their posts (the foreign keys' cascade)
      ASSERT_EQ(testing::ExecError(s.path,
                                   "PRAGMA foreign_keys = ON; DELETE FROM org_people "
                                   "WHERE id = " +
                                       std::to_string(person)),
                "");
      const std::string name = "New" + std::to_string(step);
      people[std::find(people.begin(), people.end(), person) - people.begin()] =
          AddPersonOrFail(*s.store, MakePerson("", name, 100 + step));
    }
    if (step % 25 == 0) ExpectStaffMatchesPosts(*s.store, s.path);
  }
  ExpectStaffMatchesPosts(*s.store, s.path);
  EXPECT_GT(QueryInt(s.path, "SELECT count(*) FROM org_posts WHERE to_date IS NULL"), 0);
  // The same counts when the tree comes from its rows instead of its BLOB.
  ASSERT_TRUE(testing::ExecSql(s.path, "DELETE FROM org_unit_trees"));
  ExpectStaffMatchesPosts(*s.store, s.path);
}

org::TrainingSession Session(const std::string& unit, const std::string& date,
                             bool induction) {
  org::TrainingSession t;
  t.unit = unit;
  t.date = date;
  t.topic = induction ? "Induction" : "Booth management";
  t.trainer = "Trainer";
  t.induction = induction;
  return t;
}

TEST(SqliteOrgPostsTest, AttendanceIsRecordedOnce) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t a = AddPersonOrFail(*s.store, MakePerson("", "A", 1));
  const int64_t b = AddPersonOrFail(*s.store, MakePerson("", "B", 2));
  auto late = s.store->AddTrainingSession(Session(kAc1, "2024-05-01", false), Audit("t"));
  auto early = s.store->AddTrainingSession(Session(kAc2, "2024-04-01", true), Audit("t"));
  ASSERT_TRUE(late.ok() && early.ok());
  auto got = s.store->GetTrainingSession(*early);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->unit, kAc2);
  EXPECT_TRUE((*got)->induction);
  EXPECT_EQ((*got)->topic, "Induction");
  EXPECT_FALSE(s.store->GetTrainingSession(*late + 10)->has_value());

  EXPECT_EQ(*s.store->AddAttendance(*late, {a, b}, {Audit("attend")}), 2);
  EXPECT_EQ(*s.store->AddAttendance(*late, {b, a, a}, {Audit("attend")}), 0);
  EXPECT_EQ(*s.store->AddAttendance(*early, {a}, {}), 1);
  const auto before = OrgCounts(s.path);
  EXPECT_EQ(s.store->AddAttendance(*late + 10, {a}, {Audit("x")}).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(s.store->AddAttendance(*early, {b, b + 10}, {Audit("x")}).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(OrgCounts(s.path), before);

  auto attended = s.store->LoadAttended(a);
  ASSERT_TRUE(attended.ok());
  ASSERT_EQ(attended->size(), 2u);
  EXPECT_EQ((*attended)[0].id, *early);  // by date
  EXPECT_EQ((*attended)[1].id, *late);
  EXPECT_EQ(s.store->LoadAttended(b)->size(), 1u);
}

TEST(SqliteOrgPostsTest, PendingTrainingListsNewcomersAndUntrainedPostHolders) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  auto person = [&](const std::string& name, int n, const std::string& unit,
                    const std::string& came_from) {
    org::Person p = MakePerson("", name, n, unit);
    p.came_from = came_from;
    return AddPersonOrFail(*s.store, p);
  };
  const int64_t newcomer = person("Zoya", 1, kB2, "INC");  // no induction
  const int64_t inducted = person("Yash", 2, kB1, "SP");
  const int64_t holder = person("Amit", 3, kB1, "");      // a post, no session
  const int64_t trained = person("Bina", 4, kB1, "");     // a post and a session
  const int64_t ac_head = person("Chetan", 5, kAc1, "");  // a post, above the booths
  const int64_t elsewhere = person("Dev", 6, kB3, "INC");
  org::Person gone = MakePerson("", "Esha", 7, kB1);
  gone.came_from = "BSP";
  gone.status = org::PersonStatus::kLeft;
  ASSERT_TRUE(s.store->AddPerson(gone, Audit("a")).ok());
  const int64_t plain = person("Farid", 8, kB1, "");  // nothing to do
  (void)plain;
  for (const auto& [who, unit, role] :
       std::vector<std::tuple<int64_t, std::string, Role>>{
           {holder, kB1, Role::kBoothPresident},
           {holder, kB2, Role::kPollingAgent},
           {trained, kB1, Role::kPollingAgent},
           {ac_head, kAc1, Role::kPresident}}) {
    ASSERT_TRUE(s.store->AddPost(MakePost(who, unit, role), Audit("a")).ok());
  }
  auto induction = s.store->AddTrainingSession(Session(kAc1, "2024-03-01", true), {});
  auto other = s.store->AddTrainingSession(Session(kAc1, "2024-03-02", false), {});
  ASSERT_TRUE(induction.ok() && other.ok());
  ASSERT_TRUE(s.store->AddAttendance(*induction, {inducted}, {}).ok());
  ASSERT_TRUE(s.store->AddAttendance(*other, {trained, newcomer}, {}).ok());

  auto pending = s.store->LoadPendingTraining(kAc1, 0);
  ASSERT_TRUE(pending.ok()) << pending.status().ToString();
  // By unit pre-order (AC1, B1, B2), then name.
  ASSERT_EQ(pending->size(), 3u);
  EXPECT_EQ((*pending)[0].person.id, ac_head);
  EXPECT_FALSE((*pending)[0].needs_induction);
  EXPECT_EQ((*pending)[0].posts, 1);
  EXPECT_EQ((*pending)[1].person.id, holder);
  EXPECT_EQ((*pending)[1].posts, 2);
  EXPECT_EQ((*pending)[2].person.id, newcomer);
  EXPECT_TRUE((*pending)[2].needs_induction);
  EXPECT_EQ((*pending)[2].posts, 0);

  auto limited = s.store->LoadPendingTraining(kAc1, 1);
  ASSERT_TRUE(limited.ok());
  ASSERT_EQ(limited->size(), 1u);
  EXPECT_EQ((*limited)[0].person.id, ac_head);
  auto booth = s.store->LoadPendingTraining(kB2, 0);
  ASSERT_TRUE(booth.ok());
  ASSERT_EQ(booth->size(), 1u);
  EXPECT_EQ((*booth)[0].person.id, newcomer);
  auto state = s.store->LoadPendingTraining("S24", 0);
  ASSERT_TRUE(state.ok());
  ASSERT_EQ(state->size(), 4u);
  EXPECT_EQ((*state)[3].person.id, elsewhere);
}

TEST(SqliteOrgPostsTest, ReplacingUnitsKeepsPeopleAttachedAndRefusesToDropTheirs) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t id = AddPersonOrFail(*s.store, MakePerson("", "Ram", 1, kB2));
  ASSERT_TRUE(s.store->AddPost(MakePost(id, kB2, Role::kPollingAgent), Audit("a")).ok());
  const int64_t b2_row =
      QueryInt(s.path, "SELECT id FROM org_units WHERE code = '" + kB2 + "'");

  // A new booth: the same rows for the same codes, people where they were.
  org::UnitTree renamed = testing::OrgTree();
  org::Unit extra;
  extra.parent = 6;
  extra.level = org::UnitLevel::kBooth;
  extra.code = "S24/AC2/B4";
  extra.name = "Booth 4";
  extra.state = "S24";
  extra.ac = 2;
  extra.part = "4";
  ASSERT_TRUE(renamed.Add(extra).ok());
  ASSERT_TRUE(s.store->ReplaceOrgUnits("S24", renamed).ok());
  EXPECT_EQ(QueryInt(s.path, "SELECT id FROM org_units WHERE code = '" + kB2 + "'"),
            b2_row);
  EXPECT_EQ((*s.store->GetPerson(id))->unit, kB2);
  EXPECT_EQ(s.store->LoadUnitPosts(kB2, true)->size(), 1u);
  EXPECT_EQ(QueryInt(s.path, "SELECT rgt FROM org_units WHERE code = 'S24'"), 8);

  // A tree without B2 (and without the empty B4) is refused, naming B2.
  org::UnitTree smaller;
  const org::UnitTree full = testing::OrgTree();
  for (const org::Unit& u : full.units()) {
    if (u.code == kB2) continue;
    org::Unit copy = u;
    if (copy.parent > 5) --copy.parent;
    const auto added = smaller.Add(copy);
    ASSERT_TRUE(added.ok()) << added.status().ToString();
  }
  const auto before = OrgCounts(s.path);
  const Status st = s.store->ReplaceOrgUnits("S24", smaller);
  EXPECT_EQ(st.code(), StatusCode::kDataError);
  EXPECT_NE(st.message().find(kB2 + " (2)"), std::string::npos) << st.message();
  EXPECT_EQ(OrgCounts(s.path), before);
  EXPECT_EQ(s.store->LoadOrgUnits("S24")->size(), renamed.size());
}

TEST(SqliteOrgPostsTest, AVersion4StoreGetsPreOrderNumbers) {
  const std::string path = testing::FreshStorePath();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  auto version = sqlite::Migrate(db, path, 4);
  sqlite3_close(db);
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  ASSERT_EQ(*version, 4);
  // Stored parents first, but not in pre-order; one unit without its state.
  ASSERT_TRUE(testing::ExecSql(path, R"sql(
INSERT INTO org_units (id, parent_id, level, code, name, state, ac, part) VALUES
  (1, NULL, 'state', 'S24', 'Uttar Pradesh', 'S24', NULL, NULL),
  (2, 1, 'district', 'S24/D:AGRA', 'Agra', 'S24', NULL, NULL),
  (3, 2, 'ac', 'S24/AC1', 'Etmadpur', 'S24', 1, NULL),
  (4, 2, 'ac', 'S24/AC2', 'Agra Cantt', 'S24', 2, NULL),
  (5, 3, 'shakti_kendra', 'S24/AC1/SK1', 'SK 1', NULL, 1, NULL),
  (6, 5, 'booth', 'S24/AC1/B1', 'Booth 1', 'S24', 1, '1'),
  (7, 4, 'booth', 'S24/AC2/B3', 'Booth 3', 'S24', 2, '3');
)sql"));
  auto store = testing::OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->SchemaVersion(), sqlite::NewestSchemaVersion());
  const std::vector<std::array<int64_t, 3>> want = {
      {1, 0, 6}, {2, 1, 6}, {3, 2, 4}, {5, 3, 4}, {6, 4, 4}, {4, 5, 6}, {7, 6, 6}};
  for (const auto& [id, lft, rgt] : want) {
    const std::string of = " FROM org_units WHERE id = " + std::to_string(id);
    EXPECT_EQ(QueryInt(path, "SELECT lft" + of), lft) << id;
    EXPECT_EQ(QueryInt(path, "SELECT rgt" + of), rgt) << id;
  }
  auto tree = store->LoadOrgUnits("S24");
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  ASSERT_EQ(tree->size(), 7);
  EXPECT_EQ(tree->unit(3).code, "S24/AC1/SK1");
  EXPECT_EQ(tree->unit(5).code, kAc2);
  EXPECT_EQ(tree->unit(6).parent, 5);
}

}  // namespace
}  // namespace janadhar::store
