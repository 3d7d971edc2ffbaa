// Runs the janadhar binary as a user would and checks output and exit codes.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/cli_test_util.h"
#include "nlohmann/json.hpp"

namespace {

namespace fs = std::filesystem;

using janadhar::cli::testing_util::CmdResult;
using janadhar::cli::testing_util::Janadhar;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("janadhar_cli_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = "--db " + (dir_ / "t.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string db_;
};

TEST_F(CliTest, HelpAndUsageErrors) {
  CmdResult r = Janadhar("--help");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("import"), std::string::npos);
  r = Janadhar("import form20 --help");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--state"), std::string::npos);
  EXPECT_EQ(Janadhar("no-such-command").code, 2);
  EXPECT_EQ(Janadhar("import results").code, 2);  // missing file and --election
}

TEST_F(CliTest, MissingFileIsNotFound) {
  CmdResult r = Janadhar(db_ + " import results /no/such/file.csv --election ls2014");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_NE(r.out.find("/no/such/file.csv"), std::string::npos);
  r = Janadhar(db_ + " --json import results /no/such/file.csv --election ls2014");
  EXPECT_EQ(r.code, 3);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["error"]["code"], "not_found");
}

TEST_F(CliTest, ImportReportsJsonKeysAndExitCodes) {
  const fs::path f = dir_ / "r.csv";
  std::ofstream(f)
      << "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
         "A,Bharatiya Janata Party,10,Uttar Pradesh,One,S24,1\n"
         "B,Samajwadi Party,-4,Uttar Pradesh,One,S24,1\n";
  CmdResult r =
      Janadhar(db_ + " import results " + f.string() + " --election ls2014 --json");
  EXPECT_EQ(r.code, 4) << r.out;  // data error: nothing imported
  auto j = nlohmann::json::parse(r.out);
  for (const char* key : {"files", "seats", "booths", "rows_with_errors",
                          "candidate_columns", "linked", "unlinked", "errors"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  ASSERT_EQ(j["errors"].size(), 1u);
  EXPECT_EQ(j["errors"][0]["line"], 3);
  EXPECT_EQ(j["errors"][0]["column"], 3);
  EXPECT_FALSE(j["committed"].get<bool>());
  // Fixed, it imports.
  std::ofstream(f)
      << "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
         "A,Bharatiya Janata Party,10,Uttar Pradesh,One,S24,1\n";
  r = Janadhar(db_ + " import results " + f.string() + " --election ls2014");
  EXPECT_EQ(r.code, 0) << r.out;
  r = Janadhar(db_ + " elections --json");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(nlohmann::json::parse(r.out)["elections"][0]["seats"], 1);
}

TEST_F(CliTest, ImportTurnout) {
  CmdResult r = Janadhar("import turnout --help");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--election"), std::string::npos);
  EXPECT_NE(r.out.find("--map"), std::string::npos);
  EXPECT_NE(r.out.find("--allow-bad-rows"), std::string::npos);
  const fs::path t = dir_ / "turnout.csv";
  const std::string head = "State,PC Code,PC Name,Total Electors,Total Voters\n";
  std::ofstream(t) << head << "Uttar Pradesh,1,One,200,130\n";
  r = Janadhar(db_ + " import turnout " + t.string() + " --election ls2014");
  EXPECT_EQ(r.code, 5) << r.out;  // the results first
  EXPECT_NE(r.out.find("import results"), std::string::npos) << r.out;

  const fs::path f = dir_ / "r.csv";
  std::ofstream(f)
      << "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
         "A,Bharatiya Janata Party,10,Uttar Pradesh,One,S24,1\n";
  ASSERT_EQ(Janadhar(db_ + " import results " + f.string() + " --election ls2014").code,
            0);
  std::ofstream(t) << head << "Uttar Pradesh,1,One,200,230\n";
  r = Janadhar(db_ + " import turnout " + t.string() + " --election ls2014");
  EXPECT_EQ(r.code, 4) << r.out;
  EXPECT_NE(r.out.find("turnout.csv:2:5: 'Total Voters' '230' is more than"),
            std::string::npos)
      << r.out;
  std::ofstream(t) << head << "Uttar Pradesh,1,One,200,130\n";
  r = Janadhar(db_ + " --json import turnout " + t.string() + " --election ls2014");
  EXPECT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["kind"], "turnout");
  EXPECT_EQ(j["seats"], 1);
  EXPECT_TRUE(j["committed"].get<bool>());
}

TEST_F(CliTest, PartyAlias) {
  CmdResult r = Janadhar(db_ + " parties alias \"Congress (I)\" INC");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("Indian National Congress"), std::string::npos);
  r = Janadhar(db_ + " parties alias Foo BJPP");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_NE(r.out.find("BJP"), std::string::npos);  // the suggestion
}

}  // namespace
