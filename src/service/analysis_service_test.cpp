// The analysis use cases on the shipped 2014 data (imported once by the demo)
// and on a small second election for swing. Expected figures were computed by
// hand from data/ls2014/candidates.csv and the Form-20 rows named below.
#include "service/analysis_service.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "service/demo.h"
#include "service/import_service.h"

namespace janadhar::service {
namespace {

namespace fs = std::filesystem;

class AnalysisServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // ctest runs each test in its own process, several at once.
    dir_ = new fs::path(fs::path(::testing::TempDir()) /
                        ("janadhar_analysis_svc_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    auto s = store::OpenStore((*dir_ / "test.db").string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value().release();
    DemoOptions options;
    options.data_dir = std::string(JANADHAR_SOURCE_DIR) + "/data";
    options.organisation = false;  // the analyses need the imports only
    auto demo = RunDemo(*store_, options);
    ASSERT_TRUE(demo.ok()) << demo.status().ToString();
  }
  static void TearDownTestSuite() {
    delete store_;
    fs::remove_all(*dir_);
    delete dir_;
  }
  static inline fs::path* dir_ = nullptr;
  static inline store::Store* store_ = nullptr;
};

const analysis::PartySummary* Find(const PartiesReport& r, const std::string& label) {
  for (const auto& p : r.summary.parties) {
    if (r.data->parties[p.party].label == label) return &p;
  }
  return nullptr;
}

TEST_F(AnalysisServiceTest, PartiesNationally) {
  auto r = AnalyseParties(*store_, {"ls2014", "", analysis::ShareBasis::kExcludingNota});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->summary.seats, 543);
  const auto* bjp = Find(*r, "BJP");
  const auto* inc = Find(*r, "INC");
  ASSERT_TRUE(bjp && inc);
  EXPECT_EQ(bjp->seats_won, 282);
  EXPECT_EQ(inc->seats_won, 44);
  EXPECT_NEAR(bjp->share * 100, 31.34, 0.005);
  EXPECT_NEAR(bjp->share_with_nota * 100, 31.00, 0.005);
  EXPECT_NEAR(inc->share * 100, 19.52, 0.005);
  EXPECT_NEAR(inc->share_with_nota * 100, 19.31, 0.005);
  EXPECT_EQ(r->summary.parties[0].party, bjp->party);
}

TEST_F(AnalysisServiceTest, SeatsByHand) {
  auto r = AnalyseSeats(*store_,
                        {"ls2014", "UP", "BJP", analysis::ShareBasis::kExcludingNota});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->state, "S24");
  EXPECT_EQ(r->seats.size(), 78u);  // BJP left Pratapgarh and Mirzapur to Apna Dal
  for (const auto& s : r->seats) {
    if (s.seat->number == 35) {  // Lucknow: 5,61,106 − 2,88,357 of 10,29,187 valid
      EXPECT_EQ(s.seat->candidates[s.winner].name, "RAJ NATH SINGH");
      EXPECT_EQ(s.margin_votes, 272749);
      EXPECT_NEAR(*s.margin_pp, 272749.0 / 1029187 * 100, 1e-9);
      EXPECT_EQ(s.votes.nota, 4596);
      EXPECT_EQ(s.party_rank, 1);
    }
    if (s.seat->number == 1) {  // Saharanpur, from pc-turnout.csv
      EXPECT_EQ(s.seat->electors, 1608833);
      EXPECT_EQ(s.seat->voters, 1194308);
      EXPECT_NEAR(*s.turnout, 1194308.0 / 1608833, 1e-12);  // 74.23%
    }
  }
}

TEST_F(AnalysisServiceTest, EveryUpBoothGradedSaveBlankCells) {
  BoothsRequest q;
  q.election = "ls2014";
  q.party = "BJP";
  q.state = "S24";
  auto r = AnalyseBooths(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const auto& g = r->grades;
  EXPECT_EQ(g.segments.size(), 403u);
  EXPECT_EQ(g.graded + g.no_votes + g.excluded, 138771);
  EXPECT_EQ(g.excluded, 12);  // the rows with blank cells
  EXPECT_EQ(g.counts[0] + g.counts[1] + g.counts[2] + g.counts[3], g.graded);
  EXPECT_EQ(g.segments_not_contested, 10);  // the ACs of Pratapgarh and Mirzapur
  // AC 173 (Lucknow East), part 1: BJP 387 of 760, BSP 200 → +24.61 points, A.
  for (const auto& sg : g.segments) {
    const analysis::Segment& seg = r->booths.segments[sg.segment];
    if (seg.booths->ac != 173) continue;
    const auto& b = sg.booths[0];
    EXPECT_EQ(seg.booths->booths[0].part, "1");
    EXPECT_EQ(b.party_votes, 387);
    EXPECT_EQ(b.valid, 760);
    EXPECT_EQ(b.rival_votes, 200);
    EXPECT_NEAR(b.margin_pp, 187.0 / 760 * 100, 1e-9);
    EXPECT_EQ(b.grade, analysis::Grade::kA);
  }
}

TEST_F(AnalysisServiceTest, BoothsOfAPcSayWhichSegmentsWereLed) {
  BoothsRequest q;
  q.election = "ls2014";
  q.party = "INC";
  q.state = "Uttar Pradesh";
  q.pc = "Saharanpur";
  auto r = AnalyseBooths(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->pc, 1);
  ASSERT_EQ(r->grades.segments.size(), 5u);
  int led = 0;
  for (const auto& sg : r->grades.segments) led += sg.led() ? 1 : 0;
  EXPECT_GT(led, 0);
  EXPECT_LT(led, 5);  // INC lost the seat by 5.48 points
}

TEST_F(AnalysisServiceTest, AConstituencyWithoutItsState) {
  BoothsRequest q;
  q.election = "ls2014";
  q.party = "BJP";
  q.pc = "Varanasi";  // a name found in one state
  auto r = AnalyseBooths(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->state, "S24");
  EXPECT_EQ(r->pc, 77);
  q.pc = "";
  q.ac = "173";  // a number with booth results in one state only
  r = AnalyseBooths(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->scope, "AC 173 LUCKNOW EAST");
  q.ac = "";
  q.pc = "1";  // Kachchh (Gujarat) and Saharanpur (UP) both have booths
  auto both = AnalyseBooths(*store_, q);
  EXPECT_EQ(both.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(both.status().message().find("S06, S24"), std::string::npos)
      << both.status().message();
  q.pc = "Varanasy";
  auto typo = AnalyseBooths(*store_, q);
  EXPECT_EQ(typo.status().code(), StatusCode::kNotFound);
  EXPECT_NE(typo.status().message().find("VARANASI"), std::string::npos)
      << typo.status().message();
}

TEST_F(AnalysisServiceTest, TargetsWithBooths) {
  TargetsRequest q;
  q.election = "ls2014";
  q.party = "INC";
  q.state = "S24";
  q.options.within_pp = 15;
  auto r = AnalyseTargets(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_FALSE(r->targets.empty());
  const auto& t = r->targets[0];
  EXPECT_EQ(t.seat->name, "Saharanpur");  // 65,090 behind of 11,88,041
  EXPECT_NEAR(t.swing_needed_pp, 65090.0 / 1188041 * 100 / 2, 1e-9);
  EXPECT_EQ(t.segments_with_booths, 5);
  EXPECT_GT(t.booths_flip, 0);
  EXPECT_EQ(t.largest_deficits.size(), 5u);
  for (std::size_t i = 1; i < r->targets.size(); ++i) {
    EXPECT_LE(r->targets[i - 1].swing_needed_pp, r->targets[i].swing_needed_pp);
  }
}

TEST_F(AnalysisServiceTest, IouOfUttarPradesh) {
  auto r = AnalyseIou(*store_, {"ls2014", "S24", {"BJP", "Apna Dal"}});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->iou.seats.size(), 80u);
  for (const auto& s : r->iou.seats) {
    if (s.seat->number == 77) {  // Varanasi: AAP 2,09,238 of 4,47,612 opposition votes
      EXPECT_NEAR(*s.iou, 209238.0 / 447612 * 100, 1e-9);
      EXPECT_TRUE(s.ruling_won);
    }
  }
  EXPECT_EQ(r->iou.states[0].ruling_won, 73);
}

TEST_F(AnalysisServiceTest, BadNamesSuggestTheClosest) {
  auto e = AnalyseParties(*store_, {"ls2041", "", {}});
  EXPECT_EQ(e.status().code(), StatusCode::kNotFound);
  EXPECT_NE(e.status().message().find("did you mean 'ls2014'"), std::string::npos)
      << e.status().message();
  auto s = AnalyseParties(*store_, {"ls2014", "Utar Pradesh", {}});
  EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
  EXPECT_NE(s.status().message().find("Uttar Pradesh"), std::string::npos)
      << s.status().message();
  auto p = AnalyseSeats(*store_, {"ls2014", "", "BJPP", {}});
  EXPECT_EQ(p.status().code(), StatusCode::kNotFound);
  EXPECT_NE(p.status().message().find("'BJP'"), std::string::npos)
      << p.status().message();
  // A party that exists but had no candidate in the state.
  auto t = AnalyseSeats(*store_, {"ls2014", "S24", "TDP", {}});
  EXPECT_EQ(t.status().code(), StatusCode::kNotFound);
  EXPECT_NE(t.status().message().find("no candidate"), std::string::npos);
  BoothsRequest q;
  q.election = "ls2014";
  q.party = "BJP";
  q.state = "S24";
  q.ac = "Lucknow Est";
  auto a = AnalyseBooths(*store_, q);
  EXPECT_EQ(a.status().code(), StatusCode::kNotFound);
  EXPECT_NE(a.status().message().find("LUCKNOW EAST"), std::string::npos)
      << a.status().message();
  q.ac = "999";
  a = AnalyseBooths(*store_, q);
  EXPECT_NE(a.status().message().find("1 to 403"), std::string::npos)
      << a.status().message();
  q.ac = "";
  q.pc = "81";
  a = AnalyseBooths(*store_, q);
  EXPECT_NE(a.status().message().find("1 to 80"), std::string::npos)
      << a.status().message();
  q.pc = "";
  q.state = "Gujarat";  // seats there, but booths only of Kachchh: fine
  EXPECT_TRUE(AnalyseBooths(*store_, q).ok());
  q.state = "S01";
  EXPECT_EQ(AnalyseBooths(*store_, q).status().code(), StatusCode::kNotFound);
  q.thresholds.b = 20;
  EXPECT_EQ(AnalyseBooths(*store_, q).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(AnalysisServiceTest, SwingAgainstALaterElection) {
  const fs::path file = *dir_ / "ls2019-two-seats.csv";
  std::ofstream(file)
      << "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
         "A,Bharatiya Janata Party,600,Uttar Pradesh,Saharanpur,S24,1\n"
         "B,Indian National Congress,400,Uttar Pradesh,Saharanpur,S24,1\n"
         "C,Samajwadi Party,700,Uttar Pradesh,Kairana,S24,2\n"
         "D,Bharatiya Janata Party,300,Uttar Pradesh,Kairana,S24,2\n";
  ImportOptions o;
  o.election = "ls2019";
  auto imp = ImportResults(*store_, file.string(), o);
  ASSERT_TRUE(imp.ok() && imp->committed);
  auto r = AnalyseSwing(*store_, {"ls2014", "ls2019", "UP", {"BJP"}, {}});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->swing.seats_matched, 2);
  EXPECT_EQ(r->warnings.size(), 78u);  // UP seats only in ls2014
  // Saharanpur: BJP 4,72,999 of 11,88,041 → 60%.
  const auto& row = r->swing.rows[0];
  EXPECT_EQ(row.seat, 1);
  EXPECT_NEAR(*row.swing_pp, (0.6 - 472999.0 / 1188041) * 100, 1e-9);
  auto bad = AnalyseSwing(*store_, {"ls2014", "ls2091", "", {}, {}});
  EXPECT_EQ(bad.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace janadhar::service
