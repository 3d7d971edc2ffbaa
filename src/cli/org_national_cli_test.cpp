// The national unit IN as a user names it: made by `org bootstrap`, and
// given to `org coverage`, `org search`, `org people readmit --for` and
// `org posts assign`, on a store made from the shipped data
// (cli/org_cli_fixture.h).
#include <gtest/gtest.h>

#include <string>

#include "cli/org_cli_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

using testing_util::Has;
using testing_util::Janadhar;

class OrgNationalCliTest : public testing_util::OrgStoreCliTest {
 protected:
  // How many audit entries have `action`.
  static int Audited(const std::string& db, const std::string& action) {
    auto r = Janadhar(db + " --json org audit --limit 1000");
    EXPECT_EQ(r.code, 0) << r.out;
    const auto j = nlohmann::json::parse(r.out);  // kept alive for the loop
    int n = 0;
    for (const auto& e : j["entries"]) n += e["action"] == action ? 1 : 0;
    return n;
  }
};

TEST_F(OrgNationalCliTest, BootstrapStoresTheNationalUnitOnce) {
  // A store of its own, bootstrapped twice.
  const std::string db = "--db " + (ws_->dir() / "bootstrap-national.db").string();
  const std::string data = std::string(JANADHAR_SOURCE_DIR) + "/data/";
  const std::string form20 = (ws_->dir() / "form20").string();
  for (const std::string& step :
       {"import delimitation " + data + "reference/ac-pc-2008.csv --name 2008",
        "import results " + data + "ls2014/candidates.csv --election ls2014",
        "import form20 " + form20 + " --election ls2014 --state S24"}) {
    std::string command = db + ' ';
    command += step;
    const auto r = Janadhar(command);
    ASSERT_EQ(r.code, 0) << step << "\n" << r.out;
  }
  auto r = Janadhar(db + " org bootstrap --state UP");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(
      Has(r.out, "Stored the national unit IN (India), above every state's tree."))
      << r.out;
  EXPECT_EQ(Audited(db, "units.national"), 1);
  r = Janadhar(db + " --json org bootstrap --state UP");
  ASSERT_EQ(r.code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["national_unit_created"], false) << r.out;
  EXPECT_EQ(Audited(db, "units.national"), 1);
  r = Janadhar(db + " org bootstrap --state UP");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_FALSE(Has(r.out, "Stored the national unit")) << r.out;
  // The fixture's store, bootstrapped once, has it too.
  EXPECT_EQ(Audited(Base("national-once.db"), "units.national"), 1);
}

TEST_F(OrgNationalCliTest, CoverageOfTheNationRollsUpTheStates) {
  const std::string db = WithRoster("coverage-national.db");
  auto r = Janadhar(db + " --json org coverage --state S24");
  ASSERT_EQ(r.code, 0) << r.out;
  const auto state = nlohmann::json::parse(r.out);

  r = Janadhar(db + " --json org coverage --unit IN --depth 1");
  ASSERT_EQ(r.code, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["state"], "IN");
  EXPECT_EQ(j["unit"], "IN");
  EXPECT_EQ(j["booths"], state["booths"]);  // the only state with units
  EXPECT_EQ(j["covered"], state["covered"]);
  EXPECT_EQ(j["uncovered"].size(), state["uncovered"].size());
  ASSERT_EQ(j["units"].size(), 2u) << r.out;
  EXPECT_EQ(j["units"][0]["unit"], "IN");
  EXPECT_EQ(j["units"][0]["name"], "India");
  EXPECT_EQ(j["units"][0]["level"], "national");
  EXPECT_EQ(j["units"][0]["depth"], 0);
  EXPECT_EQ(j["units"][1]["unit"], "S24");
  EXPECT_EQ(j["units"][1]["depth"], 1);
  EXPECT_EQ(j["units"][1]["booths"], state["booths"]);

  r = Janadhar(db + " org coverage --unit IN");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "India (IN): ")) << r.out;
  r = Janadhar(db + " --csv org coverage --state IN --depth 0");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "IN,India,national,")) << r.out;
}

TEST_F(OrgNationalCliTest, SearchReadmitAndPostsForTheNation) {
  const std::string db = WithRoster("people-national.db");
  auto r = Janadhar(db + " --json org search Sunita --unit IN");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["unit"], "IN");
  ASSERT_EQ(j["people"].size(), 1u) << r.out;
  EXPECT_EQ(j["people"][0]["name_en"], "Sunita Devi");

  // Expelled, and readmitted by the nation (at or above any level).
  r = Janadhar(db + " org settings --set readmit.level=state --by ravi");
  ASSERT_EQ(r.code, 0) << r.out;
  r = Janadhar(db + " org people expel 9000000004 --reason \"anti-party work\"");
  ASSERT_EQ(r.code, 0) << r.out;
  r = Janadhar(db + " org people readmit 9000000004 --for IN --by ravi --reason appeal");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "(IN, reason on record).")) << r.out;

  r = Janadhar(db +
               " --json org posts assign 9000000004 --unit IN --role president "
               "--from 2024-06-01");
  ASSERT_EQ(r.code, 0) << r.out;
  r = Janadhar(db + " --json org people show 4");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& q : j["posts"]) {
    found |= q["unit"] == "IN" && q["role"] == "president";
  }
  EXPECT_TRUE(found) << r.out;
  r = Janadhar(db + " org posts assign 9000000004 --unit IN --role polling_agent");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "IN is a national")) << r.out;
}

}  // namespace
}  // namespace janadhar::cli
