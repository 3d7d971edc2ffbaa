#include "base/numbers.h"

#include <gtest/gtest.h>

namespace janadhar {
namespace {

TEST(ParseCount, PlainAndGroupedNumbers) {
  EXPECT_EQ(ParseCount("186233").value, 186233);
  EXPECT_EQ(ParseCount("1,86,233").value, 186233);
  EXPECT_EQ(ParseCount("13,86,233").value, 1386233);
  EXPECT_EQ(ParseCount("186,233").value, 186233);
  EXPECT_EQ(ParseCount(" 42 ").value, 42);
  EXPECT_EQ(ParseCount("42.0").value, 42);
  EXPECT_EQ(ParseCount("0").kind, CountParse::kOk);
}

TEST(ParseCount, MissingValues) {
  EXPECT_EQ(ParseCount("").kind, CountParse::kMissing);
  EXPECT_EQ(ParseCount("  ").kind, CountParse::kMissing);
  EXPECT_EQ(ParseCount("-").kind, CountParse::kMissing);
  EXPECT_EQ(ParseCount("NA").kind, CountParse::kMissing);
}

TEST(ParseCount, BadValues) {
  EXPECT_EQ(ParseCount("-5").kind, CountParse::kNegative);
  EXPECT_EQ(ParseCount("-5").value, -5);
  EXPECT_EQ(ParseCount("12a").kind, CountParse::kInvalid);
  EXPECT_EQ(ParseCount("3.5").kind, CountParse::kInvalid);
  EXPECT_EQ(ParseCount("1,,2").kind, CountParse::kInvalid);
  EXPECT_EQ(ParseCount(",12").kind, CountParse::kInvalid);
  EXPECT_EQ(ParseCount("12,").kind, CountParse::kInvalid);
  EXPECT_EQ(ParseCount("99999999999999999999").kind, CountParse::kInvalid);
  EXPECT_EQ(ParseCount("+").kind, CountParse::kInvalid);
}

}  // namespace
}  // namespace janadhar
