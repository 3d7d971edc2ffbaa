// A store of each test's own for the API tests that write: a copy of the
// shared fixture's store (api_test_fixture.h: the same units, people, users
// and tokens), with an Api on it, so that what one test writes no other
// test sees. Do(…) calls it as Call(…) calls the shared one; Audits counts
// its audit entries.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "api/api_test_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::api::testing_util {

class ApiWriteTest : public ApiStoreTest {
 protected:
  void SetUp() override {
    namespace fs = std::filesystem;
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    own_db_ = (*dir_ / (std::string("own_") + info->test_suite_name() + "_" +
                        info->name() + ".db"))
                  .string();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(own_db_ + suffix);
    fs::copy_file(*db_, own_db_);
    if (fs::exists(*db_ + "-wal")) fs::copy_file(*db_ + "-wal", own_db_ + "-wal");
    auto pool = StorePool::Open(own_db_);
    ASSERT_TRUE(pool.ok()) << pool.status().ToString();
    own_pool_ = std::move(*pool);
    own_api_ = std::make_unique<Api>(*own_pool_);
  }
  void TearDown() override {
    own_api_.reset();
    own_pool_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(own_db_ + suffix);
    }
  }

  // The response of this test's own Api (see ApiStoreTest::Call).
  http::Response Do(const std::string& target, const std::string& method,
                    const std::string& as, const std::string& body = "") const {
    const http::Request q = MakeRequest(target, method, as, body);
    if (q.path.empty()) return {};
    return own_api_->Handle(q);
  }
  http::Response Post(const std::string& target, const std::string& as,
                      const nlohmann::json& body) const {
    return Do(target, "POST", as, body.dump());
  }

  // A store of its own on this test's file (another connection).
  std::unique_ptr<store::Store> Open() const {
    auto s = store::OpenStore(own_db_);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }
  // Audit entries with `action` and `subject` ("" = any subject).
  int Audits(const std::string& action, const std::string& subject = "") const {
    auto s = Open();
    auto log = s->LoadAudit(subject, 0);
    EXPECT_TRUE(log.ok());
    int n = 0;
    for (const auto& e : *log) n += e.action == action;
    return n;
  }

  std::string own_db_;
  std::unique_ptr<StorePool> own_pool_;
  std::unique_ptr<Api> own_api_;
};

}  // namespace janadhar::api::testing_util
