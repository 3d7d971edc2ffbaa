// The answers kept until the data changes (api/response_cache.h), on a real
// store file: a commit by another connection empties the cache, an answer
// begun before that is not kept, failures are never kept.
#include "api/response_cache.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <utility>

namespace janadhar::api {
namespace {

namespace fs = std::filesystem;

class ResponseCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::path(::testing::TempDir()) / ("janadhar_cache_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
    auto writer = store::OpenStore(path_);
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    writer_ = std::move(writer).value();
  }
  void TearDown() override {
    writer_.reset();
    fs::remove_all(dir_);
  }
  std::unique_ptr<store::Store> Watcher() {
    auto w = store::OpenStore(path_);
    EXPECT_TRUE(w.ok()) << w.status().ToString();
    return w.ok() ? std::move(w).value() : nullptr;
  }
  // A commit by the other connection.
  void Write(int64_t male) {
    geo::AcElectors e;
    e.state = "S24";
    e.ac = 1;
    e.male = male;
    ASSERT_TRUE(
        writer_->ReplaceElectors("2014", {e}, {"electors", "S24", "e.csv", {}}).ok());
  }
  static http::Response Answer(std::string body, int status = 200) {
    http::Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
  }

  fs::path dir_;
  std::string path_;
  std::unique_ptr<store::Store> writer_;
};

TEST_F(ResponseCacheTest, KeepsAnAnswerUntilAnotherConnectionCommits) {
  ResponseCache cache(Watcher());
  auto miss = cache.Find("GET /api/elections");
  ASSERT_TRUE(miss.ok()) << miss.status().ToString();
  EXPECT_FALSE(miss->response);
  cache.Put("GET /api/elections", miss->generation, Answer("[1]"));
  auto hit = cache.Find("GET /api/elections");
  ASSERT_TRUE(hit.ok());
  ASSERT_TRUE(hit->response);
  EXPECT_EQ(hit->response->body, "[1]");
  EXPECT_FALSE(cache.Find("GET /api/elections?state=S24")->response);  // another target

  Write(10);
  auto after = cache.Find("GET /api/elections");
  ASSERT_TRUE(after.ok());
  EXPECT_FALSE(after->response);
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_NE(after->generation, miss->generation);
}

TEST_F(ResponseCacheTest, AnAnswerBegunBeforeAChangeIsNotKept) {
  ResponseCache cache(Watcher());
  const uint64_t old = cache.Find("GET /a")->generation;
  Write(10);
  EXPECT_FALSE(cache.Find("GET /b")->response);  // sees the change
  cache.Put("GET /a", old, Answer("stale"));
  EXPECT_FALSE(cache.Find("GET /a")->response);
  EXPECT_EQ(cache.size(), 0u);
}

TEST_F(ResponseCacheTest, KeepsOnlySuccessesAndStaysUnderItsSize) {
  ResponseCacheOptions options;
  options.max_bytes = 40;
  ResponseCache cache(Watcher(), options);
  const uint64_t g = cache.Find("k")->generation;
  cache.Put("GET /missing", g, Answer("{\"error\":1}", 404));
  EXPECT_EQ(cache.size(), 0u);
  cache.Put("GET /big", g, Answer(std::string(100, 'x')));  // larger than the cache
  EXPECT_EQ(cache.size(), 0u);
  cache.Put("GET /a", g, Answer(std::string(20, 'a')));
  EXPECT_EQ(cache.size(), 1u);
  cache.Put("GET /b", g, Answer(std::string(20, 'b')));  // would pass 40: emptied first
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_TRUE(cache.Find("GET /b")->response);
  EXPECT_FALSE(cache.Find("GET /a")->response);
}

}  // namespace
}  // namespace janadhar::api
