#include "importers/form20_link.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "base/text.h"
#include "importers/csv.h"
#include "importers/form20_file.h"
#include "importers/test_util.h"

namespace janadhar::importers {
namespace {

using results::LinkMethod;
using results::SeatResult;
using results::SegmentBooths;
using testing::DataPath;
using testing::ReadData;

constexpr int32_t kBlank = static_cast<int32_t>(results::kMissing);

// A segment file of state S99: columns "N - NAME" and one vote row per booth.
SegmentBooths Seg(int ac, const std::vector<std::string>& labels,
                  const std::vector<std::vector<int32_t>>& rows) {
  SegmentBooths s;
  s.state = "S99";
  s.ac = ac;
  s.file = std::to_string(ac) + ".csv";
  for (const std::string& label : labels) {
    results::BoothColumn c;
    c.label = label;
    c.ballot = std::stoi(label);
    c.candidate = label.substr(label.find(" - ") + 3);
    c.is_nota = c.candidate == "None of the Above";
    s.columns.push_back(c);
  }
  for (const auto& votes : rows) {
    results::Booth b;
    b.part = std::to_string(s.booths.size() + 1);
    b.votes = votes;
    s.booths.push_back(b);
  }
  return s;
}

// PC 1 "ALPHA" = ACs 1 and 2; PC 2 "BETA" = AC 3.
geo::Delimitation TestDelimitation() {
  geo::Delimitation d;
  d.name = "2008";
  d.states.push_back({"S99", "TS", "Test State"});
  d.pcs.push_back({"S99", 1, "ALPHA", geo::Reservation::kGeneral});
  d.pcs.push_back({"S99", 2, "BETA", geo::Reservation::kGeneral});
  for (int ac = 1; ac <= 3; ++ac) {
    d.acs.push_back({"S99", ac, "AC" + std::to_string(ac), geo::Reservation::kGeneral,
                     ac <= 2 ? 1 : 2});
  }
  return d;
}

// The results of PC 1: (name, party, votes), and None of the Above.
std::vector<SeatResult> Seats(
    const std::vector<std::tuple<std::string, std::string, int64_t>>& cands) {
  SeatResult s;
  s.state = "S99";
  s.number = 1;
  s.name = "ALPHA";
  for (const auto& [name, party, votes] : cands) {
    s.candidates.push_back({name, party, votes, false, 0});
  }
  s.candidates.push_back({"None of the Above", "None of the Above", 40, true, 0});
  return {s};
}

struct Linked {
  std::vector<SegmentBooths> segs;
  LinkSummary summary;
  ProblemList problems;
};

Linked Link(std::vector<SegmentBooths> segs, const std::vector<SeatResult>& seats) {
  Linked l;
  l.segs = std::move(segs);
  l.summary = LinkBoothColumns(&l.segs, TestDelimitation(), seats, {}, &l.problems);
  for (const auto& u : l.summary.unlinked) {
    std::printf("  unlinked %s '%s': %s\n", u.file.c_str(), u.label.c_str(),
                u.reason.c_str());
  }
  return l;
}

void ExpectLink(const results::BoothColumn& c, LinkMethod method,
                const std::string& party, const std::string& candidate) {
  EXPECT_EQ(c.link, method) << c.label << ": " << results::LinkMethodName(c.link);
  EXPECT_EQ(c.party, party) << c.label;
  EXPECT_EQ(c.linked_candidate, candidate) << c.label;
}

TEST(Form20LinkTest, ExactNamesAndNota) {
  const auto seats = Seats({{"RAM LAL", "BJP", 1000}, {"ASHA DEVI", "INC", 800}});
  const std::vector<std::string> cols = {"1 - Ram  Lal", "2 - ASHA DEVI",
                                         "3 - None of the Above"};
  Linked l =
      Link({Seg(1, cols, {{500, 400, 20}}), Seg(2, cols, {{495, 390, 19}})}, seats);
  EXPECT_TRUE(l.problems.items().empty());
  for (const auto& s : l.segs) {
    ExpectLink(s.columns[0], LinkMethod::kName, "BJP", "RAM LAL");
    ExpectLink(s.columns[1], LinkMethod::kName, "INC", "ASHA DEVI");
    ExpectLink(s.columns[2], LinkMethod::kNota, "None of the Above", "None of the Above");
  }
  EXPECT_EQ(l.summary.columns, 4);
  EXPECT_EQ(l.summary.linked, 4);
  EXPECT_TRUE(l.summary.unlinked.empty());
}

TEST(Form20LinkTest, SpellingVariantByNameAndVotes) {
  // RAMESH's total is as close to the variant's sum, but its name is not.
  const auto seats = Seats({{"DHARAM YADAV URF D.P.YADAV", "RPD", 1010},
                            {"RAMESH", "BSP", 1005},
                            {"SITA", "SP", 3000}});
  const std::vector<std::string> cols = {"1 - DHARAM YADAV", "2 - SITA RAM",
                                         "3 - None of the Above"};
  Linked l =
      Link({Seg(1, cols, {{600, 1500, 9}}), Seg(2, cols, {{400, 1480, 9}})}, seats);
  for (const auto& s : l.segs) {
    ExpectLink(s.columns[0], LinkMethod::kFuzzyName, "RPD", "DHARAM YADAV URF D.P.YADAV");
    ExpectLink(s.columns[1], LinkMethod::kFuzzyName, "SP", "SITA");
  }
  EXPECT_EQ(l.summary.linked, 4);
}

TEST(Form20LinkTest, VariantInOneFileLinksWithItsBallotPosition) {
  const auto seats = Seats({{"RAM LAL", "BJP", 1000}, {"ASHA DEVI", "INC", 800}});
  Linked l = Link({Seg(1, {"1 - RAM LAL", "2 - ASHA DEVI"}, {{500, 400}}),
                   Seg(2, {"1 - RAM LALL", "2 - ASHA DEVI"}, {{495, 390}})},
                  seats);
  ExpectLink(l.segs[0].columns[0], LinkMethod::kName, "BJP", "RAM LAL");
  ExpectLink(l.segs[1].columns[0], LinkMethod::kFuzzyName, "BJP", "RAM LAL");
  EXPECT_EQ(l.summary.linked, 4);
}

TEST(Form20LinkTest, VariantByVotesAlone) {
  // Blank cells are skipped, not counted as -1: ZED's sum stays 3.
  const auto seats =
      Seats({{"KRISHNA PAL", "SP", 5000}, {"MOHAN", "BSP", 1200}, {"ZED", "IND", 3}});
  const std::vector<std::string> cols = {"1 - K. P. SINGH", "2 - MOHAN", "3 - Z"};
  std::vector<std::vector<int32_t>> blanks(40, {0, 0, kBlank});
  blanks.push_back({2500, 600, 3});
  Linked l = Link({Seg(1, cols, blanks), Seg(2, cols, {{2450, 590, 0}})}, seats);
  for (const auto& s : l.segs) {
    ExpectLink(s.columns[0], LinkMethod::kVotes, "SP", "KRISHNA PAL");
    ExpectLink(s.columns[1], LinkMethod::kName, "BSP", "MOHAN");
    ExpectLink(s.columns[2], LinkMethod::kVotes, "IND", "ZED");
  }
}

TEST(Form20LinkTest, AmbiguousTotalsStayUnlinked) {
  const auto seats =
      Seats({{"RAM LAL", "BJP", 100000}, {"X ONE", "IND", 505}, {"Y TWO", "IND", 498}});
  const std::vector<std::string> cols = {"1 - RAM LAL", "2 - P Q", "3 - R S"};
  Linked l =
      Link({Seg(1, cols, {{50000, 250, 250}}), Seg(2, cols, {{49000, 251, 247}})}, seats);
  EXPECT_EQ(l.summary.columns, 6);
  EXPECT_EQ(l.summary.linked, 2);
  ASSERT_EQ(l.summary.unlinked.size(), 4u);
  const auto& u = l.summary.unlinked[0];
  EXPECT_EQ(u.file, "1.csv");
  EXPECT_EQ(u.ac, 1);
  EXPECT_EQ(u.pc, 1);
  EXPECT_EQ(u.label, "2 - P Q");
  EXPECT_NE(u.reason.find("no candidate of PC 1 (ALPHA) has this name"),
            std::string::npos)
      << u.reason;
  EXPECT_NE(u.reason.find("(501) match 2 remaining candidates' totals within 5% + 10"),
            std::string::npos)
      << u.reason;
  EXPECT_NE(u.reason.find("nearest: 'Y TWO' (IND, 498 votes), 'X ONE' (IND, 505 votes)"),
            std::string::npos)
      << u.reason;
  EXPECT_EQ(l.segs[1].columns[2].link, LinkMethod::kUnlinked);
  EXPECT_EQ(l.segs[1].columns[2].party, "");
}

TEST(Form20LinkTest, NamesakesAreToldApartByVotes) {
  const auto seats = Seats({{"HEMA MALINI", "BJP", 10000}, {"HEMA MALINI", "IND", 300}});
  const std::vector<std::string> cols = {"4 - HEMA MALINI", "20 - HEMA MALINI"};
  Linked l = Link({Seg(1, cols, {{5000, 150}}), Seg(2, cols, {{4900, 140}})}, seats);
  for (const auto& s : l.segs) {
    EXPECT_EQ(s.columns[0].party, "BJP");
    EXPECT_EQ(s.columns[1].party, "IND");
    EXPECT_NE(s.columns[1].link, LinkMethod::kUnlinked);
  }
}

TEST(Form20LinkTest, MissingAcOrResultsIsAProblem) {
  const auto seats = Seats({{"RAM LAL", "BJP", 1000}});
  const std::vector<std::string> cols = {"1 - RAM LAL", "2 - None of the Above"};
  Linked l = Link({Seg(9, cols, {{5, 1}}), Seg(3, cols, {{5, 1}})}, seats);
  ASSERT_EQ(l.problems.items().size(), 2u);
  const auto& p9 = l.problems.items()[0];
  EXPECT_EQ(p9.file, "9.csv");
  EXPECT_EQ(p9.line, 0);
  EXPECT_EQ(p9.severity, Severity::kError);
  EXPECT_NE(p9.message.find("assembly constituency 9 of S99 is not in the 2008"),
            std::string::npos)
      << p9.message;
  const auto& p3 = l.problems.items()[1];
  EXPECT_EQ(p3.file, "3.csv");
  EXPECT_NE(p3.message.find("no constituency results for PC 2 (BETA)"), std::string::npos)
      << p3.message;
  for (const auto& s : l.segs) {
    EXPECT_EQ(s.columns[0].link, LinkMethod::kUnlinked);
    EXPECT_EQ(s.columns[1].link, LinkMethod::kNota);
    EXPECT_EQ(s.columns[1].party, "");
  }
  EXPECT_EQ(l.summary.columns, 2);
  EXPECT_EQ(l.summary.linked, 0);
  ASSERT_EQ(l.summary.unlinked.size(), 2u);
  EXPECT_EQ(l.summary.unlinked[0].pc, 0);
  EXPECT_EQ(l.summary.unlinked[1].pc, 2);
}

TEST(Form20LinkTest, IncompletePcLinksByNameOnly) {
  // AC 2 is not in the import: totals cannot be compared with partial sums.
  const auto seats = Seats({{"RAM LAL", "BJP", 1000}, {"KRISHNA PAL", "SP", 500}});
  Linked l = Link({Seg(1, {"1 - RAM LAL", "2 - K. P. SINGH"}, {{1000, 500}})}, seats);
  ExpectLink(l.segs[0].columns[0], LinkMethod::kName, "BJP", "RAM LAL");
  EXPECT_EQ(l.segs[0].columns[1].link, LinkMethod::kUnlinked);
  ASSERT_EQ(l.summary.unlinked.size(), 1u);
  EXPECT_NE(l.summary.unlinked[0].reason.find("only 1 of the PC's 2 assembly segments"),
            std::string::npos);
}

// Rows of a CSV file with a header, as maps from column name to cell.
std::vector<std::map<std::string, std::string>> ReadTable(const std::string& rel) {
  const auto file = ReadData(rel);
  const std::string data = file.ok() ? *file : std::string();
  CsvReader reader(data);
  CsvRecord r;
  std::vector<std::string> header;
  std::vector<std::map<std::string, std::string>> rows;
  while (reader.Next(&r)) {
    if (r.IsBlank()) continue;
    if (header.empty()) {
      header.assign(r.fields.begin(), r.fields.end());
      continue;
    }
    auto& row = rows.emplace_back();
    for (std::size_t i = 0; i < r.size() && i < header.size(); ++i) {
      row[header[i]] = std::string(r[i]);
    }
  }
  EXPECT_FALSE(reader.error().has_value()) << DataPath(rel);
  return rows;
}

TEST(Form20LinkTest, RealUttarPradesh) {
  geo::Delimitation delimitation;
  delimitation.name = "2008";
  for (auto& row : ReadTable("reference/ac-pc-2008.csv")) {
    const int pc = std::stoi(row["PC_CODE"]);
    if (delimitation.FindPc(row["ST_CODE"], pc) == nullptr) {
      delimitation.pcs.push_back({row["ST_CODE"], pc, row["PC_NAME"]});
    }
    delimitation.acs.push_back(
        {row["ST_CODE"], std::stoi(row["AC_CODE"]), row["AC_NAME"], {}, pc});
  }
  std::map<int, SeatResult> by_pc;
  for (auto& row : ReadTable("ls2014/candidates.csv")) {
    if (row["State-code"] != "S24") continue;
    SeatResult& seat = by_pc[std::stoi(row["Constituency-code"])];
    seat.state = "S24";
    seat.number = std::stoi(row["Constituency-code"]);
    seat.name = row["Constituency"];
    const bool nota = NameKey(row["Candidate"]) == "NONEOFTHEABOVE";
    seat.candidates.push_back(
        {row["Candidate"], row["Party"], std::stoll(row["Votes"]), nota, 0});
  }
  std::vector<SeatResult> seats;
  seats.reserve(by_pc.size());
  for (auto& [pc, seat] : by_pc) seats.push_back(seat);
  ASSERT_EQ(seats.size(), 80u);

  ProblemList problems;
  std::vector<SegmentBooths> segs;
  for (int ac = 1; ac <= 403; ++ac) {
    const std::string name = std::to_string(ac) + ".csv";
    const auto data = ReadData("ls2014/form20-up/" + name + ".gz");
    segs.push_back(
        ParseForm20File(name, data.ok() ? *data : std::string(), "S24", ac, &problems));
  }
  ASSERT_FALSE(problems.HasErrors());
  const std::size_t parse_problems = problems.items().size();
  const LinkSummary summary = LinkBoothColumns(&segs, delimitation, seats, {}, &problems);
  EXPECT_EQ(problems.items().size(), parse_problems);  // every AC and PC found
  std::printf("columns %d, linked %d (%.3f%%)\n", summary.columns, summary.linked,
              100.0 * summary.linked / summary.columns);
  std::map<LinkMethod, int> methods;
  for (const auto& s : segs) {
    for (const auto& c : s.columns) {
      ++methods[c.link];
      EXPECT_TRUE(c.link == LinkMethod::kUnlinked || !c.party.empty()) << c.label;
    }
  }
  for (auto [m, n] : methods) {
    std::printf("  %s: %d\n", std::string(results::LinkMethodName(m)).c_str(), n);
  }
  for (const auto& u : summary.unlinked) {
    std::printf("  unlinked %s (PC %d) '%s': %s\n", u.file.c_str(), u.pc, u.label.c_str(),
                u.reason.c_str());
  }
  EXPECT_EQ(summary.columns, 6891 - 403);
  EXPECT_GE(summary.linked, summary.columns * 0.999);
  EXPECT_EQ(methods[LinkMethod::kNota], 403);
  // AC 1 (Saharanpur): names as written.
  ExpectLink(segs[0].columns[0], LinkMethod::kName, "Indian National Congress",
             "IMRAN MASOOD");
  ExpectLink(segs[0].columns[14], LinkMethod::kNota, "None of the Above",
             "None of the Above");
  // AC 29 (Sambhal): a shorter spelling, resolved by name and votes.
  ExpectLink(segs[28].columns[5], LinkMethod::kFuzzyName, "Rashtriya Parivartan Dal",
             "DHARAM YADAV URF D.P.YADAV");
  // AC 84 (Mathura): two candidates named HEMA MALINI, told apart by votes.
  EXPECT_EQ(segs[83].columns[3].label, "4 - HEMA MALINI");
  EXPECT_EQ(segs[83].columns[3].party, "Bharatiya Janata Party");
  EXPECT_EQ(segs[83].columns[19].label, "20 - HEMA MALINI");
  EXPECT_EQ(segs[83].columns[19].party, "Independent");
  // AC 194 (Farrukhabad): MUKESH RAJPUT twice.
  EXPECT_EQ(segs[193].columns[1].label, "2 - MUKESH RAJPUT");
  EXPECT_EQ(segs[193].columns[1].party, "Bharatiya Janata Party");
}

}  // namespace
}  // namespace janadhar::importers
