// The rules of the organisation's people (service/org_people.h): adding,
// finding, editing, leaving and readmission, on the tree of
// org_people_test_util.h.
#include "service/org_people.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "service/org_people_test_util.h"

namespace janadhar::service {
namespace {

using org::Role;
using testing::Fields;
using testing::kAc;
using testing::kAgra;
using testing::kB45;
using testing::kB46;
using testing::kDistrict;
using testing::kSk;
using testing::OrgPeopleTest;

// The audit's JSON of a person: its fields in order, every string escaped.
TEST(PersonJsonTest, IsTheOrderedObjectOfItsFields) {
  org::Person p;
  p.name_hi = "राम \"रामू\" कुमार";
  p.name_en = "Ram \\ Kumar\t";
  p.phone = "+919876543210";
  p.joined = "2024-01-15";
  p.came_from = "INC";
  p.status = org::PersonStatus::kExpelled;
  p.unit = "S24/AC173/B45";
  const nlohmann::ordered_json want = {{"name_hi", p.name_hi}, {"name_en", p.name_en},
                                       {"phone", p.phone},     {"epic", ""},
                                       {"joined", p.joined},   {"came_from", "INC"},
                                       {"status", "expelled"}, {"unit", p.unit}};
  EXPECT_EQ(PersonJson(p), want.dump());
  p.id = 42;
  nlohmann::ordered_json with_id = {{"id", 42}};
  for (const auto& [key, value] : want.items()) with_id[key] = value;
  EXPECT_EQ(PersonJson(p), with_id.dump());
  EXPECT_EQ(nlohmann::ordered_json::parse(PersonJson(p))["name_en"], "Ram \\ Kumar\t");
}

TEST_F(OrgPeopleTest, AddPersonNormalisesThePhoneAndEpic) {
  PersonFields f = Fields("Ram  Kumar", "098765 43210");
  f.epic = " abc 1234567 ";
  f.joined.reset();
  const org::Person p = Add(f);
  EXPECT_EQ(p.phone, "+919876543210");
  EXPECT_EQ(p.epic, "ABC1234567");
  EXPECT_EQ(p.name_en, "Ram Kumar");
  EXPECT_EQ(p.joined, org::Today());
  EXPECT_EQ(p.status, org::PersonStatus::kActive);
  auto log = store_->LoadAudit("person " + std::to_string(p.id), 0);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ((*log)[0].action, "person.add");
  EXPECT_EQ((*log)[0].actor, "asha");
  // The person as added (the store gives the id after the entry is made: see
  // the subject).
  org::Person unstored = p;
  unstored.id = 0;
  EXPECT_EQ((*log)[0].after, PersonJson(unstored));
}

TEST_F(OrgPeopleTest, AddPersonNeedsANamePhoneAndAStoredUnit) {
  PersonFields f = Fields("Ram Kumar", "9876543210");
  f.phone.reset();
  EXPECT_EQ(AddPerson(*store_, f, actor_).status().code(), StatusCode::kInvalidArgument);
  f = Fields("Ram Kumar", "9876543210");
  f.unit.reset();
  EXPECT_EQ(AddPerson(*store_, f, actor_).status().code(), StatusCode::kInvalidArgument);
  f = Fields("", "9876543210");
  auto r = AddPerson(*store_, f, actor_);
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("needs a name"), std::string::npos);
  r = AddPerson(*store_, Fields("Ram Kumar", "12345"), actor_);
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  f = Fields("Ram Kumar", "9876543210");
  f.epic = "AB12";
  EXPECT_EQ(AddPerson(*store_, f, actor_).status().code(), StatusCode::kInvalidArgument);
  r = AddPerson(*store_, Fields("Ram Kumar", "9876543210", "S24/AC999"), actor_);
  ASSERT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("no unit 'S24/AC999'"), std::string::npos);
  EXPECT_EQ(People(), 0);
}

// A code that is not stored names the closest stored codes of its depth
// below the deepest unit it begins with, or the closest states.
TEST_F(OrgPeopleTest, AnUnknownUnitSuggestsTheClosestCodes) {
  const auto message = [&](const std::string& unit) {
    return AddPerson(*store_, Fields("Ram Kumar", "9876543210", unit), actor_)
        .status()
        .message();
  };
  EXPECT_NE(message("S24/AC1733").find("did you mean 'S24/AC173'"), std::string::npos)
      << message("S24/AC1733");
  EXPECT_NE(message("S24/AC173/B54").find("'S24/AC173/B45'"), std::string::npos)
      << message("S24/AC173/B54");
  EXPECT_NE(message("S24/D:AGRAA").find("did you mean 'S24/D:AGRA'"), std::string::npos)
      << message("S24/D:AGRAA");
  EXPECT_NE(message("S2").find("did you mean 'S24'"), std::string::npos) << message("S2");
  // Nothing close: where units come from.
  EXPECT_NE(message("S24/AC173/ZZZZZZZZZZ").find("units come from"), std::string::npos)
      << message("S24/AC173/ZZZZZZZZZZ");
  EXPECT_EQ(People(), 0);
}

TEST_F(OrgPeopleTest, AddPersonRefusesAPhoneOrEpicHeldByAnother) {
  PersonFields f = Fields("Ram Kumar", "9876543210");
  f.epic = "ABC1234567";
  const org::Person ram = Add(f);
  auto r = AddPerson(*store_, Fields("Shyam", "+91 98765-43210"), actor_);
  ASSERT_EQ(r.status().code(), StatusCode::kAlreadyExists);
  EXPECT_NE(
      r.status().message().find("person " + std::to_string(ram.id) + " (Ram Kumar)"),
      std::string::npos)
      << r.status().message();
  f = Fields("Shyam", "9876500000");
  f.epic = "abc1234567";
  r = AddPerson(*store_, f, actor_);
  ASSERT_EQ(r.status().code(), StatusCode::kAlreadyExists);
  EXPECT_NE(r.status().message().find("EPIC ABC1234567"), std::string::npos);
  EXPECT_EQ(People(), 1);
}

TEST_F(OrgPeopleTest, FindPersonByPhoneEpicOrId) {
  PersonFields f = Fields("Ram Kumar", "9876543210");
  f.epic = "ABC1234567";
  const org::Person ram = Add(f);
  const std::string id = std::to_string(ram.id);
  for (const std::string& who : std::vector<std::string>{
           "9876543210", "+91 98765 43210", "0091-98765.43210", "098765-43210",
           "abc1234567", " ABC 1234567", id, "#" + id}) {
    auto p = FindPerson(*store_, who);
    ASSERT_TRUE(p.ok()) << who << ": " << p.status().ToString();
    EXPECT_EQ(p->id, ram.id) << who;
  }
  auto r = FindPerson(*store_, "9999999999");
  ASSERT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "no person has the phone +919999999999");
  r = FindPerson(*store_, "xyz7654321");
  ASSERT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "no person has the EPIC XYZ7654321");
  r = FindPerson(*store_, "#99");
  ASSERT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "no person 99");
  for (const std::string who : {"Ram", "", "#", "0522 2345678"}) {
    r = FindPerson(*store_, who);
    ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument) << who;
    EXPECT_NE(r.status().message().find("names no person"), std::string::npos);
  }
}

TEST_F(OrgPeopleTest, EditPersonChangesOnlyTheFieldsGivenAndIsAudited) {
  PersonFields f = Fields("Ram Kumar", "9876543210");
  f.name_hi = "राम कुमार";
  f.epic = "ABC1234567";
  const org::Person before = Add(f);
  const org::Person other = Add(Fields("Sita", "9876500000"));
  PersonFields change;
  change.name_en = "Ram Kumar Yadav";
  change.unit = kB46;
  auto after = EditPerson(*store_, "9876543210", change, actor_);
  ASSERT_TRUE(after.ok()) << after.status().ToString();
  org::Person want = before;
  want.name_en = "Ram Kumar Yadav";
  want.unit = kB46;
  EXPECT_EQ(PersonJson(*after), PersonJson(want));
  EXPECT_EQ(PersonJson(FindPerson(*store_, "#" + std::to_string(before.id)).value()),
            PersonJson(want));
  auto log = store_->LoadAudit("person " + std::to_string(before.id), 1);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ((*log)[0].action, "person.edit");
  EXPECT_EQ((*log)[0].before, PersonJson(before));
  EXPECT_EQ((*log)[0].after, PersonJson(want));

  // Refused edits change nothing.
  change = {};
  change.unit = "S24/AC999";
  EXPECT_EQ(EditPerson(*store_, "9876543210", change, actor_).status().code(),
            StatusCode::kNotFound);
  change = {};
  change.phone = other.phone;
  EXPECT_EQ(EditPerson(*store_, "9876543210", change, actor_).status().code(),
            StatusCode::kAlreadyExists);
  change = {};
  change.joined = "2024-13-01";
  EXPECT_EQ(EditPerson(*store_, "9876543210", change, actor_).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(PersonJson(FindPerson(*store_, "9876543210").value()), PersonJson(want));
  EXPECT_EQ(Actions("person " + std::to_string(before.id)).size(), 2u);

  change = {};
  change.epic = " ";  // a blank EPIC clears it
  ASSERT_TRUE(EditPerson(*store_, "ABC1234567", change, actor_).ok());
  EXPECT_EQ(FindPerson(*store_, "9876543210")->epic, "");
  EXPECT_EQ(FindPerson(*store_, "ABC1234567").status().code(), StatusCode::kNotFound);
}

TEST_F(OrgPeopleTest, LeavingEndsEveryCurrentPostThatDay) {
  const org::Person p = Add(Fields("Ram Kumar", "9876543210"));
  const org::Post a = Assign(p, kB45, Role::kBoothPresident);
  const org::Post b = Assign(p, kSk, Role::kPresident, "2024-03-01");
  auto r = RemovePerson(*store_, "9876543210", org::PersonStatus::kLeft, "2024-05-01",
                        "moved away", actor_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->status, org::PersonStatus::kLeft);
  EXPECT_TRUE(store_->LoadPersonPosts(p.id, true).value().empty());
  const std::vector<org::Post> ended = store_->LoadPersonPosts(p.id, false).value();
  ASSERT_EQ(ended.size(), 2u);
  for (const org::Post& q : ended) {
    EXPECT_EQ(q.to, "2024-05-01") << q.id;
  }
  for (const org::Post& q : {a, b}) {
    auto log = store_->LoadAudit("post " + std::to_string(q.id), 0);
    ASSERT_TRUE(log.ok());
    ASSERT_EQ(log->size(), 2u);  // assign, end
    EXPECT_EQ((*log)[0].action, "post.end");
    EXPECT_EQ((*log)[0].reason, "moved away");
    EXPECT_NE((*log)[0].after.find("\"to\":\"2024-05-01\""), std::string::npos);
  }
  EXPECT_EQ(Actions("person " + std::to_string(p.id)).front(), "person.leave");
  r = RemovePerson(*store_, "9876543210", org::PersonStatus::kExpelled, "", "", actor_);
  ASSERT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("already left"), std::string::npos);

  const org::Person q = Add(Fields("Sita", "9876500000"));
  r = RemovePerson(*store_, "9876500000", org::PersonStatus::kExpelled, "", "", actor_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(Actions("person " + std::to_string(q.id)).front(), "person.expel");
}

TEST_F(OrgPeopleTest, LeavingBeforeAPostBeganIsRefused) {
  const org::Person p = Add(Fields("Ram Kumar", "9876543210"));
  Assign(p, kB45, Role::kBoothPresident, "2024-03-01");
  auto r = RemovePerson(*store_, "9876543210", org::PersonStatus::kLeft, "2024-02-01", "",
                        actor_);
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("before post"), std::string::npos);
  EXPECT_EQ(FindPerson(*store_, "9876543210")->status, org::PersonStatus::kActive);
  EXPECT_EQ(store_->LoadPersonPosts(p.id, true).value().size(), 1u);
  EXPECT_EQ(RemovePerson(*store_, "9876543210", org::PersonStatus::kLeft, "2024-2-1", "",
                         actor_)
                .status()
                .code(),
            StatusCode::kInvalidArgument);
}

TEST_F(OrgPeopleTest, ReadmissionNeedsADistrictAboveTheUnitAndAReason) {
  const org::Person p = Add(Fields("Ram Kumar", "9876543210"));
  const std::string subject = "person " + std::to_string(p.id);
  EXPECT_EQ(
      ReadmitPerson(*store_, "9876543210", "back", {"asha", kDistrict}).status().code(),
      StatusCode::kFailedPrecondition);  // active
  ASSERT_TRUE(
      RemovePerson(*store_, "9876543210", org::PersonStatus::kLeft, "", "", actor_).ok());
  const auto refused = [&](const std::string& reason, const std::string& unit,
                           const std::string& says) {
    auto r = ReadmitPerson(*store_, "9876543210", reason, {"asha", unit});
    EXPECT_EQ(r.status().code(), StatusCode::kPermissionDenied) << unit;
    EXPECT_NE(r.status().message().find(says), std::string::npos) << r.status().message();
  };
  refused("back", "", "--for UNIT");
  refused("  ", kDistrict, "needs a reason");
  refused("back", kAc, "readmit.level");
  refused("back", kSk, "readmit.level");
  refused("back", kAgra, "does not contain");
  refused("back", "S06", "does not contain");
  EXPECT_EQ(ReadmitPerson(*store_, "9876543210", "back", {"asha", "S24/D:NONE"})
                .status()
                .code(),
            StatusCode::kNotFound);
  EXPECT_EQ(FindPerson(*store_, "9876543210")->status, org::PersonStatus::kLeft);
  EXPECT_EQ(Actions(subject).front(), "person.leave");

  auto r = ReadmitPerson(*store_, "9876543210", " rejoined after  apology ",
                         {"vikas", kDistrict});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->status, org::PersonStatus::kActive);
  auto log = store_->LoadAudit(subject, 1);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 1u);
  const org::AuditEntry& e = (*log)[0];
  EXPECT_EQ(e.action, "person.readmit");
  EXPECT_EQ(e.actor, "vikas");
  EXPECT_EQ(e.actor_unit, kDistrict);
  EXPECT_EQ(e.reason, "rejoined after apology");
  EXPECT_NE(e.before.find("\"status\":\"left\""), std::string::npos);
  EXPECT_NE(e.after.find("\"status\":\"active\""), std::string::npos);
}

TEST_F(OrgPeopleTest, ReadmissionFollowsTheConfiguredLevel) {
  Add(Fields("Ram Kumar", "9876543210"));
  ASSERT_TRUE(
      RemovePerson(*store_, "9876543210", org::PersonStatus::kExpelled, "", "", actor_)
          .ok());
  ASSERT_TRUE(ChangeSettings(*store_, {{"readmit.level", "state"}}, actor_).ok());
  auto r = ReadmitPerson(*store_, "9876543210", "appeal", {"asha", kDistrict});
  ASSERT_EQ(r.status().code(), StatusCode::kPermissionDenied);
  EXPECT_NE(r.status().message().find("state level or above"), std::string::npos)
      << r.status().message();
  r = ReadmitPerson(*store_, "9876543210", "appeal", {"asha", "S24"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(ChangeSettings(*store_, {{"readmit.level", "ac"}}, actor_).ok());
  ASSERT_TRUE(
      RemovePerson(*store_, "9876543210", org::PersonStatus::kLeft, "", "", actor_).ok());
  EXPECT_TRUE(ReadmitPerson(*store_, "9876543210", "appeal", {"asha", kAc}).ok());
}

}  // namespace
}  // namespace janadhar::service
