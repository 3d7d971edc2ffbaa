// A fresh store in a temporary folder for each test of the service use cases.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "store/store.h"

namespace janadhar::service::testing {

class StoreTest : public ::testing::Test {
 protected:
  // `prefix` names the test's folder under the test temp dir.
  explicit StoreTest(std::string prefix) : prefix_(std::move(prefix)) {}

  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           (prefix_ +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto s = store::OpenStore((dir_ / "test.db").string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  // Writes `text` to `name` in the test's folder; returns its path.
  std::string Write(const std::string& name, const std::string& text) {
    const std::filesystem::path p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }

  std::string prefix_;
  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
};

}  // namespace janadhar::service::testing
