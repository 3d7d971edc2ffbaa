#include "importers/region_file.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "importers/test_util.h"

namespace janadhar::importers {
namespace {

using testing::Dump;
using testing::ExpectOne;

RegionLookup Parse(const std::string& text, ProblemList* problems,
                   const std::string& column = "") {
  RegionFileOptions options;
  options.column = column;
  return ParseRegionFile("r.csv", text, options, problems);
}

TEST(RegionFileTest, ReadsTheShippedUttarPradeshRegions) {
  auto text = testing::ReadData("reference/up-ac-districts.csv");
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  ProblemList problems;
  const RegionLookup r = Parse(*text, &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  EXPECT_FALSE(r.by_pc);
  ASSERT_EQ(r.rows.size(), 403u);
  std::map<std::string, int> acs;
  for (const auto& row : r.rows) ++acs[row.region];
  const std::map<std::string, int> expected = {
      {"AVADH", 99},      {"BUNDELKHAND", 19}, {"DOAB", 89}, {"EAST", 60},
      {"NORTH-EAST", 40}, {"ROHILKHAND", 52},  {"WEST", 44}};
  EXPECT_EQ(acs, expected);
  EXPECT_EQ(r.rows[0].number, 1);
  EXPECT_EQ(r.rows[0].region, "WEST");
  EXPECT_EQ(r.rows[0].state, "");  // no state column: the caller names it
  EXPECT_EQ(r.rows[0].line, 2);
  EXPECT_EQ(r.rows[0].number_column, 1);
  // Any column can be the region: one per district.
  ProblemList by_district;
  const RegionLookup d = Parse(*text, &by_district, "DISTRICT");
  EXPECT_TRUE(by_district.items().empty()) << Dump(by_district);
  EXPECT_EQ(d.rows[0].region, "SAHARANPUR");
}

TEST(RegionFileTest, StatesAndParliamentaryConstituencies) {
  ProblemList problems;
  const RegionLookup r = Parse(
      "State,PC No,Zone\nUttar Pradesh,1,West\nBihar,1,  North   Bihar \n", &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  EXPECT_TRUE(r.by_pc);
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].state, "S24");
  EXPECT_EQ(r.rows[1].state, "S04");
  EXPECT_EQ(r.rows[1].region, "North Bihar");
}

TEST(RegionFileTest, BadRowsAreErrorsAtTheirCell) {
  {
    ProblemList problems;
    const RegionLookup r = Parse("AC_NO,SUB_REGION\n1,WEST\n2,\n", &problems);
    ExpectOne(problems, "r.csv", 3, 2, Severity::kError, "'SUB_REGION' is blank");
    EXPECT_EQ(r.rows.size(), 1u);
  }
  {
    ProblemList problems;
    const RegionLookup r = Parse("AC_NO,SUB_REGION\n1,WEST\nx1,EAST\n", &problems);
    ExpectOne(problems, "r.csv", 3, 1, Severity::kError, "AC number");
    EXPECT_EQ(r.rows.size(), 1u);
  }
  {
    ProblemList problems;
    const RegionLookup r = Parse("AC_NO,SUB_REGION\n7,WEST\n7,EAST\n", &problems);
    ExpectOne(problems, "r.csv", 3, 1, Severity::kError,
              "AC 7 is listed twice (also on line 2)");
    EXPECT_EQ(r.rows.size(), 1u);
  }
  {
    ProblemList problems;
    Parse("State,AC_NO,SUB_REGION\nUtar Pradesh,7,WEST\n", &problems);
    ExpectOne(problems, "r.csv", 2, 1, Severity::kError, "Uttar Pradesh");
  }
}

TEST(RegionFileTest, MissingColumnsAreFatal) {
  {
    ProblemList problems;
    const RegionLookup r = Parse("AC_NO,DISTRICT\n1,AGRA\n", &problems);
    ExpectOne(problems, "r.csv", 1, 0, Severity::kFatal, "no column for region");
    EXPECT_TRUE(r.rows.empty());
  }
  {
    ProblemList problems;
    Parse("AC_NO,DISTRICT\n1,AGRA\n", &problems, "DISTRCT");
    ExpectOne(problems, "r.csv", 1, 0, Severity::kFatal, "did you mean 'DISTRICT'");
  }
  {
    ProblemList problems;
    Parse("NAME,SUB_REGION\nBEHAT,WEST\n", &problems);
    ExpectOne(problems, "r.csv", 0, 0, Severity::kFatal, "'AC_NO'");
  }
  {
    ProblemList problems;
    const RegionLookup r = Parse("", &problems);
    EXPECT_TRUE(problems.HasFatal()) << Dump(problems);
    EXPECT_TRUE(r.rows.empty());
  }
}

}  // namespace
}  // namespace janadhar::importers
