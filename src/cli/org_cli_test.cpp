// `janadhar org bootstrap …` run as a user runs it, on made-up files: three
// ACs of one Uttar Pradesh PC, Form-20 files for two of them, and districts
// files good and bad.
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>

#include "cli/cli_test_util.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

using testing_util::Janadhar;

const char kDelimitation[] =
    "ST_CODE,ST_ABBR,ST_NAME,PC_CODE,PC_NAME,PC_TYPE,AC_CODE,AC_NAME,AC_TYPE\n"
    "S24,UP,UTTAR PRADESH,1,SAHARANPUR,,1,BEHAT,\n"
    "S24,UP,UTTAR PRADESH,1,SAHARANPUR,,2,NAKUR,\n"
    "S24,UP,UTTAR PRADESH,1,SAHARANPUR,,3,SAHARANPUR NAGAR,\n";

const char kResults[] =
    "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
    "IMRAN MASOOD,Indian National Congress,1000,Uttar Pradesh,Saharanpur,S24,1\n"
    "RAGHAV LAKHANPAL,Bharatiya Janata Party,1200,Uttar Pradesh,Saharanpur,S24,1\n"
    "None of the Above,None of the Above,20,Uttar Pradesh,Saharanpur,S24,1\n";

const char kForm20Header[] =
    "\"Polling Station\",,\"Total No of Electors\",,,,\"Voters Turnout\",,,,,,"
    "\"Candidate ID and Name\",,,\n"
    "\"Part No\",\"Part Name\",Male,Female,Other,\"Total No. of electors\",Male,Female,"
    "Other,Total,\"No of voters identifying using EPIC\",\"Tendered Voter\","
    "\"1 - IMRAN MASOOD\",\"2 - RAGHAV LAKHANPAL\",\"3 - None of the Above\","
    "\"Total Votes Secured\"\n";

std::string Form20(const std::vector<std::string>& parts) {
  std::string text = kForm20Header;
  for (const std::string& p : parts) {
    text += p;
    text += ",\"SCHOOL ";
    text += p;
    text += "\",100,100,0,200,50,50,0,100,100,0,40,58,2,100\n";
  }
  return text;
}

class OrgCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ws_ = new testing_util::Workspace("janadhar_org_cli_");
    auto r = Janadhar(ws_->db() + " import delimitation " +
                      Write("ac-pc-2008.csv", kDelimitation) + " --name 2008");
    ASSERT_EQ(r.code, 0) << r.out;
    r = Janadhar(ws_->db() + " import results " + Write("ls2014.csv", kResults) +
                 " --election ls2014");
    ASSERT_EQ(r.code, 0) << r.out;
    Write("form20/1.csv", Form20({"1", "2", "3", "4", "5", "6", "6A"}));
    Write("form20/2.csv", Form20({"1", "2", "3"}));
    r = Janadhar(ws_->db() + " import form20 " + (ws_->dir() / "form20").string() +
                 " --election ls2014 --state S24");
    ASSERT_EQ(r.code, 0) << r.out;
  }
  static void TearDownTestSuite() { delete ws_; }
  static std::string Write(const std::string& name, const std::string& text) {
    return ws_->Write(name, text);
  }
  static inline testing_util::Workspace* ws_ = nullptr;
};

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(OrgCliTest, BootstrapsWithoutDistrictsAsText) {
  const auto r = Janadhar(ws_->db() + " org bootstrap --state UP");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Uttar Pradesh: 3 ACs, 3 shakti kendras, 10 booths\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "Stored the unit tree of S24 (17 units)")) << r.out;
  EXPECT_TRUE(Has(r.out, "no district level")) << r.out;
  EXPECT_TRUE(Has(r.out, "ACs without booth results")) << r.out;
  EXPECT_TRUE(Has(r.out, "SAHARANPUR NAGAR")) << r.out;
}

TEST_F(OrgCliTest, BootstrapsWithDistrictsAsJson) {
  const std::string file = Write("districts.csv",
                                 "AC_NO,AC_NAME,DISTRICT\n"
                                 "1,Behat,Saharanpur\n"
                                 "2,Nakur,Saharanpur\n"
                                 "3,Saharanpur Nagar,Saharanpur\n");
  const auto r =
      Janadhar(ws_->db() + " --json org bootstrap --state S24 --election ls2014 " +
               "--districts " + file);
  ASSERT_EQ(r.code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["state"], "S24");
  EXPECT_EQ(j["election"], "ls2014");
  EXPECT_EQ(j["districts_file"], file);
  EXPECT_EQ(j["units"]["district"], 1);
  EXPECT_EQ(j["units"]["ac"], 3);
  EXPECT_EQ(j["units"]["shakti_kendra"], 3);
  EXPECT_EQ(j["units"]["booth"], 10);
  EXPECT_EQ(j["total_units"], 18);
  ASSERT_EQ(j["acs_without_booths"].size(), 1u);
  EXPECT_EQ(j["acs_without_booths"][0]["ac"], 3);
  EXPECT_TRUE(j["warnings"].is_array());

  const auto text =
      Janadhar(ws_->db() + " org bootstrap --state S24 --districts " + file);
  EXPECT_TRUE(Has(text.out,
                  "Uttar Pradesh: 1 district, 3 ACs, 3 shakti kendras, 10 "
                  "booths"))
      << text.out;
}

TEST_F(OrgCliTest, ABadDistrictsFileIsADataError) {
  const std::string file = Write("bad.csv",
                                 "AC_NO,AC_NAME,DISTRICT\n"
                                 "1,Behat,Saharanpur\n"
                                 "2,Nakur,\n");
  auto r = Janadhar(ws_->db() + " org bootstrap --state S24 --districts " + file);
  EXPECT_EQ(r.code, 4) << r.out;
  EXPECT_TRUE(Has(r.out, file + ":3:3:")) << r.out;
  EXPECT_TRUE(Has(r.out, "janadhar: error: the districts file has errors")) << r.out;
  r = Janadhar(ws_->db() + " --json org bootstrap --state S24 --districts " + file);
  EXPECT_EQ(r.code, 4) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["errors"].empty());
  EXPECT_EQ(j["errors"][0]["line"], 3);
  EXPECT_EQ(j["errors"][0]["column"], 3);
}

TEST_F(OrgCliTest, UnknownNamesAndMissingFlags) {
  auto r = Janadhar(ws_->db() + " org bootstrap --state Utar");
  EXPECT_EQ(r.code, 3) << r.out;
  r = Janadhar(ws_->db() + " org bootstrap --state S24 --election ls2019");
  EXPECT_EQ(r.code, 3) << r.out;
  r = Janadhar(ws_->db() + " org bootstrap");
  EXPECT_EQ(r.code, 2) << r.out;
  r = Janadhar(ws_->db() + " org bootstrap --state S24 --districts " +
               (ws_->dir() / "none.csv").string());
  EXPECT_EQ(r.code, 3) << r.out;
}

}  // namespace
}  // namespace janadhar::cli
