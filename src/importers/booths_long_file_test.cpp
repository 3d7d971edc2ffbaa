#include "importers/booths_long_file.h"

#include <gtest/gtest.h>

#include "base/text.h"
#include "importers/test_util.h"

namespace janadhar::importers {
namespace {

using results::kBoothHasInvalid;
using results::kBoothHasMissing;
using results::kMissing;
using testing::Dump;
using testing::ExpectOne;
using testing::ReadData;

constexpr char kHeader[] = "pc,pc_name,pc_reserved,ac,booth,candidate,party,votes\n";

BoothsLongData Parse(const std::string& rows, ProblemList* problems) {
  return ParseBoothsLongFile("b.csv", std::string(kHeader) + rows, "S06", {}, problems);
}

TEST(BoothsLongFileTest, GroupsRowsIntoSegmentsColumnsAndBooths) {
  ProblemList problems;
  auto d = Parse(
      "1,K,SC,5,1,A,Bharatiya Janata Party,10\n"
      "1,K,SC,5,1,B,Indian National congress,20\n"
      "1,K,SC,2,7,C,Party C,1\n"
      "1,K,SC,5,2,B,Indian National congress,\"1,234\"\n"
      "1,K,SC,5,2,A,Bharatiya Janata Party,0\n"
      "1,K,SC,5,1,None of the Above,None of the Above,3\n"
      "1,K,SC,5,2,NOTA,NOTA,4\n",
      &problems);
  // Booth 1 has no row for NOTA (the last column found): a missing cell.
  ASSERT_EQ(d.segments.size(), 2u);
  ASSERT_EQ(d.pc_of_segment, (std::vector<int>{1, 1}));
  EXPECT_EQ(d.segments[0].ac, 2);  // by AC number
  const auto& s = d.segments[1];
  EXPECT_EQ(s.state, "S06");
  EXPECT_EQ(s.ac, 5);
  EXPECT_EQ(s.file, "b.csv");
  ASSERT_EQ(s.columns.size(), 4u);
  EXPECT_EQ(s.columns[0].ballot, 1);
  EXPECT_EQ(s.columns[0].label, "A");
  EXPECT_EQ(s.columns[1].candidate, "B");
  EXPECT_EQ(s.columns[1].party, "Indian National congress");  // as written
  EXPECT_EQ(s.columns[1].linked_candidate, "B");
  EXPECT_EQ(s.columns[1].link, results::LinkMethod::kParty);
  EXPECT_TRUE(s.columns[2].is_nota);
  EXPECT_TRUE(s.columns[3].is_nota);
  EXPECT_FALSE(s.columns[0].is_nota);
  ASSERT_EQ(s.booths.size(), 2u);
  EXPECT_EQ(s.booths[0].part, "1");
  EXPECT_EQ(s.booths[0].line, 2);
  EXPECT_EQ(s.booths[0].votes, (std::vector<int32_t>{10, 20, 3, kMissing}));
  EXPECT_EQ(s.booths[0].flags, kBoothHasMissing);
  EXPECT_EQ(s.booths[1].votes, (std::vector<int32_t>{0, 1234, kMissing, 4}));
  EXPECT_EQ(s.booths[1].flags, kBoothHasMissing);
  ASSERT_EQ(problems.items().size(), 2u) << Dump(problems);
  EXPECT_EQ(problems.items()[0].line, 2);
  EXPECT_EQ(problems.items()[0].column, 0);
  EXPECT_EQ(problems.items()[0].severity, Severity::kWarning);
  EXPECT_EQ(problems.items()[0].message,
            "booth 1 of AC 5 has no row for 'NOTA': counted as missing");
  EXPECT_EQ(problems.items()[1].line, 5);
}

TEST(BoothsLongFileTest, CompleteBoothsHaveNoProblems) {
  ProblemList problems;
  auto d =
      Parse("1,K,SC,1,1,A,P,1\n1,K,SC,1,1,B,Q,2\n1,K,SC,1,2,A,P,3\n1,K,SC,1,2,B,Q,4\n",
            &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(d.segments.size(), 1u);
  EXPECT_EQ(d.segments[0].booths[1].flags, 0u);
}

// A party spelled two ways stays one column when the caller says the two
// spellings are one party; namesakes of different parties stay apart.
TEST(BoothsLongFileTest, PartyKeyJoinsSpellingsOfOneParty) {
  const std::string rows =
      "1,K,SC,1,1,A,Bharatiya Janata Party,1\n1,K,SC,1,1,B,Indian National Congress,2\n"
      "1,K,SC,1,2,A,BJP,3\n1,K,SC,1,2,B,INC,4\n";
  ProblemList plain;
  EXPECT_EQ(Parse(rows, &plain).segments[0].columns.size(), 4u);  // no directory
  BoothsLongOptions options;
  options.party_key = [](std::string_view party) -> std::string {
    const std::string key = NameKey(party);
    if (key == "BJP" || key == "BHARATIYAJANATAPARTY") return "#1";
    if (key == "INC" || key == "INDIANNATIONALCONGRESS") return "#2";
    return key;
  };
  ProblemList problems;
  const auto d = ParseBoothsLongFile("b.csv", std::string(kHeader) + rows, "S06", options,
                                     &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(d.segments.size(), 1u);
  const auto& seg = d.segments[0];
  ASSERT_EQ(seg.columns.size(), 2u);
  EXPECT_EQ(seg.columns[0].party, "Bharatiya Janata Party");  // as first written
  ASSERT_EQ(seg.booths.size(), 2u);
  EXPECT_EQ(seg.booths[1].votes, (std::vector<int32_t>{3, 4}));
  EXPECT_EQ(seg.booths[1].flags, 0u);
  // Namesakes of two parties in one AC: two columns.
  ProblemList namesakes;
  const auto n = ParseBoothsLongFile(
      "b.csv", std::string(kHeader) + "1,K,SC,1,1,A,BJP,1\n1,K,SC,1,1,A,INC,2\n", "S06",
      options, &namesakes);
  EXPECT_EQ(n.segments[0].columns.size(), 2u);
}

TEST(BoothsLongFileTest, DuplicateBoothRowIsAnError) {
  ProblemList problems;
  auto d = Parse("1,K,SC,1,1,A,P,1\n1,K,SC,1,1,A,p,9\n", &problems);
  ExpectOne(problems, "b.csv", 3, 6, Severity::kError,
            "booth 1 of AC 1 has a second row for 'A' (first on line 2)");
  const auto& b = d.segments[0].booths[0];
  EXPECT_EQ(b.votes, (std::vector<int32_t>{1}));
  EXPECT_EQ(b.flags, kBoothHasInvalid);
}

TEST(BoothsLongFileTest, NegativeAndMalformedVotesAreErrors) {
  ProblemList problems;
  auto d = Parse("1,K,SC,1,1,A,P,-3\n1,K,SC,1,2,A,P,x\n1,K,SC,1,3,A,P,-\n", &problems);
  ASSERT_EQ(problems.items().size(), 3u) << Dump(problems);
  const auto& p = problems.items();
  EXPECT_EQ(p[0].line, 2);
  EXPECT_EQ(p[0].column, 8);
  EXPECT_EQ(p[0].severity, Severity::kError);
  EXPECT_EQ(p[0].message, "'votes' is negative: '-3'");
  EXPECT_EQ(p[1].line, 3);
  EXPECT_EQ(p[1].severity, Severity::kError);
  EXPECT_EQ(p[2].line, 4);
  EXPECT_EQ(p[2].severity, Severity::kWarning);  // "-": not available
  const auto& booths = d.segments[0].booths;
  EXPECT_EQ(booths[0].flags, kBoothHasInvalid);
  EXPECT_EQ(booths[1].flags, kBoothHasInvalid);
  EXPECT_EQ(booths[2].flags, kBoothHasMissing);
  for (const auto& b : booths) EXPECT_EQ(b.votes, (std::vector<int32_t>{kMissing}));
}

TEST(BoothsLongFileTest, SegmentInTwoPcsIsAnError) {
  ProblemList problems;
  auto d = Parse("1,K,SC,1,1,A,P,1\n2,K,SC,1,2,A,P,1\n", &problems);
  ExpectOne(problems, "b.csv", 3, 1, Severity::kError,
            "AC 1 is in PC 1 on line 2, here in PC 2");
  EXPECT_EQ(d.pc_of_segment, (std::vector<int>{1}));
}

TEST(BoothsLongFileTest, FatalProblems) {
  ProblemList missing;
  auto d = ParseBoothsLongFile("b.csv", "pc,ac,booth,candidate,party\n1,1,1,A,P\n", "S06",
                               {}, &missing);
  ExpectOne(missing, "b.csv", 1, 0, Severity::kFatal, "no column for votes");
  EXPECT_TRUE(d.segments.empty());
  ProblemList empty;
  ParseBoothsLongFile("b.csv", "", "S06", {}, &empty);
  ExpectOne(empty, "b.csv", 0, 0, Severity::kFatal, "the file is empty");
  ProblemList header_only;
  ParseBoothsLongFile("b.csv", kHeader, "S06", {}, &header_only);
  ExpectOne(header_only, "b.csv", 0, 0, Severity::kFatal, "header but no data rows");
  ProblemList latin1;
  d = Parse("1,K,SC,1,1,A,P,1\n1,K,SC,1,1,\"B\xE4\",P,1\n", &latin1);
  ExpectOne(latin1, "b.csv", 3, 6, Severity::kFatal, "not UTF-8");
  EXPECT_TRUE(d.segments.empty());
  ProblemList cut_quote;
  d = Parse("1,K,SC,1,1,A,P,1\n1,K,SC,1,1,\"B", &cut_quote);
  ExpectOne(cut_quote, "b.csv", 3, 6, Severity::kFatal, "not closed");
  EXPECT_TRUE(d.segments.empty());
}

TEST(BoothsLongFileTest, LastLineCutMidRowIsAnError) {
  ProblemList problems;
  auto d = Parse("1,K,SC,1,1,A,P,1\n1,K,SC,1,1,B,Q", &problems);
  ExpectOne(problems, "b.csv", 3, 8, Severity::kError,
            "row has 7 cells, the header has 8");
  EXPECT_EQ(d.segments[0].columns.size(), 1u);
}

TEST(BoothsLongFileTest, ColumnMapLayout) {
  ColumnMap map;
  map.delimiter = '\t';
  map.columns = {
      {"seat_code", std::string("PC")},  {"ac", std::string("AC")},
      {"booth", std::string("Part")},    {"booth_name", std::string("Station")},
      {"candidate", std::string("Who")}, {"party", std::string("Party")},
      {"votes", std::string("Count")}};
  BoothsLongOptions o;
  o.map = &map;
  ProblemList problems;
  auto d = ParseBoothsLongFile("b.tsv",
                               "AC\tPart\tStation\tWho\tParty\tCount\tPC\n"
                               "3\t12A\tSchool, Room 1\tA\tP\t5\t1\n"
                               "3\t12A\tSchool, Room 1\tB\tQ\t6\t1\n",
                               "S24", o, &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(d.segments.size(), 1u);
  EXPECT_EQ(d.segments[0].state, "S24");
  EXPECT_EQ(d.segments[0].booths[0].part, "12A");
  EXPECT_EQ(d.segments[0].booths[0].name, "School, Room 1");
  EXPECT_EQ(d.segments[0].booths[0].votes, (std::vector<int32_t>{5, 6}));
  EXPECT_EQ(d.pc_of_segment, (std::vector<int>{1}));
}

TEST(BoothsLongFileRealDataTest, KachchhLongFile) {
  auto data = ReadData("ls2014/booths-long-gujarat-pc1.csv.gz");
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  ProblemList problems;
  auto d =
      ParseBoothsLongFile("booths-long-gujarat-pc1.csv.gz", *data, "S06", {}, &problems);
  // Four booths (AC 1 booth 232, AC 3 booth 164, AC 4 booth 135, AC 6 booth
  // 232) carry a second row for each of their five candidates.
  EXPECT_FALSE(problems.HasFatal());
  EXPECT_EQ(problems.items().size(), 20u) << Dump(problems);
  EXPECT_EQ(problems.RowsWith(Severity::kError), 20);
  ASSERT_EQ(d.segments.size(), 7u);
  std::vector<int> acs;
  std::size_t booths = 0, invalid = 0;
  for (const auto& s : d.segments) {
    acs.push_back(s.ac);
    booths += s.booths.size();
    EXPECT_EQ(s.columns.size(), 5u);
    for (const auto& b : s.booths) {
      EXPECT_EQ(b.votes.size(), 5u);
      invalid += (b.flags & kBoothHasInvalid) != 0 ? 1 : 0;
      EXPECT_EQ(b.flags & kBoothHasMissing, 0u);
    }
  }
  EXPECT_EQ(acs, (std::vector<int>{1, 2, 3, 4, 5, 6, 65}));
  EXPECT_EQ(d.pc_of_segment, (std::vector<int>(7, 1)));
  EXPECT_EQ(booths, 1849u);
  EXPECT_EQ(invalid, 4u);
  EXPECT_EQ(d.segments[0].booths.size(), 328u);
  EXPECT_EQ(d.segments[6].booths.size(), 251u);
  const auto& c = d.segments[0].columns;
  EXPECT_EQ(c[0].candidate, "CHAVDA VINOD LAKHAMASHI");
  EXPECT_EQ(c[0].party, "Bharatiya Janata Party");
  EXPECT_EQ(c[1].party, "Indian National congress");
  EXPECT_EQ(d.segments[0].booths[0].votes[0], 521);
}

}  // namespace
}  // namespace janadhar::importers
