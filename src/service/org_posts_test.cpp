// Posts, training and settings (service/org_people.h): the induction rule,
// who may hold which post where, ending posts, sessions and attendance, who
// still needs training, and the settings, on the tree of
// org_people_test_util.h.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "service/org_people.h"
#include "service/org_people_test_util.h"

namespace janadhar::service {
namespace {

using org::Role;
using org::UnitLevel;
using OrgPostsTest = testing::OrgPeopleTest;
using testing::Fields;
using testing::kAc;
using testing::kAgra;
using testing::kB45;
using testing::kB46;
using testing::kBlock;
using testing::kDistrict;
using testing::kMandal;
using testing::kSk;

TEST_F(OrgPostsTest, ANewcomerHoldsNoPostBeforeTheInduction) {
  PersonFields f = Fields("Irfan", "9876543210");
  f.came_from = "INC";
  const org::Person p = Add(f);
  const auto assign = [&](const std::string& from) {
    return AssignPost(*store_, "9876543210", kB45, Role::kBoothCommitteeMember, from,
                      actor_);
  };
  auto r = assign("2024-03-01");
  ASSERT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("came from INC"), std::string::npos);

  org::TrainingSession other{0, kAc, "2024-02-01", "Booth management", "Mehta", false};
  other = AddTrainingSession(*store_, other, actor_).value();
  ASSERT_TRUE(RecordAttendance(*store_, other.id, {"9876543210"}, actor_).ok());
  EXPECT_EQ(assign("2024-03-01").status().code(), StatusCode::kFailedPrecondition);

  org::TrainingSession induction{0, kAc, "2024-04-01", "", "Mehta", true};
  induction = AddTrainingSession(*store_, induction, actor_).value();
  EXPECT_EQ(induction.topic, "Induction");
  ASSERT_TRUE(
      RecordAttendance(*store_, induction.id, {"#" + std::to_string(p.id)}, actor_).ok());
  r = assign("2024-03-31");  // before the induction
  ASSERT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("by 2024-03-31"), std::string::npos);
  r = assign("2024-04-01");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->from, "2024-04-01");
  EXPECT_EQ(Actions("post " + std::to_string(r->id)),
            std::vector<std::string>{"post.assign"});
}

TEST_F(OrgPostsTest, OnlyActivePeopleHoldPosts) {
  const org::Person p = Add(Fields("Ram Kumar", "9876543210"));
  for (const auto status : {org::PersonStatus::kLeft, org::PersonStatus::kExpelled}) {
    ASSERT_TRUE(RemovePerson(*store_, "9876543210", status, "", "", actor_).ok());
    auto r = AssignPost(*store_, "9876543210", kB45, Role::kPollingAgent, "", actor_);
    ASSERT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
    EXPECT_NE(r.status().message().find("unless readmitted"), std::string::npos);
    ASSERT_TRUE(ReadmitPerson(*store_, "9876543210", "ok", {"a", kDistrict}).ok());
  }
  EXPECT_TRUE(store_->LoadPersonPosts(p.id, false).value().empty());
}

TEST_F(OrgPostsTest, BoothRolesOnlyInBoothsAndTheOthersAbove) {
  const org::Person p = Add(Fields("Ram Kumar", "9876543210"));
  const auto code = [&](const std::string& unit, Role role) {
    return AssignPost(*store_, "9876543210", unit, role, "2024-02-01", actor_)
        .status()
        .code();
  };
  EXPECT_EQ(code(kSk, Role::kBoothPresident), StatusCode::kInvalidArgument);
  EXPECT_EQ(code(kAc, Role::kPageInCharge), StatusCode::kInvalidArgument);
  EXPECT_EQ(code(kB45, Role::kPresident), StatusCode::kInvalidArgument);
  EXPECT_EQ(code(kB45, Role::kElectionCommitteeMember), StatusCode::kInvalidArgument);
  EXPECT_EQ(code("S24/AC173/B99", Role::kPollingAgent), StatusCode::kNotFound);
  EXPECT_TRUE(store_->LoadPersonPosts(p.id, false).value().empty());
  for (const std::string& unit :
       {std::string("S24"), kDistrict, kAc, kBlock, kMandal, kSk})
    EXPECT_EQ(code(unit, Role::kPresident), StatusCode::kOk) << unit;
  EXPECT_EQ(code(kB45, Role::kBoothPresident), StatusCode::kOk);
  EXPECT_EQ(code(kB46, Role::kPageInCharge), StatusCode::kOk);
}

TEST_F(OrgPostsTest, OnePostPerUnitAtATimeFromTheDayTheyJoined) {
  const org::Person p = Add(Fields("Ram Kumar", "9876543210"));
  auto r = AssignPost(*store_, "9876543210", kB45, Role::kBoothPresident, "2024-01-09",
                      actor_);
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("before person"), std::string::npos);
  const org::Post first = Assign(p, kB45, Role::kBoothCommitteeMember, "2024-01-10");
  r = AssignPost(*store_, "9876543210", kB45, Role::kPollingAgent, "2024-02-01", actor_);
  EXPECT_EQ(r.status().code(), StatusCode::kAlreadyExists);
  ASSERT_TRUE(EndPost(*store_, first.id, "2024-03-01", actor_).ok());
  Assign(p, kB45, Role::kPollingAgent, "2024-03-02");
  EXPECT_EQ(store_->LoadPersonPosts(p.id, true).value().size(), 1u);
  EXPECT_EQ(store_->LoadPersonPosts(p.id, false).value().size(), 2u);
}

TEST_F(OrgPostsTest, EndPostOnceAndNotBeforeItsStart) {
  const org::Person p = Add(Fields("Ram Kumar", "9876543210"));
  const org::Post q = Assign(p, kB45, Role::kBoothPresident, "2024-02-01");
  auto r = EndPost(*store_, q.id, "2024-01-31", actor_);
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("began on 2024-02-01"), std::string::npos);
  EXPECT_EQ(EndPost(*store_, 999, "", actor_).status().code(), StatusCode::kNotFound);
  r = EndPost(*store_, q.id, "2024-02-01", actor_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->to, "2024-02-01");
  r = EndPost(*store_, q.id, "2024-03-01", actor_);
  ASSERT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("ended on 2024-02-01"), std::string::npos);
  auto log = store_->LoadAudit("post " + std::to_string(q.id), 0);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ((*log)[0].action, "post.end");
  EXPECT_NE((*log)[0].before.find("\"to\":\"\""), std::string::npos);
  EXPECT_NE((*log)[0].after.find("\"to\":\"2024-02-01\""), std::string::npos);
}

TEST_F(OrgPostsTest, TrainingSessionsAndAttendance) {
  org::TrainingSession s{0, kAc, "2024-02-01", "Booth management", "", false};
  EXPECT_EQ(AddTrainingSession(*store_, s, actor_).status().code(),
            StatusCode::kInvalidArgument);  // no trainer
  s.trainer = "Mehta";
  s.topic = " ";
  EXPECT_EQ(AddTrainingSession(*store_, s, actor_).status().code(),
            StatusCode::kInvalidArgument);  // no topic
  s.topic = "Booth management";
  s.unit = "";
  EXPECT_EQ(AddTrainingSession(*store_, s, actor_).status().code(),
            StatusCode::kInvalidArgument);  // no unit
  s.unit = "S24/AC999";
  EXPECT_EQ(AddTrainingSession(*store_, s, actor_).status().code(),
            StatusCode::kNotFound);
  s.unit = kAc;
  s.date = "";
  auto added = AddTrainingSession(*store_, s, actor_);
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_EQ(added->date, org::Today());
  EXPECT_FALSE(added->induction);

  const org::Person a = Add(Fields("Ram Kumar", "9876543210"));
  const org::Person b = Add(Fields("Sita", "9876500000"));
  auto r = RecordAttendance(*store_, added->id, {"9876543210", "9000000099"}, actor_);
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(store_->LoadAttended(a.id).value().empty());
  EXPECT_EQ(RecordAttendance(*store_, 999, {"9876543210"}, actor_).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(RecordAttendance(*store_, added->id, {}, actor_).status().code(),
            StatusCode::kInvalidArgument);

  r = RecordAttendance(*store_, added->id, {"9876543210"}, actor_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->added.size(), 1u);
  EXPECT_TRUE(r->already.empty());
  r = RecordAttendance(*store_, added->id,
                       {"#" + std::to_string(a.id), "9876500000", "+91 98765 00000"},
                       actor_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->added.size(), 1u);
  EXPECT_EQ(r->added[0].id, b.id);
  ASSERT_EQ(r->already.size(), 2u);
  EXPECT_EQ(r->already[0].id, a.id);
  EXPECT_EQ(r->already[1].id, b.id);
  EXPECT_EQ(store_->LoadAttended(b.id).value().size(), 1u);
  EXPECT_EQ(Actions("person " + std::to_string(b.id)).front(), "training.attend");
}

TEST_F(OrgPostsTest, WhoStillNeedsTraining) {
  PersonFields f = Fields("Irfan", "9876543210");
  f.came_from = "BSP";
  const org::Person newcomer = Add(f);
  const org::Person holder = Add(Fields("Ram Kumar", "9876500000"));
  Add(Fields("Sita", "9876500001"));  // no post: needs nothing
  Assign(holder, kB45, Role::kBoothPresident);
  auto pending = store_->LoadPendingTraining("S24", 0);
  ASSERT_TRUE(pending.ok()) << pending.status().ToString();
  ASSERT_EQ(pending->size(), 2u);
  for (const auto& t : *pending) {
    if (t.person.id == newcomer.id) {
      EXPECT_TRUE(t.needs_induction);
    } else {
      EXPECT_EQ(t.person.id, holder.id);
      EXPECT_FALSE(t.needs_induction);
      EXPECT_EQ(t.posts, 1);
    }
  }
  org::TrainingSession s{0, kAc, "2024-02-01", "", "Mehta", true};
  s = AddTrainingSession(*store_, s, actor_).value();
  ASSERT_TRUE(RecordAttendance(*store_, s.id, {"9876543210", "9876500000"}, actor_).ok());
  EXPECT_TRUE(store_->LoadPendingTraining("S24", 0).value().empty());
}

TEST_F(OrgPostsTest, SettingsHaveDefaultsAndRefuseBadKeysAndValues) {
  auto s = LoadSettings(*store_);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->booth, org::CoverageRules());
  EXPECT_EQ(s->booth[Role::kBoothCommitteeMember], 10);
  EXPECT_EQ(s->readmit_level, UnitLevel::kDistrict);

  auto r = ChangeSettings(*store_, {{"booth.need.poling_agent", "2"}}, actor_);
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("did you mean 'booth.need.polling_agent'"),
            std::string::npos)
      << r.status().message();
  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
           {"booth.need.polling_agent", "-1"},
           {"booth.need.polling_agent", "many"},
           {"booth.need.booth_president", "2"},
           {"booth.need.president", "1"},
           {"readmit.level", "nation"}}) {
    EXPECT_EQ(ChangeSettings(*store_, {{key, value}}, actor_).status().code(),
              StatusCode::kInvalidArgument)
        << key << " = " << value;
  }
  EXPECT_TRUE(Actions("settings").empty());
  EXPECT_EQ(LoadSettings(*store_)->booth, org::CoverageRules());

  r = ChangeSettings(*store_, {{"booth.need.booth_committee_member", "4"}}, actor_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  r = ChangeSettings(*store_, {{"readmit.level", "AC"}}, actor_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  s = LoadSettings(*store_);
  EXPECT_EQ(s->booth[Role::kBoothCommitteeMember], 4);  // kept by the second change
  EXPECT_EQ(s->booth[Role::kPollingAgent], 1);
  EXPECT_EQ(s->readmit_level, UnitLevel::kAssembly);
  auto log = store_->LoadAudit("settings", 0);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ((*log)[0].action, "settings.change");
  EXPECT_NE((*log)[0].before.find("\"readmit.level\":\"district\""), std::string::npos);
  EXPECT_NE((*log)[0].after.find("\"readmit.level\":\"ac\""), std::string::npos);
}

}  // namespace
}  // namespace janadhar::service
