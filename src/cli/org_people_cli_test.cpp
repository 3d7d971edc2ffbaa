// `janadhar org units import`, `org people …`, `org posts …` and `org
// training …` run as a user runs them, on a store made from the shipped data
// (cli/org_cli_fixture.h).
#include <gtest/gtest.h>

#include <string>

#include "cli/org_cli_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

using testing_util::Has;
using testing_util::Janadhar;

class OrgPeopleCliTest : public testing_util::OrgStoreCliTest {};

TEST_F(OrgPeopleCliTest, ImportsTheRosterOnceAndRefusesItAgain) {
  const std::string db = Base("import.db");
  auto r = Janadhar(db + " org people import " + Roster());
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out, "Imported 12 people and 7 posts from " + Roster() + ".\n");

  // Every phone is stored now: every row refused, nothing imported.
  r = Janadhar(db + " org people import " + Roster());
  EXPECT_EQ(r.code, 4) << r.out;
  EXPECT_TRUE(
      Has(r.out, Roster() + ":2:3: phone +919000000001 is already held by person"))
      << r.out;
  EXPECT_TRUE(Has(r.out, Roster() + ":2:4: EPIC UPA0000001 is already held")) << r.out;
  EXPECT_TRUE(Has(r.out, "janadhar: error: 12 of 12 rows of " + Roster() +
                             " have errors; nothing was imported"))
      << r.out;
  r = Janadhar(db + " --json org people import " + Roster());
  EXPECT_EQ(r.code, 4) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["errors"].size(), 16u) << r.out;  // 12 phones and 4 EPICs
  EXPECT_EQ(j["errors"][0]["line"], 2);
  EXPECT_EQ(j["errors"][0]["column"], 3);
  EXPECT_EQ(j["errors"][0]["severity"], "error");

  r = Janadhar(db + " --json org search Ram");
  EXPECT_EQ(nlohmann::json::parse(r.out)["people"].size(), 1u) << r.out;
}

const char kBadRoster[] =
    "name_hi,name_en,phone,epic,joined,came_from,unit,role,status\n"
    "राम कुमार यादव,Ram Kumar Yadav,+91 98000 00001,,2019-06-15,,S24/AC173/B45,"
    "booth_president,active\n"
    ",,9800000002,,2020-01-10,,S24/AC173/B45,,active\n"
    "सुनीता देवी,Sunita Devi,12345,,2020-13-10,,S24/AC173/B45,chief,active\n"
    "अंकित,Ankit,9800000004,,,,S24/AC999/B1,,active\n"
    "पूजा,Pooja,9800000005,,,,S24/AC173,booth_president,active\n"
    "गीता,Geeta,9800000006,,,INC,S24/AC173/B46,booth_president,active\n";

TEST_F(OrgPeopleCliTest, ABadRosterNamesEachProblemAndImportsNothing) {
  const std::string db = Base("bad-roster.db");
  const std::string file = Write("bad-roster.csv", kBadRoster);
  auto r = Janadhar(db + " org people import " + file);
  EXPECT_EQ(r.code, 4) << r.out;
  for (const char* place :
       {":3:1: the person has no name", ":4:3: 'phone'", ":4:5: 'joined'",
        ":4:8: 'role': unknown role 'chief'", ":5:7: no unit 'S24/AC999/B1'",
        ":6:8: a booth president is a post of a booth",
        ":7:8: came from INC: no post before the induction"}) {
    EXPECT_TRUE(Has(r.out, file + place)) << place << "\n" << r.out;
  }
  EXPECT_TRUE(Has(r.out, "janadhar: error: 5 of 6 rows of " + file)) << r.out;

  r = Janadhar(db + " --json org people import " + file);
  EXPECT_EQ(r.code, 4) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["errors"].size(), 7u) << r.out;
  EXPECT_EQ(j["errors"][0]["file"], file);
  EXPECT_EQ(j["errors"][0]["line"], 3);
  EXPECT_EQ(j["errors"][0]["column"], 1);
  EXPECT_EQ(j["errors"][4]["line"], 5);
  EXPECT_EQ(j["errors"][4]["column"], 7);

  r = Janadhar(db + " --json org search Ram");
  EXPECT_TRUE(nlohmann::json::parse(r.out)["people"].empty()) << r.out;
}

TEST_F(OrgPeopleCliTest, ImportGoodWritesTheGoodRowsAndListsTheRest) {
  const std::string db = Base("import-good.db");
  const std::string file = Write("bad-roster.csv", kBadRoster);
  auto r = Janadhar(db + " org people import " + file + " --import-good");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Imported 1 person and 1 post from " + file +
                             "; 5 rows refused (listed below)."))
      << r.out;
  EXPECT_TRUE(Has(r.out, file + ":5:7: no unit 'S24/AC999/B1'")) << r.out;

  // Again: the good row's phone is stored now, so every row is refused.
  r = Janadhar(db + " --json org people import " + file + " --import-good");
  ASSERT_EQ(r.code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["rows_read"], 6);
  EXPECT_EQ(j["people_added"], 0);
  EXPECT_EQ(j["rows_refused"], 6);
  ASSERT_EQ(j["errors"].size(), 8u) << r.out;
  EXPECT_EQ(j["errors"][0]["line"], 2);
  EXPECT_EQ(j["errors"][0]["column"], 3);
  EXPECT_EQ(j["errors"][0]["severity"], "error");
  EXPECT_TRUE(j["warnings"].empty()) << r.out;
}

// --all-or-nothing is the default, said aloud; it cannot go with --import-good.
TEST_F(OrgPeopleCliTest, AllOrNothingWritesNoRowWhenOneIsBad) {
  const std::string db = Base("all-or-nothing.db");
  const std::string file = Write("bad-roster.csv", kBadRoster);
  auto r = Janadhar(db + " org people import " + file + " --all-or-nothing");
  EXPECT_NE(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "5 of 6 rows of " + file + " have errors; nothing was imported"))
      << r.out;
  r = Janadhar(db + " --json org search Ram");
  EXPECT_TRUE(nlohmann::json::parse(r.out)["people"].empty()) << r.out;
  r = Janadhar(db + " org people import " + file + " --all-or-nothing --import-good");
  EXPECT_NE(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "excludes")) << r.out;
}

TEST_F(OrgPeopleCliTest, UnitsImportAddsAndRefusesUnits) {
  const std::string db = Base("units.db");
  // The fixture imported the file: importing it again changes the 6 units.
  auto r = Janadhar(db + " --json org units import " + Units());
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["units_added"], 0);
  EXPECT_EQ(j["units_changed"], 6);
  EXPECT_EQ(j["states"], nlohmann::json::array({"S24"}));

  const std::string bad = Write("bad-units.csv",
                                "code,parent,level,name,state,ac,part\n"
                                "S24/AC173/BLK:X,S24/AC173,block,X,S24,173,\n"
                                "S24/AC173/MDL:Y,S24/AC173/BLK:NONE,mandal,Y,S24,173,\n"
                                "S24/AC173/BLK:Z,S24/AC173/B45,block,Z,S24,173,\n");
  r = Janadhar(db + " org units import " + bad);
  EXPECT_EQ(r.code, 4) << r.out;
  EXPECT_TRUE(Has(r.out, bad + ":3:2: no unit 'S24/AC173/BLK:NONE'")) << r.out;
  EXPECT_TRUE(Has(r.out, bad + ":4:3: a block cannot be under a booth")) << r.out;
  EXPECT_TRUE(Has(r.out, "no unit was changed")) << r.out;
  r = Janadhar(db + " --json org units import " + bad);
  EXPECT_EQ(r.code, 4) << r.out;
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["errors"].size(), 2u) << r.out;
  EXPECT_EQ(j["errors"][1]["line"], 4);
  EXPECT_EQ(j["errors"][1]["column"], 3);
  r = Janadhar(db + " org coverage --unit S24/AC173/BLK:X");
  EXPECT_EQ(r.code, 3) << r.out;
}

TEST_F(OrgPeopleCliTest, AddEditShowWithMaskedPhones) {
  const std::string db = WithRoster("add.db");
  auto r = Janadhar(db +
                    " org people add --name-hi \"कमला देवी\" --name-en \"Kamla Devi\" "
                    "--phone \"098765 43210\" --epic ABC1234567 --unit S24/AC173/B46 "
                    "--joined 2024-02-01 --by ravi --for S24/AC173");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Added कमला देवी (#13) to S24/AC173/B46.")) << r.out;
  EXPECT_TRUE(Has(r.out, "+91******3210")) << r.out;
  EXPECT_TRUE(Has(r.out, "ABC****567")) << r.out;
  EXPECT_FALSE(Has(r.out, "9876543210")) << r.out;

  r = Janadhar(db +
               " org people edit \"+91-98765-43210\" --name-en \"Kamla Devi Yadav\"");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Updated कमला देवी (#13).")) << r.out;

  r = Janadhar(db + " --json org people show 13 --unmask");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["person"]["name_en"], "Kamla Devi Yadav");
  EXPECT_EQ(j["person"]["phone"], "+919876543210");
  EXPECT_EQ(j["person"]["epic"], "ABC1234567");
  EXPECT_EQ(j["person"]["unit"], "S24/AC173/B46");
  EXPECT_EQ(j["person"]["came_from"], nullptr);

  // Ram Kumar Yadav: shown by phone with his post, the phone masked.
  r = Janadhar(db + " --json org people show 09000000001");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["person"]["phone"], "+91******0001");
  EXPECT_EQ(j["person"]["epic"], "UPA****001");
  ASSERT_EQ(j["posts"].size(), 1u) << r.out;
  EXPECT_EQ(j["posts"][0]["role"], "booth_president");
  r = Janadhar(db + " org people show ABC1234567");
  EXPECT_EQ(r.code, 0) << r.out;

  // The same phone twice, an unknown person, a missing unit.
  r = Janadhar(db + " org people add --name-en Someone --phone 9876543210 --unit S24");
  EXPECT_NE(r.code, 0) << r.out;
  r = Janadhar(db + " org people show 9999999999");
  EXPECT_EQ(r.code, 3) << r.out;
  r = Janadhar(db + " org people add --name-en Someone --phone 9876500000");
  EXPECT_EQ(r.code, 2) << r.out;
}

TEST_F(OrgPeopleCliTest, LeaveExpelAndReadmitOnlyWithAUnitAndAReason) {
  const std::string db = WithRoster("readmit.db");
  // Ankit Shukla, a booth committee member of B45, leaves: his post ends.
  auto r = Janadhar(db + " org people leave 9000000004 --date 2024-05-01 --reason moved");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "अंकित शुक्ला (#4) left; their posts ended.")) << r.out;
  r = Janadhar(db + " --json org people show 4");
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["person"]["status"], "left");
  ASSERT_EQ(j["posts"].size(), 1u) << r.out;
  EXPECT_EQ(j["posts"][0]["to"], "2024-05-01");
  r = Janadhar(db + " org people leave 9000000004");
  EXPECT_EQ(r.code, 5) << r.out;
  r = Janadhar(db + " org people expel 9000000011 --reason \"anti-party work\"");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "was expelled; their posts ended.")) << r.out;

  // Readmission: the permission exit code without --for, without a reason,
  // or for a unit below the district.
  r = Janadhar(db + " org people readmit 9000000004");
  EXPECT_EQ(r.code, 7) << r.out;
  EXPECT_TRUE(Has(r.out, "--for UNIT")) << r.out;
  r = Janadhar(db + " org people readmit 9000000004 --for S24");
  EXPECT_EQ(r.code, 7) << r.out;
  EXPECT_TRUE(Has(r.out, "--reason")) << r.out;
  r = Janadhar(db + " org people readmit 9000000004 --for S24/AC173/B45 --reason back");
  EXPECT_EQ(r.code, 7) << r.out;
  r = Janadhar(db + " org people readmit 9000000001 --for S24 --reason back");
  EXPECT_EQ(r.code, 5) << r.out;  // active

  r = Janadhar(db +
               " org people readmit 9000000004 --for S24 --by ravi --reason \"came "
               "back after the election\"");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Readmitted अंकित शुक्ला (#4) (S24, reason on record).")) << r.out;
  r = Janadhar(db + " --json org people show 4");
  EXPECT_EQ(nlohmann::json::parse(r.out)["person"]["status"], "active") << r.out;

  r = Janadhar(db + " --json org audit --limit 5");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["entries"].empty()) << r.out;
  EXPECT_LE(j["entries"].size(), 5u);
  const auto& e = j["entries"][0];
  EXPECT_EQ(e["action"], "person.readmit");
  EXPECT_EQ(e["actor"], "ravi");
  EXPECT_EQ(e["actor_unit"], "S24");
  EXPECT_EQ(e["reason"], "came back after the election");
  EXPECT_EQ(e["before"]["status"], "left") << e;
  EXPECT_EQ(e["after"]["status"], "active") << e;
  EXPECT_EQ(e["after"]["phone"], "+91******0004") << e;  // masked in the log too
  r = Janadhar(db + " --json org audit --limit 1 --unmask");
  EXPECT_EQ(nlohmann::json::parse(r.out)["entries"][0]["after"]["phone"],
            "+919000000004");
  r = Janadhar(db + " org audit --limit 5");
  EXPECT_TRUE(Has(r.out, "came back after the election")) << r.out;
}

TEST_F(OrgPeopleCliTest, ANewcomerHoldsAPostOnlyAfterTheInduction) {
  const std::string db = WithRoster("induction.db");
  // Mohammad Irfan came from INC.
  auto r = Janadhar(db +
                    " org posts assign 9000000003 --unit S24/AC173/B45 --role "
                    "polling_agent");
  EXPECT_EQ(r.code, 5) << r.out;
  EXPECT_TRUE(Has(r.out, "induction")) << r.out;

  r = Janadhar(db + " --json org training pending --unit S24/AC173");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["unit"], "S24/AC173");
  ASSERT_EQ(j["people"].size(), 10u) << r.out;
  int induction = 0;
  for (const auto& p : j["people"]) induction += p["needs"] == "induction" ? 1 : 0;
  EXPECT_EQ(induction, 3) << r.out;
  r = Janadhar(db + " org training pending --unit S24/AC173");
  EXPECT_TRUE(Has(r.out, "10 people of S24/AC173 still need training: 3 who came from"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "+91******0003")) << r.out;

  r = Janadhar(db +
               " --json org training add-session --unit S24/AC173 --trainer Ravi "
               "--induction --date 2024-01-10");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["session"]["topic"], "Induction");
  EXPECT_EQ(j["session"]["induction"], true);
  const std::string session = std::to_string(j["session"]["id"].get<int>());
  r = Janadhar(db + " org training attend " + session + " 9000000003 \"#6\"");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "recorded 2 attendance(s)")) << r.out;
  r = Janadhar(db + " org training attend " + session + " 9000000003");
  EXPECT_TRUE(Has(r.out, "1 were recorded before")) << r.out;

  r = Janadhar(db +
               " --json org posts assign 9000000003 --unit S24/AC173/B45 --role "
               "polling_agent --from 2024-02-01");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["post"]["role"], "polling_agent");
  EXPECT_EQ(j["post"]["to"], nullptr);
  const std::string post = std::to_string(j["post"]["id"].get<int>());
  // Irfan and Rajesh Pal (#6) attended the induction: 8 left, 1 newcomer.
  r = Janadhar(db + " org training pending --unit S24/AC173");
  EXPECT_TRUE(Has(r.out, "8 people of S24/AC173 still need training: 1 who came from"))
      << r.out;

  r = Janadhar(db + " org posts end " + post + " --to 2024-03-01");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out, "Post " + post + " ended on 2024-03-01.\n");
  r = Janadhar(db + " org posts end " + post);
  EXPECT_EQ(r.code, 5) << r.out;
  r = Janadhar(db + " org posts end 999");
  EXPECT_EQ(r.code, 3) << r.out;
}

}  // namespace
}  // namespace janadhar::cli
