// `janadhar seat-share …` run as a user runs it: the made-up state of
// service/seat_share_service_test.cpp (the answer worked out by hand there)
// as a table, JSON, CSV and XLSX; bad flags; and the shipped 2014 results.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "cli/cli_test_util.h"
#include "nlohmann/json.hpp"
#include "service/seat_share_test_data.h"

namespace janadhar::cli {
namespace {

namespace fs = std::filesystem;
using testing_util::Janadhar;

using service::testing::kSeatShareExact;
using service::testing::kSeatShareVotes;

class SeatShareCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ws_ = new testing_util::Workspace("janadhar_seat_share_cli_");
    auto r = Janadhar(ws_->db() + " import results " +
                      Write("ls2019.csv", kSeatShareVotes) + " --election ls2019");
    ASSERT_EQ(r.code, 0) << r.out;
    r = Janadhar(ws_->db() + " import results " + std::string(JANADHAR_SOURCE_DIR) +
                 "/data/ls2014/candidates.csv --election ls2014");
    ASSERT_EQ(r.code, 0) << r.out;
    exact_ = new std::string(Write("exact.toml", kSeatShareExact));
  }
  static void TearDownTestSuite() {
    delete ws_;
    delete exact_;
  }
  static std::string Write(const std::string& name, const std::string& text) {
    return ws_->Write(name, text);
  }
  // SP and BSP, half the votes transferring, no uncertainty, SP at most 1.
  static std::string Small() {
    return ws_->db() + " seat-share --scenario " + *exact_ +
           " --state UP --partners SP,BSP --transfer 0.5 --max SP=1 --simulations 50";
  }
  static inline testing_util::Workspace* ws_ = nullptr;
  static inline std::string* exact_ = nullptr;
};

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(SeatShareCliTest, TheMadeUpStateAsATable) {
  const auto r = Janadhar(Small());
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(
      Has(r.out,
          "Seat sharing of SP + BSP in Uttar Pradesh (S24): 4 of 4 seats, from ls2019; "
          "vote transfer between partners 50%; 50 simulations"))
      << r.out;
  EXPECT_TRUE(Has(r.out,
                  "Optimum (GLPK: optimal): 3.00 expected seats; where each polled "
                  "best: 2.00; sitting keeps, runner-up gets: 2.00"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "Optimal                                  3.00   1    3  none"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "   4  Etah    SP       100.0%    0.0%  best chance  BSP"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "SP           1    0     1           0.000            1.000"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "BSP          3    0  none           1.000     not possible"))
      << r.out;
}

TEST_F(SeatShareCliTest, JsonCsvAndXlsx) {
  auto r = Janadhar(Small() + " --json");
  ASSERT_EQ(r.code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["solver_status"], "optimal");
  EXPECT_DOUBLE_EQ(j["allocations"]["optimal"]["expected_seats"].get<double>(), 3);
  EXPECT_EQ(j["allocations"]["optimal"]["seats_of_partner"]["SP"], 1);
  EXPECT_EQ(j["seats"][3]["optimal"], "SP");
  EXPECT_EQ(j["seats"][3]["p_win"]["SP"], 1.0);
  EXPECT_EQ(j["seats"][0]["base_share"]["SP"], 0.3);
  EXPECT_TRUE(j["partners"][1]["one_fewer_costs"].is_null());
  EXPECT_EQ(j["transfer"][0],
            (nlohmann::json{{"from", "SP"}, {"to", "BSP"}, {"rate", 0.5}}));
  r = Janadhar(Small() + " --csv");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "Seat,Name,Optimal,P(SP),P(BSP),Why,Polled best,Sitting keeps\r");
  EXPECT_TRUE(Has(r.out, "4,Etah,SP,100.0,0.0,best chance,BSP,BSP\r\n")) << r.out;
  const std::string xlsx = (ws_->dir() / "share.xlsx").string();
  r = Janadhar(Small() + " --xlsx " + xlsx);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_GT(fs::file_size(xlsx), 1000u);
}

TEST_F(SeatShareCliTest, BadFlagsSayWhat) {
  auto r = Janadhar(Small() + " --max BSP");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "--max: 'BSP' is not written PARTY=SEATS (BSP=38)")) << r.out;
  r = Janadhar(Small() + " --lock Agra");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "--lock: 'Agra' is not written SEAT=PARTY")) << r.out;
  r = Janadhar(Small() + " --transfer-pair SP=0.5");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "is not written FROM:TO=RATE")) << r.out;
  r = Janadhar(Small() + " --max BSP=2");  // 1 + 2 < 4 seats
  EXPECT_NE(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out,
                  "the maximums allow 3 seats (SP 1 + BSP 2) but the alliance "
                  "fields 4"))
      << r.out;
  r = Janadhar(ws_->db() + " seat-share --election ls2019 --state UP --partners SPP,BSP");
  EXPECT_EQ(r.code, 3) << r.out;  // not found
  EXPECT_TRUE(Has(r.out, "did you mean 'SP'")) << r.out;
  r = Janadhar(ws_->db() + " seat-share --election ls2019 --partners SP,BSP");
  EXPECT_EQ(r.code, 2) << r.out;  // --state is required
}

// The shipped 2014 results: SP, BSP and RLD with two seats left to INC.
TEST_F(SeatShareCliTest, UttarPradesh2014) {
  const auto r =
      Janadhar(ws_->db() +
               " seat-share --election ls2014 --state UP --partners SP,BSP,RLD "
               "--transfer 0.7 --max BSP=38,SP=37,RLD=3 "
               "--leave \"Amethi,Rae Bareli\" --friendly INC --json");
  ASSERT_EQ(r.code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["allocations"]["optimal"]["seats_of_partner"],
            (nlohmann::json{{"SP", 37}, {"BSP", 38}, {"RLD", 3}}));
  EXPECT_EQ(j["friendly"], "INC");
  EXPECT_EQ(j["seats"].size(), 80u);
  EXPECT_EQ(j["seats"][36]["name"], "Amethi");
  EXPECT_EQ(j["seats"][36]["reason"], "left");
}

}  // namespace
}  // namespace janadhar::cli
