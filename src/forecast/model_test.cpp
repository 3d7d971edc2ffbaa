// BuildInput and ValidateScenario on made-up elections, figures by hand.
#include "forecast/model.h"

#include <gtest/gtest.h>

#include <cmath>

#include "forecast/forecast_test_util.h"
#include "forecast/scenario.h"

namespace janadhar::forecast {
namespace {

using testing::MakeElection;

// S01-1: 1000 valid votes and 100 NOTA; S02-1: 7 candidates, one missing.
analysis::ElectionData Sample() {
  auto data = MakeElection({
      {"S01", {{"A", 500}, {"B", 300}, {"", 100}, {"C", 200}}},
      {"S02",
       {{"A", 100},
        {"B", 400},
        {"C", 50},
        {"D", 30},
        {"IND", 20},
        {"IND", 10},
        {"E", 5}}},
  });
  data.seats[1].candidates.push_back({"S02-1 X", 0, results::kMissing, false});
  return data;
}

TEST(BuildInput, DefaultsLeaveNotaOutAndKeepTopSix) {
  auto in = BuildInput(Sample());
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  EXPECT_EQ(in->nota_party, analysis::kNoParty);
  EXPECT_EQ(in->parties.size(), 6u);  // A B C D IND E
  ASSERT_EQ(in->seats.size(), 2u);
  EXPECT_EQ(in->states, (std::vector<std::string>{"S01", "S02"}));
  const InputSeat& s1 = in->seats[0];
  ASSERT_EQ(s1.candidates.size(), 3u);  // NOTA is no candidate
  EXPECT_EQ(in->parties[s1.candidates[0].party].label, "A");
  EXPECT_DOUBLE_EQ(s1.candidates[0].share, 0.5);  // of 1000 valid votes
  EXPECT_EQ(in->parties[s1.candidates[1].party].label, "B");
  EXPECT_EQ(in->parties[s1.candidates[2].party].label, "C");  // sorted by votes
  EXPECT_DOUBLE_EQ(s1.candidates[2].share, 0.2);
  const InputSeat& s2 = in->seats[1];
  ASSERT_EQ(s2.candidates.size(), 6u);  // 7 with known votes, the top 6 kept
  EXPECT_EQ(in->parties[s2.candidates[0].party].label, "B");
  EXPECT_DOUBLE_EQ(s2.candidates[0].share, 400.0 / 615);  // the missing one left out
  EXPECT_EQ(s2.candidates[5].votes, 10);                  // E (5) dropped
  // National: A has 600 of 1615; in S02 B has 400 of 615.
  EXPECT_DOUBLE_EQ(in->national_share[0], 600.0 / 1615);
  EXPECT_DOUBLE_EQ(in->state_share[1][1], 400.0 / 615);
  EXPECT_EQ(in->FindState("S02"), 1);
  EXPECT_EQ(in->FindState("S99"), -1);
}

TEST(BuildInput, NumpyReferenceMakesNotaACandidateOfAllVotes) {
  auto in = BuildInput(Sample(), InputOptions::NumpyReference());
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  ASSERT_EQ(in->nota_party, 6);
  EXPECT_EQ(in->parties[6].label, "NOTA");
  const InputSeat& s1 = in->seats[0];
  ASSERT_EQ(s1.candidates.size(), 4u);
  EXPECT_DOUBLE_EQ(s1.candidates[0].share, 500.0 / 1100);
  EXPECT_EQ(s1.candidates[3].party, 6);  // NOTA, 100 votes, last
  EXPECT_DOUBLE_EQ(s1.candidates[3].share, 100.0 / 1100);
}

TEST(BuildInput, TopKAndErrors) {
  InputOptions all;
  all.top_k = 0;
  auto in = BuildInput(Sample(), all);
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in->seats[1].candidates.size(), 7u);
  all.top_k = 2;
  in = BuildInput(Sample(), all);
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in->seats[1].candidates.size(), 2u);
  all.top_k = -1;
  EXPECT_EQ(BuildInput(Sample(), all).status().code(), StatusCode::kInvalidArgument);
  auto empty = MakeElection({{"S01", {{"A", results::kMissing}}}});
  EXPECT_EQ(BuildInput(empty).status().code(), StatusCode::kFailedPrecondition);
}

TEST(ValidateScenario, NamesTheBadField) {
  auto in = BuildInput(Sample());
  ASSERT_TRUE(in.ok());
  auto check = [&](auto change) {
    Scenario s;
    change(s);
    return ValidateScenario(*in, s);
  };
  EXPECT_TRUE(check([](Scenario&) {}).ok());
  Status st = check([](Scenario& s) { s.sigma_seat = -0.01; });
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("sigma_seat"), std::string::npos) << st.message();
  EXPECT_EQ(check([](Scenario& s) { s.sigma_state = std::nan(""); }).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(check([](Scenario& s) { s.simulations = 0; }).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(check([](Scenario& s) { s.threads = -1; }).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(check([](Scenario& s) { s.majority = 3; }).code(),
            StatusCode::kInvalidArgument);
  EXPECT_TRUE(check([](Scenario& s) { s.majority = 2; }).ok());
  EXPECT_EQ(check([](Scenario& s) { s.party_swing[17] = 0.01; }).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(check([](Scenario& s) {
              s.state_swing[{"S24", 0}] = 0.01;
            }).code(),
            StatusCode::kInvalidArgument);
  EXPECT_TRUE(check([](Scenario& s) { s.state_swing[{"S02", 0}] = 0.01; }).ok());
  EXPECT_EQ(check([](Scenario& s) { s.party_swing[0] = 1.5; }).code(),
            StatusCode::kInvalidArgument);  // swings are fractions: 1.5 is 150 points
  EXPECT_EQ(check([](Scenario& s) {
              s.alliances.push_back(testing::MakeAlliance("", {0, 1}));
            }).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(check([](Scenario& s) {
              s.alliances.push_back(testing::MakeAlliance("X", {0, 1}));
              s.alliances.push_back(testing::MakeAlliance("Y", {1, 2}));
            }).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(check([](Scenario& s) {
              s.alliances.push_back(testing::MakeAlliance("X", {0, 1}, 1.5));
            }).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(check([](Scenario& s) {
              s.alliances.push_back(testing::MakeAlliance("X", {0, 1}, 1.0, {{2, 0.5}}));
            }).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(
      check([](Scenario& s) {
        s.alliances.push_back(testing::MakeAlliance("X", {0, 1}, 1.0, {}, {{0, 2}}));
      }).code(),
      StatusCode::kInvalidArgument);
  EXPECT_EQ(
      check([](Scenario& s) {
        s.alliances.push_back(testing::MakeAlliance("X", {0, 1}, 1.0, {}, {{5, 0}}));
      }).code(),
      StatusCode::kInvalidArgument);
  auto with_nota = BuildInput(Sample(), InputOptions::NumpyReference());
  ASSERT_TRUE(with_nota.ok());
  Scenario s;
  s.alliances.push_back(testing::MakeAlliance("X", {0, with_nota->nota_party}));
  EXPECT_EQ(ValidateScenario(*with_nota, s).code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace janadhar::forecast
