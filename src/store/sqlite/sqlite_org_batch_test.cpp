// The large bulk batch's own ways of writing (sqlite_org_batch.cpp): people,
// search keys and audit entries many rows to an INSERT, units found through
// the state's tree, and foreign keys not checked row by row. Each must write
// what one row at a time would, name the row that breaks a rule, leave
// nothing behind when it fails, and put the connection back as it was.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/sqlite/sqlite_org_test_util.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store {
namespace {

using org::Role;
using testing::AddPersonOrFail;
using testing::Audit;
using testing::kB1;
using testing::kB2;
using testing::kB3;
using testing::MakePerson;
using testing::MakePost;
using testing::OpenOrgStore;
using testing::OrgCounts;
using testing::QueryInt;

// 10,037 people (past the large batch's 10,000, and not a multiple of the
// rows per INSERT), over three booths of two ACs, each with an audit entry.
Store::OrgBatch LargeBatch() {
  Store::OrgBatch batch;
  const std::vector<std::string> units = {kB1, kB2, kB3};
  for (int i = 0; i < 10037; ++i) {
    org::Person p = MakePerson(i % 2 == 0 ? "राम" : "", "Person " + std::to_string(i), i,
                               units[i % units.size()]);
    if (i % 3 == 0) p.epic = "EPC" + std::to_string(1000000 + i);
    batch.people.push_back(p);
    batch.person_audit.push_back(Audit("person.import"));
    batch.person_audit.back().reason = "roster.csv:" + std::to_string(i + 2);
    if (i % 5 == 0)
      batch.posts.push_back(MakePost(i, p.unit, Role::kBoothCommitteeMember));
  }
  return batch;
}

// A post for a person who is not there: refused while foreign keys are on.
bool ForeignKeysChecked(Store& store, const std::string& path) {
  const int64_t posts = QueryInt(path, "SELECT count(*) FROM org_posts");
  const bool refused =
      !store.AddPost(MakePost(987654321, kB1, Role::kPollingAgent), Audit("a")).ok();
  return refused && QueryInt(path, "SELECT count(*) FROM org_posts") == posts;
}

TEST(SqliteOrgBatchTest, ALargeBatchWritesWhatOneRowAtATimeWould) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t first = AddPersonOrFail(*s.store, MakePerson("", "First", 99999));
  const Store::OrgBatch batch = LargeBatch();
  auto ids = s.store->AddOrgBatch(batch);
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  ASSERT_EQ(ids->size(), batch.people.size());
  for (size_t i = 0; i < ids->size(); ++i) {
    ASSERT_EQ((*ids)[i], first + 1 + static_cast<int64_t>(i)) << i;
  }
  // Every row as given, those of the last, shorter INSERT too.
  for (const size_t i :
       {size_t{0}, size_t{31}, size_t{32}, size_t{5000}, size_t{10036}}) {
    auto got = s.store->GetPerson((*ids)[i]);
    ASSERT_TRUE(got.ok() && got->has_value()) << i;
    EXPECT_EQ((*got)->name_en, batch.people[i].name_en);
    EXPECT_EQ((*got)->name_hi, batch.people[i].name_hi);
    EXPECT_EQ((*got)->phone, batch.people[i].phone);
    EXPECT_EQ((*got)->epic, batch.people[i].epic);
    EXPECT_EQ((*got)->unit, batch.people[i].unit);
    auto audit = s.store->LoadAudit("person " + std::to_string((*ids)[i]), 0);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1u) << i;
    EXPECT_EQ((*audit)[0].reason, batch.person_audit[i].reason);
    EXPECT_FALSE((*audit)[0].at.empty());
  }
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_audit WHERE action = "
                     "'person.import'"),
            10037);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_people WHERE epic IS NOT NULL"),
            3346);
  // Each person's keys: "person" and the number, and "ram" for half of them.
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_name_tokens WHERE person_id > " +
                                 std::to_string(first)),
            2 * 10037 + 5019);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_posts"), 2008);
  EXPECT_EQ(testing::StaffMismatches(s.path), 0);
  EXPECT_TRUE(ForeignKeysChecked(*s.store, s.path));
}

TEST(SqliteOrgBatchTest, ALargeBatchNamesTheRowThatBreaksARuleAndWritesNothing) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t holder = AddPersonOrFail(*s.store, MakePerson("", "Holder", 99999));
  org::Person with_epic = MakePerson("", "Epic Holder", 99998);
  with_epic.epic = "HLD1234567";
  const int64_t epic_holder = AddPersonOrFail(*s.store, with_epic);
  const auto before = OrgCounts(s.path);

  // A phone held already, in the middle of an INSERT of many rows.
  Store::OrgBatch phone = LargeBatch();
  phone.people[4001].phone = MakePerson("", "", 99999).phone;
  Status st = s.store->AddOrgBatch(phone).status();
  EXPECT_EQ(st.code(), StatusCode::kAlreadyExists);
  EXPECT_NE(st.message().find("person " + std::to_string(holder)), std::string::npos)
      << st.message();
  EXPECT_EQ(OrgCounts(s.path), before);
  EXPECT_TRUE(ForeignKeysChecked(*s.store, s.path));

  // An EPIC held already, in the last, shorter INSERT.
  Store::OrgBatch epic = LargeBatch();
  epic.people[10035].epic = "HLD1234567";
  st = s.store->AddOrgBatch(epic).status();
  EXPECT_EQ(st.code(), StatusCode::kAlreadyExists);
  EXPECT_NE(st.message().find("person " + std::to_string(epic_holder)), std::string::npos)
      << st.message();
  EXPECT_EQ(OrgCounts(s.path), before);

  // Two rows of the batch with one phone.
  Store::OrgBatch twice = LargeBatch();
  twice.people[7000].phone = twice.people[6999].phone;
  EXPECT_EQ(s.store->AddOrgBatch(twice).status().code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(OrgCounts(s.path), before);

  // A unit of no tree, and one not in the state's tree.
  for (const std::string unit : {"X99/B1", "S24/AC2/B77"}) {
    Store::OrgBatch unknown = LargeBatch();
    unknown.people[2].unit = unit;
    st = s.store->AddOrgBatch(unknown).status();
    EXPECT_EQ(st.code(), StatusCode::kNotFound) << unit;
    EXPECT_NE(st.message().find(unit), std::string::npos) << st.message();
    EXPECT_EQ(OrgCounts(s.path), before);
  }
  EXPECT_TRUE(ForeignKeysChecked(*s.store, s.path));
}

// Posts past the batch's own counting (10,000), some of them past ones:
// the staff counts are those the trigger keeps post by post.
TEST(SqliteOrgBatchTest, ALargeBatchCountsItsCurrentPostsPerUnit) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  Store::OrgBatch batch = LargeBatch();
  batch.posts.clear();
  for (int i = 0; i < static_cast<int>(batch.people.size()); ++i) {
    const Role role = i % 2 == 0 ? Role::kPollingAgent : Role::kBoothCommitteeMember;
    batch.posts.push_back(MakePost(i, batch.people[i].unit, role));
    if (i % 7 == 0) batch.posts.back().to = "2024-03-01";
  }
  auto ids = s.store->AddOrgBatch(batch);
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_posts"), 10037);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_posts WHERE to_date IS NULL"),
            10037 - 1434);
  EXPECT_EQ(testing::StaffMismatches(s.path), 0);
  // The trigger is back for posts after the batch.
  ASSERT_TRUE(
      s.store->AddPost(MakePost((*ids)[7], kB1, Role::kPollingAgent), Audit("a")).ok());
  EXPECT_EQ(testing::StaffMismatches(s.path), 0);
}

// A person's second post in one unit, among many rows of one INSERT and
// among the last rows, written one by one.
TEST(SqliteOrgBatchTest, ALargeBatchNamesTheSecondPostOfAPersonInAUnit) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const auto before = OrgCounts(s.path);
  for (const bool last : {false, true}) {
    Store::OrgBatch batch = LargeBatch();
    const org::Post second = MakePost(5, batch.people[5].unit, Role::kPollingAgent);
    batch.posts.insert(last ? batch.posts.end() : batch.posts.begin() + 100, second);
    const Status st = s.store->AddOrgBatch(batch).status();
    EXPECT_EQ(st.code(), StatusCode::kAlreadyExists) << last;
    EXPECT_NE(st.message().find("two posts in " + batch.people[5].unit),
              std::string::npos)
        << st.message();
    EXPECT_EQ(OrgCounts(s.path), before);
    EXPECT_TRUE(ForeignKeysChecked(*s.store, s.path));
  }
}

// A unit whose code does not begin with its state's is found by its row.
TEST(SqliteOrgBatchTest, ALargeBatchFindsUnitsOutsideTheirStatesCodes) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  org::UnitTree tree = testing::OrgTree();
  org::Unit mandal;
  mandal.parent = *tree.Find(testing::kAc1);
  mandal.level = org::UnitLevel::kMandal;
  mandal.code = "MANDAL-7";
  mandal.name = "Mandal 7";
  mandal.state = "S24";
  ASSERT_TRUE(tree.Add(mandal).ok());
  ASSERT_TRUE(s.store->ReplaceOrgUnits("S24", tree).ok());
  Store::OrgBatch batch = LargeBatch();
  batch.people[3].unit = "MANDAL-7";
  auto ids = s.store->AddOrgBatch(batch);
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  EXPECT_EQ((*s.store->GetPerson((*ids)[3]))->unit, "MANDAL-7");
}

TEST(SqliteOrgBatchTest, ValuesRowsListsTheParametersOfEveryRow) {
  EXPECT_EQ(sqlite::ValuesRows(1, 1), "(?)");
  EXPECT_EQ(sqlite::ValuesRows(1, 3), "(?, ?, ?)");
  EXPECT_EQ(sqlite::ValuesRows(3, 2), "(?, ?), (?, ?), (?, ?)");
}

}  // namespace
}  // namespace janadhar::store
