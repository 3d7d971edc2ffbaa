// The seat-sharing use case through a temporary store: a made-up state whose
// answer is worked out by hand below, the flags' errors, an alliance taken
// from a scenario file, and the two cases of Uttar Pradesh 2014 the tool is
// for.
#include "service/seat_share_service.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "service/import_service.h"
#include "service/seat_share_test_data.h"
#include "service/service_test_util.h"

namespace janadhar::service {
namespace {

using testing::kSeatShareExact;
using testing::kSeatShareVotes;

class SeatShareServiceTest : public testing::StoreTest {
 protected:
  SeatShareServiceTest() : StoreTest("janadhar_seat_share_svc_") {}

  void SetUp() override {
    StoreTest::SetUp();
    ImportOptions o;
    o.election = "ls2019";
    auto r = ImportResults(*store_, Write("ls2019.csv", kSeatShareVotes), o);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }
  // SP and BSP with half the votes transferring, no uncertainty, SP at most 1.
  SeatShareRequest Exact() {
    SeatShareRequest q;
    q.scenario_file = Write("exact.toml", kSeatShareExact);
    q.state = "UP";
    q.partners = {"SP", "BSP"};
    q.transfer = 0.5;
    q.max_seats = {{"SP", 1}};
    q.simulations = 50;
    return q;
  }
};

// With transfer 0.5 (shares of 1000 votes):
//   Agra    SP .30 + .125 = .425, BSP .25 + .15 = .40  against BJP .45: both lose
//   Banda   SP .35 + .125 = .475, BSP .25 + .175 = .425 against .40: both win
//   Deoria  SP .22 + .19 = .41,   BSP .38 + .11 = .49  against .40: both win
//   Etah    SP .32 + .125 = .445, BSP .25 + .16 = .41  against .43: SP wins
// SP may field one seat: the optimum puts it in Etah, BSP elsewhere: 3
// seats. "Polled best" (shares in descending order, SP full after Banda):
// Deoria BSP, Banda SP, then BSP in Agra and Etah: 2 seats. No partner sits.
TEST_F(SeatShareServiceTest, AMadeUpStateByHand) {
  auto r = RunSeatShare(*store_, Exact());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->ran);
  EXPECT_EQ(r->state, "S24");
  EXPECT_EQ(r->problem.seats,
            (std::vector<std::string>{"Agra", "Banda", "Deoria", "Etah"}));
  EXPECT_EQ(r->problem.p_win,
            (std::vector<std::vector<double>>{{0, 0}, {1, 1}, {1, 1}, {1, 0}}));
  EXPECT_EQ(r->optimum.solver_status, "optimal");
  EXPECT_EQ(r->optimum.allocation.partner_of_seat, (std::vector<int>{1, 1, 1, 0}));
  EXPECT_DOUBLE_EQ(r->optimum.allocation.expected_seats, 3);
  EXPECT_EQ(r->polled_best.allocation.partner_of_seat, (std::vector<int>{1, 0, 1, 1}));
  EXPECT_DOUBLE_EQ(r->polled_best.allocation.expected_seats, 2);
  EXPECT_EQ(r->sitting_keeps.allocation.partner_of_seat,
            r->polled_best.allocation.partner_of_seat);
  EXPECT_EQ(r->base.sitting, (std::vector<int>{-1, -1, -1, -1}));
  EXPECT_DOUBLE_EQ(r->base.base_share[0][0], 0.30);
  // One more seat for SP costs nothing (Banda or Deoria); none for SP or one
  // more for BSP loses Etah; one fewer for BSP would break SP's maximum.
  const auto& prices = r->optimum.concession_prices;
  ASSERT_EQ(prices.size(), 2u);
  EXPECT_NEAR(*prices[0].one_more, 0, 1e-9);
  EXPECT_NEAR(*prices[0].one_fewer, 1, 1e-9);
  EXPECT_NEAR(*prices[1].one_more, 1, 1e-9);
  EXPECT_FALSE(prices[1].one_fewer.has_value());
  // Agra: nobody wins; it goes to BSP only because SP is full (a tie).
  EXPECT_EQ(r->optimum.reasons[0].code, alliance::SeatReasonCode::kBest);
  EXPECT_EQ(r->optimum.reasons[3].code, alliance::SeatReasonCode::kBest);
}

TEST_F(SeatShareServiceTest, LocksLeftSeatsAndPairRates) {
  SeatShareRequest q = Exact();
  q.max_seats.clear();
  q.locked = {{"Deoria", "SP"}};
  q.left = {"1"};  // Agra, by number
  q.friendly = "INC";
  // From BSP to SP only 0.1: SP loses Banda (.375), Deoria (.258) and Etah
  // (.345); BSP wins Banda (.425), loses Etah (.41). Etah, lost either way,
  // goes to SP, which polled more there.
  q.transfer_pairs = {{"BSP", "SP", 0.1}};
  auto r = RunSeatShare(*store_, q);
  ASSERT_FALSE(r.ok());  // INC stood nowhere in ls2019
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  q.friendly = "";
  r = RunSeatShare(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->transfer, (std::vector<std::vector<double>>{{0, 0.5}, {0.1, 0}}));
  EXPECT_EQ(r->problem.p_win[1], (std::vector<double>{0, 1}));
  EXPECT_EQ(r->optimum.allocation.partner_of_seat, (std::vector<int>{-1, 1, 0, 0}));
  EXPECT_EQ(r->optimum.reasons[0].code, alliance::SeatReasonCode::kLeft);
  EXPECT_EQ(r->optimum.reasons[2].code, alliance::SeatReasonCode::kLocked);
  EXPECT_DOUBLE_EQ(r->optimum.allocation.expected_seats, 1);
}

TEST_F(SeatShareServiceTest, AnAllianceOfTheScenarioFile) {
  SeatShareRequest q = Exact();
  q.partners.clear();
  q.transfer.reset();
  q.alliance = "mgb";
  q.scenario_file = Write(
      "alliance.toml", std::string(kSeatShareExact) +
                           "[[alliance]]\nname = \"MGB\"\nparties = [\"SP\", \"BSP\"]\n"
                           "transfer = 0.5\nfielded = { \"S24-1\" = \"SP\" }\n");
  auto r = RunSeatShare(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->partners.size(), 2u);
  EXPECT_TRUE(r->scenario.alliances.empty());  // negotiated, not an opponent
  // Agra, fielded by SP in the file, is locked to it: SP's one seat goes
  // there and Etah to BSP, which loses it (3 seats without the lock).
  EXPECT_DOUBLE_EQ(r->optimum.allocation.expected_seats, 2);
  EXPECT_EQ(r->problem.locked, (std::vector<int>{0, -1, -1, -1}));
  EXPECT_EQ(r->optimum.allocation.partner_of_seat, (std::vector<int>{0, 1, 1, 1}));
  q.alliance = "MGBB";
  r = RunSeatShare(*store_, q);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "no alliance MGBB in " + q.scenario_file + "; did you mean 'MGB'?");
  q.alliance = "NDA";
  r = RunSeatShare(*store_, q);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "no alliance NDA in " + q.scenario_file + "; its alliances: MGB");
}

TEST_F(SeatShareServiceTest, BadRequestsSayWhat) {
  auto message = [&](auto change) {
    SeatShareRequest q = Exact();
    change(q);
    auto r = RunSeatShare(*store_, q);
    return r.ok() ? std::string("ok") : r.status().message();
  };
  EXPECT_EQ(
      message([](auto& q) {
        q.max_seats = {{"SP", 1}, {"BSP", 2}};
      }),
      "the seat-sharing constraints conflict: the maximums allow 3 seats (SP 1 + BSP "
      "2) but the alliance fields 4");
  EXPECT_NE(message([](auto& q) {
              q.partners = {"SPP", "BSP"};
            }).find("did you mean 'SP'"),
            std::string::npos);
  EXPECT_EQ(message([](auto& q) {
              q.partners = {"SP", "SP"};
            }),
            "partners: SP is given twice");
  EXPECT_EQ(message([](auto& q) {
              q.max_seats = {{"BJP", 1}};
            }),
            "max: BJP is not a partner (SP, BSP)");
  EXPECT_EQ(message([](auto& q) { q.transfer = 1.5; }),
            "transfer: a transfer rate is between 0 and 1 (0.7 for 70%), not 1.5");
  EXPECT_EQ(message([](auto& q) { q.left = {"Agraa"}; }),
            "no seat Agraa in S24 in ls2019; did you mean 'Agra'?");
  EXPECT_EQ(message([](auto& q) {
              q.seats = {"1", "2"}, q.left = {"Etah"};
            }),
            "leave: Etah is not among the seats shared");
  EXPECT_EQ(message([](auto& q) { q.partners.clear(); }),
            "which parties share the seats? name the partners, such as SP and BSP (or an "
            "alliance of the scenario file)");
  EXPECT_EQ(message([](auto& q) { q.state = ""; }),
            "which state are the seats in? name the state (an ECI code such as S24, or a "
            "name such as \"Uttar Pradesh\")");
  EXPECT_EQ(message([](auto& q) {
              q.transfer_pairs = {{"SP", "SP", 0.5}};
            }),
            "transfer pair SP:SP: a partner does not transfer to itself");
}

TEST_F(SeatShareServiceTest, ErrorsOfTheScenarioFileStopTheRun) {
  SeatShareRequest q = Exact();
  q.scenario_file = Write("bad.toml", "base = \"ls2019\"\n[swings]\nBJPP = 2\n");
  auto r = RunSeatShare(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->ran);
  ASSERT_FALSE(r->problems.empty());
  EXPECT_EQ(r->problems[0].line, 3);
}

// The real use: Uttar Pradesh 2014, the shipped results.
class SeatShareUp2014Test : public testing::StoreTest {
 protected:
  SeatShareUp2014Test() : StoreTest("janadhar_seat_share_up_") {}
  void SetUp() override {
    StoreTest::SetUp();
    ImportOptions o;
    o.election = "ls2014";
    auto r = ImportResults(
        *store_, std::string(JANADHAR_SOURCE_DIR) + "/data/ls2014/candidates.csv", o);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }
};

TEST_F(SeatShareUp2014Test, SpBspRldWithTwoSeatsLeftToInc) {
  SeatShareRequest q;
  q.state = "S24";
  q.partners = {"SP", "BSP", "RLD"};
  q.transfer = 0.7;
  q.max_seats = {{"BSP", 38}, {"SP", 37}, {"RLD", 3}};
  q.left = {"Amethi", "Rae Bareli"};
  q.friendly = "INC";
  auto r = RunSeatShare(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->ran);
  EXPECT_EQ(r->seats.size(), 80u);
  EXPECT_EQ(r->wins.simulations, 10000);
  EXPECT_EQ(r->optimum.solver_status, "optimal");
  EXPECT_EQ(r->optimum.allocation.seats_of_partner, (std::vector<int>{37, 38, 3}));
  const double best = r->optimum.allocation.expected_seats;
  EXPECT_GE(best, r->polled_best.allocation.expected_seats - 1e-9);
  EXPECT_GE(best, r->sitting_keeps.allocation.expected_seats - 1e-9);
  EXPECT_GT(best, 10);  // SP and BSP together polled more than BJP in many seats
  EXPECT_LT(best, 60);
  int left = 0;
  for (int k : r->optimum.allocation.partner_of_seat) left += k < 0;
  EXPECT_EQ(left, 2);
  // SP won five seats in 2014 (Azamgarh, Badaun, Firozabad, Kannauj, Mainpuri).
  EXPECT_EQ(std::count(r->base.sitting.begin(), r->base.sitting.end(), 0), 5);
}

TEST_F(SeatShareUp2014Test, SpAndIncWithoutLimits) {
  SeatShareRequest q;
  q.state = "UP";
  q.partners = {"SP", "INC"};
  q.transfer = 0.7;
  auto r = RunSeatShare(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const auto& a = r->optimum.allocation;
  EXPECT_EQ(a.seats_of_partner[0] + a.seats_of_partner[1], 80);
  EXPECT_GT(a.seats_of_partner[0], a.seats_of_partner[1]);  // SP polled far more
  EXPECT_GE(a.expected_seats, r->polled_best.allocation.expected_seats - 1e-9);
  // INC sits in Amethi and Rae Bareli.
  EXPECT_EQ(std::count(r->base.sitting.begin(), r->base.sitting.end(), 1), 2);
}

}  // namespace
}  // namespace janadhar::service
