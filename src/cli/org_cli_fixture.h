// A small store for the `janadhar org …` CLI tests, made from the shipped
// data once per test process: the 2008 delimitation, the 2014 results, the
// Form-20 of one UP segment (AC 173, Lucknow East: 361 polling stations),
// `org bootstrap --state UP` with the districts, and the units of
// data/examples/units.csv. Tests that change the store work on a copy
// (Base() or WithRoster(), which also has data/examples/roster.csv), so each
// test stands alone, whatever the order or process.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli/cli_test_util.h"

namespace janadhar::cli::testing_util {

class OrgStoreCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ws_ = new Workspace("janadhar_org_store_cli_");
    const std::string data = std::string(JANADHAR_SOURCE_DIR) + "/data/";
    std::filesystem::create_directories(ws_->dir() / "form20");
    std::filesystem::copy_file(data + "ls2014/form20-up/173.csv.gz",
                               ws_->dir() / "form20" / "173.csv.gz");
    const std::string steps[] = {
        "import delimitation " + data + "reference/ac-pc-2008.csv --name 2008",
        "import results " + data + "ls2014/candidates.csv --election ls2014",
        "import form20 " + (ws_->dir() / "form20").string() +
            " --election ls2014 --state S24",
        "org bootstrap --state UP --districts " + data + "reference/up-ac-districts.csv",
        "org units import " + data + "examples/units.csv",
    };
    for (const std::string& step : steps) {
      const CmdResult r = Janadhar(ws_->db() + " " + step);
      ASSERT_EQ(r.code, 0) << step << "\n" << r.out;
    }
    const CmdResult r =
        Janadhar(Copy("t.db", "roster.db") + " org people import " + Roster());
    ASSERT_EQ(r.code, 0) << r.out;
  }
  static void TearDownTestSuite() {
    delete ws_;
    ws_ = nullptr;
  }

  static std::string Roster() {
    return std::string(JANADHAR_SOURCE_DIR) + "/data/examples/roster.csv";
  }
  static std::string Units() {
    return std::string(JANADHAR_SOURCE_DIR) + "/data/examples/units.csv";
  }
  // Copies the store `from` (in the workspace) to `to`; the --db flag for it.
  static std::string Copy(const std::string& from, const std::string& to) {
    const auto target = ws_->dir() / to;
    std::filesystem::copy_file(ws_->dir() / from, target,
                               std::filesystem::copy_options::overwrite_existing);
    return "--db " + target.string();
  }
  // A copy of the store with the tree and units (no people), named `name`.
  static std::string Base(const std::string& name) { return Copy("t.db", name); }
  // A copy with the roster's 12 people too (ids 1–12 in file order).
  static std::string WithRoster(const std::string& name) {
    return Copy("roster.db", name);
  }
  static std::string Write(const std::string& name, const std::string& text) {
    return ws_->Write(name, text);
  }

  static inline Workspace* ws_ = nullptr;
};

inline bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace janadhar::cli::testing_util
