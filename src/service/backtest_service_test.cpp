// The backtest use case through a temporary store: a made-up pair of
// elections whose answer is worked out by hand below, an alliances file, and
// the shipped 2014 results projected onto themselves.
#include "service/backtest_service.h"

#include <gtest/gtest.h>

#include "service/import_service.h"
#include "service/service_test_util.h"

namespace janadhar::service {
namespace {

// E1 ("ls2019"): Karnataka (S10) seats 1-3 and Kerala (S11) seats 1-2, 1000
// valid votes each, plus NOTA (left out of the shares). INC, BJP, JD(S).
const char kE1[] =
    "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
    "A1,Indian National Congress,500,Karnataka,Bangalore North,S10,1\n"
    "B1,Bharatiya Janata Party,400,Karnataka,Bangalore North,S10,1\n"
    "C1,Janata Dal (Secular),100,Karnataka,Bangalore North,S10,1\n"
    "N1,None of the Above,30,Karnataka,Bangalore North,S10,1\n"
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

// E2 ("ls2024"): three seats respelled, Gulbarga renamed Kalaburagi (so both
// are unmatched), INC written "Congress" (an alias), AAP new in Karnataka.
const char kE2[] =
    "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
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

class BacktestServiceTest : public testing::StoreTest {
 protected:
  BacktestServiceTest() : StoreTest("janadhar_backtest_svc_") {}

  void Import(const std::string& election, const std::string& csv) {
    ImportOptions o;
    o.election = election;
    auto r = ImportResults(*store_, Write(election + ".csv", csv), o);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ASSERT_TRUE(r->committed);
  }
  void ImportPair() {
    Import("ls2019", kE1);
    Import("ls2024", kE2);
  }
  static BacktestRequest Exact() {
    BacktestRequest q;
    q.base = "ls2019";
    q.target = "ls2024";
    q.sigma_seat = 0;
    q.simulations = 10;
    return q;
  }
};

const forecast::SeatTotal* Total(const std::vector<forecast::SeatTotal>& all,
                                 const std::string& label) {
  for (const auto& t : all) {
    if (t.label == label) return &t;
  }
  return nullptr;
}

// Swings over the matched seats (S10: INC 80→82, BJP 85→83, JD(S) 35→30 of
// 200 hundred votes; S11: INC 56→55, BJP 80→75, JD(S) 64→70), projected:
//   S10-1 INC .51  BJP .39  JD(S) .075 → INC; actual BJP by 5 points: miss
//   S10-2 INC .31  BJP .44  JD(S) .225 → BJP; actual INC by 4 points: miss
//   S11-1 INC .195 BJP .475 JD(S) .33  → BJP; actual BJP: right
//   S11-2 INC .355 BJP .275 JD(S) .37  → JD(S); actual JD(S): right
// 2 of 4 right, Brier (2 + 2 + 0 + 0) / 4 = 1; naive (INC, BJP, BJP, INC
// again): 1 right, Brier 1.5. Seats INC 1, BJP 2, JD(S) 1 both ways.
TEST_F(BacktestServiceTest, AMadeUpPairByHand) {
  ImportPair();
  auto r = RunBacktest(*store_, Exact());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->ran);
  const auto& m = r->setup.matching;
  EXPECT_EQ(m.matched.size(), 4u);
  int respelled = 0;
  for (const auto& x : m.matched)
    respelled += x.kind == forecast::SeatMatchKind::kRespelled;
  EXPECT_EQ(respelled, 3);
  ASSERT_EQ(m.base_only.size(), 1u);
  EXPECT_EQ(r->base->seats[m.base_only[0]].name, "Gulbarga");
  ASSERT_EQ(m.target_only.size(), 1u);
  EXPECT_EQ(r->target->seats[m.target_only[0]].name, "Kalaburagi");
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_NE(
      r->warnings[0].find(
          "in S10, AAP (2.50%) stood in ls2024 but had no candidate there in ls2019"),
      std::string::npos)
      << r->warnings[0];
  const auto& s = r->score;
  EXPECT_EQ(s.seats, 4);
  EXPECT_EQ(s.called_right, 2);
  EXPECT_DOUBLE_EQ(s.brier, 1.0);
  EXPECT_EQ(s.naive_called_right, 1);
  EXPECT_DOUBLE_EQ(s.naive_brier, 1.5);
  for (const char* p : {"INC", "BJP", "JD(S)"}) {
    ASSERT_NE(Total(s.parties, p), nullptr) << p;
    EXPECT_EQ(Total(s.parties, p)->actual, std::string(p) == "BJP" ? 2 : 1) << p;
    EXPECT_EQ(Total(s.parties, p)->mean, std::string(p) == "BJP" ? 2.0 : 1.0) << p;
  }
  ASSERT_EQ(s.seat_scores.size(), 4u);
  EXPECT_EQ(s.seat_scores[0].favourite.label, "INC");
  EXPECT_EQ(s.seat_scores[0].actual.label, "BJP");
  EXPECT_NEAR(r->setup.actual[0].margin_pp, 5.0, 1e-12);  // NOTA not counted
  EXPECT_EQ(s.seat_scores[1].favourite.label, "BJP");
  EXPECT_EQ(s.seat_scores[1].actual.label, "INC");
  EXPECT_NEAR(r->setup.actual[1].margin_pp, 4.0, 1e-12);
}

// UPA = INC + JD(S) with half the partner's votes following:
//   S10-1 INC .5475 vs BJP .39  → UPA; actual BJP: miss
//   S10-2 INC .4225 vs BJP .44  → BJP; actual INC (UPA): miss
//   S11-1 JD(S) .4275 vs BJP .475 → BJP; right
//   S11-2 INC .54 vs BJP .275   → UPA; actual JD(S) (UPA): right
// 2 right, Brier 1; UPA projected 2, actual 2; INC projected 2, actual 1.
TEST_F(BacktestServiceTest, AlliancesFromAScenarioFile) {
  ImportPair();
  BacktestRequest q = Exact();
  q.alliances_file = Write("upa.toml",
                           "base = \"ls2019\"\n[swings]\nBJP = -3\n[[alliance]]\n"
                           "name = \"UPA\"\nparties = [\"Congress\", \"JD(S)\"]\n"
                           "transfer = 0.5\n");
  auto r = RunBacktest(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->ran) << r->problems[0].ToString();
  ASSERT_EQ(r->problems.size(), 2u);
  EXPECT_EQ(r->problems[0].ToString().rfind("upa.toml:2:1: the backtest replaces", 0), 0u)
      << r->problems[0].ToString();
  EXPECT_NE(r->problems[1].message.find("'base' left out"), std::string::npos)
      << r->problems[1].message;
  EXPECT_TRUE(r->scenario.party_swing.empty());
  const auto& s = r->score;
  EXPECT_EQ(s.called_right, 2);
  EXPECT_DOUBLE_EQ(s.brier, 1.0);
  EXPECT_EQ(s.naive_called_right, 2);
  ASSERT_EQ(s.alliances.size(), 1u);
  EXPECT_EQ(s.alliances[0].mean, 2.0);
  EXPECT_EQ(s.alliances[0].actual, 2);
  EXPECT_EQ(Total(s.parties, "INC")->mean, 2.0);
  EXPECT_EQ(Total(s.parties, "INC")->actual, 1);
  EXPECT_EQ(s.seat_scores[1].actual.label, "UPA");
}

TEST_F(BacktestServiceTest, ErrorsInTheAlliancesFileAreAtTheirPlace) {
  ImportPair();
  BacktestRequest q = Exact();
  q.alliances_file =
      Write("bad.toml",
            "[[alliance]]\nname = \"UPA\"\nparties = [\"INC\", \"JD(X)\"]\n"
            "fielded = { \"S10:Bangalore Nort\" = \"INC\" }\n");
  auto r = RunBacktest(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->ran);
  ASSERT_EQ(r->problems.size(), 2u);
  EXPECT_EQ(r->problems[0].ToString().rfind("bad.toml:3:19: unknown party 'JD(X)'", 0),
            0u)
      << r->problems[0].ToString();
  EXPECT_NE(r->problems[1].message.find("did you mean 'Bangalore North'"),
            std::string::npos)
      << r->problems[1].message;
  q.alliances_file = Write("syntax.toml", "[[alliance]\n");
  r = RunBacktest(*store_, q);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->ran);
  ASSERT_FALSE(r->problems.empty());
  EXPECT_EQ(r->problems[0].line, 1);
}

TEST_F(BacktestServiceTest, ASeatErrorRepeatsWithTheSeedAndProportionalSwingRuns) {
  ImportPair();
  BacktestRequest q = Exact();
  q.sigma_seat = 3;
  q.simulations = 3000;
  q.seed = 5;
  auto a = RunBacktest(*store_, q);
  ASSERT_TRUE(a.ok() && a->ran);
  EXPECT_GT(a->score.brier, 0.0);
  EXPECT_LT(a->score.brier, 2.0);
  q.threads = 1;
  auto b = RunBacktest(*store_, q);
  ASSERT_TRUE(b.ok() && b->ran);
  EXPECT_EQ(a->score.brier, b->score.brier);
  q.swing_mode = forecast::SwingMode::kProportional;
  q.sigma_seat = 0;
  auto c = RunBacktest(*store_, q);
  ASSERT_TRUE(c.ok() && c->ran);
  // S10-1 under proportional swing: INC .50 × (1 + .01/.40) = .5125 against
  // BJP .40 × (1 - .01/.425): still INC, still a miss.
  EXPECT_EQ(c->score.seat_scores[0].favourite.label, "INC");
  EXPECT_EQ(c->score.called_right, 2);
}

TEST_F(BacktestServiceTest, BadNamesAndValues) {
  ImportPair();
  BacktestRequest q = Exact();
  q.target = "ls2042";
  auto r = RunBacktest(*store_, q);
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("'ls2024'"), std::string::npos)
      << r.status().message();
  q = Exact();
  q.sigma_seat = -1;
  EXPECT_EQ(RunBacktest(*store_, q).status().code(), StatusCode::kInvalidArgument);
  q = Exact();
  q.alliances_file = (dir_ / "missing.toml").string();
  EXPECT_EQ(RunBacktest(*store_, q).status().code(), StatusCode::kNotFound);
}

TEST_F(BacktestServiceTest, Ls2014OntoItselfCallsEverySeat) {
  ImportOptions o;
  o.election = "ls2014";
  auto imported = ImportResults(
      *store_, std::string(JANADHAR_SOURCE_DIR) + "/data/ls2014/candidates.csv", o);
  ASSERT_TRUE(imported.ok() && imported->committed);
  BacktestRequest q;
  q.base = q.target = "ls2014";
  q.sigma_seat = 0;
  q.simulations = 2;
  auto r = RunBacktest(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->ran);
  EXPECT_EQ(r->setup.matching.matched.size(), 543u);
  EXPECT_TRUE(r->warnings.empty());
  EXPECT_EQ(r->score.seats, 543);
  EXPECT_EQ(r->score.called_right, 543);
  EXPECT_EQ(r->score.brier, 0.0);
  EXPECT_EQ(r->score.naive_called_right, 543);
  EXPECT_EQ(Total(r->score.parties, "BJP")->actual, 282);
  EXPECT_EQ(Total(r->score.parties, "BJP")->mean, 282.0);
}

}  // namespace
}  // namespace janadhar::service
