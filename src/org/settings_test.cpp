#include "org/settings.h"

#include <gtest/gtest.h>

namespace janadhar::org {
namespace {

TEST(SettingsTest, DefaultsRoundTrip) {
  const OrgSettings defaults;
  const SettingList list = SettingsToList(defaults);
  ASSERT_EQ(list.size(), 5u);
  EXPECT_EQ(list[0],
            (std::pair<std::string, std::string>{"booth.need.booth_president", "1"}));
  EXPECT_EQ(list[1].second, "10");
  EXPECT_EQ(list[4], (std::pair<std::string, std::string>{"readmit.level", "district"}));
  auto back = SettingsFromList(list);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->booth, defaults.booth);
  EXPECT_EQ(back->readmit_level, UnitLevel::kDistrict);
  EXPECT_EQ(SettingsFromList({})->booth, defaults.booth);
}

TEST(SettingsTest, KeysOverrideTheDefaults) {
  auto s = SettingsFromList({{"booth.need.booth_committee_member", "8"},
                             {"booth.need.page_in_charge", "3"},
                             {"readmit.level", "state"}});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->booth[Role::kBoothCommitteeMember], 8);
  EXPECT_EQ(s->booth[Role::kPageInCharge], 3);
  EXPECT_EQ(s->booth[Role::kPollingAgent], 1);
  EXPECT_EQ(s->readmit_level, UnitLevel::kState);
}

TEST(SettingsTest, BadKeysAndValuesAreNamed) {
  const auto message = [](const SettingList& list) {
    auto s = SettingsFromList(list);
    EXPECT_FALSE(s.ok());
    return s.ok() ? std::string() : s.status().message();
  };
  EXPECT_NE(message({{"booth.need.polling_agnt", "1"}})
                .find("unknown setting 'booth.need.polling_agnt'; did you mean "
                      "'booth.need.polling_agent'"),
            std::string::npos);
  EXPECT_NE(message({{"booth.need.president", "1"}}).find("unknown setting"),
            std::string::npos);
  EXPECT_NE(message({{"booth.need.polling_agent", "-1"}}).find("not a count from 0"),
            std::string::npos);
  EXPECT_NE(message({{"booth.need.polling_agent", "many"}}).find("'many'"),
            std::string::npos);
  EXPECT_NE(message({{"booth.need.booth_president", "2"}}).find("at most one"),
            std::string::npos);
  EXPECT_NE(
      message({{"readmit.level", "village"}}).find("readmit.level: unknown unit level"),
      std::string::npos);
}

}  // namespace
}  // namespace janadhar::org
