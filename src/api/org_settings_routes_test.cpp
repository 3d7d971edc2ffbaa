// The settings and the audit log over HTTP: any user with a role reads the
// settings, only an admin at IN changes them (in their name); the audit log
// is read by an admin at IN (every entry) or at a state (the entries of its
// units only), masked unless asked and allowed; anyone else is 403, audited.
#include <gtest/gtest.h>

#include <string>

#include "api/api_write_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiWriteTest;

class OrgSettingsRoutesTest : public ApiWriteTest {
 protected:
  // A token of a new user of this test's store with `role` at `unit`.
  std::string NewUser(const std::string& name, const std::string& role,
                      const std::string& unit) const {
    auto s = Open();
    const service::OrgActor cli{"tester", ""};
    EXPECT_TRUE(service::AddUser(*s, {name, "", "password-" + name}, cli,
                                 auth::HashOptions::Fastest())
                    .ok());
    EXPECT_TRUE(service::GrantRole(*s, name, role, unit, cli).ok());
    auto token = service::AddToken(*s, name, "tests", cli);
    EXPECT_TRUE(token.ok());
    return token.ok() ? token->secret : "";
  }
  http::Response WithToken(const std::string& token, const std::string& target) const {
    http::Request q = MakeRequest(target, "GET", "", "");
    q.headers.emplace_back("Authorization", "Bearer " + token);
    return own_api_->Handle(q);
  }
  std::string Setting(const std::string& key) const {
    const http::Response r = Do("/api/org/settings", "GET", "agra_viewer");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? json::parse(r.body)["settings"].value(key, "") : "";
  }
};

TEST_F(OrgSettingsRoutesTest, AnyRoleReadsTheSettings) {
  EXPECT_EQ(Setting("readmit.level"), "district");
  EXPECT_EQ(Setting("booth.need.polling_agent"), "1");
  EXPECT_EQ(Do("/api/org/settings", "GET", "no_role").status, 403);
  EXPECT_EQ(Do("/api/org/settings", "GET", "").status, 401);
}

TEST_F(OrgSettingsRoutesTest, AnAdminAtINChangesThemInTheirName) {
  const http::Response r =
      Post("/api/org/settings", "national",
           {{"booth.need.polling_agent", 2}, {"readmit.level", "state"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["settings"]["booth.need.polling_agent"], "2");
  EXPECT_EQ(Setting("readmit.level"), "state");
  auto log = Open()->LoadAudit("settings", 1);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ(log->front().action, "settings.change");
  EXPECT_EQ(log->front().actor, "national");
  EXPECT_EQ(log->front().actor_unit, "IN");
  // Bad keys and values are 400 and change nothing.
  EXPECT_EQ(Post("/api/org/settings", "national", {{"readmit.levl", "state"}}).status,
            400);
  EXPECT_EQ(Post("/api/org/settings", "national", {{"readmit.level", "galaxy"}}).status,
            400);
  EXPECT_EQ(Post("/api/org/settings", "national", {{"readmit.level", true}}).status, 400);
  EXPECT_EQ(Post("/api/org/settings", "national", json::object()).status, 400);
  EXPECT_EQ(Setting("readmit.level"), "state");
}

TEST_F(OrgSettingsRoutesTest, AnyoneElseChangingThemIs403AndAudited) {
  const int before = Audits("access.denied", "unit IN");
  EXPECT_EQ(
      Post("/api/org/settings", "state_worker", {{"readmit.level", "state"}}).status,
      403);
  EXPECT_EQ(Post("/api/org/settings", "ac_bearer", {{"readmit.level", "state"}}).status,
            403);
  EXPECT_EQ(Audits("access.denied", "unit IN"), before + 2);
  EXPECT_EQ(Setting("readmit.level"), "district");
}

TEST_F(OrgSettingsRoutesTest, AnAdminAtINReadsTheWholeLogMaskedUnlessAsked) {
  ASSERT_EQ(Post("/api/org/people/9000000001/edit", "ac_bearer", {{"name_en", "Ram K."}})
                .status,
            200);
  const http::Response r =
      Do("/api/org/audit?subject=person%201&limit=1", "GET", "national");
  ASSERT_EQ(r.status, 200) << r.body;
  const json e = json::parse(r.body)["entries"];
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0]["action"], "person.edit");
  EXPECT_EQ(e[0]["actor"], "ac_bearer");
  EXPECT_EQ(e[0]["after"]["name_en"], "Ram K.");
  EXPECT_EQ(e[0]["after"]["phone"], "+91******0001");
  const http::Response full =
      Do("/api/org/audit?subject=person%201&limit=1&unmask=true", "GET", "national");
  ASSERT_EQ(full.status, 200) << full.body;
  EXPECT_EQ(json::parse(full.body)["entries"][0]["after"]["phone"], "+919000000001");
  const http::Response all = Do("/api/org/audit?limit=0", "GET", "national");
  ASSERT_EQ(all.status, 200);
  EXPECT_GT(json::parse(all.body)["entries"].size(), 12u);  // the roster's at least
}

TEST_F(OrgSettingsRoutesTest, AnAdminAtAStateReadsOnlyTheEntriesOfItsUnits) {
  const std::string up_admin = NewUser("up_admin", "admin", "S24");
  ASSERT_EQ(Post("/api/org/people/9000000001/edit", "ac_bearer", {{"name_en", "Ram K."}})
                .status,
            200);
  ASSERT_EQ(Post("/api/org/settings", "national", {{"readmit.level", "state"}}).status,
            200);
  const http::Response r = WithToken(up_admin, "/api/org/audit?limit=0");
  ASSERT_EQ(r.status, 200) << r.body;
  const json entries = json::parse(r.body)["entries"];
  bool edit = false;
  for (const auto& e : entries) {
    const std::string unit = e["actor_unit"];
    const std::string subject = e["subject"];
    EXPECT_TRUE(unit == "S24" || unit.rfind("S24/", 0) == 0 ||
                (unit.empty() && (subject == "unit S24" || subject == "units of S24" ||
                                  subject.rfind("unit S24/", 0) == 0)))
        << e.dump();
    EXPECT_NE(e["action"], "settings.change");
    edit = edit || e["action"] == "person.edit";
  }
  EXPECT_TRUE(edit);
  // The national admin sees the change of the settings.
  const http::Response n = Do("/api/org/audit?subject=settings", "GET", "national");
  ASSERT_EQ(n.status, 200);
  EXPECT_EQ(json::parse(n.body)["entries"].size(), 1u);
  EXPECT_EQ(WithToken(up_admin, "/api/org/audit?unit=IN").status, 403);
}

TEST_F(OrgSettingsRoutesTest, TheLogOfAnotherRoleOrLevelIsRefused) {
  const int before = Audits("access.denied");
  EXPECT_EQ(Do("/api/org/audit?unit=S24", "GET", "state_worker").status, 403);
  EXPECT_EQ(Do("/api/org/audit?unit=S24", "GET", "ac_bearer").status, 403);
  EXPECT_EQ(Do("/api/org/audit?unit=S24", "GET", "agra_viewer").status, 403);
  EXPECT_EQ(Audits("access.denied"), before + 3);
  // Not a state: 400; unknown: 404.
  EXPECT_EQ(Do("/api/org/audit", "GET", "ac_bearer").status, 400);
  EXPECT_EQ(Do("/api/org/audit?unit=S99", "GET", "national").status, 404);
  EXPECT_EQ(Do("/api/org/audit?limit=x", "GET", "national").status, 400);
}

}  // namespace
}  // namespace janadhar::api
