// Turnout per seat in the SQLite store: round trip, replacement, refusals.
#include <gtest/gtest.h>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_test_util.h"

namespace janadhar::store {
namespace {

using testing::FreshStorePath;
using testing::OpenOrDie;
using testing::QueryInt;
using testing::TableCounts;

results::SeatTurnout Turnout(const std::string& state, int number, int64_t electors,
                             int64_t voters, int line) {
  results::SeatTurnout t;
  t.state = state;
  t.number = number;
  t.name = state + " seat " + std::to_string(number);
  t.electors_male = electors / 2;
  t.voters_male = voters / 2;
  t.electors_female = electors - electors / 2;
  t.voters_female = voters - voters / 2;
  t.electors_total = electors;
  t.voters_total = voters;
  t.line = line;
  return t;
}

ImportRecord TurnoutRecord(std::vector<importers::ImportProblem> problems = {}) {
  return ImportRecord{"turnout", "", "pc-turnout.csv", std::move(problems)};
}

void ExpectSame(const results::SeatTurnout& a, const results::SeatTurnout& b) {
  EXPECT_EQ(a.state, b.state);
  EXPECT_EQ(a.number, b.number);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.electors_male, b.electors_male);
  EXPECT_EQ(a.voters_male, b.voters_male);
  EXPECT_EQ(a.electors_female, b.electors_female);
  EXPECT_EQ(a.voters_female, b.voters_female);
  EXPECT_EQ(a.electors_other, b.electors_other);
  EXPECT_EQ(a.voters_other, b.voters_other);
  EXPECT_EQ(a.electors_total, b.electors_total);
  EXPECT_EQ(a.voters_total, b.voters_total);
  EXPECT_EQ(a.line, b.line);
}

class SqliteTurnoutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = FreshStorePath();
    store_ = OpenOrDie(path_);
    ASSERT_NE(store_, nullptr);
    ASSERT_TRUE(store_
                    ->ReplaceSeatResults(testing::Ls2014(), testing::SampleSeats(),
                                         {"results", "", "candidates.csv", {}})
                    .ok());
  }
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(SqliteTurnoutTest, RoundTripWithMissingCounts) {
  results::SeatTurnout kairana = Turnout("S24", 2, 1600000, 1150000, 3);
  kairana.voters_female = results::kMissing;  // a blank cell stays missing
  kairana.electors_other = 12;
  kairana.voters_other = 3;
  const std::vector<results::SeatTurnout> rows = {kairana,
                                                  Turnout("S24", 1, 1722000, 1280000, 2),
                                                  Turnout("S01", 1, 1386233, 1045839, 5)};
  Status s = store_->ReplaceTurnout(
      "ls2014", rows,
      TurnoutRecord({{"pc-turnout.csv", 3, 8, "blank", importers::Severity::kWarning}}));
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(
      QueryInt(path_, "SELECT count(*) FROM seat_turnout WHERE voters_female IS NULL"),
      1);

  auto all = store_->LoadTurnout("ls2014", "");
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 3u);  // in (state, number) order
  ExpectSame((*all)[0], rows[2]);
  ExpectSame((*all)[1], rows[1]);
  ExpectSame((*all)[2], rows[0]);
  EXPECT_NEAR((*all)[0].Turnout(), 0.7544, 0.00005);

  auto up = store_->LoadTurnout("ls2014", "S24");
  ASSERT_TRUE(up.ok());
  ASSERT_EQ(up->size(), 2u);
  EXPECT_EQ((*up)[0].number, 1);
  EXPECT_TRUE(store_->LoadTurnout("ls2014", "S99")->empty());

  auto records = store_->LoadImportRecords("ls2014");
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ((*records)[1].kind, "turnout");
  ASSERT_EQ((*records)[1].problems.size(), 1u);
  EXPECT_EQ((*records)[1].problems[0].line, 3);

  auto summary = store_->Summarise();
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ((*summary)[0].turnout_seats, 3);
}

TEST_F(SqliteTurnoutTest, ReimportReplacesTheWholeElection) {
  ASSERT_TRUE(
      store_
          ->ReplaceTurnout("ls2014",
                           {Turnout("S24", 1, 100, 60, 2), Turnout("S01", 1, 100, 70, 3)},
                           TurnoutRecord())
          .ok());
  // Only UP this time: Andhra Pradesh's row goes too.
  ASSERT_TRUE(
      store_->ReplaceTurnout("ls2014", {Turnout("S24", 1, 200, 90, 2)}, TurnoutRecord())
          .ok());
  auto all = store_->LoadTurnout("ls2014", "");
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ((*all)[0].electors_total, 200);
  EXPECT_EQ(QueryInt(path_, "SELECT count(*) FROM import_records WHERE kind = 'turnout'"),
            1);
  // Re-importing the results keeps the turnout (it is keyed by seat number).
  ASSERT_TRUE(store_
                  ->ReplaceSeatResults(testing::Ls2014(), testing::SampleSeats(),
                                       {"results", "", "candidates.csv", {}})
                  .ok());
  EXPECT_EQ(store_->LoadTurnout("ls2014", "")->size(), 1u);
}

TEST_F(SqliteTurnoutTest, RefusalsChangeNothing) {
  ASSERT_TRUE(
      store_->ReplaceTurnout("ls2014", {Turnout("S24", 1, 100, 60, 2)}, TurnoutRecord())
          .ok());
  const auto before = TableCounts(path_);

  // An election that is not there: NotFound, pointing at the results import.
  Status s =
      store_->ReplaceTurnout("ls2019", {Turnout("S24", 1, 100, 60, 2)}, TurnoutRecord());
  EXPECT_EQ(s.code(), StatusCode::kNotFound) << s.ToString();
  EXPECT_NE(s.message().find("ls2019"), std::string::npos) << s.ToString();
  EXPECT_EQ(store_->LoadTurnout("ls2019", "").status().code(), StatusCode::kNotFound);

  // The same seat twice: DataError naming it and both lines.
  s = store_->ReplaceTurnout(
      "ls2014", {Turnout("S24", 2, 100, 60, 2), Turnout("S24", 2, 100, 61, 9)},
      TurnoutRecord());
  EXPECT_EQ(s.code(), StatusCode::kDataError) << s.ToString();
  EXPECT_NE(s.message().find("S24-2"), std::string::npos) << s.ToString();
  EXPECT_NE(s.message().find("lines 2 and 9"), std::string::npos) << s.ToString();

  EXPECT_EQ(TableCounts(path_), before);
  auto kept = store_->LoadTurnout("ls2014", "");
  ASSERT_EQ(kept->size(), 1u);
  EXPECT_EQ((*kept)[0].voters_total, 60);
}

TEST(SqliteTurnoutMigration, AddedToAVersion2Store) {
  const std::string path = FreshStorePath();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  auto version = sqlite::Migrate(db, path, 2);
  sqlite3_close(db);
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  EXPECT_EQ(
      QueryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'seat_turnout'"),
      0);
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_GE(store->SchemaVersion(), 3);
  EXPECT_EQ(
      QueryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'seat_turnout'"),
      1);
}

}  // namespace
}  // namespace janadhar::store
