#include "analysis/booths.h"

#include <gtest/gtest.h>

#include "analysis/analysis_test_util.h"

namespace janadhar::analysis {
namespace {

// Booths of one segment of seat Beta (S24 2): columns INC, BJP, SP, IND, NOTA.
results::SegmentBooths BetaBooths() {
  results::SegmentBooths s;
  s.state = "S24";
  s.ac = 10;
  s.file = "10.csv";
  const std::vector<std::pair<std::string, std::string>> cols = {
      {"B INC", "INC"},
      {"B BJP", "Bharatiya Janata Party"},
      {"B SP", "Samajwadi Party"},
      {"B IND", "Independent"},
      {"NOTA", "None of the Above"}};
  for (std::size_t i = 0; i < cols.size(); ++i) {
    results::BoothColumn c;
    c.ballot = static_cast<int>(i) + 1;
    c.label = cols[i].first;
    c.linked_candidate = cols[i].first;
    c.party = cols[i].second;
    c.is_nota = cols[i].first == "NOTA";
    s.columns.push_back(c);
  }
  const std::vector<std::vector<int32_t>> rows = {
      {100, 150, 20, 10, 5},  // BJP +50 of 280: +17.86 → A
      {120, 110, 30, 0, 1},   // −10 of 260: −3.85 → C
      {200, 90, 10, 10, 0},   // −110 of 310: −35.48 → D
      {100, 105, 0, 0, 0},    // +5 of 205: +2.44 → B
      {100, -1, 0, 0, 0},     // a blank cell: excluded
      {50, 40, 0, 0, 0},      // −10 of 90: −11.11 → D
      {0, 0, 0, 0, 3},        // only NOTA: no valid votes, excluded
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    results::Booth b;
    b.part = std::to_string(i + 1);
    b.votes = rows[i];
    if (i == 4) b.flags = results::kBoothHasMissing;
    s.booths.push_back(b);
  }
  return s;
}

TEST(BoothsTest, GradesByHand) {
  const ElectionData data = testing::SampleElection();
  const results::SegmentBooths booths = BetaBooths();
  const Segment seg = LinkSegment(booths, data.seats[1], data, "Tenth", 2);
  EXPECT_EQ(seg.column_candidate, (std::vector<int>{0, 1, 2, 3, -1}));
  const GradeSummary g = GradeBooths({seg}, data.FindParty("BJP"), {});
  ASSERT_EQ(g.segments.size(), 1u);
  const SegmentGrades& sg = g.segments[0];
  EXPECT_TRUE(sg.contested);
  EXPECT_EQ(sg.counts, (std::array<int, 4>{1, 1, 1, 2}));
  EXPECT_EQ(sg.excluded, 1);
  EXPECT_EQ(sg.no_votes, 1);
  EXPECT_EQ(g.graded, 5);
  EXPECT_EQ(sg.booths[0].grade, Grade::kA);
  EXPECT_NEAR(sg.booths[0].margin_pp, 50.0 / 280 * 100, 1e-9);
  EXPECT_NEAR(sg.booths[0].share, 150.0 / 280, 1e-12);
  EXPECT_EQ(sg.booths[0].rival_column, 0);
  EXPECT_NEAR(sg.booths[1].margin_pp, -10.0 / 260 * 100, 1e-9);
  EXPECT_EQ(sg.booths[1].grade, Grade::kC);
  EXPECT_EQ(sg.booths[2].grade, Grade::kD);
  EXPECT_EQ(sg.booths[3].grade, Grade::kB);
  EXPECT_EQ(sg.booths[4].excluded, Exclusion::kMissingCells);
  EXPECT_EQ(sg.booths[5].grade, Grade::kD);
  EXPECT_EQ(sg.booths[6].excluded, Exclusion::kNoVotes);
  // Segment totals over graded booths: BJP 495, INC 570 → INC led.
  EXPECT_EQ(sg.party_votes, 150 + 110 + 90 + 105 + 40);
  EXPECT_EQ(sg.rival_votes, 100 + 120 + 200 + 100 + 50);
  EXPECT_EQ(sg.rival_candidate, 0);
  EXPECT_FALSE(sg.led());
}

TEST(BoothsTest, ThresholdsAreConfigurableAndChecked) {
  const ElectionData data = testing::SampleElection();
  const results::SegmentBooths booths = BetaBooths();
  const Segment seg = LinkSegment(booths, data.seats[1], data, "Tenth", 2);
  GradeThresholds t;
  t.a = 20;
  t.b = 2;
  t.c = -5;
  const GradeSummary g = GradeBooths({seg}, data.FindParty("BJP"), t);
  EXPECT_EQ(g.counts, (std::array<int, 4>{0, 2, 1, 2}));
  EXPECT_TRUE(t.Validate().ok());
  t.b = 30;
  EXPECT_FALSE(t.Validate().ok());
  EXPECT_EQ(GradeOf(0.0, GradeThresholds{}), Grade::kB);  // a tie is B
  EXPECT_EQ(GradeOf(-10.0, GradeThresholds{}), Grade::kC);
  EXPECT_EQ(GradeOf(10.0, GradeThresholds{}), Grade::kA);
}

TEST(BoothsTest, PartyWithoutACandidateIsGradedWithNoVotes) {
  const ElectionData data = testing::SampleElection();
  const results::SegmentBooths booths = BetaBooths();
  const Segment seg = LinkSegment(booths, data.seats[1], data, "Tenth", 2);
  const GradeSummary g = GradeBooths({seg}, data.FindParty("TDP"), {});
  EXPECT_FALSE(g.segments[0].contested);
  EXPECT_EQ(g.segments_not_contested, 1);
  EXPECT_EQ(g.graded, 5);
  EXPECT_EQ(g.counts[3], 5);  // 0 votes against the leader: D everywhere
  EXPECT_NEAR(g.segments[0].booths[3].margin_pp, -105.0 / 205 * 100, 1e-9);
  EXPECT_FALSE(g.segments[0].led());
}

TEST(BoothsTest, LinksByPartyWhenTheBoothFileSpellsTheNameOtherwise) {
  const ElectionData data = testing::SampleElection();
  results::SegmentBooths booths = BetaBooths();
  booths.columns[1].linked_candidate = "B. B. J. P. Candidate";
  booths.columns[3].linked_candidate = "Someone Else";  // an independent: not by party
  const Segment seg = LinkSegment(booths, data.seats[1], data, "Tenth", 2);
  EXPECT_EQ(seg.column_candidate, (std::vector<int>{0, 1, 2, -1, -1}));
}

}  // namespace
}  // namespace janadhar::analysis
