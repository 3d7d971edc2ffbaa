#include "importers/file_source.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "importers/test_util.h"

namespace janadhar::importers {
namespace {

namespace fs = std::filesystem;

class FileSourceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("janadhar_fs_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  static std::string Gzip(const std::string& text) {
    z_stream z{};
    EXPECT_EQ(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    std::string out(deflateBound(&z, text.size()) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
  }

  fs::path dir_;
};

TEST_F(FileSourceTest, ReadsPlainFile) {
  const std::string path = Write("a.csv", "x,y\n1,2\n");
  auto r = ReadWholeFile(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, "x,y\n1,2\n");
}

TEST_F(FileSourceTest, ReadsEmptyPlainFile) {
  auto r = ReadWholeFile(Write("empty.csv", ""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "");
}

TEST_F(FileSourceTest, DecompressesByEnding) {
  const std::string text(200000, 'a');
  auto r = ReadWholeFile(Write("big.csv.gz", Gzip(text)));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, text);
}

TEST_F(FileSourceTest, DecompressesByMagicWithoutEnding) {
  auto r = ReadWholeFile(Write("plain-name.csv", Gzip("a,b\n")));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, "a,b\n");
}

TEST_F(FileSourceTest, ReadsConcatenatedMembers) {
  auto r = ReadWholeFile(Write("two.gz", Gzip("first\n") + Gzip("second\n")));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, "first\nsecond\n");
}

TEST_F(FileSourceTest, CutShortGzipIsDataErrorNamingTheFile) {
  std::string gz = Gzip(std::string(5000, 'x') + "tail");
  gz.resize(gz.size() - 6);
  const std::string path = Write("cut.csv.gz", gz);
  auto r = ReadWholeFile(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataError);
  EXPECT_NE(r.status().message().find(path), std::string::npos);
  EXPECT_NE(r.status().message().find("cut short"), std::string::npos);
}

TEST_F(FileSourceTest, CorruptGzipIsDataError) {
  std::string gz = Gzip("some text that compresses\n");
  for (std::size_t i = 10; i < gz.size() - 8; ++i) gz[i] = static_cast<char>(0xFF);
  auto r = ReadWholeFile(Write("bad.gz", gz));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataError);
}

TEST_F(FileSourceTest, GzEndingWithoutGzipDataIsDataError) {
  auto r = ReadWholeFile(Write("notgz.csv.gz", "a,b\n"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataError);
  auto e = ReadWholeFile(Write("empty.csv.gz", ""));
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), StatusCode::kDataError);
}

TEST_F(FileSourceTest, TrailingGarbageAfterGzipIsDataError) {
  auto r = ReadWholeFile(Write("junk.gz", Gzip("a\n") + "junk"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataError);
}

TEST_F(FileSourceTest, MissingFileIsNotFound) {
  auto r = ReadWholeFile((dir_ / "nope.csv").string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST_F(FileSourceTest, FolderIsIoError) {
  auto r = ReadWholeFile(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIoError);
}

TEST_F(FileSourceTest, ListsDataFilesNumericallyThenByName) {
  for (const char* n : {"10.csv", "2.csv.gz", "1.txt", "b.csv", "a.TXT.gz", "2a.csv",
                        "notes.md", "3.csv.bak"}) {
    Write(n, "x");
  }
  fs::create_directories(dir_ / "7.csv");  // a folder is not a data file
  auto r = ListDataFiles(dir_.string());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::vector<std::string> names;
  for (const auto& p : *r) {
    EXPECT_EQ(fs::path(p).parent_path(), dir_);
    names.push_back(BaseName(p));
  }
  EXPECT_EQ(names, (std::vector<std::string>{"1.txt", "2.csv.gz", "2a.csv", "10.csv",
                                             "a.TXT.gz", "b.csv"}));
}

TEST_F(FileSourceTest, ListDataFilesErrors) {
  auto missing = ListDataFiles((dir_ / "absent").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  auto empty = ListDataFiles(dir_.string());
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), StatusCode::kInvalidArgument);
  Write("notes.md", "x");
  auto none = ListDataFiles(dir_.string());
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().code(), StatusCode::kInvalidArgument);
  auto file = ListDataFiles(Write("f.csv", "x"));
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kInvalidArgument);
}

TEST(BaseNameTest, StripsFolders) {
  EXPECT_EQ(BaseName("data/ls2014/form20-up/12.csv.gz"), "12.csv.gz");
  EXPECT_EQ(BaseName("12.csv"), "12.csv");
  EXPECT_EQ(BaseName("C:\\data\\x.csv"), "x.csv");
  EXPECT_EQ(BaseName("dir/"), "");
}

TEST(FileSourceRealDataTest, ReadsTheShippedGzipFile) {
  auto r = ReadWholeFile(testing::DataPath("ls2014/booths-long-gujarat-pc1.csv.gz"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->rfind("pc,pc_name,pc_reserved,ac,booth,candidate,party,votes\n", 0), 0u);
  EXPECT_EQ(std::count(r->begin(), r->end(), '\n'), 9266);
}

}  // namespace
}  // namespace janadhar::importers
