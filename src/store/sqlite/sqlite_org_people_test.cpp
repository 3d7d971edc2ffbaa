// People of the organisation in the SQLite store: adding, reading and
// finding them, the phone and EPIC held once, updates (search keys, ending
// posts), the bulk batch and a failing batch writing nothing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "org/name_key.h"
#include "store/sqlite/sqlite_org_test_util.h"

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

TEST(SqliteOrgPeopleTest, APersonIsAddedReadAndFound) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  org::Person ram = MakePerson("राम कुमार", "Ram Kumar", 1);
  ram.epic = "ABC1234567";
  ram.came_from = "INC";
  const int64_t id = AddPersonOrFail(*s.store, ram);
  const int64_t other = AddPersonOrFail(*s.store, MakePerson("सीता", "Sita", 2, kB3));
  EXPECT_GT(id, 0);
  EXPECT_GT(other, id);

  auto got = s.store->GetPerson(id);
  ASSERT_TRUE(got.ok() && got->has_value());
  const org::Person& p = **got;
  EXPECT_EQ(p.id, id);
  EXPECT_EQ(p.name_hi, ram.name_hi);
  EXPECT_EQ(p.name_en, ram.name_en);
  EXPECT_EQ(p.phone, ram.phone);
  EXPECT_EQ(p.epic, ram.epic);
  EXPECT_EQ(p.joined, ram.joined);
  EXPECT_EQ(p.came_from, "INC");
  EXPECT_EQ(p.status, org::PersonStatus::kActive);
  EXPECT_EQ(p.unit, kB1);
  EXPECT_FALSE(p.synthetic);
  EXPECT_FALSE(s.store->GetPerson(other + 10)->has_value());

  auto by_phone = s.store->FindPersonByPhone(ram.phone);
  ASSERT_TRUE(by_phone.ok() && by_phone->has_value());
  EXPECT_EQ((*by_phone)->id, id);
  auto by_epic = s.store->FindPersonByEpic("ABC1234567");
  ASSERT_TRUE(by_epic.ok() && by_epic->has_value());
  EXPECT_EQ((*by_epic)->id, id);
  EXPECT_FALSE(s.store->FindPersonByPhone("+910000000000")->has_value());
  EXPECT_FALSE(s.store->FindPersonByEpic("")->has_value());  // no EPIC is NULL

  auto phones = s.store->LookupPhones({MakePerson("", "x", 2).phone, "+911", ram.phone});
  ASSERT_TRUE(phones.ok());
  EXPECT_EQ(*phones, (std::vector<int64_t>{other, 0, id}));
  // Answers in the order asked, repeats included (the store probes in text order).
  phones = s.store->LookupPhones(
      {ram.phone, "+919999999999", MakePerson("", "x", 2).phone, ram.phone});
  ASSERT_TRUE(phones.ok());
  EXPECT_EQ(*phones, (std::vector<int64_t>{id, 0, other, id}));
  auto epics = s.store->LookupEpics({"XYZ", "ABC1234567"});
  ASSERT_TRUE(epics.ok());
  EXPECT_EQ(*epics, (std::vector<int64_t>{0, id}));

  // The keys of both names; the audit entry names the person.
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_name_tokens WHERE person_id = " +
                                 std::to_string(id)),
            2);  // "Ram Kumar" and "राम कुमार" give the same two keys
  EXPECT_EQ(s.store->LoadAudit("person " + std::to_string(id), 0)->size(), 1u);
}

TEST(SqliteOrgPeopleTest, APhoneOrEpicHeldTwiceNamesTheHolderAndWritesNothing) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  org::Person ram = MakePerson("राम कुमार", "Ram Kumar", 1);
  ram.epic = "ABC1234567";
  const int64_t id = AddPersonOrFail(*s.store, ram);
  const auto before = OrgCounts(s.path);

  org::Person same_phone = MakePerson("", "Shyam Lal", 1);
  auto r = s.store->AddPerson(same_phone, Audit("person.add"));
  ASSERT_EQ(r.status().code(), StatusCode::kAlreadyExists);
  EXPECT_NE(r.status().message().find("phone " + ram.phone), std::string::npos);
  EXPECT_NE(r.status().message().find("person " + std::to_string(id) + " (राम कुमार)"),
            std::string::npos)
      << r.status().message();

  org::Person same_epic = MakePerson("", "Shyam Lal", 2);
  same_epic.epic = "ABC1234567";
  r = s.store->AddPerson(same_epic, Audit("person.add"));
  ASSERT_EQ(r.status().code(), StatusCode::kAlreadyExists);
  EXPECT_NE(r.status().message().find("EPIC ABC1234567"), std::string::npos)
      << r.status().message();
  EXPECT_EQ(OrgCounts(s.path), before);
}

TEST(SqliteOrgPeopleTest, AnUnknownUnitIsNotFoundAndWritesNothing) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t id = AddPersonOrFail(*s.store, MakePerson("", "Ram", 1));
  const auto before = OrgCounts(s.path);
  EXPECT_EQ(s.store->AddPerson(MakePerson("", "Shyam", 2, "S24/AC9"), Audit("a"))
                .status()
                .code(),
            StatusCode::kNotFound);
  org::Person moved = *s.store->GetPerson(id).value();
  moved.unit = "S24/AC9/B1";
  const Status st = s.store->UpdatePerson(moved, {Audit("person.move")});
  EXPECT_EQ(st.code(), StatusCode::kNotFound);
  EXPECT_NE(st.message().find("S24/AC9/B1"), std::string::npos) << st.message();
  EXPECT_EQ(s.store->AddPost(MakePost(id, "S24/AC9", Role::kPresident), Audit("a"))
                .status()
                .code(),
            StatusCode::kNotFound);
  org::TrainingSession session;
  session.unit = "S24/AC9";
  session.date = "2024-03-01";
  EXPECT_EQ(s.store->AddTrainingSession(session, Audit("a")).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(s.store->LoadPendingTraining("S24/AC9", 0).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(OrgCounts(s.path), before);
}

TEST(SqliteOrgPeopleTest, AnUpdateMovesTheSearchKeysAndCanEndThePosts) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t id = AddPersonOrFail(*s.store, MakePerson("राम कुमार", "Ram Kumar", 1));
  const int64_t other = AddPersonOrFail(*s.store, MakePerson("", "Sita", 2));
  ASSERT_TRUE(
      s.store->AddPost(MakePost(id, kB1, Role::kBoothPresident), Audit("a")).ok());
  ASSERT_TRUE(s.store->AddPost(MakePost(id, kB2, Role::kPollingAgent), Audit("a")).ok());
  ASSERT_TRUE(
      s.store->AddPost(MakePost(other, kB1, Role::kPollingAgent), Audit("a")).ok());

  org::Person p = *s.store->GetPerson(id).value();
  p.name_hi = "";
  p.name_en = "Shyam Lal Yadav";
  p.status = org::PersonStatus::kLeft;
  p.unit = kB3;
  ASSERT_TRUE(
      s.store->UpdatePerson(p, {Audit("person.leave", "person 1")}, "2024-06-30").ok());
  auto got = s.store->GetPerson(id);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->name_en, "Shyam Lal Yadav");
  EXPECT_EQ((*got)->status, org::PersonStatus::kLeft);
  EXPECT_EQ((*got)->unit, kB3);
  // The keys are the new name's, and only those.
  const std::string of = " FROM org_name_tokens WHERE person_id = " + std::to_string(id);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*)" + of), 3);
  for (const std::string& t : org::NameTokens("Shyam Lal Yadav")) {
    std::string sql = "SELECT count(*)" + of;
    sql += " AND token = '" + t + "'";
    EXPECT_EQ(QueryInt(s.path, sql), 1);
  }
  // Both posts ended on the day given; the other person's post is held.
  auto posts = s.store->LoadPersonPosts(id, false);
  ASSERT_TRUE(posts.ok());
  ASSERT_EQ(posts->size(), 2u);
  for (const org::Post& q : *posts) EXPECT_EQ(q.to, "2024-06-30");
  EXPECT_TRUE(s.store->LoadPersonPosts(id, true)->empty());
  EXPECT_EQ(s.store->LoadPersonPosts(other, true)->size(), 1u);
  auto staff = s.store->LoadStaffedUnits("S24");
  ASSERT_TRUE(staff.ok());
  ASSERT_TRUE(staff->staff[4].has_value());  // B1: the other's agent
  EXPECT_EQ(staff->staff[4]->posts[static_cast<int>(Role::kBoothPresident)], 0);
  EXPECT_EQ(staff->staff[4]->posts[static_cast<int>(Role::kPollingAgent)], 1);
  EXPECT_FALSE(staff->staff[5].has_value());  // B2: none left
  EXPECT_EQ(testing::StaffMismatches(s.path), 0);

  // Without a date the posts stay as they are.
  org::Person sita = *s.store->GetPerson(other).value();
  sita.name_en = "Sita Devi";
  ASSERT_TRUE(s.store->UpdatePerson(sita, {}).ok());
  EXPECT_EQ(s.store->LoadPersonPosts(other, true)->size(), 1u);

  // Taking another's phone names that person, not the one updated.
  const auto before = OrgCounts(s.path);
  sita.phone = p.phone;
  Status st = s.store->UpdatePerson(sita, {Audit("person.edit")});
  EXPECT_EQ(st.code(), StatusCode::kAlreadyExists);
  EXPECT_NE(st.message().find("person " + std::to_string(id) + " (Shyam Lal Yadav)"),
            std::string::npos)
      << st.message();
  sita.phone = MakePerson("", "", 3).phone;
  sita.id = other + 100;
  st = s.store->UpdatePerson(sita, {Audit("person.edit")});
  EXPECT_EQ(st.code(), StatusCode::kNotFound);
  EXPECT_EQ(OrgCounts(s.path), before);
}

TEST(SqliteOrgPeopleTest, ABatchWritesPeoplePostsAndTrainingByIndex) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t first = AddPersonOrFail(*s.store, MakePerson("", "Already Here", 1));
  Store::OrgBatch batch;
  batch.people = {MakePerson("राम", "Ram", 10), MakePerson("", "Sita", 11, kB2),
                  MakePerson("श्याम", "", 12, kB3)};
  batch.posts = {MakePost(2, kB3, Role::kBoothPresident),
                 MakePost(0, kB1, Role::kPollingAgent)};
  org::TrainingSession induction;
  induction.unit = testing::kAc1;
  induction.date = "2024-03-01";
  induction.topic = "Induction";
  induction.induction = true;
  org::TrainingSession later = induction;
  later.date = "2024-04-01";
  later.induction = false;
  batch.sessions = {later, induction};
  batch.attendance = {{1, 0}, {0, 0}, {1, 2}};
  for (int i = 0; i < 3; ++i) batch.person_audit.push_back(Audit("person.import"));
  batch.audit = {Audit("org.import", "file roster.csv")};

  auto ids = s.store->AddOrgBatch(batch);
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  ASSERT_EQ(ids->size(), 3u);
  EXPECT_EQ((*ids)[0], first + 1);
  EXPECT_EQ((*ids)[1], first + 2);
  EXPECT_EQ((*ids)[2], first + 3);
  EXPECT_EQ((*s.store->GetPerson((*ids)[1]))->name_en, "Sita");
  EXPECT_EQ((*s.store->GetPerson((*ids)[1]))->unit, kB2);

  auto posts = s.store->LoadPersonPosts((*ids)[2], true);
  ASSERT_TRUE(posts.ok());
  ASSERT_EQ(posts->size(), 1u);
  EXPECT_EQ((*posts)[0].unit, kB3);
  EXPECT_EQ((*posts)[0].role, Role::kBoothPresident);
  EXPECT_EQ(s.store->LoadPersonPosts((*ids)[0], true)->at(0).role, Role::kPollingAgent);

  auto attended = s.store->LoadAttended((*ids)[0]);
  ASSERT_TRUE(attended.ok());
  ASSERT_EQ(attended->size(), 2u);  // by date: the induction first
  EXPECT_TRUE((*attended)[0].induction);
  EXPECT_EQ((*attended)[1].date, "2024-04-01");
  EXPECT_EQ(s.store->LoadAttended((*ids)[2])->size(), 1u);
  EXPECT_TRUE(s.store->LoadAttended((*ids)[1])->empty());

  for (const int64_t id : *ids) {
    auto entries = s.store->LoadAudit("person " + std::to_string(id), 0);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ((*entries)[0].action, "person.import");
  }
  EXPECT_EQ(s.store->LoadAudit("file roster.csv", 0)->size(), 1u);
  EXPECT_EQ(QueryInt(s.path, "SELECT count(DISTINCT person_id) FROM org_name_tokens"), 4);
  EXPECT_EQ(testing::StaffMismatches(s.path), 0);
}

TEST(SqliteOrgPeopleTest, AFailingBatchWritesNothing) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t holder = AddPersonOrFail(*s.store, MakePerson("", "Already Here", 3));
  ASSERT_TRUE(
      s.store->AddPost(MakePost(holder, kB1, Role::kBoothPresident), Audit("a")).ok());
  const auto before = OrgCounts(s.path);

  Store::OrgBatch batch;
  for (int i = 0; i < 5; ++i) {
    batch.people.push_back(MakePerson("", "Person " + std::to_string(i), 10 + i));
    batch.posts.push_back(MakePost(i, kB2, Role::kBoothCommitteeMember));
    batch.person_audit.push_back(Audit("person.import"));
  }
  batch.people[2].phone = MakePerson("", "", 3).phone;  // the third: held already
  batch.audit = {Audit("org.import")};
  auto ids = s.store->AddOrgBatch(batch);
  ASSERT_EQ(ids.status().code(), StatusCode::kAlreadyExists);
  EXPECT_NE(ids.status().message().find("person " + std::to_string(holder)),
            std::string::npos)
      << ids.status().message();
  EXPECT_EQ(OrgCounts(s.path), before);

  // A unit that is not there, a person holding two posts in one unit, a bad
  // index: the same.
  batch.people[2].phone = MakePerson("", "", 20).phone;
  Store::OrgBatch unknown = batch;
  unknown.posts[4].unit = "S24/AC1/B99";
  EXPECT_EQ(s.store->AddOrgBatch(unknown).status().code(), StatusCode::kNotFound);
  Store::OrgBatch twice = batch;
  twice.posts.push_back(MakePost(1, kB2, Role::kPollingAgent));
  EXPECT_EQ(s.store->AddOrgBatch(twice).status().code(), StatusCode::kAlreadyExists);
  Store::OrgBatch out_of_range = batch;
  out_of_range.posts.push_back(MakePost(5, kB2, Role::kPollingAgent));
  EXPECT_FALSE(s.store->AddOrgBatch(out_of_range).ok());
  Store::OrgBatch same_phone_twice = batch;
  same_phone_twice.people[4].phone = batch.people[0].phone;
  EXPECT_EQ(s.store->AddOrgBatch(same_phone_twice).status().code(),
            StatusCode::kAlreadyExists);
  EXPECT_EQ(OrgCounts(s.path), before);

  ASSERT_TRUE(s.store->AddOrgBatch(batch).ok());  // and the good one goes in
  EXPECT_EQ(QueryInt(s.path, "SELECT count(*) FROM org_people"), 6);
  EXPECT_EQ(testing::StaffMismatches(s.path), 0);
}

// Past 10,000 posts the batch counts the posts itself (the trigger dropped
// for its transaction), and past 10,000 keys into a smaller table it makes
// the (person, key) index again: the counts match, the trigger and index are
// back afterwards, and a failure puts them back too.
TEST(SqliteOrgPeopleTest, ALargeBatchCountsItsPostsItself) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t first = AddPersonOrFail(*s.store, MakePerson("", "First", 99999));
  ASSERT_TRUE(
      s.store->AddPost(MakePost(first, kB1, Role::kBoothPresident), Audit("a")).ok());
  Store::OrgBatch batch;
  const std::vector<std::string> units = {kB1, kB2, kB3, testing::kSk1};
  for (int i = 0; i < 10200; ++i) {
    batch.people.push_back(MakePerson("", "P" + std::to_string(i), i));
    const std::string& unit = units[i % units.size()];
    const Role role =
        unit == testing::kSk1 ? Role::kPresident : org::kAllRoles[3 + (i / 4) % 4];
    batch.posts.push_back(MakePost(i, unit, role));
    if (i % 7 == 0) batch.posts.back().to = "2024-03-01";  // ended: not counted
  }
  Store::OrgBatch failing = batch;
  failing.posts.push_back(MakePost(10, units[10 % units.size()], Role::kPollingAgent));
  const auto before = OrgCounts(s.path);
  EXPECT_EQ(s.store->AddOrgBatch(failing).status().code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(OrgCounts(s.path), before);
  // A large batch looks its units up at once; one not stored is still named.
  Store::OrgBatch unknown = batch;
  unknown.people[5000].unit = "S24/AC1/B99";
  const Status missing = s.store->AddOrgBatch(unknown).status();
  EXPECT_EQ(missing.code(), StatusCode::kNotFound);
  EXPECT_NE(missing.message().find("S24/AC1/B99"), std::string::npos)
      << missing.message();
  EXPECT_EQ(OrgCounts(s.path), before);
  const std::string trigger =
      "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = "
      "'org_posts_held'";
  EXPECT_EQ(QueryInt(s.path, trigger), 1);

  ASSERT_TRUE(s.store->AddOrgBatch(batch).ok());
  EXPECT_EQ(QueryInt(s.path, trigger), 1);
  // The (person, key) index, made again after the keys, has every key.
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_name_tokens INDEXED BY "
                     "org_name_tokens_person WHERE person_id > 0"),
            QueryInt(s.path, "SELECT count(*) FROM org_name_tokens"));
  EXPECT_GT(QueryInt(s.path, "SELECT count(*) FROM org_name_tokens"), 10000);
  EXPECT_EQ(testing::StaffMismatches(s.path), 0);
  EXPECT_GT(QueryInt(s.path,
                     "SELECT booth_president FROM org_unit_staff s JOIN "
                     "org_units u ON u.id = s.unit_id WHERE u.code = '" +
                         kB1 + "'"),
            1);
  // A post afterwards is counted by the trigger again.
  ASSERT_TRUE(
      s.store->AddPost(MakePost(first, kB3, Role::kPollingAgent), Audit("a")).ok());
  EXPECT_EQ(testing::StaffMismatches(s.path), 0);
}

}  // namespace
}  // namespace janadhar::store
