#include "importers/results_file.h"

#include <gtest/gtest.h>

#include <map>

#include "importers/test_util.h"

namespace janadhar::importers {
namespace {

using results::kMissing;
using testing::Dump;
using testing::ExpectOne;
using testing::ReadData;

constexpr char kHeader[] =
    "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n";

std::vector<results::SeatResult> Parse(const std::string& data, ProblemList* problems) {
  return ParseResultsFile("r.csv", data, ResultsFileOptions{}, problems);
}

TEST(ResultsFileTest, ReadsTheDefaultLayout) {
  ProblemList problems;
  auto seats =
      Parse(std::string(kHeader) +
                "A ONE,Party A,\"1,86,233\",Andhra Pradesh,Adilabad,S01,1\n"
                "\n"
                "X,Party X,10,Uttar Pradesh,Kairana,S24,2\n"
                "B TWO,Party B,200,Andhra Pradesh,Adilabad,S01,1\n"
                "None of the Above,None of the Above,7,Andhra Pradesh,Adilabad,S01,1\n",
            &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(seats.size(), 2u);
  const auto& s = seats[0];
  EXPECT_EQ(s.state, "S01");
  EXPECT_EQ(s.state_name, "Andhra Pradesh");
  EXPECT_EQ(s.number, 1);
  EXPECT_EQ(s.name, "Adilabad");
  ASSERT_EQ(s.candidates.size(), 3u);
  EXPECT_EQ(s.candidates[0].votes, 186233);
  EXPECT_EQ(s.candidates[0].line, 2);
  EXPECT_EQ(s.candidates[1].line, 5);
  EXPECT_TRUE(s.candidates[2].is_nota);
  EXPECT_FALSE(s.candidates[0].is_nota);
  EXPECT_FALSE(s.uncontested);
  EXPECT_EQ(s.WinnerIndex(), 0);
  EXPECT_EQ(seats[1].state, "S24");
  EXPECT_EQ(seats[1].number, 2);
}

TEST(ResultsFileTest, SynonymHeadersAndStateByName) {
  ProblemList problems;
  auto seats = Parse(
      "Candidate Name;Party Name;Total Votes;State Name;PC No;PC Name\n"
      "A;NOTA;5;Orissa;3;Dhenkanal\n"
      "B;P;6;orissa;3;DHENKANAL\n",
      &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(seats.size(), 1u);
  EXPECT_EQ(seats[0].state, "S18");
  EXPECT_EQ(seats[0].state_name, "Orissa");
  EXPECT_TRUE(seats[0].candidates[0].is_nota);
  EXPECT_EQ(seats[0].WinnerIndex(), 1);
}

TEST(ResultsFileTest, UncontestedSeatHasNoVotes) {
  ProblemList problems;
  auto seats =
      Parse(std::string(kHeader) + "ONLY ONE,Party A,-,Sikkim,Sikkim,S21,1\n", &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(seats.size(), 1u);
  EXPECT_TRUE(seats[0].uncontested);
  EXPECT_EQ(seats[0].candidates[0].votes, kMissing);
}

TEST(ResultsFileTest, BlankVotesInContestedSeatIsAnError) {
  ProblemList problems;
  auto seats = Parse(std::string(kHeader) +
                         "A,P,10,Goa,North Goa,S05,1\n"
                         "B,Q,,Goa,North Goa,S05,1\n",
                     &problems);
  ExpectOne(problems, "r.csv", 3, 3, Severity::kError,
            "votes are blank for a contested seat");
  ASSERT_EQ(seats.size(), 1u);
  EXPECT_EQ(seats[0].candidates[1].votes, kMissing);  // kept, never zeroed
}

TEST(ResultsFileTest, NegativeAndMalformedVotesAreErrors) {
  ProblemList problems;
  Parse(std::string(kHeader) +
            "A,P,-5,Goa,North Goa,S05,1\n"
            "B,Q,12a,Goa,North Goa,S05,1\n",
        &problems);
  ASSERT_EQ(problems.items().size(), 2u) << Dump(problems);
  EXPECT_EQ(problems.items()[0].line, 2);
  EXPECT_EQ(problems.items()[0].column, 3);
  EXPECT_EQ(problems.items()[0].severity, Severity::kError);
  EXPECT_EQ(problems.items()[0].message, "'Votes' is negative: '-5'");
  EXPECT_EQ(problems.items()[1].line, 3);
  EXPECT_EQ(problems.items()[1].message, "'Votes' is not a whole number: '12a'");
}

TEST(ResultsFileTest, WrongTypeSeatNumberIsAnError) {
  ProblemList problems;
  auto seats = Parse(std::string(kHeader) + "A,P,5,Goa,North Goa,S05,one\n", &problems);
  ExpectOne(problems, "r.csv", 2, 7, Severity::kError,
            "'Constituency-code' 'one' is not a seat number");
  EXPECT_TRUE(seats.empty());
}

TEST(ResultsFileTest, UnknownStateCodeIsAnErrorWithSuggestion) {
  ProblemList problems;
  Parse(std::string(kHeader) + "A,P,5,Goa,North Goa,S5,1\n", &problems);
  ExpectOne(problems, "r.csv", 2, 6, Severity::kError,
            "unknown state code 'S5'; did you mean");
  ProblemList abbr;
  Parse(std::string(kHeader) + "A,P,5,Goa,North Goa,GA,1\n", &abbr);
  ASSERT_EQ(abbr.items().size(), 1u);
  EXPECT_EQ(abbr.items()[0].message,
            "'GA' in 'State-code' is not an ECI state code; Goa is 'S05'");
}

TEST(ResultsFileTest, UnknownStateNameIsAnError) {
  ProblemList problems;
  auto seats =
      Parse("Candidate,Party,Votes,State,PC No\nA,P,5,Utar Pradesh,1\n", &problems);
  ExpectOne(problems, "r.csv", 2, 4, Severity::kError,
            "unknown state 'Utar Pradesh'; did you mean 'Uttar Pradesh'?");
  EXPECT_TRUE(seats.empty());
}

TEST(ResultsFileTest, RepeatedCandidateRowIsAnErrorButNamesakesAreNot) {
  ProblemList problems;
  auto seats = Parse(
      std::string(kHeader) +
          "HEMA MALINI,Bharatiya Janata Party,574633,Uttar Pradesh,Mathura,S24,17\n"
          "HEMA MALINI,Independent,2000,Uttar Pradesh,Mathura,S24,17\n"
          "C SAHU,Independent,20,Uttar Pradesh,Mathura,S24,17\n"
          "C SAHU,Independent,30,Uttar Pradesh,Mathura,S24,17\n"
          "C  S AHU,Independent,30,Uttar Pradesh,Mathura,S24,17\n"
          "Hema  Malini,Bharatiya Janata Party,574633,Uttar Pradesh,Mathura,S24,17\n",
      &problems);
  ExpectOne(
      problems, "r.csv", 7, 1, Severity::kError,
      "candidate 'Hema Malini' (Bharatiya Janata Party) is listed twice in seat S24-17 "
      "with the same votes (also on line 2)");
  ASSERT_EQ(seats.size(), 1u);
  EXPECT_EQ(seats[0].candidates.size(), 5u);  // "C S AHU" is spelled apart
}

TEST(ResultsFileTest, DifferentSeatNameIsAWarning) {
  ProblemList problems;
  auto seats = Parse(std::string(kHeader) +
                         "A,P,5,Goa,North Goa,S05,1\n"
                         "B,Q,6,Goa,NORTH GOA,S05,1\n"
                         "C,R,7,Goa,South Goa,S05,1\n",
                     &problems);
  ExpectOne(problems, "r.csv", 4, 5, Severity::kWarning,
            "seat S05-1 is named 'North Goa' on line 2, here 'South Goa'");
  EXPECT_EQ(seats[0].name, "North Goa");
}

TEST(ResultsFileTest, MissingColumnIsFatal) {
  ProblemList problems;
  auto seats = Parse(
      "Candidate,Party,Vote,State,Constituency,State-code,Constituency-code\n"
      "A,P,5,Goa,North Goa,S05,1\n",
      &problems);
  ExpectOne(problems, "r.csv", 1, 0, Severity::kFatal, "no column for votes");
  EXPECT_NE(problems.items()[0].message.find("did you mean 'Vote'?"), std::string::npos);
  EXPECT_TRUE(seats.empty());
  ProblemList no_state;
  Parse("Candidate,Party,Votes,PC No\nA,P,5,1\n", &no_state);
  ASSERT_EQ(no_state.items().size(), 1u);
  EXPECT_EQ(no_state.items()[0].severity, Severity::kFatal);
}

TEST(ResultsFileTest, EmptyAndHeaderOnlyFilesAreFatal) {
  ProblemList empty;
  EXPECT_TRUE(Parse("", &empty).empty());
  ExpectOne(empty, "r.csv", 0, 0, Severity::kFatal, "the file is empty");
  ProblemList blank;
  Parse("\xEF\xBB\xBF\n\r\n  \n", &blank);
  ExpectOne(blank, "r.csv", 0, 0, Severity::kFatal, "the file is empty");
  ProblemList header_only;
  EXPECT_TRUE(Parse(std::string(kHeader) + "\n", &header_only).empty());
  ExpectOne(header_only, "r.csv", 0, 0, Severity::kFatal,
            "the file has a header but no data rows");
}

TEST(ResultsFileTest, NotUtf8IsFatal) {
  ProblemList problems;
  auto seats =
      Parse(std::string(kHeader) + "A,P,5,Goa,North Goa,S05,1\nB\xE9,Q,6,Goa,N,S05,1\n",
            &problems);
  ExpectOne(problems, "r.csv", 3, 1, Severity::kFatal, "not UTF-8");
  EXPECT_TRUE(seats.empty());
}

TEST(ResultsFileTest, LastLineCutMidRowIsAnError) {
  ProblemList problems;
  auto seats = Parse(std::string(kHeader) +
                         "A,P,5,Goa,North Goa,S05,1\n"
                         "B,Q,6,Goa,No",
                     &problems);
  ExpectOne(problems, "r.csv", 3, 6, Severity::kError,
            "row has 5 cells, the header has 7 — is the file cut short?");
  ASSERT_EQ(seats.size(), 1u);
  EXPECT_EQ(seats[0].candidates.size(), 1u);
}

TEST(ResultsFileTest, CutInsideQuoteIsFatal) {
  ProblemList problems;
  auto seats = Parse(std::string(kHeader) +
                         "A,P,5,Goa,North Goa,S05,1\n"
                         "B,\"Party of th",
                     &problems);
  ExpectOne(problems, "r.csv", 3, 2, Severity::kFatal,
            "not closed before the end of the file");
  EXPECT_TRUE(seats.empty());
}

TEST(ResultsFileTest, RowWithTooManyCellsIsAnError) {
  ProblemList problems;
  Parse(std::string(kHeader) + "A,P,5,Goa,North Goa,S05,1,extra\n", &problems);
  ExpectOne(problems, "r.csv", 2, 8, Severity::kError,
            "row has 8 cells, the header has 7");
}

TEST(ResultsFileTest, MapWithoutStateIsFatal) {
  ColumnMap map;
  map.columns = {{"candidate", 1}, {"party", 2}, {"votes", 3}, {"seat_code", 4}};
  ResultsFileOptions o;
  o.map = &map;
  ProblemList problems;
  ParseResultsFile("r.csv", "a,b,c,d\nA,P,1,1\n", o, &problems);
  ExpectOne(problems, "r.csv", 0, 0, Severity::kFatal,
            "must give 'state_code' or 'state'");
}

TEST(ResultsFileTest, MapFieldsOfOtherFilesAreIgnoredWithAWarning) {
  ColumnMap map;
  map.columns = {{"candidate", 1}, {"party", 2}, {"votes", 3},
                 {"seat_code", 4}, {"state", 5}, {"booth", 6}};
  ResultsFileOptions o;
  o.map = &map;
  ProblemList problems;
  auto seats = ParseResultsFile("r.csv", "a,b,c,d,e,f\nA,P,1,1,Goa,9\n", o, &problems);
  ExpectOne(problems, "r.csv", 0, 0, Severity::kWarning, "field 'booth' is not used");
  ASSERT_EQ(seats.size(), 1u);
  EXPECT_EQ(seats[0].state, "S05");
}

TEST(ResultsFileTest, MapSkipsRowsBeforeTheHeader) {
  ColumnMap map;
  map.skip_rows = 2;
  map.columns = {{"candidate", std::string("Who")},
                 {"party", std::string("Party")},
                 {"votes", std::string("Votes")},
                 {"seat_code", std::string("Seat")},
                 {"state", std::string("State")}};
  ResultsFileOptions o;
  o.map = &map;
  ProblemList problems;
  auto seats = ParseResultsFile("r.csv",
                                "Results of \"2014\" poll\n\"Source: ECI\"\n"
                                "Who;Party;Votes;Seat;State\nA;P;1;4;Kerala\n",
                                o, &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(seats.size(), 1u);
  EXPECT_EQ(seats[0].state, "S11");
  EXPECT_EQ(seats[0].candidates[0].line, 4);
}

TEST(ResultsFileTest, HeaderlessMapColumnBeyondTheRowIsFatal) {
  ColumnMap map;
  map.header = false;
  map.columns = {
      {"candidate", 1}, {"party", 2}, {"votes", 9}, {"seat_code", 3}, {"state_code", 4}};
  ResultsFileOptions o;
  o.map = &map;
  ProblemList problems;
  auto seats = ParseResultsFile("r.csv", "\nA,P,1,S05,x\n", o, &problems);
  ExpectOne(problems, "r.csv", 2, 0, Severity::kFatal,
            "the column map puts field 'votes' in column 9, but the first row has only 5 "
            "cells");
  EXPECT_TRUE(seats.empty());
}

TEST(ResultsFileRealDataTest, LokSabha2014) {
  auto data = ReadData("ls2014/candidates.csv");
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  ProblemList problems;
  auto seats = ParseResultsFile("candidates.csv", *data, {}, &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  EXPECT_EQ(seats.size(), 543u);
  std::size_t candidates = 0, nota = 0;
  std::map<std::string, int> won;
  for (const auto& s : seats) {
    candidates += s.candidates.size();
    for (const auto& c : s.candidates) nota += c.is_nota ? 1 : 0;
    const int w = s.WinnerIndex();
    ASSERT_GE(w, 0);
    ++won[s.candidates[static_cast<std::size_t>(w)].party];
  }
  EXPECT_EQ(candidates, 8794u);
  EXPECT_EQ(nota, 543u);
  EXPECT_EQ(won["Bharatiya Janata Party"], 282);
  EXPECT_EQ(won["Indian National Congress"], 44);
  EXPECT_EQ(won["All India Anna Dravida Munnetra Kazhagam"], 37);
  EXPECT_EQ(won["All India Trinamool Congress"], 34);
  EXPECT_EQ(won["Biju Janata Dal"], 20);
}

}  // namespace
}  // namespace janadhar::importers
