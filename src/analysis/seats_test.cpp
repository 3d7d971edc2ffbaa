#include "analysis/seats.h"

#include <gtest/gtest.h>

#include "analysis/analysis_test_util.h"
#include "analysis/parties.h"

namespace janadhar::analysis {
namespace {

TEST(SeatsTest, WinnerRunnerUpAndMargin) {
  const ElectionData data = testing::SampleElection();
  const auto seats = SummariseSeats(data, {});
  ASSERT_EQ(seats.size(), 3u);
  const SeatSummary& a = seats[0];
  EXPECT_EQ(a.seat->candidates[a.winner].name, "A BJP");
  EXPECT_EQ(a.seat->candidates[a.runner_up].name, "A INC");
  EXPECT_EQ(a.margin_votes, 200);
  ASSERT_TRUE(a.margin_pp);
  EXPECT_NEAR(*a.margin_pp, 20.0, 1e-9);
  EXPECT_EQ(a.votes.valid, 1000);
  EXPECT_EQ(a.votes.nota, 20);
  EXPECT_FALSE(a.turnout);

  SeatSummaryOptions with_nota;
  with_nota.basis = ShareBasis::kIncludingNota;
  EXPECT_NEAR(*SummariseSeats(data, with_nota)[0].margin_pp, 200.0 / 1020 * 100, 1e-9);
}

TEST(SeatsTest, OnePartysStandingAndStateFilter) {
  const ElectionData data = testing::SampleElection();
  SeatSummaryOptions o;
  o.party = data.FindParty("BJP");
  o.state = "S24";
  const auto seats = SummariseSeats(data, o);
  ASSERT_EQ(seats.size(), 2u);
  EXPECT_EQ(seats[0].party_rank, 1);
  EXPECT_NEAR(*seats[0].party_margin_pp, 20.0, 1e-9);
  EXPECT_EQ(seats[1].party_rank, 2);
  EXPECT_EQ(seats[1].party_margin_votes, -50);
  EXPECT_NEAR(*seats[1].party_margin_pp, -5.0, 1e-9);
  EXPECT_NEAR(*seats[1].party_share, 0.4, 1e-12);
  // A party with no candidate in a seat leaves the seat out.
  o.party = data.FindParty("SP");
  EXPECT_EQ(SummariseSeats(data, o).size(), 1u);
}

TEST(SeatsTest, TurnoutFromElectorsAndVoters) {
  ElectionData data = testing::SampleElection();
  data.seats[0].electors = 2000;
  data.seats[0].voters = 1030;
  EXPECT_NEAR(*SummariseSeats(data, {})[0].turnout, 0.515, 1e-12);
}

TEST(SeatsTest, UncontestedSeatHasAWinnerAndNoMargin) {
  ElectionData data =
      testing::MakeElection("ls2014", {{"S24", 9, "Solo", {{"X", "BJP", -1}}}});
  data.seats[0].uncontested = true;
  const auto seats = SummariseSeats(data, {});
  EXPECT_EQ(seats[0].winner, 0);
  EXPECT_EQ(seats[0].runner_up, -1);
  EXPECT_FALSE(seats[0].margin_pp);
}

TEST(PartiesTest, SeatsVotesSharesAndSeconds) {
  const ElectionData data = testing::SampleElection();
  const PartySummaries all = SummariseParties(data, {});
  EXPECT_EQ(all.seats, 3);
  EXPECT_EQ(all.valid_votes, 3000);
  EXPECT_EQ(all.nota_votes, 20);
  // Order: seats won, then votes: BJP (1, 1000), INC (1, 1050), TDP (1, 600).
  ASSERT_GE(all.parties.size(), 3u);
  EXPECT_EQ(data.parties[all.parties[0].party].label,
            "INC");  // "congress" spelling joined
  const PartySummary& inc = all.parties[0];
  EXPECT_EQ(inc.votes, 1050);
  EXPECT_EQ(inc.seats_contested, 3);
  EXPECT_EQ(inc.seats_second, 2);
  const PartySummary& bjp = all.parties[1];
  EXPECT_EQ(data.parties[bjp.party].label, "BJP");
  EXPECT_EQ(bjp.seats_won, 1);
  EXPECT_EQ(bjp.seats_second, 1);
  EXPECT_NEAR(bjp.share, 1000.0 / 3000, 1e-12);
  EXPECT_NEAR(bjp.share_with_nota, 1000.0 / 3020, 1e-12);
  EXPECT_NEAR(bjp.strike_rate(), 1.0 / 3, 1e-12);
  // Independents are one party in the tally.
  const int ind = data.FindParty("IND");
  auto it = std::find_if(all.parties.begin(), all.parties.end(),
                         [&](const PartySummary& p) { return p.party == ind; });
  ASSERT_NE(it, all.parties.end());
  EXPECT_EQ(it->votes, 100);
  EXPECT_EQ(it->seats_contested, 2);

  PartySummaryOptions ap;
  ap.state = "S01";
  const PartySummaries s01 = SummariseParties(data, ap);
  EXPECT_EQ(s01.seats, 1);
  EXPECT_EQ(data.parties[s01.parties[0].party].label, "TDP");
  EXPECT_NEAR(s01.parties[0].share, 0.6, 1e-12);
}

}  // namespace
}  // namespace janadhar::analysis
