// `janadhar backtest …` run as a user runs it: a made-up pair of elections
// (the one of service/backtest_service_test.cpp, where the answer is worked
// out by hand) and the shipped 2014 results projected onto themselves.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "cli/cli_test_util.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

namespace fs = std::filesystem;
using testing_util::Janadhar;

const char kHeader[] =
    "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n";

// E1: Karnataka 1-3, Kerala 1-2; INC, BJP, JD(S); 1000 valid votes a seat.
const char kE1[] =
    "A1,Indian National Congress,500,Karnataka,Bangalore North,S10,1\n"
    "B1,Bharatiya Janata Party,400,Karnataka,Bangalore North,S10,1\n"
    "C1,Janata Dal (Secular),100,Karnataka,Bangalore North,S10,1\n"
    "A2,Indian National Congress,300,Karnataka,Jalore,S10,2\n"
    "B2,Bharatiya Janata Party,450,Karnataka,Jalore,S10,2\n"
    "C2,Janata Dal (Secular),250,Karnataka,Jalore,S10,2\n"
    "A3,Indian National Congress,450,Karnataka,Gulbarga,S10,3\n"
    "B3,Bharatiya Janata Party,350,Karnataka,Gulbarga,S10,3\n"
    "C3,Janata Dal (Secular),200,Karnataka,Gulbarga,S10,3\n"
    "A4,Indian National Congress,200,Kerala,Mavelikkara,S11,1\n"
    "B4,Bharatiya Janata Party,500,Kerala,Mavelikkara,S11,1\n"
    "C4,Janata Dal (Secular),300,Kerala,Mavelikkara,S11,1\n"
    "A5,Indian National Congress,360,Kerala,Alathur,S11,2\n"
    "B5,Bharatiya Janata Party,300,Kerala,Alathur,S11,2\n"
    "C5,Janata Dal (Secular),340,Kerala,Alathur,S11,2\n";

// E2: three seats respelled, Gulbarga now Kalaburagi (both unmatched), AAP new.
const char kE2[] =
    "B1,Bharatiya Janata Party,450,Karnataka,Bengaluru North,S10,1\n"
    "A1,Congress,400,Karnataka,Bengaluru North,S10,1\n"
    "C1,Janata Dal (Secular),100,Karnataka,Bengaluru North,S10,1\n"
    "D1,Aam Aadmi Party,50,Karnataka,Bengaluru North,S10,1\n"
    "A2,Congress,420,Karnataka,Jalor,S10,2\n"
    "B2,Bharatiya Janata Party,380,Karnataka,Jalor,S10,2\n"
    "C2,Janata Dal (Secular),200,Karnataka,Jalor,S10,2\n"
    "A3,Congress,600,Karnataka,Kalaburagi,S10,3\n"
    "B3,Bharatiya Janata Party,400,Karnataka,Kalaburagi,S10,3\n"
    "A4,Congress,300,Kerala,Mavelikara,S11,1\n"
    "B4,Bharatiya Janata Party,400,Kerala,Mavelikara,S11,1\n"
    "C4,Janata Dal (Secular),300,Kerala,Mavelikara,S11,1\n"
    "A5,Congress,250,Kerala,Alathur,S11,2\n"
    "B5,Bharatiya Janata Party,350,Kerala,Alathur,S11,2\n"
    "C5,Janata Dal (Secular),400,Kerala,Alathur,S11,2\n";

class BacktestCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ws_ = new testing_util::Workspace("janadhar_backtest_cli_");
    for (const auto& [name, rows] :
         {std::pair{"ls2019", kE1}, std::pair{"ls2024", kE2}}) {
      const std::string file =
          Write(std::string(name) + ".csv", kHeader + std::string(rows));
      const auto r =
          Janadhar(ws_->db() + " import results " + file + " --election " + name);
      ASSERT_EQ(r.code, 0) << r.out;
    }
    const auto r =
        Janadhar(ws_->db() + " import results " + std::string(JANADHAR_SOURCE_DIR) +
                 "/data/ls2014/candidates.csv --election ls2014");
    ASSERT_EQ(r.code, 0) << r.out;
  }
  static void TearDownTestSuite() { delete ws_; }
  static std::string Write(const std::string& name, const std::string& text) {
    return ws_->Write(name, text);
  }
  static std::string Pair() {
    return ws_->db() + " backtest --base ls2019 --target ls2024";
  }
  static inline testing_util::Workspace* ws_ = nullptr;
};

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// By hand (service/backtest_service_test.cpp has the arithmetic): the
// projection calls S10-1 for INC (BJP won by 5 points) and S10-2 for BJP (INC
// won by 4), the two Kerala seats right: 2 of 4, Brier 1; naive 1 of 4, 1.5.
TEST_F(BacktestCliTest, TheMadeUpPairAsATable) {
  const auto r = Janadhar(Pair() + " --sigma-seat 0");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out,
                  "Called right: 2 of 4 (50.00%); naive, the ls2019 winner's "
                  "party again: 1 (25.00%)"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "Brier score: 1.0000 (naive: 1.5000)")) << r.out;
  EXPECT_TRUE(Has(r.out,
                  "4 matched (3 by a spelling difference, 0 renumbered); 1 only "
                  "in ls2019 and 1 only in ls2024"))
      << r.out;
  EXPECT_TRUE(Has(r.out,
                  "S10       1  Bengaluru North  INC              100.0%  BJP   "
                  "+5.00"))
      << r.out;
  EXPECT_TRUE(Has(r.out,
                  "S10       2  Jalor            BJP              100.0%  INC   "
                  "+4.00"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "ls2019    S10       3  Gulbarga")) << r.out;
  EXPECT_TRUE(Has(r.out, "ls2024    S10       3  Kalaburagi")) << r.out;
  EXPECT_TRUE(Has(r.out,
                  "S10              1  Bangalore North            1  Bengaluru "
                  "North  respelled"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "warning: in S10, AAP (2.50%) stood in ls2024")) << r.out;
}

TEST_F(BacktestCliTest, TheMadeUpPairAsJsonAndCsv) {
  auto r = Janadhar(Pair() + " --sigma-seat 0 --json");
  ASSERT_EQ(r.code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["seats_scored"], 4);
  EXPECT_EQ(j["called_right"], 2);
  EXPECT_EQ(j["share_called_right"], 0.5);
  EXPECT_EQ(j["brier"], 1.0);
  EXPECT_EQ(j["naive_brier"], 1.5);
  EXPECT_EQ(j["sigma_seat_pp"], 0.0);
  ASSERT_EQ(j["misses"].size(), 2u);
  EXPECT_EQ(j["misses"][0]["name"], "Bengaluru North");
  EXPECT_EQ(j["misses"][0]["projected"], "INC");
  EXPECT_EQ(j["misses"][0]["probability"], 1.0);
  EXPECT_EQ(j["misses"][0]["actual_winner"], "BJP");
  EXPECT_NEAR(j["misses"][0]["actual_margin_pp"].get<double>(), 5.0, 1e-9);
  EXPECT_EQ(j["unmatched"]["base"][0]["name"], "Gulbarga");
  EXPECT_EQ(j["unmatched"]["target"][0]["seat"], 3);
  EXPECT_EQ(j["seat_matches"].size(), 3u);
  ASSERT_EQ(j["parties"].size(), 3u);
  EXPECT_EQ(j["parties"][0]["party"], "BJP");
  EXPECT_EQ(j["parties"][0]["projected"]["mean"], 2.0);
  EXPECT_EQ(j["parties"][0]["actual"], 2);
  ASSERT_EQ(j["warnings"].size(), 1u);
  EXPECT_TRUE(Has(j["warnings"][0]["message"].get<std::string>(), "AAP (2.50%)"));
  r = Janadhar(Pair() + " --sigma-seat 0 --csv");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.rfind("Party,Projected,5%,95%,Actual,Actual - projected\r\nBJP,2.0,2,"
                        "2,2,0.0\r\n",
                        0),
            0u)
      << r.out;
}

// UPA = INC + JD(S), half the partner's votes following: S10-1 and S11-2 go
// to UPA, S10-2 and S11-1 to BJP; actual UPA 2 (S10-2, S11-2), BJP 2.
TEST_F(BacktestCliTest, AlliancesAndTheirErrors) {
  const std::string good = Write("upa.toml",
                                 "[swings]\nBJP = -3\n[[alliance]]\nname = \"UPA\"\n"
                                 "parties = [\"INC\", \"JD(S)\"]\ntransfer = 0.5\n");
  auto r = Janadhar(Pair() + " --sigma-seat 0 --json --alliances " + good);
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["alliances"].size(), 1u);
  EXPECT_EQ(j["alliances"][0]["alliance"], "UPA");
  EXPECT_EQ(j["alliances"][0]["projected"]["mean"], 2.0);
  EXPECT_EQ(j["alliances"][0]["actual"], 2);
  EXPECT_EQ(j["called_right"], 2);
  EXPECT_EQ(j["warnings"][0]["file"], "upa.toml");
  EXPECT_EQ(j["warnings"][0]["line"], 1);
  const std::string bad =
      Write("bad.toml", "[[alliance]]\nname = \"UPA\"\nparties = [\"INC\", \"JD(X)\"]\n");
  r = Janadhar(Pair() + " --alliances " + bad);
  EXPECT_EQ(r.code, 4) << r.out;
  EXPECT_TRUE(Has(r.out,
                  "bad.toml:3:19: unknown party 'JD(X)' in ls2019; did you mean "
                  "'JD(S)'?"))
      << r.out;
  r = Janadhar(Pair() + " --json --alliances " + bad);
  EXPECT_EQ(r.code, 4);
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["errors"][0]["column"], 19);
  r = Janadhar(Pair() + " --alliances " + (ws_->dir() / "none.toml").string());
  EXPECT_EQ(r.code, 3) << r.out;
}

TEST_F(BacktestCliTest, BadNamesAndValues) {
  auto r = Janadhar(ws_->db() + " backtest --base ls2019 --target ls2204");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "unknown election 'ls2204'; did you mean")) << r.out;
  r = Janadhar(ws_->db() + " --json backtest --base ls2091 --target ls2024");
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(nlohmann::json::parse(r.out)["error"]["code"], "not_found");
  EXPECT_EQ(Janadhar(Pair() + " --swing-mode sideways").code, 2);
  EXPECT_EQ(Janadhar(Pair() + " --sigma-seat -1").code, 2);
  EXPECT_EQ(Janadhar(ws_->db() + " backtest --base ls2019").code, 2);
  r = Janadhar("backtest --help");
  EXPECT_EQ(r.code, 0);
  for (const char* flag : {"--base", "--target", "--alliances", "--swing-mode",
                           "--sigma-national", "--sigma-state", "--sigma-seat",
                           "--simulations", "--seed", "--threads", "--xlsx"}) {
    EXPECT_TRUE(Has(r.out, flag)) << flag;
  }
}

TEST_F(BacktestCliTest, Ls2014OntoItselfCallsEverySeat) {
  auto r = Janadhar(ws_->db() + " backtest --base ls2014 --target ls2014 --sigma-seat 0");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Called right: 543 of 543 (100.00%)")) << r.out;
  EXPECT_TRUE(Has(r.out, "Brier score: 0.0000")) << r.out;
  EXPECT_TRUE(Has(r.out, "every seat of both matched")) << r.out;
  EXPECT_TRUE(Has(r.out, "BJP         282.0  282  282     282")) << r.out;
  const std::string xlsx = (ws_->dir() / "ls2014.xlsx").string();
  r = Janadhar(ws_->db() +
               " --json backtest --base ls2014 --target ls2014 --sigma-seat 0 "
               "--xlsx " +
               xlsx);
  ASSERT_EQ(r.code, 0);
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["called_right"], 543);
  EXPECT_TRUE(j["misses"].empty());
  EXPECT_TRUE(fs::exists(xlsx));
}

// A seat error makes the score neither perfect nor worst, and the seed fixes
// it whatever the threads.
TEST_F(BacktestCliTest, ASeatErrorRepeatsWithTheSeed) {
  const std::string run =
      ws_->db() +
      " --json backtest --base ls2014 --target ls2014 --simulations 2000 --seed 9";
  auto a = Janadhar(run + " --threads 1");
  auto b = Janadhar(run + " --threads 2");
  ASSERT_EQ(a.code, 0) << a.out;
  ASSERT_EQ(b.code, 0) << b.out;
  const auto ja = nlohmann::json::parse(a.out), jb = nlohmann::json::parse(b.out);
  EXPECT_GT(ja["brier"].get<double>(), 0.0);
  EXPECT_LT(ja["brier"].get<double>(), 2.0);
  EXPECT_EQ(ja["brier"], jb["brier"]);
  EXPECT_EQ(ja["parties"], jb["parties"]);
  EXPECT_EQ(ja["seats"], jb["seats"]);
}

}  // namespace
}  // namespace janadhar::cli
