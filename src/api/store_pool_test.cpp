// The pool of stores on one SQLite file (api/store_pool.h).
#include "api/store_pool.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace janadhar::api {
namespace {

namespace fs = std::filesystem;

class StorePoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::path(::testing::TempDir()) / ("janadhar_pool_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(StorePoolTest, OpensAStoreAtOnceAndLendsEachToOneUser) {
  auto pool = StorePool::Open((dir_ / "t.db").string());
  ASSERT_TRUE(pool.ok()) << pool.status().ToString();
  EXPECT_TRUE(fs::exists(dir_ / "t.db"));  // opened (and made) before any request
  EXPECT_EQ((*pool)->opened(), 1);
  {
    auto a = (*pool)->Acquire();
    auto b = (*pool)->Acquire();  // the first is lent: a second is opened
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(&**a, &**b);
    EXPECT_EQ((*pool)->opened(), 2);
    EXPECT_EQ((*a)->SchemaVersion(), (*b)->SchemaVersion());
  }
  // Both given back: taken again without opening more.
  auto c = (*pool)->Acquire();
  auto d = (*pool)->Acquire();
  ASSERT_TRUE(c.ok() && d.ok());
  EXPECT_EQ((*pool)->opened(), 2);
}

TEST_F(StorePoolTest, RefusesWhatIsNotAFile) {
  auto memory = StorePool::Open(":memory:");
  ASSERT_FALSE(memory.ok());
  EXPECT_EQ(memory.status().code(), StatusCode::kInvalidArgument);
  auto missing_dir = StorePool::Open((dir_ / "no" / "such" / "t.db").string());
  ASSERT_FALSE(missing_dir.ok());
  EXPECT_EQ(missing_dir.status().code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace janadhar::api
