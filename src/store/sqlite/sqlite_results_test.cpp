// Seat results and parties: round trips, party resolution, aliases, re-imports
// and failed imports that must change nothing.
#include <gtest/gtest.h>

#include "results/party.h"
#include "store/sqlite/sqlite_test_util.h"

namespace janadhar::store {
namespace {

using testing::FreshStorePath;
using testing::Ls2014;
using testing::OpenOrDie;
using testing::QueryInt;
using testing::SampleSeats;

const int64_t kKnownParties = static_cast<int64_t>(results::KnownParties().size());

TEST(SqliteSeatResults, RoundTripWithCanonicalPartyNames) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(
      store->ReplaceSeatResults(Ls2014(), SampleSeats(), {"results", "", "c.csv", {}})
          .ok());
  auto election = store->GetElection("ls2014");
  ASSERT_TRUE(election.ok());
  EXPECT_EQ(election->year, 2014);
  EXPECT_EQ(election->delimitation, "2008");
  EXPECT_EQ(election->kind, results::ElectionKind::kLokSabha);

  auto seats = store->LoadSeatResults("ls2014", "");
  ASSERT_TRUE(seats.ok()) << seats.status().ToString();
  ASSERT_EQ(seats->size(), 2u);
  const results::SeatResult& s = (*seats)[0];
  EXPECT_EQ(s.state, "S24");
  EXPECT_EQ(s.state_name, "Uttar Pradesh");
  EXPECT_EQ(s.number, 1);
  EXPECT_EQ(s.name, "Saharanpur");
  EXPECT_FALSE(s.uncontested);
  ASSERT_EQ(s.candidates.size(), 5u);
  EXPECT_EQ(s.candidates[0].name, "RAGHAV LAKHANPAL");
  EXPECT_EQ(s.candidates[0].party, "Bharatiya Janata Party");
  EXPECT_EQ(s.candidates[0].votes, 472999);
  EXPECT_EQ(s.candidates[0].line, 10);
  EXPECT_EQ(s.candidates[1].party, "Indian National Congress");  // alias
  EXPECT_EQ(s.candidates[2].party, "Bahujan Samaj Party");       // abbreviation
  EXPECT_EQ(s.candidates[3].party, "Jan Morcha");                // new, spaces collapsed
  EXPECT_EQ(s.candidates[3].votes, results::kMissing);
  EXPECT_TRUE(s.candidates[4].is_nota);
  EXPECT_EQ(s.candidates[4].party, "None of the Above");
  EXPECT_FALSE(s.candidates[0].is_nota);
  EXPECT_EQ(s.WinnerIndex(), 0);

  const results::SeatResult& quiet = (*seats)[1];
  EXPECT_TRUE(quiet.uncontested);
  ASSERT_EQ(quiet.candidates.size(), 1u);
  EXPECT_EQ(quiet.candidates[0].votes, results::kMissing);
  EXPECT_EQ(quiet.candidates[0].party, "Samajwadi Party");

  EXPECT_EQ(store->LoadSeatResults("ls2014", "S24")->size(), 2u);
  EXPECT_TRUE(store->LoadSeatResults("ls2014", "U05")->empty());
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM candidates WHERE votes IS NULL"), 2);
}

TEST(SqliteSeatResults, UnknownElectionSuggestsAName) {
  auto store = OpenOrDie(FreshStorePath());
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->ReplaceSeatResults(Ls2014(), SampleSeats(), {}).ok());
  auto missing = store->LoadSeatResults("ls2104", "");
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("did you mean 'ls2014'"), std::string::npos)
      << missing.status().message();
  EXPECT_EQ(store->GetElection("vs2017").status().code(), StatusCode::kNotFound);
  auto list = store->ListElections();
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].name, "ls2014");
}

TEST(SqliteSeatResults, ReimportReplacesAndKeepsBoothResults) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(
      store->ReplaceSeatResults(Ls2014(), SampleSeats(), {"results", "", "a", {}}).ok());
  ASSERT_TRUE(store
                  ->ReplaceBoothResults("ls2014", "S24",
                                        {testing::SampleSegment("S24", 1, 10, 5)}, {})
                  .ok());
  auto seats = SampleSeats();
  seats[0].candidates.pop_back();
  ASSERT_TRUE(store->ReplaceSeatResults(Ls2014(), seats, {"results", "", "b", {}}).ok());
  ASSERT_TRUE(store->ReplaceSeatResults(Ls2014(), seats, {"results", "", "c", {}}).ok());

  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM elections"), 1);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM seats"), 2);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM candidates"), 5);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM parties"), kKnownParties + 1);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM import_records WHERE kind = 'results'"),
            1);
  auto booths = store->LoadBoothResults("ls2014", "S24");
  ASSERT_TRUE(booths.ok());
  ASSERT_EQ(booths->size(), 1u);
  EXPECT_EQ((*booths)[0].booths.size(), 10u);
  EXPECT_EQ((*booths)[0].columns[0].party, "Bharatiya Janata Party");
}

TEST(SqliteSeatResults, DuplicateSeatChangesNothing) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->ReplaceSeatResults(Ls2014(), SampleSeats(), {}).ok());
  const auto before = testing::TableCounts(path);

  auto seats = SampleSeats();
  seats[1].number = 1;                               // Saharanpur twice
  seats[0].candidates[3].party = "Brand New Party";  // created, then rolled back
  Status s = store->ReplaceSeatResults(Ls2014(), seats, {"results", "", "z", {}});
  EXPECT_EQ(s.code(), StatusCode::kDataError);
  EXPECT_NE(s.message().find("S24-1"), std::string::npos) << s.message();
  results::Election ls2019{"ls2019", results::ElectionKind::kLokSabha, 2019, "2008", ""};
  EXPECT_EQ(store->ReplaceSeatResults(ls2019, seats, {}).code(), StatusCode::kDataError);

  EXPECT_EQ(testing::TableCounts(path), before);
  EXPECT_EQ(store->GetElection("ls2019").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store->LoadSeatResults("ls2014", "")->at(0).candidates.size(), 5u);
}

TEST(SqliteParties, ResolvesSpellingsAndCreatesNewPartiesOnce) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  results::SeatResult seat;
  seat.state = "S24";
  seat.number = 3;
  seat.candidates = {
      testing::Candidate("A", "  BHARATIYA   janata party. ", 1),
      testing::Candidate("B", "cpi(m)", 2),
      testing::Candidate("C", "Communist-Party-of-India (Marxist)", 3),
      testing::Candidate("D", "Rashtriya Ulama Council", 4),
      testing::Candidate("E", "RASHTRIYA ULAMA COUNCIL", 5),
      testing::Candidate("F", "", 6),
      testing::Candidate("G", "ind", 7),
  };
  ASSERT_TRUE(store->ReplaceSeatResults(Ls2014(), {seat}, {}).ok());
  auto loaded = store->LoadSeatResults("ls2014", "");
  ASSERT_TRUE(loaded.ok());
  const auto& c = (*loaded)[0].candidates;
  EXPECT_EQ(c[0].party, "Bharatiya Janata Party");
  EXPECT_EQ(c[1].party, "Communist Party of India (Marxist)");
  EXPECT_EQ(c[2].party, "Communist Party of India (Marxist)");
  EXPECT_EQ(c[3].party, "Rashtriya Ulama Council");
  EXPECT_EQ(c[4].party, "Rashtriya Ulama Council");
  EXPECT_EQ(c[5].party, "");
  EXPECT_EQ(c[6].party, "Independent");
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM parties"), kKnownParties + 1);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM parties WHERE abbreviation IS NULL"), 1);

  auto directory = store->LoadParties();
  ASSERT_TRUE(directory.ok());
  const results::Party* ruc = directory->Resolve("rashtriya ulama council");
  ASSERT_NE(ruc, nullptr);
  EXPECT_TRUE(ruc->abbreviation.empty());
  EXPECT_GT(ruc->id, 0);
  EXPECT_EQ(directory->Resolve("Congress")->abbreviation, "INC");
}

TEST(SqliteParties, AliasesAddMoveAndRefuse) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->AddPartyAlias("Bhajpa", "bjp").ok());
  auto directory = store->LoadParties();
  ASSERT_EQ(directory->Resolve("BHAJPA")->abbreviation, "BJP");

  ASSERT_TRUE(store->AddPartyAlias("bhajpa", "Indian National Congress").ok());  // moved
  directory = store->LoadParties();
  EXPECT_EQ(directory->Resolve("Bhajpa")->abbreviation, "INC");
  EXPECT_EQ(
      QueryInt(path, "SELECT count(*) FROM party_aliases WHERE alias_key = 'BHAJPA'"), 1);

  const auto before = testing::TableCounts(path);
  Status unknown = store->AddPartyAlias("Kamal", "BJPP");
  EXPECT_EQ(unknown.code(), StatusCode::kNotFound);
  EXPECT_NE(unknown.message().find("did you mean"), std::string::npos)
      << unknown.message();
  EXPECT_NE(unknown.message().find("'BJP'"), std::string::npos) << unknown.message();

  Status name = store->AddPartyAlias("samajwadi party", "BJP");
  EXPECT_EQ(name.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(name.message().find("Samajwadi Party"), std::string::npos) << name.message();
  Status abbreviation = store->AddPartyAlias("S.P.", "BJP");
  EXPECT_EQ(abbreviation.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(abbreviation.message().find("abbreviation"), std::string::npos);
  EXPECT_EQ(store->AddPartyAlias("--", "BJP").code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(store->AddPartyAlias("b.j.p.", "BJP").ok());  // its own abbreviation
  EXPECT_EQ(testing::TableCounts(path), before);

  // The alias is used when results are imported.
  results::SeatResult seat;
  seat.state = "S24";
  seat.number = 1;
  seat.candidates = {testing::Candidate("A", "BHAJPA", 10)};
  ASSERT_TRUE(store->ReplaceSeatResults(Ls2014(), {seat}, {}).ok());
  EXPECT_EQ(store->LoadSeatResults("ls2014", "")->at(0).candidates[0].party,
            "Indian National Congress");
}

}  // namespace
}  // namespace janadhar::store
