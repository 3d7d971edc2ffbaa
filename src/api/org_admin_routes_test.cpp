// The organisation's admin changes over HTTP: a readmission for a unit high
// enough, with a reason; a roster and a units file sent as CSV text,
// written in the user's name, refused whole (422 at line and column) when a
// row is bad; any unit outside the user's subtree is 403, audited, and
// nothing is written.
#include <gtest/gtest.h>

#include <string>

#include "api/api_write_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiWriteTest;

constexpr char kRosterHeader[] =
    "name_hi,name_en,phone,epic,joined,came_from,unit,role,status\n";
constexpr char kUnitsHeader[] = "code,parent,level,name,state,ac,part\n";

class OrgAdminRoutesTest : public ApiWriteTest {
 protected:
  std::string StatusOf(int64_t id) const {
    auto p = Open()->GetPerson(id);
    return p.ok() && p->has_value() ? std::string(org::PersonStatusName((*p)->status))
                                    : "";
  }
  bool UnitStored(const std::string& code) const {
    auto u = Open()->FindOrgUnit(code);
    return u.ok() && u->has_value();
  }
  // Whether someone holds the phone (a GET by the national admin).
  bool Holds(const std::string& phone) const {
    return Do("/api/org/people/" + phone, "GET", "national").status == 200;
  }
};

// Person 12 of the roster, Satyaprakash Tiwari of S24/AC173/MDL:GOMTI-NAGAR,
// left.
TEST_F(OrgAdminRoutesTest, AReadmissionIsForAUnitHighEnoughWithAReason) {
  ASSERT_EQ(StatusOf(12), "left");
  // The AC is below the district level the settings ask for.
  EXPECT_EQ(
      Post("/api/org/people/9000000012/readmit", "ac_bearer", {{"reason", "came back"}})
          .status,
      403);
  EXPECT_EQ(
      Post("/api/org/people/9000000012/readmit", "state_worker", json::object()).status,
      403);  // no reason
  EXPECT_EQ(StatusOf(12), "left");
  const http::Response r = Post("/api/org/people/9000000012/readmit", "state_worker",
                                {{"unit", "S24"}, {"reason", "came back"}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);
  EXPECT_EQ(j["person"]["status"], "active");
  EXPECT_EQ(j["person"]["phone"], "+91******0012");  // a worker's role masks
  EXPECT_EQ(StatusOf(12), "active");
  auto log = Open()->LoadAudit("person 12", 1);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ(log->front().action, "person.readmit");
  EXPECT_EQ(log->front().actor, "state_worker");
  EXPECT_EQ(log->front().actor_unit, "S24");
  EXPECT_EQ(log->front().reason, "came back");
  // Active now: a rule, 409.
  EXPECT_EQ(
      Post("/api/org/people/9000000012/readmit", "state_worker", {{"reason", "again"}})
          .status,
      409);
}

TEST_F(OrgAdminRoutesTest, AReadmissionFromAnotherSubtreeIs403AndAudited) {
  const int before = Audits("access.denied");
  EXPECT_EQ(Post("/api/org/people/9000000012/readmit", "agra_viewer",
                 {{"unit", "S24/D:AGRA"}, {"reason", "x"}})
                .status,
            403);
  // Acting for a unit above their own.
  EXPECT_EQ(Post("/api/org/people/9000000012/readmit", "ac_bearer",
                 {{"unit", "S24"}, {"reason", "x"}})
                .status,
            403);
  EXPECT_EQ(Audits("access.denied"), before + 2);
  EXPECT_EQ(StatusOf(12), "left");
  EXPECT_EQ(
      Post("/api/org/people/9000000012/readmit", "ac_bearer", {{"reasn", "x"}}).status,
      400);
}

TEST_F(OrgAdminRoutesTest, ARosterIsImportedInTheUsersName) {
  const std::string csv = std::string(kRosterHeader) +
                          ",Kamla Devi,9100000001,,2024-01-01,,S24/AC173/B46,"
                          "polling_agent,active\n"
                          ",Ravi Shankar,9100000002,,2024-01-01,,S24/AC173/B47,,active\n";
  const http::Response r = Post("/api/org/people/import", "ac_bearer", {{"csv", csv}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);
  EXPECT_EQ(j["rows_read"], 2);
  EXPECT_EQ(j["people_added"], 2);
  EXPECT_EQ(j["posts_added"], 1);
  EXPECT_TRUE(j["errors"].empty());
  EXPECT_TRUE(Holds("9100000001") && Holds("9100000002"));
  auto log = Open()->LoadAudit("", 0);
  ASSERT_TRUE(log.ok());
  int imported = 0;
  for (const auto& e : *log) {
    if (e.action != "person.import") continue;
    imported += e.actor == "ac_bearer" && e.actor_unit == "S24/AC173";
  }
  EXPECT_EQ(imported, 2);
}

TEST_F(OrgAdminRoutesTest, ABadRowIs422AtItsLineAndColumnAndNothingIsWritten) {
  const std::string csv = std::string(kRosterHeader) +
                          ",Kamla Devi,9100000001,,2024-01-01,,S24/AC173/B46,,active\n"
                          ",Held Phone,9000000001,,2024-01-01,,S24/AC173/B46,,active\n";
  const http::Response r = Post("/api/org/people/import", "ac_bearer", {{"csv", csv}});
  ASSERT_EQ(r.status, 422) << r.body;
  const json j = json::parse(r.body);
  EXPECT_EQ(j["error"]["code"], "data_error");
  ASSERT_EQ(j["errors"].size(), 1u);
  EXPECT_EQ(j["errors"][0]["file"], "csv");
  EXPECT_EQ(j["errors"][0]["line"], 3);
  EXPECT_EQ(j["errors"][0]["column"], 3);  // phone
  EXPECT_FALSE(Holds("9100000001"));
  // A file that is not a roster at all.
  EXPECT_EQ(Post("/api/org/people/import", "ac_bearer", {{"csv", "a,b\n1,2\n"}}).status,
            422);
  EXPECT_EQ(Post("/api/org/people/import", "ac_bearer", {{"file", "x.csv"}}).status, 400);
  EXPECT_EQ(Post("/api/org/people/import", "ac_bearer", json::object()).status, 400);
}

TEST_F(OrgAdminRoutesTest, ARosterNamingAnotherSubtreeIs403AuditedAndWritesNothing) {
  const std::string csv = std::string(kRosterHeader) +
                          ",Kamla Devi,9100000001,,2024-01-01,,S24/AC173/B46,,active\n"
                          ",Meena Kumari,9100000002,,2024-01-01,,S24/D:AGRA,,active\n";
  const int before = Audits("access.denied");
  const int at_agra = Audits("access.denied", "unit S24/D:AGRA");
  EXPECT_EQ(Post("/api/org/people/import", "ac_bearer", {{"csv", csv}}).status, 403);
  EXPECT_EQ(Audits("access.denied", "unit S24/D:AGRA"), at_agra + 1);
  // A viewer writes nowhere.
  EXPECT_EQ(Post("/api/org/people/import", "agra_viewer", {{"csv", csv}}).status, 403);
  EXPECT_EQ(Audits("access.denied"), before + 2);
  // Rows outside the unit the user acts for, though they may write there.
  EXPECT_EQ(Post("/api/org/people/import", "state_worker",
                 {{"csv", csv}, {"unit", "S24/AC173"}})
                .status,
            403);
  EXPECT_FALSE(Holds("9100000001"));
  EXPECT_FALSE(Holds("9100000002"));
}

TEST_F(OrgAdminRoutesTest, AUnitsFileIsImportedWithinTheUsersSubtree) {
  const std::string csv =
      std::string(kUnitsHeader) +
      "S24/AC173/BLK:NEW,S24/AC173,block,New Block,S24,173,\n"
      "S24/AC173/MDL:NEW-1,S24/AC173/BLK:NEW,mandal,New One,S24,173,\n";
  const http::Response r = Post("/api/org/units/import", "ac_bearer", {{"csv", csv}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);
  EXPECT_EQ(j["units_added"], 2);
  EXPECT_EQ(j["units_changed"], 0);
  EXPECT_EQ(j["states"], json::array({"S24"}));
  EXPECT_TRUE(UnitStored("S24/AC173/MDL:NEW-1"));
  auto log = Open()->LoadAudit("units", 1);
  ASSERT_TRUE(log.ok() && !log->empty());
  EXPECT_EQ(log->front().action, "units.import");
  EXPECT_EQ(log->front().actor, "ac_bearer");
  EXPECT_EQ(log->front().actor_unit, "S24/AC173");
}

TEST_F(OrgAdminRoutesTest, AUnitsFileWithErrorsIs422AndChangesNothing) {
  const std::string csv = std::string(kUnitsHeader) +
                          "S24/AC173/BLK:NEW,S24/AC173,block,New Block,S24,173,\n"
                          "S24/AC173/MDL:X,S24/AC173/BLK:NONE,mandal,X,S24,173,\n";
  const http::Response r = Post("/api/org/units/import", "ac_bearer", {{"csv", csv}});
  ASSERT_EQ(r.status, 422) << r.body;
  const json j = json::parse(r.body);
  ASSERT_EQ(j["errors"].size(), 1u);
  EXPECT_EQ(j["errors"][0]["line"], 3);
  EXPECT_EQ(j["errors"][0]["column"], 2);  // parent
  EXPECT_FALSE(UnitStored("S24/AC173/BLK:NEW"));
}

TEST_F(OrgAdminRoutesTest, AUnitsFileOutsideTheUsersSubtreeIs403AndAudited) {
  const int before = Audits("access.denied");
  const std::string agra =
      std::string(kUnitsHeader) + "S24/D:AGRA/BLK:X,S24/D:AGRA,block,X,S24,,\n";
  EXPECT_EQ(Post("/api/org/units/import", "ac_bearer", {{"csv", agra}}).status, 403);
  // Renaming the state itself needs write access at the state.
  const std::string state = std::string(kUnitsHeader) + "S24,,state,UP,S24,,\n";
  EXPECT_EQ(Post("/api/org/units/import", "ac_bearer", {{"csv", state}}).status, 403);
  EXPECT_EQ(Audits("access.denied"), before + 2);
  EXPECT_FALSE(UnitStored("S24/D:AGRA/BLK:X"));
  // A worker at the state may.
  EXPECT_EQ(Post("/api/org/units/import", "state_worker", {{"csv", agra}}).status, 200);
  EXPECT_TRUE(UnitStored("S24/D:AGRA/BLK:X"));
}

}  // namespace
}  // namespace janadhar::api
