// Opening, migrating and refusing stores; geography round trips; import
// records and the summary.
#include "store/sqlite/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "results/party.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_test_util.h"

namespace janadhar::store {
namespace {

using testing::ExecSql;
using testing::FreshStorePath;
using testing::OpenOrDie;
using testing::QueryInt;

geo::Delimitation SampleDelimitation() {
  geo::Delimitation d;
  d.name = "2008";
  d.states = {{"S24", "UP", "Uttar Pradesh"}, {"U05", "DL", "NCT OF Delhi"}};
  d.pcs = {{"S24", 1, "Saharanpur", geo::Reservation::kGeneral},
           {"S24", 2, "Kairana", geo::Reservation::kGeneral},
           {"S24", 68, "Mohanlalganj", geo::Reservation::kSC},
           {"U05", 1, "Chandni Chowk", geo::Reservation::kGeneral}};
  d.acs = {{"S24", 1, "Behat", geo::Reservation::kGeneral, 1},
           {"S24", 2, "Nakur", geo::Reservation::kGeneral, 1},
           {"S24", 8, "Shamli", geo::Reservation::kGeneral, 2},
           {"S24", 168, "Sidhauli", geo::Reservation::kSC, 68},
           {"U05", 1, "Narela", geo::Reservation::kGeneral, 1}};
  return d;
}

void ExpectSameDelimitation(const geo::Delimitation& a, const geo::Delimitation& b) {
  EXPECT_EQ(a.name, b.name);
  ASSERT_EQ(a.states.size(), b.states.size());
  for (std::size_t i = 0; i < a.states.size(); ++i) {
    EXPECT_EQ(a.states[i].code, b.states[i].code);
    EXPECT_EQ(a.states[i].abbr, b.states[i].abbr);
    EXPECT_EQ(a.states[i].name, b.states[i].name);
  }
  ASSERT_EQ(a.pcs.size(), b.pcs.size());
  for (std::size_t i = 0; i < a.pcs.size(); ++i) {
    EXPECT_EQ(a.pcs[i].state, b.pcs[i].state);
    EXPECT_EQ(a.pcs[i].number, b.pcs[i].number);
    EXPECT_EQ(a.pcs[i].name, b.pcs[i].name);
    EXPECT_EQ(a.pcs[i].reservation, b.pcs[i].reservation);
  }
  ASSERT_EQ(a.acs.size(), b.acs.size());
  for (std::size_t i = 0; i < a.acs.size(); ++i) {
    EXPECT_EQ(a.acs[i].state, b.acs[i].state);
    EXPECT_EQ(a.acs[i].number, b.acs[i].number);
    EXPECT_EQ(a.acs[i].name, b.acs[i].name);
    EXPECT_EQ(a.acs[i].reservation, b.acs[i].reservation);
    EXPECT_EQ(a.acs[i].pc, b.acs[i].pc);
  }
}

TEST(SqliteStoreOpen, CreatesAFreshFileAtTheNewestSchema) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->SchemaVersion(), sqlite::NewestSchemaVersion());
  EXPECT_TRUE(std::filesystem::exists(path));
  EXPECT_EQ(QueryInt(path, "PRAGMA user_version"), sqlite::NewestSchemaVersion());
  EXPECT_EQ(QueryInt(path,
                     "SELECT count(*) FROM pragma_journal_mode WHERE "
                     "journal_mode = 'wal'"),
            1);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM parties"),
            static_cast<int64_t>(results::KnownParties().size()));
  auto parties = store->LoadParties();
  ASSERT_TRUE(parties.ok());
  const results::Party* ind = parties->Resolve("independent");
  ASSERT_NE(ind, nullptr);
  EXPECT_TRUE(ind->is_independent);
  const results::Party* nota = parties->Resolve("None of the above");
  ASSERT_NE(nota, nullptr);
  EXPECT_TRUE(nota->is_nota);
  EXPECT_FALSE(parties->Resolve("BJP")->is_nota);
}

TEST(SqliteStoreOpen, UpgradesAnOlderSchema) {
  const std::string path = FreshStorePath();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  auto version = sqlite::Migrate(db, path, 1);
  sqlite3_close(db);
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  EXPECT_EQ(*version, 1);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM parties"), 0);

  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->SchemaVersion(), sqlite::NewestSchemaVersion());
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM seat_turnout"), 0);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM parties"),
            static_cast<int64_t>(results::KnownParties().size()));
  EXPECT_GT(QueryInt(path, "SELECT count(*) FROM party_aliases"), 0);
}

TEST(SqliteStoreOpen, ReopeningKeepsTheData) {
  const std::string path = FreshStorePath();
  {
    auto store = OpenOrDie(path);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(
        store
            ->ReplaceDelimitation(SampleDelimitation(), {"delimitation", "", "x.csv", {}})
            .ok());
  }
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  auto d = store->LoadDelimitation("2008");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  ExpectSameDelimitation(*d, SampleDelimitation());
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM parties"),
            static_cast<int64_t>(results::KnownParties().size()));  // seeded once
}

TEST(SqliteStoreOpen, DataVersionChangesWithAnotherConnectionsCommits) {
  const std::string path = FreshStorePath();
  auto reader = OpenOrDie(path);
  auto writer = OpenOrDie(path);
  ASSERT_NE(reader, nullptr);
  ASSERT_NE(writer, nullptr);
  auto before = reader->DataVersion();
  ASSERT_TRUE(before.ok()) << before.status().ToString();
  EXPECT_EQ(*reader->DataVersion(), *before);  // nothing committed meanwhile
  const auto own = writer->DataVersion();
  ASSERT_TRUE(
      writer->ReplaceDelimitation(SampleDelimitation(), {"delimitation", "", "x.csv", {}})
          .ok());
  EXPECT_NE(*reader->DataVersion(), *before);
  EXPECT_EQ(*writer->DataVersion(), *own);  // its own commit does not count
}

TEST(SqliteStoreOpen, RefusesAStoreOfANewerVersion) {
  const std::string path = FreshStorePath();
  ASSERT_NE(OpenOrDie(path), nullptr);
  const int newer = sqlite::NewestSchemaVersion() + 5;
  ASSERT_TRUE(ExecSql(path, "PRAGMA user_version = " + std::to_string(newer)));
  auto store = OpenStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(store.status().message(),
            "this store was written by a newer janadhar (schema " +
                std::to_string(newer) + ", this binary knows up to " +
                std::to_string(sqlite::NewestSchemaVersion()) + "); upgrade janadhar");
  EXPECT_EQ(QueryInt(path, "PRAGMA user_version"), newer);  // left alone
}

TEST(SqliteStoreOpen, RefusesAFileThatIsNotADatabase) {
  const std::string path = FreshStorePath();
  std::ofstream(path) << "Part No,Part Name,Male\n1,SCHOOL,500\n"
                      << std::string(200, 'x') << "\n";
  auto store = OpenStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_NE(store.status().message().find(path), std::string::npos);
  EXPECT_NE(store.status().message().find("not a SQLite database"), std::string::npos);
}

TEST(SqliteStoreOpen, RefusesAnotherProgramsDatabase) {
  const std::string path = FreshStorePath();
  ASSERT_TRUE(ExecSql(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
  auto store = OpenStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(store.status().message().find("not a janadhar store"), std::string::npos);
}

TEST(SqliteStoreOpen, NeedsAnExistingDirectory) {
  const std::string dir = ::testing::TempDir() + "janadhar_no_such_dir";
  std::filesystem::remove_all(dir);
  auto store = OpenStore(dir + "/janadhar.db");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_NE(store.status().message().find("'" + dir + "' does not exist"),
            std::string::npos);

  std::filesystem::create_directories(dir);
  auto on_dir = OpenStore(dir);
  ASSERT_FALSE(on_dir.ok());
  EXPECT_EQ(on_dir.status().code(), StatusCode::kIoError);
  EXPECT_NE(on_dir.status().message().find("is a directory"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(SqliteStoreOpen, PostgresIsNotInThisBuild) {
  for (const char* uri : {"postgres://localhost/janadhar", "postgresql://u@h/db"}) {
    auto store = OpenStore(uri);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(store.status().message().find("PostgreSQL"), std::string::npos);
    EXPECT_NE(store.status().message().find("SQLite"), std::string::npos);
  }
  EXPECT_EQ(OpenStore("").status().code(), StatusCode::kInvalidArgument);
}

TEST(SqliteStoreOpen, TwoConnectionsShareTheFile) {
  const std::string path = FreshStorePath();
  auto writer = OpenOrDie(path);
  auto reader = OpenOrDie(path);
  ASSERT_NE(writer, nullptr);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->GetElection("ls2014").status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(
      writer->ReplaceSeatResults(testing::Ls2014(), testing::SampleSeats(), {}).ok());
  auto seen = reader->LoadSeatResults("ls2014", "");
  ASSERT_TRUE(seen.ok()) << seen.status().ToString();
  EXPECT_EQ(seen->size(), 2u);
}

TEST(SqliteStoreOpen, InMemoryStoreForTests) {
  auto store = OpenStore(":memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_TRUE(
      (*store)->ReplaceSeatResults(testing::Ls2014(), testing::SampleSeats(), {}).ok());
  EXPECT_EQ((*store)->Summarise()->at(0).candidates, 6);
}

TEST(SqliteStoreGeography, DelimitationRoundTripAndReplace) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->ReplaceDelimitation(SampleDelimitation(), {}).ok());
  geo::Delimitation smaller = SampleDelimitation();
  smaller.acs.pop_back();
  smaller.acs[0].name = "BEHAT";
  ASSERT_TRUE(store->ReplaceDelimitation(smaller, {}).ok());
  auto d = store->LoadDelimitation("2008");
  ASSERT_TRUE(d.ok());
  ExpectSameDelimitation(*d, smaller);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM acs"), 4);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM delimitations"), 1);
  EXPECT_EQ(store->ListDelimitations()->size(), 1u);

  auto missing = store->LoadDelimitation("2009");
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("2008"), std::string::npos);
}

TEST(SqliteStoreGeography, InconsistentDelimitationChangesNothing) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->ReplaceDelimitation(SampleDelimitation(), {}).ok());
  const auto before = testing::TableCounts(path);
  geo::Delimitation bad = SampleDelimitation();
  bad.acs.push_back({"S24", 9, "Thana Bhawan", geo::Reservation::kGeneral, 77});
  Status s = store->ReplaceDelimitation(bad, {});
  EXPECT_EQ(s.code(), StatusCode::kDataError);
  EXPECT_NE(s.message().find("S24-77"), std::string::npos);
  bad = SampleDelimitation();
  bad.acs.push_back(bad.acs.front());
  EXPECT_EQ(store->ReplaceDelimitation(bad, {}).code(), StatusCode::kDataError);
  EXPECT_EQ(testing::TableCounts(path), before);
}

TEST(SqliteStoreGeography, ElectorsRoundTrip) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  std::vector<geo::AcElectors> rows = {{"S24", 1, 170000, 150000, 12, 310000, -1},
                                       {"S24", 2, 160000, 140000, 0, -1, -1}};
  ASSERT_TRUE(store->ReplaceElectors("2014", rows, {}).ok());
  rows.pop_back();
  rows[0].male = 170001;
  ASSERT_TRUE(store->ReplaceElectors("2014", rows, {}).ok());
  auto loaded = store->LoadElectors("2014");
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ((*loaded)[0].male, 170001);
  EXPECT_EQ((*loaded)[0].other, 12);
  EXPECT_EQ((*loaded)[0].with_epic, 310000);
  EXPECT_EQ((*loaded)[0].with_photo, -1);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM ac_electors"), 1);
  EXPECT_EQ(store->LoadElectors("2019").status().code(), StatusCode::kNotFound);
  rows.push_back(rows[0]);
  EXPECT_EQ(store->ReplaceElectors("2014", rows, {}).code(), StatusCode::kDataError);
}

TEST(SqliteStoreRecords, ReimportReplacesTheRecordOfTheSameKindAndState) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ImportRecord first{"delimitation",
                     "",
                     "old.csv",
                     {{"old.csv", 4, 2, "blank name", importers::Severity::kWarning}}};
  ASSERT_TRUE(store->ReplaceDelimitation(SampleDelimitation(), first).ok());
  ImportRecord second{"delimitation",
                      "",
                      "new.csv",
                      {{"new.csv", 7, 3, "bad number", importers::Severity::kError},
                       {"new.csv", 0, 0, "no header", importers::Severity::kFatal}}};
  ASSERT_TRUE(store->ReplaceDelimitation(SampleDelimitation(), second).ok());
  ASSERT_TRUE(store->ReplaceElectors("2014", {}, {"electors", "", "e.csv", {}}).ok());

  auto records = store->LoadImportRecords("");
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 2u);
  const ImportRecord& r = (*records)[0];
  EXPECT_EQ(r.kind, "delimitation");
  EXPECT_EQ(r.source, "new.csv");
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].line, 7);
  EXPECT_EQ(r.problems[0].column, 3);
  EXPECT_EQ(r.problems[0].message, "bad number");
  EXPECT_EQ(r.problems[0].severity, importers::Severity::kError);
  EXPECT_EQ(r.problems[1].severity, importers::Severity::kFatal);
  EXPECT_EQ((*records)[1].kind, "electors");
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM import_problems"), 2);
  EXPECT_EQ(store->LoadImportRecords("ls1999").status().code(), StatusCode::kNotFound);
}

TEST(SqliteStoreSummary, CountsPerElection) {
  const std::string path = FreshStorePath();
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ImportRecord results{
      "results",
      "",
      "candidates.csv",
      {{"candidates.csv", 9, 3, "votes '-'", importers::Severity::kWarning}}};
  ASSERT_TRUE(
      store->ReplaceSeatResults(testing::Ls2014(), testing::SampleSeats(), results).ok());
  results::Election vs = {"vs2017", results::ElectionKind::kVidhanSabha, 2017, "2008",
                          "S24"};
  ASSERT_TRUE(store->ReplaceSeatResults(vs, {}, {"results", "S24", "vs.csv", {}}).ok());
  ImportRecord form20{"form20",
                      "S24",
                      "form20-up/",
                      {{"1.csv", 51, 14, "blank", importers::Severity::kWarning},
                       {"2.csv", 8, 13, "blank", importers::Severity::kWarning}}};
  ASSERT_TRUE(store
                  ->ReplaceBoothResults("ls2014", "S24",
                                        {testing::SampleSegment("S24", 1, 120, 6),
                                         testing::SampleSegment("S24", 2, 30, 4)},
                                        form20)
                  .ok());

  auto summary = store->Summarise();
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  ASSERT_EQ(summary->size(), 2u);
  const ElectionSummary& ls = (*summary)[0];
  EXPECT_EQ(ls.election.name, "ls2014");
  EXPECT_EQ(ls.election.kind, results::ElectionKind::kLokSabha);
  EXPECT_EQ(ls.election.year, 2014);
  EXPECT_EQ(ls.seats, 2);
  EXPECT_EQ(ls.candidates, 6);
  EXPECT_EQ(ls.segments, 2);
  EXPECT_EQ(ls.booths, 150);
  EXPECT_EQ(ls.booths_marked, 2);  // booth 50 and 100 of the first segment
  EXPECT_EQ(ls.problems, 3);
  const ElectionSummary& vs_summary = (*summary)[1];
  EXPECT_EQ(vs_summary.election.name, "vs2017");
  EXPECT_EQ(vs_summary.election.state, "S24");
  EXPECT_EQ(vs_summary.election.kind, results::ElectionKind::kVidhanSabha);
  EXPECT_EQ(vs_summary.seats, 0);
  EXPECT_EQ(vs_summary.booths, 0);
  EXPECT_EQ(vs_summary.problems, 0);
}

}  // namespace
}  // namespace janadhar::store
