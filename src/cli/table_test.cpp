#include "cli/table.h"

#include <gtest/gtest.h>

#include <sstream>

namespace janadhar::cli {
namespace {

TEST(GroupDigits, IndianGrouping) {
  EXPECT_EQ(GroupDigits(0), "0");
  EXPECT_EQ(GroupDigits(999), "999");
  EXPECT_EQ(GroupDigits(1000), "1,000");
  EXPECT_EQ(GroupDigits(138771), "1,38,771");
  EXPECT_EQ(GroupDigits(1386233), "13,86,233");
  EXPECT_EQ(GroupDigits(171657549), "17,16,57,549");
  EXPECT_EQ(GroupDigits(-12345), "-12,345");
}

TEST(Percent, Rounds) {
  EXPECT_EQ(Percent(0.313449), "31.34%");
}

TEST(Table, AlignsByDisplayWidth) {
  Table t({"name", "n"}, {Table::Align::kLeft, Table::Align::kRight});
  t.AddRow({"राम", "5"});
  t.AddRow({"Ram Kumar", "12"});
  std::ostringstream out;
  t.Print(out);
  EXPECT_EQ(out.str(),
            "name        n\n"
            "---------  --\n"
            "राम         5\n"
            "Ram Kumar  12\n");
}

TEST(Table, Csv) {
  Table t({"a", "b"});
  t.AddRow({"x,y", "say \"hi\""});
  std::ostringstream out;
  t.PrintCsv(out);
  EXPECT_EQ(out.str(), "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n");
}

}  // namespace
}  // namespace janadhar::cli
