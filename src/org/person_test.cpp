#include "org/person.h"

#include <gtest/gtest.h>

namespace janadhar::org {
namespace {

Person Valid() {
  Person p;
  p.name_hi = "राम कुमार";
  p.name_en = "Ram Kumar";
  p.phone = "+919876543210";
  p.epic = "ABC1234567";
  p.joined = "2023-04-01";
  p.unit = "S24/AC173/B45A";
  return p;
}

TEST(RoleTest, NamesRoundTripInEveryForm) {
  for (const Role r : kAllRoles) {
    EXPECT_EQ(*ParseRole(RoleName(r)), r);
    EXPECT_EQ(*ParseRole(RoleWords(r)), r);
    EXPECT_EQ(*ParseRole(RoleHindi(r)), r);
  }
  EXPECT_EQ(*ParseRole("Panna Pramukh"), Role::kPageInCharge);
  EXPECT_EQ(*ParseRole("Polling-Agent"), Role::kPollingAgent);
  EXPECT_EQ(*ParseRole(" booth president "), Role::kBoothPresident);
}

TEST(RoleTest, UnknownRoleNamesTheRolesAndTheClosest) {
  auto r = ParseRole("polling_agnet");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("unknown role 'polling_agnet'"), std::string::npos);
  EXPECT_NE(r.status().message().find("did you mean 'polling_agent'"), std::string::npos)
      << r.status().message();
}

TEST(RoleTest, BoothRolesAreTheLastFour) {
  EXPECT_FALSE(IsBoothRole(Role::kPresident));
  EXPECT_FALSE(IsBoothRole(Role::kGeneralSecretary));
  EXPECT_FALSE(IsBoothRole(Role::kElectionCommitteeMember));
  EXPECT_TRUE(IsBoothRole(Role::kBoothPresident));
  EXPECT_TRUE(IsBoothRole(Role::kBoothCommitteeMember));
  EXPECT_TRUE(IsBoothRole(Role::kPollingAgent));
  EXPECT_TRUE(IsBoothRole(Role::kPageInCharge));
}

TEST(PersonStatusTest, ParsesItsNames) {
  EXPECT_EQ(*ParsePersonStatus("Expelled"), PersonStatus::kExpelled);
  EXPECT_EQ(PersonStatusName(*ParsePersonStatus("left")), "left");
  EXPECT_FALSE(ParsePersonStatus("gone").ok());
}

TEST(CheckPersonTest, AcceptsAValidPersonAndOneScriptOnly) {
  EXPECT_TRUE(CheckPerson(Valid()).ok());
  Person hi = Valid();
  hi.name_en.clear();
  hi.epic.clear();
  EXPECT_TRUE(CheckPerson(hi).ok());
  EXPECT_EQ(DisplayName(hi), "राम कुमार");
  Person en = Valid();
  en.name_hi.clear();
  EXPECT_TRUE(CheckPerson(en).ok());
  EXPECT_EQ(DisplayName(en), "Ram Kumar");
}

TEST(CheckPersonTest, NamesTheFieldThatIsWrong) {
  const auto message = [](Person p) { return CheckPerson(p).message(); };
  Person p = Valid();
  p.name_hi = " ";
  p.name_en = "";
  EXPECT_NE(message(p).find("needs a name"), std::string::npos);
  p = Valid();
  p.name_hi = "Ram";
  EXPECT_NE(message(p).find("name_hi 'Ram' has Latin letters"), std::string::npos);
  p = Valid();
  p.name_en = "राम";
  EXPECT_NE(message(p).find("name_en 'राम' has Devanagari"), std::string::npos);
  p = Valid();
  p.phone = "98765 43210";
  EXPECT_NE(message(p).find("not normalised (+919876543210)"), std::string::npos);
  p = Valid();
  p.phone = "12345";
  EXPECT_NE(message(p).find("phone number '12345'"), std::string::npos);
  p = Valid();
  p.epic = "abc1234567";
  EXPECT_NE(message(p).find("EPIC 'abc1234567' is not normalised"), std::string::npos);
  p = Valid();
  p.joined = "2023-02-29";
  EXPECT_NE(message(p).find("joined: date '2023-02-29' has no day 29"),
            std::string::npos);
  p = Valid();
  p.unit = "";
  EXPECT_NE(message(p).find("needs a unit"), std::string::npos);
}

TEST(CheckDateTest, CalendarRules) {
  EXPECT_TRUE(CheckDate("2024-02-29").ok());
  EXPECT_TRUE(CheckDate("2000-02-29").ok());
  EXPECT_FALSE(CheckDate("1900-02-29").ok());
  EXPECT_FALSE(CheckDate("2024-13-01").ok());
  EXPECT_FALSE(CheckDate("2024-04-31").ok());
  EXPECT_FALSE(CheckDate("24-04-01").ok());
  EXPECT_FALSE(CheckDate("2024/04/01").ok());
  EXPECT_FALSE(CheckDate("1899-12-31").ok());
  EXPECT_EQ(CheckDate("2024-4-1").status().message(),
            "date '2024-4-1' is not written YYYY-MM-DD (2024-03-15)");
}

TEST(CheckDateTest, TodayAndNowAreWellFormed) {
  EXPECT_TRUE(CheckDate(Today()).ok()) << Today();
  const std::string now = NowUtc();
  ASSERT_EQ(now.size(), 20u) << now;
  EXPECT_EQ(now.substr(0, 10), Today().substr(0, 10));
  EXPECT_EQ(now.back(), 'Z');
}

}  // namespace
}  // namespace janadhar::org
