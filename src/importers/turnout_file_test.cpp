#include "importers/turnout_file.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "importers/test_util.h"

namespace janadhar::importers {
namespace {

using results::kMissing;
using testing::Dump;
using testing::ExpectOne;

// Columns: 1 State, 2 PC Code, 3 PC Name, 4-6 male electors, voters, turnout,
// 7-9 female, 10-12 total.
const std::string kHead =
    "State,PC Code,PC Name,Male Electors,Male Voters,Male Turnout,Female Electors,"
    "Female Voters,Female Turnout,Total Electors,Total Voters,Total Turnout\n";

TurnoutData Parse(const std::string& text, ProblemList* problems,
                  const ColumnMap* map = nullptr) {
  TurnoutFileOptions options;
  options.map = map;
  return ParseTurnoutFile("t.csv", text, options, problems);
}

TEST(TurnoutFileTest, ReadsTheEciLayout) {
  ProblemList problems;
  const TurnoutData d = Parse(
      kHead +
          "Andhra Pradesh,1,Adilabad,\"6,87,389\",\"5,19,364\",75.56%,\"6,98,844\","
          "\"5,26,475\",75.34%,\"13,86,233\",\"10,45,839\",75.44%\n"
          "Orissa,1,Bargarh,100,60,60.00%,100,70,70.00%,200,130,65.00%\n"
          "NCT OF Delhi,1,CHANDNI  CHOWK,100,60,60.00%,100,70,70.00%,200,130,65.00%\n"
          "Chattisgarh,2,Korba,100,60,60.00%,100,70,70.00%,200,130,65.00%\n"
          "Andaman & Nicobar Islands,1,Andaman,10,6,60%,10,7,70%,20,13,65%\n",
      &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(d.seats.size(), 5u);
  EXPECT_EQ(d.seat_column, 2);
  EXPECT_EQ(d.name_column, 3);
  const results::SeatTurnout& a = d.seats[0];
  EXPECT_EQ(a.state, "S01");
  EXPECT_EQ(a.number, 1);
  EXPECT_EQ(a.name, "Adilabad");
  EXPECT_EQ(a.electors_male, 687389);
  EXPECT_EQ(a.voters_male, 519364);
  EXPECT_EQ(a.electors_female, 698844);
  EXPECT_EQ(a.voters_female, 526475);
  EXPECT_EQ(a.electors_other, kMissing);  // the file has no such column
  EXPECT_EQ(a.electors_total, 1386233);
  EXPECT_EQ(a.voters_total, 1045839);
  EXPECT_EQ(a.line, 2);
  EXPECT_EQ(d.seats[1].state, "S18");
  EXPECT_EQ(d.seats[2].state, "U05");
  EXPECT_EQ(d.seats[2].name, "CHANDNI CHOWK");
  EXPECT_EQ(d.seats[3].state, "S26");
  EXPECT_EQ(d.seats[4].state, "U01");
  EXPECT_DOUBLE_EQ(d.seats[1].Turnout(), 0.65);
}

TEST(TurnoutFileTest, TotalMayExceedMaleAndFemale) {
  // Third-gender electors and voters are in the total only.
  ProblemList problems;
  const TurnoutData d =
      Parse(kHead + "Bihar,4,Purnia,100,60,60%,100,70,70%,203,132,65.02%\n", &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(d.seats.size(), 1u);
  EXPECT_EQ(d.seats[0].electors_total, 203);
}

TEST(TurnoutFileTest, ThirdGenderColumnsCountTowardsTheTotal) {
  const std::string head =
      "State,PC No,Male Electors,Male Voters,Female Electors,Female Voters,"
      "Third Gender Electors,Third Gender Voters,Total Electors,Total Voters\n";
  ProblemList problems;
  TurnoutData d = Parse(head + "Bihar,4,100,60,100,70,3,2,203,132\n", &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(d.seats.size(), 1u);
  EXPECT_EQ(d.seats[0].electors_other, 3);
  EXPECT_EQ(d.seats[0].voters_other, 2);
  ProblemList short_total;
  d = Parse(head + "Bihar,4,100,60,100,70,3,2,202,132\n", &short_total);
  ExpectOne(short_total, "t.csv", 2, 9, Severity::kError,
            "'Total Electors' '202' is less than male + female + third gender electors "
            "together (203)");
  EXPECT_EQ(d.seats[0].electors_total, kMissing);
}

TEST(TurnoutFileTest, BlankCountIsAWarningAndStaysMissing) {
  ProblemList problems;
  const TurnoutData d =
      Parse(kHead + "Bihar,4,Purnia,100,60,60%,-,70,70%,200,130,65%\n", &problems);
  ExpectOne(problems, "t.csv", 2, 7, Severity::kWarning,
            "'Female Electors' is blank (not available); left missing");
  ASSERT_EQ(d.seats.size(), 1u);
  EXPECT_EQ(d.seats[0].electors_female, kMissing);
  EXPECT_EQ(d.seats[0].voters_female, 70);
}

// Each bad row: exactly one problem, at its line and column.
TEST(TurnoutFileTest, BadRowsNameTheirPlace) {
  struct Case {
    std::string row;
    int column;
    Severity severity;
    std::string text;
  };
  const std::vector<Case> cases = {
      {"Bihar,4,Purnia,100,6o,60%,100,70,70%,200,130,65%", 5, Severity::kError,
       "t.csv:3:5: 'Male Voters' is not a whole number: '6o'"},
      {"Bihar,4,Purnia,100,60,60%,100,70,70%,-200,130,65%", 10, Severity::kError,
       "t.csv:3:10: 'Total Electors' is negative: '-200'"},
      {"Bihar,4,Purnia,100,160,160%,100,40,40%,200,200,100%", 5, Severity::kError,
       "t.csv:3:5: 'Male Voters' '160' is more than 'Male Electors' '100'; both left "
       "missing"},
      {"Bihar,4,Purnia,100,60,60%,100,70,70%,190,130,68.42%", 10, Severity::kError,
       "t.csv:3:10: 'Total Electors' '190' is less than male + female electors "
       "together (200); left missing"},
      {"Bihar,4,Purnia,100,60,60%,100,70,70%,200,120,65.00%", 11, Severity::kError,
       "t.csv:3:11: 'Total Voters' '120' is less than male + female voters together "
       "(130); left missing"},
      {"Bihar,4,Purnia,100,60,60.10%,100,70,70%,200,130,65%", 6, Severity::kWarning,
       "t.csv:3:6: 'Male Turnout' is 60.10%, but voters / electors is 60.00%"},
      {"Bihar,4,Purnia,100,60,60%,100,70,seventy,200,130,65%", 9, Severity::kError,
       "t.csv:3:9: 'Female Turnout' 'seventy' is not a percentage"},
      {"Bihar,4x,Purnia,100,60,60%,100,70,70%,200,130,65%", 2, Severity::kError,
       "t.csv:3:2: 'PC Code' '4x' is not a seat number"},
      {"Utar Pradesh,4,Purnia,100,60,60%,100,70,70%,200,130,65%", 1, Severity::kError,
       "t.csv:3:1: unknown state 'Utar Pradesh'; did you mean 'Uttar Pradesh'?"},
      {"Bihar,1,Again,100,60,60%,100,70,70%,200,130,65%", 2, Severity::kError,
       "t.csv:3:2: seat S04-1 is listed twice (also on line 2)"},
      {"Bihar,4,Purnia,100,60,60%,100,70,70%", 10, Severity::kError,
       "t.csv:3:10: row has 9 cells, the header has 12"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.row);
    ProblemList problems;
    Parse(kHead + "Bihar,1,One,10,6,60%,10,7,70%,20,13,65%\n" + c.row + "\n", &problems);
    ASSERT_EQ(problems.items().size(), 1u) << Dump(problems);
    const ImportProblem& p = problems.items()[0];
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.column, c.column);
    EXPECT_EQ(p.severity, c.severity);
    EXPECT_EQ(p.ToString().substr(0, c.text.size()), c.text);
  }
}

TEST(TurnoutFileTest, RowsWithErrorsAreKeptWithTheBadCellsMissing) {
  ProblemList problems;
  const TurnoutData d =
      Parse(kHead + "Bihar,4,Purnia,100,160,160%,100,70,70%,200,230,115%\n", &problems);
  ASSERT_EQ(d.seats.size(), 1u);
  EXPECT_EQ(d.seats[0].electors_male, kMissing);
  EXPECT_EQ(d.seats[0].voters_male, kMissing);
  EXPECT_EQ(d.seats[0].voters_female, 70);
  // More voters than electors in the total too: a second error.
  EXPECT_EQ(problems.items().size(), 2u) << Dump(problems);
  EXPECT_EQ(d.seats[0].electors_total, kMissing);
  EXPECT_EQ(d.seats[0].voters_total, kMissing);
  EXPECT_LT(d.seats[0].Turnout(), 0);
}

TEST(TurnoutFileTest, WholeFileProblemsAreFatal) {
  ProblemList missing;
  TurnoutData d =
      Parse("State,PC Code,Total Electors,Total Votes\nBihar,1,100,60\n", &missing);
  EXPECT_TRUE(d.seats.empty());
  ASSERT_TRUE(missing.HasFatal()) << Dump(missing);
  const ImportProblem& p = missing.items()[0];
  EXPECT_EQ(p.ToString().rfind("t.csv:1: no column for voters_total", 0), 0u)
      << p.ToString();
  EXPECT_EQ(p.severity, Severity::kFatal);

  ProblemList header_only;
  d = Parse(kHead, &header_only);
  EXPECT_TRUE(d.seats.empty());
  EXPECT_TRUE(header_only.HasFatal());

  ProblemList no_state;
  d = Parse("PC Code,Total Electors,Total Voters\n1,100,60\n", &no_state);
  ExpectOne(no_state, "t.csv", 0, 0, Severity::kFatal, "no column for the state");
  EXPECT_TRUE(d.seats.empty());
}

TEST(TurnoutFileTest, AbsentGenderColumnsAreWarnedOnceAndMissing) {
  ProblemList problems;
  const TurnoutData d =
      Parse("State,PC Code,Total Electors,Total Voters\nBihar,1,100,60\n", &problems);
  ASSERT_EQ(d.seats.size(), 1u);
  EXPECT_EQ(d.seats[0].electors_male, kMissing);
  EXPECT_EQ(d.seats[0].voters_total, 60);
  ASSERT_EQ(problems.items().size(), 4u) << Dump(problems);
  EXPECT_EQ(problems.items()[0].line, 0);
  EXPECT_EQ(problems.items()[0].severity, Severity::kWarning);
  EXPECT_FALSE(problems.HasErrors());
}

TEST(TurnoutFileTest, ColumnMapForAnotherLayout) {
  ProblemList problems;
  auto map = ParseColumnMap("m.toml",
                            "delimiter = \";\"\nheader = false\n[columns]\n"
                            "state_code = 1\nseat_code = 2\nelectors_male = 3\n"
                            "voters_male = 4\nelectors_female = 5\nvoters_female = 6\n"
                            "electors_total = 7\nvoters_total = 8\n",
                            &problems);
  ASSERT_TRUE(map) << Dump(problems);
  const TurnoutData d = Parse("S24;80;10;6;10;7;20;13\n", &problems, &*map);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(d.seats.size(), 1u);
  EXPECT_EQ(d.seats[0].state, "S24");
  EXPECT_EQ(d.seats[0].number, 80);
  EXPECT_EQ(d.seats[0].voters_total, 13);
}

// The sum of one column over the rows of a state, read with a plain split on
// quotes (independent of the CSV reader and ParseCount).
int64_t SumColumn(const std::string& text, const std::string& state, int column) {
  std::istringstream in(text);
  std::string line;
  int64_t sum = 0;
  while (std::getline(in, line)) {
    if (line.rfind(state + ",", 0) != 0) continue;
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (char c : line) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.emplace_back();
      } else if (c != ',' && c != '\r') {
        cells.back() += c;
      }
    }
    sum += std::stoll(cells.at(static_cast<std::size_t>(column)));
  }
  return sum;
}

TEST(TurnoutFileTest, RealFile) {
  auto data = testing::ReadData("ls2014/pc-turnout.csv");
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  ProblemList problems;
  const TurnoutData d = Parse(*data, &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(d.seats.size(), 543u);
  const results::SeatTurnout* adilabad = nullptr;
  int64_t up_electors = 0;
  int up_seats = 0;
  for (const auto& s : d.seats) {
    if (s.state == "S01" && s.number == 1) adilabad = &s;
    if (s.state == "S24") {
      up_electors += s.electors_total;
      ++up_seats;
    }
    EXPECT_GE(s.electors_total, 0) << s.state << "-" << s.number;
    EXPECT_GE(s.voters_total, 0) << s.state << "-" << s.number;
  }
  ASSERT_NE(adilabad, nullptr);
  EXPECT_EQ(adilabad->name, "Adilabad");
  EXPECT_EQ(adilabad->electors_total, 1386233);
  EXPECT_EQ(adilabad->voters_total, 1045839);
  EXPECT_EQ(up_seats, 80);
  const int64_t expected = SumColumn(*data, "Uttar Pradesh", 9);
  EXPECT_GT(expected, 100000000);
  EXPECT_EQ(up_electors, expected);
}

}  // namespace
}  // namespace janadhar::importers
