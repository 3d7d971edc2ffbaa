#include "importers/form20_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "importers/test_util.h"

namespace janadhar::importers {
namespace {

using results::kMissing;
using testing::ReadData;

// A small Form-20 with the real layout: 12 fixed columns, two candidates,
// None of the Above, Total Votes Secured (16 columns).
constexpr char kGroups[] =
    "\"Polling Station\",,\"Total No of Electors\",,,,\"Voters Turnout\",,,,,,"
    "\"Candidate ID and Name\",,,\n";
constexpr char kNames[] =
    "\"Part No\",\"Part Name\",Male,Female,Other,\"Total No. of electors\",Male,"
    "Female,Other,Total,\"No of voters identifying using EPIC\",\"Tendered Voter\","
    "\"1 - ASHA DEVI\",\"2 - RAM  LAL\",\"3 - None of the Above\",\"Total Votes "
    "Secured\"\n";
constexpr char kRow1[] =
    "1,\"PRATHMIK VIDYALAYA ROOM 1\",500,450,0,950,300,280,0,580,570,1,300,270,10,"
    "580\n";
constexpr char kRow2[] =
    "2,\"SCHOOL, ROOM 2\",\"1,400\",350,1,1751,250,240,1,491,480,0,200,280,11,491\n";

std::string Clean() {
  return std::string(kGroups) + kNames + kRow1 + kRow2;
}

struct Parsed {
  results::SegmentBooths seg;
  ProblemList problems;
};

Parsed Parse(const std::string& data) {
  Parsed p;
  p.seg = ParseForm20File("t.csv", data, "S24", 7, &p.problems);
  return p;
}

// The one problem of a parse, or fails.
ImportProblem Only(const Parsed& p) {
  EXPECT_EQ(p.problems.items().size(), 1u);
  for (const auto& i : p.problems.items()) std::printf("  %s\n", i.ToString().c_str());
  return p.problems.items().empty() ? ImportProblem{} : p.problems.items()[0];
}

void ExpectProblem(const ImportProblem& i, int line, int column, Severity severity,
                   const std::string& text) {
  EXPECT_EQ(i.file, "t.csv");
  EXPECT_EQ(i.line, line);
  EXPECT_EQ(i.column, column);
  EXPECT_EQ(i.severity, severity);
  EXPECT_NE(i.message.find(text), std::string::npos) << i.message;
}

TEST(Form20FileTest, ParsesCleanFile) {
  const Parsed p = Parse(Clean());
  EXPECT_TRUE(p.problems.items().empty());
  EXPECT_EQ(p.seg.state + " " + std::to_string(p.seg.ac) + " " + p.seg.file,
            "S24 7 t.csv");
  ASSERT_EQ(p.seg.columns.size(), 3u);
  EXPECT_EQ(p.seg.columns[0].ballot, 1);
  EXPECT_EQ(p.seg.columns[0].label + "|" + p.seg.columns[0].candidate,
            "1 - ASHA DEVI|ASHA DEVI");
  EXPECT_EQ(p.seg.columns[1].candidate, "RAM  LAL");
  EXPECT_FALSE(p.seg.columns[1].is_nota);
  EXPECT_TRUE(p.seg.columns[2].is_nota);
  EXPECT_EQ(p.seg.columns[2].ballot, 3);
  ASSERT_EQ(p.seg.booths.size(), 2u);
  const results::Booth& b = p.seg.booths[1];
  EXPECT_EQ(b.part, "2");
  EXPECT_EQ(b.name, "SCHOOL, ROOM 2");
  EXPECT_EQ(b.line, 4);
  const std::vector<int64_t> counts = {
      b.electors_male, b.electors_female, b.electors_other, b.electors_total,
      b.voters_male,   b.voters_female,   b.voters_other,   b.voters_total,
      b.epic_voters,   b.tendered,        b.total_votes};
  EXPECT_EQ(counts,
            (std::vector<int64_t>{1400, 350, 1, 1751, 250, 240, 1, 491, 480, 0, 491}));
  EXPECT_EQ(b.votes, (std::vector<int32_t>{200, 280, 11}));
  EXPECT_EQ(b.flags, 0u);
}

TEST(Form20FileTest, BlankCellsAreMissingWithOneWarningPerRow) {
  const Parsed p =
      Parse(Clean() + "3,\"ROOM 3\",500,,0,950,300,280,0,580,570,0,300,,10,580\n");
  const ImportProblem i = Only(p);
  ExpectProblem(i, 5, 4, Severity::kWarning, "2 cells are blank");
  EXPECT_NE(i.message.find("'Female' (electors)"), std::string::npos) << i.message;
  ASSERT_EQ(p.seg.booths.size(), 3u);
  const results::Booth& b = p.seg.booths[2];
  EXPECT_EQ(b.flags, results::kBoothHasMissing);
  EXPECT_EQ(b.electors_female, kMissing);
  EXPECT_EQ(b.electors_male, 500);
  EXPECT_EQ(b.votes, (std::vector<int32_t>{300, static_cast<int32_t>(kMissing), 10}));
  EXPECT_EQ(p.problems.RowsWith(Severity::kWarning), 1);
  EXPECT_FALSE(p.problems.HasErrors());
}

TEST(Form20FileTest, DashCellsAreMissing) {
  const Parsed p =
      Parse(Clean() + "3,\"ROOM 3\",500,450,0,950,-,280,0,580,570,0,300,270, - ,580\n");
  ExpectProblem(Only(p), 5, 7, Severity::kWarning,
                "2 cells are blank, the first in 'Male' (voters)");
  ASSERT_EQ(p.seg.booths.size(), 3u);
  EXPECT_EQ(p.seg.booths[2].voters_male, kMissing);
  EXPECT_EQ(p.seg.booths[2].votes[2], kMissing);
  EXPECT_EQ(p.seg.booths[2].flags, results::kBoothHasMissing);
}

TEST(Form20FileTest, MalformedCountIsAnError) {
  const Parsed p =
      Parse(Clean() + "3,\"ROOM 3\",500,450,0,950,300,280,0,580,570,0,12a,270,10,580\n");
  const ImportProblem i = Only(p);
  ExpectProblem(i, 5, 13, Severity::kError,
                "'12a' in '1 - ASHA DEVI' is not a whole number");
  ASSERT_EQ(p.seg.booths.size(), 3u);
  EXPECT_EQ(p.seg.booths[2].flags, results::kBoothHasInvalid);
  EXPECT_EQ(p.seg.booths[2].votes[0], kMissing);
  EXPECT_EQ(p.seg.booths[2].votes[1], 270);
}

TEST(Form20FileTest, NegativeAndHugeCountsAreErrors) {
  const Parsed p =
      Parse(Clean() + "3,\"ROOM 3\",500,450,0,950,300,280,0,580,570,0,300,-5,10,580\n" +
            "4,\"ROOM 4\",500,450,0,950,300,280,0,580,570,0,300,5,99999999999,580\n");
  ASSERT_EQ(p.problems.items().size(), 2u);
  ExpectProblem(p.problems.items()[0], 5, 14, Severity::kError,
                "'-5' in '2 - RAM  LAL' is negative");
  ExpectProblem(p.problems.items()[1], 6, 15, Severity::kError, "is too large");
  ASSERT_EQ(p.seg.booths.size(), 4u);
  EXPECT_EQ(p.seg.booths[2].votes[1], kMissing);
  EXPECT_EQ(p.seg.booths[3].votes[2], kMissing);
  EXPECT_EQ(p.seg.booths[3].flags, results::kBoothHasInvalid);
}

TEST(Form20FileTest, DuplicatePartIsAnErrorAndLeftOut) {
  const Parsed p = Parse(Clean() + "\n" + kRow1);
  ExpectProblem(Only(p), 6, 1, Severity::kError,
                "duplicate polling station part 1, first on line 3");
  EXPECT_EQ(p.seg.booths.size(), 2u);
}

TEST(Form20FileTest, BlankPartIsAnError) {
  const Parsed p =
      Parse(Clean() + ",\"ROOM 3\",500,450,0,950,300,280,0,580,570,0,300,270,10,580\n");
  ExpectProblem(Only(p), 5, 1, Severity::kError, "the part number ('Part No') is blank");
  EXPECT_EQ(p.seg.booths.size(), 2u);
}

TEST(Form20FileTest, CutShortRowIsAnError) {
  const Parsed p = Parse(Clean() + "3,\"ROOM 3\",500,45");
  ExpectProblem(Only(p), 5, 5, Severity::kError,
                "row has 4 cells, the header has 16 — is the file cut short?");
  EXPECT_NE(p.problems.items()[0].message.find("'Other' (electors)"), std::string::npos);
  ASSERT_EQ(p.seg.booths.size(), 3u);
  const results::Booth& b = p.seg.booths[2];
  EXPECT_EQ(b.flags, results::kBoothHasInvalid);
  EXPECT_EQ(b.electors_male, 500);
  EXPECT_EQ(b.electors_female, 45);
  EXPECT_EQ(b.electors_other, kMissing);
  EXPECT_EQ(b.votes, (std::vector<int32_t>(3, static_cast<int32_t>(kMissing))));
}

TEST(Form20FileTest, ExtraCellsAreAnErrorUnlessBlank) {
  Parsed p =
      Parse(Clean() + "3,ROOM 3,500,450,0,950,300,280,0,580,570,0,300,270,10,580,X\n");
  ExpectProblem(Only(p), 5, 17, Severity::kError, "row has 17 cells, the header has 16");
  p = Parse(Clean() + "3,ROOM 3,500,450,0,950,300,280,0,580,570,0,300,270,10,580,,\n");
  EXPECT_TRUE(p.problems.items().empty());
  EXPECT_EQ(p.seg.booths.size(), 3u);
}

TEST(Form20FileTest, UnterminatedQuoteIsFatal) {
  const Parsed p = Parse(Clean() + "3,\"ROOM 3,500,450\n");
  ExpectProblem(Only(p), 5, 2, Severity::kFatal, "not closed");
  EXPECT_TRUE(p.seg.booths.empty());
}

TEST(Form20FileTest, EmptyFileIsFatal) {
  for (const std::string data : {"", "\n\r\n", "\xEF\xBB\xBF"}) {
    const Parsed p = Parse(data);
    ExpectProblem(Only(p), 0, 0, Severity::kFatal, "the file is empty");
  }
}

TEST(Form20FileTest, HeaderOnlyIsFatal) {
  const Parsed p = Parse(std::string(kGroups) + kNames + "\n");
  ExpectProblem(Only(p), 2, 0, Severity::kFatal, "header but no polling-station rows");
}

TEST(Form20FileTest, MissingPartNoIsFatal) {
  std::string names = kNames;
  names.replace(names.find("Part No"), 7, "Serial");
  const Parsed p = Parse(std::string(kGroups) + names + kRow1);
  ExpectProblem(Only(p), 2, 0, Severity::kFatal, "no 'Part No' column");
}

TEST(Form20FileTest, NoCandidateColumnsIsFatal) {
  const Parsed p =
      Parse("\"Part No\",\"Part Name\",Male,Female,Total\n1,\"ROOM 1\",10,20,30\n");
  ExpectProblem(Only(p), 1, 0, Severity::kFatal, "no candidate columns");
}

TEST(Form20FileTest, NonUtf8IsFatal) {
  const Parsed p = Parse(
      Clean() + "3,\"CAF\xE9 ROOM\",500,450,0,950,300,280,0,580,570,0,300,270,10,580\n");
  ExpectProblem(Only(p), 5, 2, Severity::kFatal, "not UTF-8");
  EXPECT_TRUE(p.seg.booths.empty());
}

TEST(Form20FileTest, TotalRowsAreSkipped) {
  const Parsed p =
      Parse(Clean() + ",Total,900,800,1,1701,550,520,1,1071,1050,1,500,550,21,1071\n" +
            "Grand Total,,900,800,1,1701,550,520,1,1071,1050,1,500,550,21,1071\n");
  EXPECT_TRUE(p.problems.items().empty());
  EXPECT_EQ(p.seg.booths.size(), 2u);
}

void ExpectSameBooths(const Parsed& a, const Parsed& b, int line_shift = 0) {
  EXPECT_TRUE(b.problems.items().empty());
  ASSERT_EQ(a.seg.columns.size(), b.seg.columns.size());
  for (std::size_t i = 0; i < a.seg.columns.size(); ++i) {
    EXPECT_EQ(a.seg.columns[i].is_nota, b.seg.columns[i].is_nota);
  }
  ASSERT_EQ(a.seg.booths.size(), b.seg.booths.size());
  for (std::size_t i = 0; i < a.seg.booths.size(); ++i) {
    const auto &x = a.seg.booths[i], &y = b.seg.booths[i];
    EXPECT_EQ(x.part, y.part);
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.electors_total, y.electors_total);
    EXPECT_EQ(x.voters_female, y.voters_female);
    EXPECT_EQ(x.total_votes, y.total_votes);
    EXPECT_EQ(x.votes, y.votes);
    EXPECT_EQ(x.line, y.line + line_shift);
  }
}

TEST(Form20FileTest, CrlfBomSemicolonsAndTitleRowParseTheSame) {
  const Parsed clean = Parse(Clean());
  std::string crlf, semi;
  bool quoted = false;
  for (char c : Clean()) {
    if (c == '"') quoted = !quoted;
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    semi += !quoted && c == ',' ? ';' : c;
  }
  ExpectSameBooths(clean, Parse(crlf));
  ExpectSameBooths(clean, Parse("\xEF\xBB\xBF" + Clean()));
  ExpectSameBooths(clean, Parse("\"FORM 20, FINAL RESULT SHEET\"\n\n" + Clean()), -2);
  const Parsed semicolons = Parse(semi);
  ExpectSameBooths(clean, semicolons);
  EXPECT_EQ(semicolons.seg.columns[1].label, "2 - RAM  LAL");
}

TEST(Form20FileTest, OneHeaderRowWithVariantNames) {
  const std::string data =
      "Sl. No. of Polling Station,Polling Station Name,Male Electors,Female Electors,"
      "Others,Total Electors,Male Voters,Female Voters,Other Voters,Total Voters,EPIC,"
      "Tendered Votes,1. ASHA DEVI,2) RAM  LAL,NOTA,Total Valid Votes\n" +
      std::string(kRow1) + "2,\"SCHOOL, ROOM 2\",1400,350,1,1751,250,240,1,491,480,0," +
      "200,280,11,491\n";
  const Parsed p = Parse(data);
  for (const auto& i : p.problems.items()) ADD_FAILURE() << i.ToString();
  ExpectSameBooths(Parse(Clean()), p, 1);  // one header row less
  EXPECT_EQ(p.seg.columns[1].ballot, 2);
  EXPECT_EQ(p.seg.columns[1].candidate, "RAM  LAL");
  EXPECT_TRUE(p.seg.columns[2].is_nota);
  EXPECT_EQ(p.seg.booths[0].electors_other, 0);
  EXPECT_EQ(p.seg.booths[0].voters_male, 300);
}

TEST(Form20FileTest, UnknownAndMissingColumnsAreWarnings) {
  const Parsed p =
      Parse("\"Part No\",\"Part Name\",Remarks,\"1 - A\",\"2 - B\"\n1,X,ok,5,6\n");
  ASSERT_EQ(p.problems.items().size(), 2u);
  ExpectProblem(p.problems.items()[0], 1, 3, Severity::kWarning, "'Remarks'");
  ExpectProblem(p.problems.items()[1], 1, 0, Severity::kWarning,
                "no column for electors");
  ASSERT_EQ(p.seg.booths.size(), 1u);
  EXPECT_EQ(p.seg.booths[0].votes, (std::vector<int32_t>{5, 6}));
  EXPECT_EQ(p.seg.booths[0].electors_total, kMissing);
}

TEST(Form20FileTest, AcNumberFromFileName) {
  EXPECT_EQ(AcNumberFromFileName("123.csv"), 123);
  EXPECT_EQ(AcNumberFromFileName("123.csv.gz"), 123);
  EXPECT_EQ(AcNumberFromFileName("AC123.csv"), 123);
  EXPECT_EQ(AcNumberFromFileName("ac_123.csv"), 123);
  EXPECT_EQ(AcNumberFromFileName("AC-123.CSV"), 123);
  EXPECT_EQ(AcNumberFromFileName("data/form20-up/7.csv"), 7);
  EXPECT_EQ(AcNumberFromFileName("form20_2014_ac_45.csv"), 45);
  EXPECT_EQ(AcNumberFromFileName("results.csv"), 0);
  EXPECT_EQ(AcNumberFromFileName("2014-12.csv"), 0);  // which number?
  EXPECT_EQ(AcNumberFromFileName("Form20.csv"), 0);
  EXPECT_EQ(AcNumberFromFileName("Form-20 up 12.csv"), 12);
}

TEST(Form20FileTest, RealUttarPradeshFiles) {
  std::vector<std::pair<std::string, std::string>> files;  // name, bytes
  for (int ac = 1; ac <= 403; ++ac) {
    const std::string name = std::to_string(ac) + ".csv";
    auto data = ReadData("ls2014/form20-up/" + name + ".gz");
    files.emplace_back(name, data.ok() ? std::move(data).value() : std::string());
    ASSERT_FALSE(files.back().second.empty()) << name;
  }
  ProblemList problems;  // the best of three runs, in CPU time (the machine may be busy)
  std::vector<results::SegmentBooths> segs;
  double seconds = 1e9;
  for (int run = 0; run < 3; ++run) {
    problems = ProblemList();
    segs.clear();
    segs.reserve(files.size());
    const std::clock_t start = std::clock();
    for (const auto& [name, data] : files) {
      segs.push_back(
          ParseForm20File(name, data, "S24", AcNumberFromFileName(name), &problems));
    }
    seconds =
        std::min(seconds, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
  }
  std::size_t booths = 0, columns = 0;
  for (const auto& s : segs) {
    booths += s.booths.size();
    columns += s.columns.size();
    for (const auto& b : s.booths) ASSERT_EQ(b.votes.size(), s.columns.size());
  }
  std::printf("parsed %zu files: %zu booths, %zu columns in %.3f s (CPU)\n", files.size(),
              booths, columns, seconds);
  EXPECT_LT(seconds, 5.0);  // ~0.1 s in a release build; a gross-regression guard
  EXPECT_EQ(booths, 138771u);
  EXPECT_FALSE(problems.HasErrors());
  EXPECT_EQ(problems.RowsWith(Severity::kWarning), 12);
  std::set<std::string> rows;
  for (const auto& p : problems.items()) {
    EXPECT_EQ(p.severity, Severity::kWarning) << p.ToString();
    rows.insert(p.file + ":" + std::to_string(p.line));
  }
  EXPECT_EQ(rows, (std::set<std::string>{"102.csv:338", "145.csv:275", "166.csv:376",
                                         "175.csv:242", "181.csv:325", "188.csv:177",
                                         "200.csv:170", "207.csv:179", "210.csv:236",
                                         "24.csv:297", "248.csv:146", "37.csv:202"}));
  // 37.csv line 202: the counts are blank from the first Male column on;
  // 145.csv line 275: from '18 - None of the Above' on.
  for (const auto& p : problems.items()) {
    EXPECT_TRUE(
        p.file != "37.csv" ||
        (p.column == 3 &&
         p.message.starts_with("24 cells are blank, the first in 'Male' (electors)")))
        << p.ToString();
    EXPECT_TRUE(p.file != "145.csv" || p.column == 28) << p.ToString();
  }
  // 1.csv, part 1, checked by hand against the file.
  const results::SegmentBooths& s1 = segs[0];
  EXPECT_EQ(s1.ac, 1);
  ASSERT_EQ(s1.columns.size(), 15u);
  EXPECT_EQ(s1.columns[0].candidate, "IMRAN MASOOD");
  EXPECT_TRUE(s1.columns[14].is_nota);
  const results::Booth& b = s1.booths.at(0);
  EXPECT_EQ(b.part, "1");
  EXPECT_EQ(b.name, "PRATHMIK VIDYALAYA ROOM NO. 1 RAHNA");
  EXPECT_EQ((std::vector<int64_t>{b.electors_male, b.electors_total, b.voters_total,
                                  b.votes[0], b.votes[14], b.total_votes}),
            (std::vector<int64_t>{546, 1001, 777, 384, 17, 777}));
  // 37.csv line 202 is kept, its blanks missing, not zero.
  const results::SegmentBooths& s37 = segs[36];
  const auto it = std::find_if(s37.booths.begin(), s37.booths.end(),
                               [](const auto& x) { return x.line == 202; });
  ASSERT_NE(it, s37.booths.end());
  EXPECT_EQ(it->flags, results::kBoothHasMissing);
  EXPECT_EQ(it->electors_male, kMissing);
  EXPECT_EQ(it->votes[0], kMissing);
}

}  // namespace
}  // namespace janadhar::importers
