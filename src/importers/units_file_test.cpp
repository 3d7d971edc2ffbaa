#include "importers/units_file.h"

#include <gtest/gtest.h>

#include <string>

#include "importers/test_util.h"

namespace janadhar::importers {
namespace {

using testing::Dump;
using testing::ExpectOne;

constexpr char kHeader[] = "code,parent,level,name,state,ac,part\n";

std::vector<UnitRow> Read(const std::string& text, ProblemList* problems) {
  return ReadUnitsFile("u.csv", text, problems);
}

// The one problem of a file of kHeader and `row` (on line 2).
std::string OneProblem(const std::string& row) {
  ProblemList problems;
  const std::vector<UnitRow> rows = Read(std::string(kHeader) + row + "\n", &problems);
  EXPECT_TRUE(rows.empty());
  if (problems.items().size() != 1) return "want one problem:\n" + Dump(problems);
  EXPECT_EQ(problems.items()[0].severity, Severity::kError);
  return problems.items()[0].ToString();
}

TEST(UnitsFileTest, ReadsTheExampleFile) {
  auto text = testing::ReadData("examples/units.csv");
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  ProblemList problems;
  const std::vector<UnitRow> rows = Read(*text, &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[0].line, 2);
  EXPECT_EQ(rows[0].unit.code, "S24/AC173/BLK:CHINHAT");
  EXPECT_EQ(rows[0].unit.level, org::UnitLevel::kBlock);
  EXPECT_EQ(rows[0].unit.name, "Chinhat");
  EXPECT_EQ(rows[0].unit.state, "S24");
  EXPECT_EQ(rows[0].unit.ac, 173);
  EXPECT_EQ(rows[0].unit.id, -1);
  EXPECT_EQ(rows[0].parent_code, "S24/AC173");
  EXPECT_EQ(rows[2].parent_code, "S24/AC173/BLK:CHINHAT");
  EXPECT_EQ(rows[5].unit.level, org::UnitLevel::kMandal);  // "ward"
  EXPECT_EQ(rows[0].col.code, 1);
  EXPECT_EQ(rows[0].col.part, 7);
}

TEST(UnitsFileTest, AliasesTabsAndOptionalFields) {
  ProblemList problems;
  const std::vector<UnitRow> rows = Read(
      "\xEF\xBB\xBFकोड\tमूल इकाई\tस्तर\tनाम\tराज्य\tभाग संख्या\n"
      "S24\t\tstate\tउत्तर प्रदेश\tUttar Pradesh\t\n"
      "S24/AC173/B12a\tS24/AC173/SK3\tBooth\t  Primary   School \t\t 12a \n",
      &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].unit.level, org::UnitLevel::kState);
  EXPECT_EQ(rows[0].parent_code, "");
  EXPECT_EQ(rows[0].unit.state, "S24");  // a state's name, stored as its code
  EXPECT_EQ(rows[0].unit.name, "उत्तर प्रदेश");
  EXPECT_EQ(rows[1].unit.level, org::UnitLevel::kBooth);
  EXPECT_EQ(rows[1].unit.name, "Primary School");
  EXPECT_EQ(rows[1].unit.part, "12A");
  EXPECT_EQ(rows[1].unit.state, "");
  EXPECT_EQ(rows[1].unit.ac, 0);
  EXPECT_EQ(rows[1].col.ac, 0);
  EXPECT_EQ(rows[1].col.part, 6);
}

TEST(UnitsFileTest, BadCellsAreErrorsAtTheirColumn) {
  EXPECT_EQ(OneProblem(",S24/AC173,block,Chinhat,,,"),
            "u.csv:2:1: 'code' is blank; every unit needs a code");
  EXPECT_EQ(OneProblem("S24/AC173/B1,S24/AC173/B1,booth,School,,,1"),
            "u.csv:2:2: unit 'S24/AC173/B1' is its own parent");
  EXPECT_EQ(OneProblem("S24/AC173/BLK:X,,block,X,,,"),
            "u.csv:2:2: the parent is blank ('parent'); only a state unit has none");
  EXPECT_EQ(OneProblem("S24/AC173/BLK:X,S24/AC173,,X,,,"),
            "u.csv:2:3: 'level' is blank; the levels are national, state, district, ac, "
            "block, mandal, shakti_kendra and booth");
  EXPECT_EQ(OneProblem("S24/AC173/BLK:X,S24/AC173,tehsil,X,,,"),
            "u.csv:2:3: unknown unit level 'tehsil'; the levels are national, state, "
            "district, ac, block, mandal, shakti_kendra and booth");
  EXPECT_EQ(OneProblem("S24/AC173/BLK:X,S24/AC173,block, ,,,"),
            "u.csv:2:4: 'name' is blank");
  EXPECT_EQ(OneProblem("S24/AC173/BLK:X,S24/AC173,block,X,Utar Pradesh,,")
                .rfind("u.csv:2:5: unknown state 'Utar Pradesh'; did you mean", 0),
            0u);
  EXPECT_EQ(OneProblem("S24/AC173/BLK:X,S24/AC173,block,X,S24,0,"),
            "u.csv:2:6: 'ac' '0' is not a valid AC number (a whole number from 1)");
  EXPECT_EQ(OneProblem("S24/AC173/BLK:X,S24/AC173,block,X,S24,17a,"),
            "u.csv:2:6: 'ac' '17a' is not a valid AC number (a whole number from 1)");
}

TEST(UnitsFileTest, RepeatedCodesNameTheFirstLineAndGoodRowsRemain) {
  ProblemList problems;
  const std::vector<UnitRow> rows =
      Read(std::string(kHeader) +
               "S24/AC173/BLK:A,S24/AC173,block,A,,,\n"
               "S24/AC173/BLK:B,S24/AC173,block,B,,,\n"
               "S24/AC173/BLK:A,S24/AC173,block,A again,,,\n"
               "S24/AC173/MDL:C,S24/AC173/BLK:B,mandal,,,,\n"
               "S24/AC173/MDL:D,S24/AC173/BLK:B,mandal,D,,,\n",
           &problems);
  ASSERT_EQ(problems.items().size(), 2u) << Dump(problems);
  EXPECT_EQ(problems.items()[0].ToString(),
            "u.csv:4:1: unit 'S24/AC173/BLK:A' is listed twice (also on line 2)");
  EXPECT_EQ(problems.items()[1].ToString(), "u.csv:5:4: 'name' is blank");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].line, 2);
  EXPECT_EQ(rows[1].line, 3);
  EXPECT_EQ(rows[2].line, 6);
}

TEST(UnitsFileTest, FatalProblems) {
  {
    ProblemList problems;
    const std::vector<UnitRow> rows =
        Read("code,parent,levl,name\nS24,,state,UP\n", &problems);
    ExpectOne(problems, "u.csv", 1, 0, Severity::kFatal, "did you mean 'levl'");
    EXPECT_TRUE(rows.empty());
  }
  {
    ProblemList problems;
    Read(std::string(kHeader), &problems);
    ExpectOne(problems, "u.csv", 0, 0, Severity::kFatal, "header but no data rows");
  }
  {
    ProblemList problems;
    Read("  \n", &problems);
    ExpectOne(problems, "u.csv", 0, 0, Severity::kFatal, "empty");
  }
  {
    ProblemList problems;
    const std::vector<UnitRow> rows =
        Read(std::string(kHeader) + "S24,,state,UP,,,\n\"S24/D:AGRA,S24,district\n",
             &problems);
    EXPECT_TRUE(problems.HasFatal()) << Dump(problems);
    EXPECT_TRUE(rows.empty());
  }
}

}  // namespace
}  // namespace janadhar::importers
