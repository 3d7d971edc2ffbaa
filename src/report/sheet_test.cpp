#include "report/sheet.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>

namespace janadhar::report {
namespace {

std::string Text(const Sheet& s) {
  std::ostringstream out;
  PrintText(s, out);
  return out.str();
}

std::string Csv(const Sheet& s) {
  std::ostringstream out;
  PrintCsv(s, out);
  return out.str();
}

TEST(GroupDigits, IndianGrouping) {
  EXPECT_EQ(GroupDigits(0), "0");
  EXPECT_EQ(GroupDigits(7), "7");
  EXPECT_EQ(GroupDigits(999), "999");
  EXPECT_EQ(GroupDigits(1000), "1,000");
  EXPECT_EQ(GroupDigits(99999), "99,999");
  EXPECT_EQ(GroupDigits(100000), "1,00,000");
  EXPECT_EQ(GroupDigits(138771), "1,38,771");
  EXPECT_EQ(GroupDigits(1386233), "13,86,233");
  EXPECT_EQ(GroupDigits(171657549), "17,16,57,549");
}

TEST(GroupDigits, Negatives) {
  EXPECT_EQ(GroupDigits(-1), "-1");
  EXPECT_EQ(GroupDigits(-999), "-999");
  EXPECT_EQ(GroupDigits(-12345), "-12,345");
  EXPECT_EQ(GroupDigits(-138771), "-1,38,771");
  EXPECT_EQ(GroupDigits(std::numeric_limits<int64_t>::min()),
            "-92,23,37,20,36,85,47,75,808");
}

TEST(Percent, RoundsAndNeverShowsMinusZero) {
  EXPECT_EQ(Percent(0.313449), "31.34%");
  EXPECT_EQ(Percent(0.31337), "31.34%");
  EXPECT_EQ(Percent(1), "100.00%");
  EXPECT_EQ(Percent(0.5, 0), "50%");
  EXPECT_EQ(Percent(-0.00001), "0.00%");
  EXPECT_EQ(Percent(-0.25), "-25.00%");
  EXPECT_EQ(Percent(std::nan("")), "-");
}

TEST(Points, Signed) {
  EXPECT_EQ(Points(4.2), "+4.20");
  EXPECT_EQ(Points(-3.1), "-3.10");
  EXPECT_EQ(Points(0), "0.00");
  EXPECT_EQ(Points(-0.001), "0.00");
  EXPECT_EQ(Points(0.004), "0.00");
  EXPECT_EQ(Points(0.006), "+0.01");
  EXPECT_EQ(Points(12.345, 1), "+12.3");
}

TEST(Fixed, Decimals) {
  EXPECT_EQ(Fixed(1.5), "1.50");
  EXPECT_EQ(Fixed(1.5, 0), "2");
  EXPECT_EQ(Fixed(-0.4, 0), "0");
  EXPECT_EQ(Fixed(2.25, 3), "2.250");
}

TEST(Cell, Values) {
  EXPECT_TRUE(Cell::Missing().missing());
  EXPECT_TRUE(Cell().missing());
  EXPECT_TRUE(Cell::Number(std::nan("")).missing());
  EXPECT_TRUE(Cell::Number(INFINITY).missing());
  EXPECT_FALSE(Cell::Text("").missing());
  EXPECT_EQ(Cell::Text("राम").text(), "राम");
  EXPECT_EQ(Cell::Int(-5).integer(), -5);
  EXPECT_EQ(Cell::Int(-5).number(), -5.0);
  EXPECT_EQ(Cell::Number(2.6).integer(), 3);
  EXPECT_EQ(Cell::Number(1e300).integer(), std::numeric_limits<int64_t>::max());
}

TEST(Sheet, RendersEachKindInTextAndCsv) {
  Sheet s("Kinds", {{"text"},
                    {"int", Kind::kInteger},
                    {"pct", Kind::kPercent},
                    {"pts", Kind::kPoints},
                    {"dec", Kind::kDecimal, 1}});
  s.AddRow({Cell::Text("a"), Cell::Int(138771), Cell::Number(0.31337), Cell::Number(4.2),
            Cell::Number(2.26)});
  s.AddRow({Cell::Text("b"), Cell::Int(-5), Cell::Number(0.05), Cell::Number(-3.1),
            Cell::Int(3)});
  s.AddNote("A note.");
  EXPECT_EQ(Text(s),
            "Kinds\n"
            "text       int     pct    pts  dec\n"
            "----  --------  ------  -----  ---\n"
            "a     1,38,771  31.34%  +4.20  2.3\n"
            "b           -5   5.00%  -3.10  3.0\n"
            "A note.\n");
  EXPECT_EQ(Csv(s),
            "text,int,pct,pts,dec\r\n"
            "a,138771,31.34,4.20,2.3\r\n"
            "b,-5,5.00,-3.10,3.0\r\n");
}

TEST(Sheet, MissingCells) {
  Sheet s("", {{"name"}, {"votes", Kind::kInteger}, {"share", Kind::kPercent}});
  s.AddRow({Cell::Missing(), Cell::Missing(), Cell::Number(std::nan(""))});
  s.AddRow({Cell::Text("x"), Cell::Int(0), Cell::Number(0)});
  EXPECT_EQ(Text(s),  // no title line for an empty title
            "name  votes  share\n"
            "----  -----  -----\n"
            "          -      -\n"
            "x         0  0.00%\n");
  EXPECT_EQ(Csv(s), "name,votes,share\r\n,,\r\nx,0,0.00\r\n");
  EXPECT_EQ(TextValue({"t"}, Cell::Missing()), "");
  EXPECT_EQ(TextValue({"p", Kind::kPoints}, Cell::Missing()), "-");
}

TEST(Sheet, IdentifiersAreNeverGrouped) {
  // A person's number is typed back into commands (`--member 11154,12157`).
  Sheet s("", {{"person", Kind::kId}, {"posts", Kind::kInteger}});
  s.AddRow({Cell::Int(11154), Cell::Int(11154)});
  s.AddRow({Cell::Number(7.0), Cell::Missing()});
  EXPECT_EQ(Text(s),
            "person   posts\n"
            "------  ------\n"
            " 11154  11,154\n"
            "     7       -\n");
  EXPECT_EQ(Csv(s), "person,posts\r\n11154,11154\r\n7,\r\n");
}

TEST(Sheet, TextCellInNumberColumn) {
  Sheet s("", {{"party"}, {"seats", Kind::kInteger}});
  s.AddRow({Cell::Text("BJP"), Cell::Int(282)});
  s.AddRow({Cell::Text("others"), Cell::Text("n/a")});
  EXPECT_EQ(Text(s),
            "party   seats\n"
            "------  -----\n"
            "BJP       282\n"
            "others    n/a\n");
}

TEST(Sheet, AlignsByDisplayWidthWithDevanagari) {
  Sheet s("", {{"name"}, {"n", Kind::kInteger}, {"दल"}});
  s.AddRow({Cell::Text("कुमार"), Cell::Int(5), Cell::Text("भाजपा")});
  s.AddRow({Cell::Text("Ram Kumar"), Cell::Int(1200), Cell::Text("SP")});
  // कुमार takes 4 columns: the vowel sign ु (a non-spacing mark) takes none.
  EXPECT_EQ(Text(s),
            "name           n  दल\n"
            "---------  -----  -----\n"
            "कुमार           5  भाजपा\n"
            "Ram Kumar  1,200  SP\n");
}

TEST(Sheet, NoTrailingSpacesWhenTheLastTextCellIsEmpty) {
  Sheet s("", {{"a"}, {"b"}});
  s.AddRow({Cell::Text("long value"), Cell::Text("")});
  EXPECT_EQ(Text(s),
            "a           b\n"
            "----------  -\n"
            "long value\n");
}

TEST(Sheet, CsvQuoting) {
  Sheet s("ignored", {{"a,b"}, {"c"}, {"d"}, {"e"}});
  s.AddRow({Cell::Text("x,y"), Cell::Text("say \"hi\""), Cell::Text("two\nlines"),
            Cell::Text("cr\rhere")});
  s.AddRow({Cell::Text("जनाधार"), Cell::Text(""), Cell::Text("plain"), Cell::Text(" ")});
  s.AddNote("not in CSV");
  EXPECT_EQ(Csv(s),
            "\"a,b\",c,d,e\r\n"
            "\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n"
            "जनाधार,,plain, \r\n");
}

TEST(Sheet, Accessors) {
  Sheet s("T", {{"a"}, {"b", Kind::kInteger}});
  EXPECT_EQ(s.size(), 0u);
  EXPECT_TRUE(s.empty());
  s.AddRow({Cell::Text("x"), Cell::Int(3)});
  s.AddNote("n");
  EXPECT_EQ(s.title(), "T");
  ASSERT_EQ(s.columns().size(), 2u);
  EXPECT_EQ(s.columns()[1].kind, Kind::kInteger);
  EXPECT_EQ(s.size(), 1u);
  EXPECT_EQ(s.row(0)[1].integer(), 3);
  EXPECT_EQ(s.at(0, 0).text(), "x");
  EXPECT_EQ(s.notes(), std::vector<std::string>{"n"});
}

}  // namespace
}  // namespace janadhar::report
