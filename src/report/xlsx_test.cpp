// Writes workbooks and reads them back: the .xlsx zip is opened here with zlib
// (central directory, then a raw inflate of each entry), so the test needs
// nothing beyond the build's dependencies.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "report/sheet.h"

namespace janadhar::report {
namespace {

namespace fs = std::filesystem;

uint32_t Le(const std::string& b, std::size_t at, int bytes) {
  uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) {
    v = (v << 8) | static_cast<unsigned char>(b.at(at + i));
  }
  return v;
}

// Every entry of the zip archive `path`, by name, uncompressed.
std::map<std::string, std::string> ReadZip(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string zip((std::istreambuf_iterator<char>(in)), {});
  std::map<std::string, std::string> entries;
  // The end-of-central-directory record, searched from the end.
  std::size_t eocd = std::string::npos;
  for (std::size_t i = zip.size() >= 22 ? zip.size() - 22 : 0; i + 1 > 0; --i) {
    if (Le(zip, i, 4) == 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd == std::string::npos) {
    ADD_FAILURE() << "no end of central directory in " << path;
    return entries;
  }
  const uint32_t count = Le(zip, eocd + 10, 2);
  std::size_t at = Le(zip, eocd + 16, 4);
  for (uint32_t n = 0; n < count; ++n) {
    if (Le(zip, at, 4) != 0x02014b50) {
      ADD_FAILURE() << "bad central directory entry";
      return entries;
    }
    const uint32_t method = Le(zip, at + 10, 2);
    const uint32_t packed = Le(zip, at + 20, 4);
    const uint32_t size = Le(zip, at + 24, 4);
    const uint32_t name_len = Le(zip, at + 28, 2);
    const uint32_t extra_len = Le(zip, at + 30, 2);
    const uint32_t comment_len = Le(zip, at + 32, 2);
    const uint32_t local = Le(zip, at + 42, 4);
    const std::string name = zip.substr(at + 46, name_len);
    at += 46 + name_len + extra_len + comment_len;

    EXPECT_EQ(Le(zip, local, 4), 0x04034b50u) << name;
    const std::size_t data = local + 30 + Le(zip, local + 26, 2) + Le(zip, local + 28, 2);
    std::string out(size, '\0');
    if (method == 0) {
      out = zip.substr(data, size);
    } else {
      EXPECT_EQ(method, 8u) << name;
      z_stream z{};
      EXPECT_EQ(inflateInit2(&z, -MAX_WBITS), Z_OK);
      z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
      z.avail_in = packed;
      z.next_out = reinterpret_cast<Bytef*>(out.data());
      z.avail_out = size;
      EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END) << name;
      EXPECT_EQ(z.total_out, size) << name;
      inflateEnd(&z);
    }
    entries[name] = std::move(out);
  }
  return entries;
}

class XlsxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("janadhar_xlsx_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST_F(XlsxTest, RoundTripTwoSheets) {
  Sheet seats("Seats: UP/2014", {{"उम्मीदवार"},
                                 {"votes", Kind::kInteger},
                                 {"share", Kind::kPercent},
                                 {"swing", Kind::kPoints}});
  seats.AddRow({Cell::Text("राजनाथ सिंह"), Cell::Int(138771), Cell::Number(0.31337),
                Cell::Number(4.25)});
  seats.AddRow({Cell::Text("Tom & \"Jerry\" <x>"), Cell::Missing(), Cell::Number(0.5),
                Cell::Missing()});
  seats.AddNote("Shares of valid votes, NOTA excluded.");
  Sheet parties("दल", {{"abbreviation"}, {"year", Kind::kDecimal, 0}});
  parties.AddRow({Cell::Text("BJP"), Cell::Int(1980)});

  const fs::path file = dir_ / "out.xlsx";
  const Status s = WriteXlsx({&seats, &parties}, file.string());
  ASSERT_TRUE(s.ok()) << s.ToString();
  // Written through a temporary beside it, which is gone.
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);

  auto zip = ReadZip(file);
  ASSERT_EQ(zip.count("xl/worksheets/sheet1.xml"), 1u);
  ASSERT_EQ(zip.count("xl/worksheets/sheet2.xml"), 1u);
  ASSERT_EQ(zip.count("xl/sharedStrings.xml"), 1u);
  const std::string& sheet1 = zip["xl/worksheets/sheet1.xml"];
  const std::string& sheet2 = zip["xl/worksheets/sheet2.xml"];
  const std::string& strings = zip["xl/sharedStrings.xml"];
  const std::string& book = zip["xl/workbook.xml"];
  const std::string& styles = zip["xl/styles.xml"];

  // Numbers are numbers, the percent a fraction.
  EXPECT_TRUE(Contains(sheet1, "<v>138771</v>")) << sheet1;
  EXPECT_TRUE(Contains(sheet1, "<v>0.31337</v>")) << sheet1;
  EXPECT_TRUE(Contains(sheet1, "<v>4.25</v>")) << sheet1;
  EXPECT_TRUE(Contains(sheet2, "<v>1980</v>")) << sheet2;
  // The missing cells (B3, D3) are not written; C3 is.
  EXPECT_FALSE(Contains(sheet1, "r=\"B3\"")) << sheet1;
  EXPECT_FALSE(Contains(sheet1, "r=\"D3\"")) << sheet1;
  EXPECT_TRUE(Contains(sheet1, "r=\"C3\"")) << sheet1;
  // The header row is frozen, the note two rows below the table.
  EXPECT_TRUE(Contains(sheet1, "state=\"frozen\"")) << sheet1;
  EXPECT_TRUE(Contains(sheet1, "<c r=\"A5\" t=\"s\"")) << sheet1;
  EXPECT_TRUE(Contains(sheet1, "<col ")) << sheet1;
  // Text as UTF-8 shared strings, escaped.
  EXPECT_TRUE(Contains(strings, "राजनाथ सिंह")) << strings;
  EXPECT_TRUE(Contains(strings, "उम्मीदवार")) << strings;
  EXPECT_TRUE(Contains(strings, "Tom &amp; \"Jerry\" &lt;x&gt;")) << strings;
  EXPECT_TRUE(Contains(strings, "Shares of valid votes, NOTA excluded.")) << strings;
  // Sheet names sanitised; the Devanagari one kept.
  EXPECT_TRUE(Contains(book, "name=\"Seats- UP-2014\"")) << book;
  EXPECT_TRUE(Contains(book, "name=\"दल\"")) << book;
  // The number formats.
  EXPECT_TRUE(Contains(styles, "formatCode=\"0.00%\"")) << styles;
  EXPECT_TRUE(Contains(styles, "formatCode=\"+0.00;-0.00;0.00\"")) << styles;
  EXPECT_TRUE(Contains(styles, "[&gt;=100000]##\\,##\\,##0")) << styles;
  EXPECT_TRUE(Contains(styles, "<b/>")) << styles;
}

TEST_F(XlsxTest, ReplacesAnExistingFile) {
  Sheet a("A", {{"n", Kind::kInteger}});
  a.AddRow({Cell::Int(1)});
  const fs::path file = dir_ / "out.xlsx";
  std::ofstream(file) << "old";
  ASSERT_TRUE(WriteXlsx({&a}, file.string()).ok());
  EXPECT_TRUE(Contains(ReadZip(file)["xl/worksheets/sheet1.xml"], "<v>1</v>"));
}

TEST_F(XlsxTest, UnwritablePathIsIoErrorNamingIt) {
  Sheet a("A", {{"n"}});
  const std::string missing = (dir_ / "no-such-dir" / "out.xlsx").string();
  Status s = WriteXlsx({&a}, missing);
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_NE(s.message().find(missing), std::string::npos) << s.message();
  EXPECT_FALSE(fs::exists(dir_ / "no-such-dir"));
  // A directory in the file's place: nothing is left behind.
  fs::create_directories(dir_ / "taken.xlsx" / "x");
  s = WriteXlsx({&a}, (dir_ / "taken.xlsx").string());
  EXPECT_EQ(s.code(), StatusCode::kIoError) << s.ToString();
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(XlsxTest, NothingToWrite) {
  EXPECT_EQ(WriteXlsx({}, (dir_ / "x.xlsx").string()).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(WriteXlsx({nullptr}, (dir_ / "x.xlsx").string()).code(),
            StatusCode::kInvalidArgument);
}

TEST(XlsxSheetNames, FollowsExcelRules) {
  const auto names = XlsxSheetNames(
      {"a/b\\c[d]e:f*g?h", "", "'quoted'", "history",
       "A title much longer than thirty-one characters", "Seats", "SEATS",
       "A title much longer than thirty-one characters!", "मतदान केंद्र", "   "});
  ASSERT_EQ(names.size(), 10u);
  EXPECT_EQ(names[0], "a-b-c-d-e-f-g-h");
  EXPECT_EQ(names[1], "Sheet2");
  EXPECT_EQ(names[2], "quoted");
  EXPECT_EQ(names[3], "history (2)");
  EXPECT_EQ(names[4], "A title much longer than thirty");  // 31
  EXPECT_EQ(names[5], "Seats");
  EXPECT_EQ(names[6], "SEATS (2)");
  EXPECT_EQ(names[7], "A title much longer than th (2)");
  EXPECT_EQ(names[8], "मतदान केंद्र");
  EXPECT_EQ(names[9], "Sheet10");
  for (const auto& n : names) EXPECT_LE(n.size(), 31u * 3) << n;
}

}  // namespace
}  // namespace janadhar::report
