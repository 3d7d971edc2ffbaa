// Test helpers for the SQLite store tests: fresh store files under the test
// temp directory, row counts read through a second connection, and small
// sample data sets. Header-only; used by the *_test.cpp files beside it.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "geo/geo.h"
#include "results/election.h"
#include "store/store.h"

namespace janadhar::store::testing {

// A path for a store file of this test, with any earlier file removed.
inline std::string FreshStorePath() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string path = ::testing::TempDir() + "janadhar_" + info->test_suite_name() + "_" +
                     info->name() + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  return path;
}

inline std::unique_ptr<Store> OpenOrDie(const std::string& path) {
  auto store = OpenStore(path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(store).value() : nullptr;
}

// Runs `sql` on a separate connection to `path` and returns the first column
// of its first row as an integer (-1 when there is no row or on error).
inline int64_t QueryInt(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  int64_t value = -1;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return value;
}

// Runs statements on a separate connection to `path`; false on error.
inline bool ExecSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  bool ok = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) == SQLITE_OK &&
            sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
  sqlite3_close(db);
  return ok;
}

// Rows of every table of the store, to check that a failed call changed
// nothing.
inline std::map<std::string, int64_t> TableCounts(const std::string& path) {
  std::map<std::string, int64_t> counts;
  for (const char* table :
       {"delimitations", "states", "pcs", "acs", "rolls", "ac_electors", "parties",
        "party_aliases", "elections", "seats", "candidates", "booth_segments",
        "booth_columns", "booths", "import_records", "import_problems", "seat_turnout"}) {
    counts[table] = QueryInt(path, std::string("SELECT count(*) FROM ") + table);
  }
  return counts;
}

inline results::Election Ls2014() {
  return results::Election{"ls2014", results::ElectionKind::kLokSabha, 2014, "2008", ""};
}

inline results::CandidateResult Candidate(std::string name, std::string party,
                                          int64_t votes, int line = 0) {
  results::CandidateResult c;
  c.name = std::move(name);
  c.party = std::move(party);
  c.votes = votes;
  c.line = line;
  return c;
}

// Two UP seats: Saharanpur with parties in odd spellings, a new party, a
// missing count and NOTA; and an uncontested seat.
inline std::vector<results::SeatResult> SampleSeats() {
  results::SeatResult saharanpur;
  saharanpur.state = "S24";
  saharanpur.state_name = "Uttar Pradesh";
  saharanpur.number = 1;
  saharanpur.name = "Saharanpur";
  saharanpur.candidates = {
      Candidate("RAGHAV LAKHANPAL", "bharatiya janata PARTY", 472999, 10),
      Candidate("IMRAN MASOOD", "Congress", 407909, 11),
      Candidate("JAGDISH SINGH RANA", "BSP", 235033, 12),
      Candidate("RAJENDER KUMAR", "Jan  Morcha", results::kMissing, 13),
      Candidate("None of the Above", "NOTA", 5032, 14),
  };
  saharanpur.candidates.back().is_nota = true;
  results::SeatResult quiet;
  quiet.state = "S24";
  quiet.state_name = "Uttar Pradesh";
  quiet.number = 2;
  quiet.name = "Kairana";
  quiet.uncontested = true;
  quiet.candidates = {Candidate("HUKUM SINGH", "Samajwadi Party", results::kMissing, 20)};
  return {saharanpur, quiet};
}

// A segment with `booths` booths and `columns` candidate columns (the last
// one NOTA); every 50th booth has a blank cell.
inline results::SegmentBooths SampleSegment(const std::string& state, int ac, int booths,
                                            int columns) {
  results::SegmentBooths seg;
  seg.state = state;
  seg.ac = ac;
  seg.file = std::to_string(ac) + ".csv";
  const char* parties[] = {"BJP", "Indian National Congress", "bahujan samaj party", ""};
  for (int c = 0; c < columns; ++c) {
    results::BoothColumn col;
    col.ballot = c + 1;
    col.candidate = "CANDIDATE " + std::to_string(c + 1);
    col.label = std::to_string(c + 1) + " - " + col.candidate;
    col.is_nota = c + 1 == columns;
    if (col.is_nota) {
      col.party = "None of the Above";
      col.link = results::LinkMethod::kNota;
    } else {
      col.party = parties[c % 4];
      col.link =
          col.party.empty() ? results::LinkMethod::kUnlinked : results::LinkMethod::kName;
      if (!col.party.empty()) col.linked_candidate = col.candidate;
    }
    seg.columns.push_back(std::move(col));
  }
  for (int b = 0; b < booths; ++b) {
    results::Booth booth;
    booth.part = std::to_string(b + 1);
    booth.name = "PRATHMIK VIDYALAYA ROOM NO. " + std::to_string(b + 1);
    booth.electors_male = 500 + b % 100;
    booth.electors_female = 450 + b % 90;
    booth.electors_other = 0;
    booth.electors_total = booth.electors_male + booth.electors_female;
    booth.voters_male = 300;
    booth.voters_female = 250;
    booth.voters_other = 0;
    booth.voters_total = 550;
    booth.epic_voters = 549;
    booth.tendered = 0;
    booth.total_votes = 0;
    for (int c = 0; c < columns; ++c) {
      const int32_t v = (b * 7 + c * 13) % 400;
      booth.votes.push_back(v);
      booth.total_votes += v;
    }
    if (b % 50 == 49) {
      booth.votes[1] = static_cast<int32_t>(results::kMissing);
      booth.flags = results::kBoothHasMissing;
    }
    booth.line = b + 3;
    seg.booths.push_back(std::move(booth));
  }
  return seg;
}

}  // namespace janadhar::store::testing
