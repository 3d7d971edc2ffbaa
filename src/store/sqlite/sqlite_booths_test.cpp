// Booth results: round trips of every field, replacement, refusals that must
// change nothing, and the time to write and read a state's booths.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <utility>

#include "store/sqlite/sqlite_test_util.h"

namespace janadhar::store {
namespace {

using testing::FreshStorePath;
using testing::Ls2014;
using testing::OpenOrDie;
using testing::QueryInt;
using testing::SampleSegment;

std::unique_ptr<Store> StoreWithElection(const std::string& path) {
  auto store = OpenOrDie(path);
  if (store == nullptr) return nullptr;
  EXPECT_TRUE(store->ReplaceSeatResults(Ls2014(), testing::SampleSeats(), {}).ok());
  return store;
}

TEST(SqliteBooths, RoundTripOfEveryField) {
  const std::string path = FreshStorePath();
  auto store = StoreWithElection(path);
  ASSERT_NE(store, nullptr);
  results::SegmentBooths seg = SampleSegment("S24", 7, 60, 5);
  seg.columns[2].link = results::LinkMethod::kVotes;
  seg.columns[2].linked_candidate = "JAGDISH S. RANA";
  seg.booths[11].part = "12A";
  seg.booths[11].epic_voters = results::kMissing;
  seg.booths[11].votes = {0, static_cast<int32_t>(results::kMissing), 2147483647, 3, 4};
  seg.booths[11].flags = results::kBoothHasMissing | results::kBoothHasInvalid;
  ASSERT_TRUE(store
                  ->ReplaceBoothResults("ls2014", "S24",
                                        {seg, SampleSegment("S24", 3, 5, 4)},
                                        {"form20", "S24", "dir", {}})
                  .ok());

  auto loaded = store->LoadBoothResults("ls2014", "S24");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_EQ(loaded->size(), 2u);
  EXPECT_EQ((*loaded)[0].ac, 3);  // AC order
  const results::SegmentBooths& got = (*loaded)[1];
  EXPECT_EQ(got.state, "S24");
  EXPECT_EQ(got.ac, 7);
  EXPECT_EQ(got.file, "7.csv");
  ASSERT_EQ(got.columns.size(), 5u);
  for (std::size_t i = 0; i < got.columns.size(); ++i) {
    EXPECT_EQ(got.columns[i].ballot, seg.columns[i].ballot);
    EXPECT_EQ(got.columns[i].label, seg.columns[i].label);
    EXPECT_EQ(got.columns[i].candidate, seg.columns[i].candidate);
    EXPECT_EQ(got.columns[i].linked_candidate, seg.columns[i].linked_candidate);
    EXPECT_EQ(got.columns[i].link, seg.columns[i].link);
    EXPECT_EQ(got.columns[i].is_nota, seg.columns[i].is_nota);
  }
  EXPECT_EQ(got.columns[0].party, "Bharatiya Janata Party");  // "BJP" resolved
  EXPECT_EQ(got.columns[2].party, "Bahujan Samaj Party");
  EXPECT_EQ(got.columns[3].party, "");  // unlinked
  EXPECT_EQ(got.columns[4].party, "None of the Above");

  ASSERT_EQ(got.booths.size(), seg.booths.size());
  for (std::size_t i = 0; i < got.booths.size(); ++i) {
    const results::Booth& a = got.booths[i];
    const results::Booth& b = seg.booths[i];
    EXPECT_EQ(a.part, b.part);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.electors_male, b.electors_male);
    EXPECT_EQ(a.electors_female, b.electors_female);
    EXPECT_EQ(a.electors_other, b.electors_other);
    EXPECT_EQ(a.electors_total, b.electors_total);
    EXPECT_EQ(a.voters_male, b.voters_male);
    EXPECT_EQ(a.voters_female, b.voters_female);
    EXPECT_EQ(a.voters_other, b.voters_other);
    EXPECT_EQ(a.voters_total, b.voters_total);
    EXPECT_EQ(a.epic_voters, b.epic_voters);
    EXPECT_EQ(a.tendered, b.tendered);
    EXPECT_EQ(a.total_votes, b.total_votes);
    EXPECT_EQ(a.votes, b.votes);
    EXPECT_EQ(a.flags, b.flags);
    EXPECT_EQ(a.line, b.line);
  }
  EXPECT_EQ(got.booths[11].part, "12A");
  EXPECT_EQ(got.booths[11].votes[1], results::kMissing);
  EXPECT_EQ(got.booths[11].votes[2], 2147483647);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM booths WHERE epic_voters IS NULL"), 1);
  // Little-endian int32 in column order, -1 for the missing cell.
  EXPECT_EQ(QueryInt(path,
                     "SELECT hex(votes) = '00000000FFFFFFFFFFFFFF7F0300000004000000' "
                     "FROM booths WHERE part = '12A'"),
            1);

  auto one = store->LoadBoothResults("ls2014", "S24", 7);
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ((*one)[0].ac, 7);
  EXPECT_TRUE(store->LoadBoothResults("ls2014", "S24", 8)->empty());
  EXPECT_TRUE(store->LoadBoothResults("ls2014", "S05")->empty());
  EXPECT_EQ(store->LoadBoothResults("ls2019", "S24").status().code(),
            StatusCode::kNotFound);
}

TEST(SqliteBooths, ReimportReplacesItsSegmentsOnly) {
  const std::string path = FreshStorePath();
  auto store = StoreWithElection(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store
                  ->ReplaceBoothResults(
                      "ls2014", "S24",
                      {SampleSegment("S24", 1, 40, 5), SampleSegment("S24", 2, 30, 5)},
                      {"form20", "S24", "a", {}})
                  .ok());
  ASSERT_TRUE(store
                  ->ReplaceBoothResults("ls2014", "U05", {SampleSegment("U05", 1, 9, 3)},
                                        {"form20", "U05", "d", {}})
                  .ok());
  ASSERT_TRUE(store
                  ->ReplaceBoothResults("ls2014", "S24", {SampleSegment("S24", 2, 20, 4)},
                                        {"form20", "S24", "b", {}})
                  .ok());
  // AC 2 of S24 is replaced; AC 1 of S24 and U05 are kept.
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM booth_segments"), 3);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM booths"), 40 + 20 + 9);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM booth_columns"), 5 + 4 + 3);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM import_records WHERE kind = 'form20'"),
            2);
  auto up = store->LoadBoothResults("ls2014", "S24");
  ASSERT_EQ(up->size(), 2u);
  EXPECT_EQ((*up)[0].ac, 1);
  EXPECT_EQ((*up)[0].booths.size(), 40u);
  EXPECT_EQ((*up)[1].ac, 2);
  EXPECT_EQ((*up)[1].booths.size(), 20u);
  EXPECT_EQ((*up)[1].columns.size(), 4u);
  EXPECT_EQ(store->LoadBoothResults("ls2014", "U05")->at(0).booths.size(), 9u);
}

TEST(SqliteBooths, UnknownElectionChangesNothing) {
  const std::string path = FreshStorePath();
  auto store = StoreWithElection(path);
  ASSERT_NE(store, nullptr);
  const auto before = testing::TableCounts(path);
  Status s = store->ReplaceBoothResults("ls2019", "S24", {SampleSegment("S24", 1, 5, 3)},
                                        {"form20", "S24", "x", {}});
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_NE(s.message().find("ls2019"), std::string::npos);
  EXPECT_EQ(testing::TableCounts(path), before);
}

TEST(SqliteBooths, FailureMidTransactionChangesNothing) {
  const std::string path = FreshStorePath();
  auto store = StoreWithElection(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store
                  ->ReplaceBoothResults("ls2014", "S24", {SampleSegment("S24", 1, 40, 5)},
                                        {"form20", "S24", "good", {}})
                  .ok());
  const auto before = testing::TableCounts(path);

  // The second segment repeats a part: the first segment, its columns and a
  // new party are written before the UNIQUE constraint fails.
  results::SegmentBooths first = SampleSegment("S24", 2, 30, 5);
  first.columns[3].party = "Peace Party of Somewhere";
  results::SegmentBooths second = SampleSegment("S24", 3, 30, 5);
  second.booths[20].part = "12A";
  second.booths[21].part = "12A";
  Status s = store->ReplaceBoothResults("ls2014", "S24", {first, second},
                                        {"form20", "S24", "bad", {}});
  EXPECT_EQ(s.code(), StatusCode::kDataError);
  EXPECT_NE(s.message().find("'12A' appears twice"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("3.csv:"), std::string::npos) << s.message();

  // The same AC twice fails the same way.
  EXPECT_EQ(store
                ->ReplaceBoothResults("ls2014", "S24", {first, first},
                                      {"form20", "S24", "bad", {}})
                .code(),
            StatusCode::kDataError);

  EXPECT_EQ(testing::TableCounts(path), before);
  auto kept = store->LoadBoothResults("ls2014", "S24");
  ASSERT_EQ(kept->size(), 1u);
  EXPECT_EQ((*kept)[0].booths.size(), 40u);
  auto records = store->LoadImportRecords("ls2014");
  ASSERT_TRUE(records.ok());
  int form20 = 0;
  for (const ImportRecord& r : *records) {
    if (r.kind != "form20") continue;
    ++form20;
    EXPECT_EQ(r.source, "good");
  }
  EXPECT_EQ(form20, 1);
}

TEST(SqliteBooths, RefusesInconsistentSegments) {
  const std::string path = FreshStorePath();
  auto store = StoreWithElection(path);
  ASSERT_NE(store, nullptr);
  const auto before = testing::TableCounts(path);
  results::SegmentBooths short_row = SampleSegment("S24", 1, 5, 4);
  short_row.booths[2].votes.pop_back();
  Status s = store->ReplaceBoothResults("ls2014", "S24", {short_row}, {});
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("3 votes for 4"), std::string::npos) << s.message();
  Status other_state =
      store->ReplaceBoothResults("ls2014", "S24", {SampleSegment("S09", 1, 5, 4)}, {});
  EXPECT_EQ(other_state.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store->ReplaceBoothResults("ls2014", "", {}, {}).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(testing::TableCounts(path), before);
}

// The size of Uttar Pradesh's 2014 Form-20: 138,771 booths in 403 segments,
// about 15 candidate columns each. Prints the times; checks the data.
TEST(SqliteBooths, StateScaleWriteAndRead) {
  const std::string path = FreshStorePath();
  auto store = StoreWithElection(path);
  ASSERT_NE(store, nullptr);
  constexpr int kSegments = 403;
  constexpr int kBooths = 138771;
  std::vector<results::SegmentBooths> segments;
  for (int ac = 1; ac <= kSegments; ++ac) {
    const int booths = kBooths / kSegments + (ac <= kBooths % kSegments ? 1 : 0);
    segments.push_back(SampleSegment("S24", ac, booths, 13 + ac % 5));
  }
  // Wall and CPU time: the CPU time is what the machine's other work does not
  // inflate.
  struct Mark {
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    std::clock_t cpu = std::clock();
  };
  auto since = [](const Mark& a, const Mark& b) {
    return std::make_pair(
        std::chrono::duration<double, std::milli>(b.wall - a.wall).count(),
        1000.0 * static_cast<double>(b.cpu - a.cpu) / CLOCKS_PER_SEC);
  };
  const Mark m0;
  ASSERT_TRUE(store->ReplaceBoothResults("ls2014", "S24", segments, {}).ok());
  const Mark m1;
  ASSERT_TRUE(store->ReplaceBoothResults("ls2014", "S24", segments, {}).ok());
  const Mark m2;
  auto loaded = store->LoadBoothResults("ls2014", "S24");
  const Mark m3;
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), static_cast<std::size_t>(kSegments));
  std::size_t booths = 0;
  for (const auto& seg : *loaded) booths += seg.booths.size();
  EXPECT_EQ(booths, static_cast<std::size_t>(kBooths));
  EXPECT_EQ((*loaded)[200].booths.back().part, segments[200].booths.back().part);
  EXPECT_EQ((*loaded)[200].booths.back().votes, segments[200].booths.back().votes);
  const auto summary = store->Summarise();
  const Mark m4;
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->at(0).booths, kBooths);

  const std::pair<double, double> times[] = {since(m0, m1), since(m1, m2), since(m2, m3),
                                             since(m3, m4)};
  const char* what[] = {"ReplaceBoothResults (new)", "ReplaceBoothResults (replacing)",
                        "LoadBoothResults", "Summarise"};
  for (int i = 0; i < 4; ++i) {
    std::printf("[ timing ] %d booths: %-32s %6.0f ms wall %6.0f ms CPU\n", kBooths,
                what[i], times[i].first, times[i].second);
  }
}

}  // namespace
}  // namespace janadhar::store
