// `janadhar org settings`, `org coverage`, `org search`, `org synth` and
// `org wipe-synthetic`, every org command's --help, and the messages for
// unknown names, run as a user runs them on a store made from the shipped
// data (cli/org_cli_fixture.h).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "cli/org_cli_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

using testing_util::Has;
using testing_util::Janadhar;

class OrgReportCliTest : public testing_util::OrgStoreCliTest {};

TEST_F(OrgReportCliTest, SettingsChangeWhatCoverageCounts) {
  const std::string db = WithRoster("settings.db");
  auto r = Janadhar(db + " --json org coverage --unit S24/AC173/B45");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["rules"]["booth_committee_member"], 10);

  r = Janadhar(db + " org settings --set booth.need.booth_committee_member=8 --by ravi");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out,
                  "Stored. A booth is covered with a booth president, 8 booth "
                  "committee members and a polling agent"))
      << r.out;
  r = Janadhar(db + " --json org settings");
  EXPECT_EQ(nlohmann::json::parse(r.out)["settings"]["booth.need.booth_committee_member"],
            "8")
      << r.out;

  r = Janadhar(db + " --json org coverage --unit S24/AC173");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["state"], "S24");
  EXPECT_EQ(j["unit"], "S24/AC173");
  EXPECT_EQ(j["rules"]["booth_committee_member"], 8);
  EXPECT_EQ(j["booths"], 361);
  EXPECT_EQ(j["covered"], 0);
  // B45 has a president and two committee members (Sunita Devi, Ankit Shukla).
  bool found = false;
  for (const auto& b : j["uncovered"]) {
    if (b["unit"] != "S24/AC173/B45") continue;
    found = true;
    EXPECT_EQ(b["has"]["booth_president"], 1);
    EXPECT_EQ(b["has"]["booth_committee_member"], 2);
    EXPECT_TRUE(Has(b["lacks"].get<std::string>(), "2 of 8 booth committee members"))
        << b;
  }
  EXPECT_TRUE(found) << r.out;

  r = Janadhar(db + " --json org audit --limit 1");
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["entries"].size(), 1u) << r.out;
  EXPECT_EQ(j["entries"][0]["action"], "settings.change");
  EXPECT_EQ(j["entries"][0]["actor"], "ravi");
}

TEST_F(OrgReportCliTest, CoverageAsCsvAndXlsx) {
  const std::string db = WithRoster("coverage.db");
  auto r = Janadhar(db + " org coverage --unit S24/AC173");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "LUCKNOW EAST (S24/AC173): 0 of 361 booths covered")) << r.out;
  EXPECT_TRUE(Has(r.out, "The first 20 of 361 uncovered booths")) << r.out;

  r = Janadhar(db + " --csv org coverage --unit S24/AC173");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.rfind("Unit,Name,Level,Booths,Covered,Share\r\n", 0), 0u) << r.out;
  EXPECT_TRUE(Has(r.out, "\r\nS24/AC173/B45,")) << r.out;
  r = Janadhar(db + " --csv org coverage --unit S24/AC173 --csv-uncovered");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.rfind("Booth,Name,AC,", 0), 0u) << r.out;
  EXPECT_TRUE(Has(r.out, "\r\nS24/AC173/B45,")) << r.out;
  EXPECT_TRUE(Has(r.out, "no polling agent")) << r.out;

  const std::string xlsx = (ws_->dir() / "coverage.xlsx").string();
  r = Janadhar(db + " org coverage --unit S24/AC173 --xlsx " + xlsx);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "wrote " + xlsx)) << r.out;
  std::ifstream in(xlsx, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)),
                          std::istreambuf_iterator<char>());
  EXPECT_EQ(bytes.substr(0, 2), "PK");
  EXPECT_GT(bytes.size(), 1000u);

  r = Janadhar(db + " org coverage --unit S24/AC999");
  EXPECT_EQ(r.code, 3) << r.out;
  r = Janadhar(db + " org coverage");
  EXPECT_EQ(r.code, 2) << r.out;
}

TEST_F(OrgReportCliTest, SearchFindsNamesInEitherScript) {
  const std::string db = WithRoster("search.db");
  auto r = Janadhar(db + " --json org search \"Ram Kumar\"");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["people"].empty()) << r.out;
  EXPECT_EQ(j["people"][0]["name_hi"], "राम कुमार यादव");
  EXPECT_EQ(j["people"][0]["phone"], "+91******0001");
  EXPECT_EQ(j["unit"], nullptr);

  r = Janadhar(db + " --json org search सुनीता");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["people"].empty()) << r.out;
  EXPECT_EQ(j["people"][0]["name_en"], "Sunita Devi");

  r = Janadhar(db + " org search \"राम कुमार\"");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Ram Kumar Yadav")) << r.out;
  EXPECT_TRUE(Has(r.out, "+91******0001")) << r.out;
  EXPECT_FALSE(Has(r.out, "+919000000001")) << r.out;
  r = Janadhar(db + " org search \"Ram Kumar\" --unmask");
  EXPECT_TRUE(Has(r.out, "+919000000001")) << r.out;

  r = Janadhar(db + " org search \"Nobody Special\"");
  ASSERT_EQ(r.code, 0) << r.out;
  r = Janadhar(db + " org search \"  \"");
  EXPECT_EQ(r.code, 2) << r.out;
}

TEST_F(OrgReportCliTest, SearchWithinAUnit) {
  const std::string db = WithRoster("search-unit.db");
  auto r = Janadhar(db + " --json org search सुनीता --unit S24/AC173");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["unit"], "S24/AC173");
  ASSERT_EQ(j["people"].size(), 1u) << r.out;
  EXPECT_EQ(j["people"][0]["name_en"], "Sunita Devi");
  // Geeta Singh works in SK12, not in B46.
  r = Janadhar(db + " --json org search Geeta --unit S24/AC173/B46");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(nlohmann::json::parse(r.out)["people"].empty()) << r.out;
  r = Janadhar(db + " org search Geeta --unit S24/AC999");
  EXPECT_EQ(r.code, 3) << r.out;
}

TEST_F(OrgReportCliTest, SynthOnATinyStateTreeAndWipe) {
  const std::string db = Base("synth.db");
  const std::string units = Write("goa-units.csv",
                                  "code,parent,level,name,state,ac,part\n"
                                  "S05,,state,Goa,S05,,\n"
                                  "S05/AC1,S05,ac,Mandrem,S05,1,\n"
                                  "S05/AC1/SK1,S05/AC1,shakti_kendra,Kendra 1,S05,1,\n"
                                  "S05/AC1/B1,S05/AC1/SK1,booth,School 1,S05,1,1\n"
                                  "S05/AC1/B2,S05/AC1/SK1,booth,School 2,S05,1,2\n"
                                  "S05/AC1/B3,S05/AC1/SK1,booth,School 3,S05,1,3\n");
  auto r = Janadhar(db + " org units import " + units);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Added 6 units and changed 0")) << r.out;

  r = Janadhar(db + " --json org synth --state Goa --seed 7");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["state"], "S05");
  EXPECT_EQ(j["seed"], 7);
  const int people = j["people"];
  EXPECT_GT(people, 20);
  EXPECT_GT(j["posts"].get<int>(), 20);

  r = Janadhar(db + " --json org coverage --state S05");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out)["booths"], 3) << r.out;
  r = Janadhar(db + " org synth --state S05");
  EXPECT_EQ(r.code, 5) << r.out;
  EXPECT_TRUE(Has(r.out, "wipe-synthetic")) << r.out;
  r = Janadhar(db + " org synth --state Kerala");  // no unit tree
  EXPECT_EQ(r.code, 5) << r.out;

  r = Janadhar(db + " --json org wipe-synthetic");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out)["people_removed"], people) << r.out;
  r = Janadhar(db + " --json org coverage --state S05");
  EXPECT_EQ(nlohmann::json::parse(r.out)["covered"], 0) << r.out;
}

TEST_F(OrgReportCliTest, EveryCommandHasHelp) {
  const char* commands[] = {"org",
                            "org bootstrap",
                            "org people",
                            "org people add",
                            "org people edit",
                            "org people leave",
                            "org people expel",
                            "org people readmit",
                            "org people show",
                            "org people import",
                            "org posts",
                            "org posts assign",
                            "org posts end",
                            "org units",
                            "org units import",
                            "org training",
                            "org training add-session",
                            "org training attend",
                            "org training pending",
                            "org settings",
                            "org audit",
                            "org coverage",
                            "org search",
                            "org synth",
                            "org wipe-synthetic"};
  for (const char* command : commands) {
    const auto r = Janadhar(std::string(command) + " --help");
    EXPECT_EQ(r.code, 0) << command << "\n" << r.out;
    EXPECT_TRUE(Has(r.out, "Usage")) << command << "\n" << r.out;
    EXPECT_TRUE(Has(r.out, "--help")) << command << "\n" << r.out;
  }
}

TEST_F(OrgReportCliTest, UnknownNamesSayTheClosest) {
  const std::string db = WithRoster("names.db");
  auto r = Janadhar(db +
                    " org posts assign 9000000001 --unit S24/AC173/B46 --role "
                    "polling_agnt");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "unknown role 'polling_agnt'")) << r.out;
  EXPECT_TRUE(Has(r.out, "did you mean 'polling_agent'?")) << r.out;

  r = Janadhar(db + " org settings --set booth.need.polling_agnt=2");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "unknown setting 'booth.need.polling_agnt'")) << r.out;
  EXPECT_TRUE(Has(r.out, "did you mean 'booth.need.polling_agent'")) << r.out;
  r = Janadhar(db + " org settings --set booth.need=2");
  EXPECT_EQ(r.code, 2) << r.out;

  r = Janadhar(db + " org settings --set readmit.level=distrct");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "unknown unit level 'distrct'")) << r.out;
  EXPECT_TRUE(Has(r.out, "district")) << r.out;

  r = Janadhar(db + " org coverage --state \"Utar Pradesh\"");
  EXPECT_NE(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "did you mean 'Uttar Pradesh'?")) << r.out;

  // Nothing was changed by the refusals.
  r = Janadhar(db + " --json org settings");
  EXPECT_EQ(nlohmann::json::parse(r.out)["settings"]["readmit.level"], "district");
}

}  // namespace
}  // namespace janadhar::cli
