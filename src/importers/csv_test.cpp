#include "importers/csv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace janadhar::importers {
namespace {

// All records of `data` as strings, with their lines.
struct Read {
  std::vector<std::vector<std::string>> rows;
  std::vector<int> lines;
  std::optional<CsvError> error;
  char delimiter = 0;
};

Read ReadAll(std::string_view data, CsvOptions options = {}) {
  Read out;
  CsvReader reader(data, options);
  out.delimiter = reader.delimiter();
  CsvRecord r;
  while (reader.Next(&r)) {
    std::vector<std::string> row;
    for (std::string_view f : r.fields) row.emplace_back(f);
    out.rows.push_back(row);
    out.lines.push_back(r.line);
  }
  out.error = reader.error();
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvTest, PlainFields) {
  const Read r = ReadAll("a,b,c\n1,2,3\n");
  EXPECT_FALSE(r.error);
  EXPECT_EQ(r.rows, (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
  EXPECT_EQ(r.lines, (std::vector<int>{1, 2}));
}

TEST(CsvTest, LastLineWithoutNewline) {
  const Read r = ReadAll("a,b\n1,2");
  EXPECT_EQ(r.rows, (Rows{{"a", "b"}, {"1", "2"}}));
}

TEST(CsvTest, QuotedFieldsKeepDelimiters) {
  const Read r = ReadAll("\"Communist Party of India, (Marxist)\",x\n\"\",\"y\"\n");
  EXPECT_FALSE(r.error);
  EXPECT_EQ(r.rows, (Rows{{"Communist Party of India, (Marxist)", "x"}, {"", "y"}}));
}

TEST(CsvTest, DoubledQuotesAreUnescaped) {
  const Read r = ReadAll("\"say \"\"hi\"\"\",\"\"\"\",plain\n");
  EXPECT_FALSE(r.error);
  EXPECT_EQ(r.rows, (Rows{{"say \"hi\"", "\"", "plain"}}));
}

TEST(CsvTest, EscapedFieldViewsStayValidAcrossFields) {
  CsvReader reader("\"a\"\"1\",\"b\"\"2\",\"c\"\"3\",d\n");
  CsvRecord r;
  ASSERT_TRUE(reader.Next(&r));
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0], "a\"1");
  EXPECT_EQ(r[1], "b\"2");
  EXPECT_EQ(r[2], "c\"3");
  EXPECT_EQ(r[3], "d");
}

TEST(CsvTest, SpacesAfterClosingQuoteAreAllowed) {
  const Read r = ReadAll("\"a\"  ,b\n");
  EXPECT_FALSE(r.error);
  EXPECT_EQ(r.rows, (Rows{{"a", "b"}}));
}

TEST(CsvTest, CrlfLineEnds) {
  const Read r = ReadAll("a,b\r\n1,2\r\n\"q\"\r\n3,4");
  EXPECT_FALSE(r.error);
  EXPECT_EQ(r.rows, (Rows{{"a", "b"}, {"1", "2"}, {"q"}, {"3", "4"}}));
  EXPECT_EQ(r.lines, (std::vector<int>{1, 2, 3, 4}));
}

TEST(CsvTest, ByteOrderMarkIsStripped) {
  const Read r = ReadAll("\xEF\xBB\xBFState;Votes\nUP;1\n");
  EXPECT_EQ(r.delimiter, ';');
  EXPECT_EQ(r.rows, (Rows{{"State", "Votes"}, {"UP", "1"}}));
  EXPECT_EQ(StripBom("\xEF\xBB\xBFx"), "x");
  EXPECT_EQ(StripBom("\xEF\xBBx"), "\xEF\xBBx");
}

TEST(CsvTest, DetectsSemicolonAndTab) {
  EXPECT_EQ(DetectDelimiter("a;b;c\n1,2;3\n"), ';');
  EXPECT_EQ(DetectDelimiter("a\tb\tc\n"), '\t');
  EXPECT_EQ(DetectDelimiter("a,b;c\n"), ',');  // a tie goes to the comma
  EXPECT_EQ(DetectDelimiter("single\n"), ',');
  // Only the first line counts, and delimiters inside quotes do not.
  EXPECT_EQ(DetectDelimiter("\"a,b,c\";d;e\nx,y,z,w\n"), ';');
  EXPECT_EQ(DetectDelimiter("a\tb\n,,,,,\n"), '\t');
  const Read t = ReadAll("a\tb c\t\"d\te\"\n1\t2\t3\n");
  EXPECT_EQ(t.delimiter, '\t');
  EXPECT_EQ(t.rows, (Rows{{"a", "b c", "d\te"}, {"1", "2", "3"}}));
}

TEST(CsvTest, GivenDelimiterOverridesDetection) {
  CsvOptions o;
  o.delimiter = '|';
  const Read r = ReadAll("a,b|c\n", o);
  EXPECT_EQ(r.delimiter, '|');
  EXPECT_EQ(r.rows, (Rows{{"a,b", "c"}}));
}

TEST(CsvTest, NewlinesInsideQuotesKeepLineNumbers) {
  const Read r = ReadAll("h1,h2\n\"two\nlines\",x\n\"three\r\nline\nfield\",y\nlast,z\n");
  EXPECT_FALSE(r.error);
  EXPECT_EQ(r.rows, (Rows{{"h1", "h2"},
                          {"two\nlines", "x"},
                          {"three\r\nline\nfield", "y"},
                          {"last", "z"}}));
  EXPECT_EQ(r.lines, (std::vector<int>{1, 2, 4, 7}));
}

TEST(CsvTest, ReaderLineIsTheNextRecordsLine) {
  CsvReader reader("a\n\"b\nc\"\nd\n");
  CsvRecord r;
  EXPECT_EQ(reader.line(), 1);
  ASSERT_TRUE(reader.Next(&r));
  EXPECT_EQ(reader.line(), 2);
  ASSERT_TRUE(reader.Next(&r));
  EXPECT_EQ(reader.line(), 4);
  ASSERT_TRUE(reader.Next(&r));
  EXPECT_EQ(r.line, 4);
  EXPECT_FALSE(reader.Next(&r));
  EXPECT_FALSE(reader.error());
}

TEST(CsvTest, UnterminatedQuoteIsAnErrorWhereTheQuoteOpens) {
  const Read r = ReadAll("a,b\n1,2\n3,\"cut short\n4,5\n");
  EXPECT_EQ(r.rows, (Rows{{"a", "b"}, {"1", "2"}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->line, 3);
  EXPECT_EQ(r.error->column, 2);
  EXPECT_NE(r.error->message.find("cut short"), std::string::npos);
}

TEST(CsvTest, StrayQuoteInUnquotedFieldIsAnError) {
  const Read r = ReadAll("a,b,c\n1,2 \"x\",3\n");
  EXPECT_EQ(r.rows.size(), 1u);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->line, 2);
  EXPECT_EQ(r.error->column, 2);
}

TEST(CsvTest, TextAfterClosingQuoteIsAnError) {
  const Read r = ReadAll("x\n\"a\"b,c\n");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->line, 2);
  EXPECT_EQ(r.error->column, 1);
}

TEST(CsvTest, ErrorStopsTheReader) {
  CsvReader reader("\"open\n");
  CsvRecord r;
  EXPECT_FALSE(reader.Next(&r));
  EXPECT_TRUE(reader.error());
  EXPECT_FALSE(reader.Next(&r));
}

TEST(CsvTest, TrailingDelimiterMakesAnEmptyLastField) {
  const Read r = ReadAll("a,b,\n1,2,\n3,4,");
  EXPECT_FALSE(r.error);
  EXPECT_EQ(r.rows, (Rows{{"a", "b", ""}, {"1", "2", ""}, {"3", "4", ""}}));
  const Read q = ReadAll("\"a\",");
  EXPECT_EQ(q.rows, (Rows{{"a", ""}}));
}

TEST(CsvTest, BlankLinesAreBlankRecords) {
  CsvReader reader("a\n\n  \t\nb\n");
  CsvRecord r;
  std::vector<bool> blank;
  while (reader.Next(&r)) blank.push_back(r.IsBlank());
  EXPECT_EQ(blank, (std::vector<bool>{false, true, true, false}));
  CsvRecord empties;
  empties.fields = {"", " "};
  EXPECT_TRUE(empties.IsBlank());
}

TEST(CsvTest, EmptyDataHasNoRecords) {
  const Read r = ReadAll("");
  EXPECT_TRUE(r.rows.empty());
  EXPECT_FALSE(r.error);
  const Read bom = ReadAll("\xEF\xBB\xBF");
  EXPECT_TRUE(bom.rows.empty());
}

}  // namespace
}  // namespace janadhar::importers
