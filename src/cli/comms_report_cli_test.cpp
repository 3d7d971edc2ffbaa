// `janadhar comms report …` run as a user runs it on a store made from the
// shipped data (cli/org_cli_fixture.h: AC 173's 361 booths): defining a
// booth-contact report with a Hindi label, submitting and correcting, the
// roll-up and the units that have not reported in every output format, and
// the messages and exit codes of mistakes.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "cli/org_cli_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

using testing_util::Has;
using testing_util::Janadhar;

class CommsReportCliTest : public testing_util::OrgStoreCliTest {
 protected:
  // Defines a report from AC 173 for its booths; its number.
  static int64_t Define(const std::string& db) {
    auto r = Janadhar(db +
                      " --json comms report define --unit S24/AC173 --level booth "
                      "--title 'बूथ संपर्क अभियान' --field 'households_visited:घर संपर्क' "
                      "--field 'voters_contacted:Voters contacted' --field new_members "
                      "--on 2026-03-01 --by ravi --for S24/AC173");
    EXPECT_EQ(r.code, 0) << r.out;
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    if (j.is_discarded() || !j.contains("report")) {
      ADD_FAILURE() << r.out;
      return 0;
    }
    EXPECT_EQ(j["report"]["targets"], 361);
    EXPECT_EQ(j["report"]["fields"][0]["label"], "घर संपर्क");
    return j["report"]["id"].get<int64_t>();
  }
  static std::string Values(int h, int v, int m) {
    return " --value households_visited=" + std::to_string(h) +
           " --value voters_contacted=" + std::to_string(v) +
           " --value new_members=" + std::to_string(m);
  }
};

TEST_F(CommsReportCliTest, SubmitRollUpAndMissingInEveryFormat) {
  const std::string db = Base("report_rollup.db");
  const int64_t id = Define(db);
  ASSERT_GT(id, 0);
  const std::string n = std::to_string(id);
  auto r = Janadhar(db + " comms report submit " + n +
                    " --unit S24/AC173/B1 --period 2026-W10 --on 2026-03-08 --by asha" +
                    Values(40, 120, 3));
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "S24/AC173/B1 submitted Report " + n)) << r.out;
  ASSERT_EQ(Janadhar(db + " comms report submit " + n +
                     " --unit S24/AC173/B2 --period 2026-W10 --on 2026-03-08" +
                     Values(10, 30, 1))
                .code,
            0);
  r = Janadhar(db + " --json comms report submit " + n +
               " --unit S24/AC173/B2 --period 2026-W10 --on 2026-03-09" +
               Values(12, 30, 1));
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["replaced"]["households_visited"], 10);
  EXPECT_EQ(j["values"]["households_visited"], 12);

  r = Janadhar(db + " comms report rollup " + n + " --period 2026-W10");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "2 of 361 units reported")) << r.out;
  EXPECT_TRUE(Has(r.out, "घर संपर्क")) << r.out;

  r = Janadhar(db + " --json comms report rollup " + n + " --period 2026-W10");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["total"]["expected"], 361);
  EXPECT_EQ(j["total"]["reported"], 2);
  EXPECT_EQ(j["total"]["sums"]["households_visited"], 52);
  EXPECT_EQ(j["total"]["sums"]["voters_contacted"], 150);
  EXPECT_EQ(j["total"]["sums"]["new_members"], 4);
  EXPECT_GT(j["units"].size(), 361u);

  r = Janadhar(db + " --csv comms report rollup " + n + " --period 2026-W10");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Unit,Name,Level,Expected,Reported,Not reported,घर संपर्क"))
      << r.out.substr(0, 400);
  EXPECT_TRUE(Has(r.out, "S24/AC173/B1,")) << r.out.substr(0, 400);

  r = Janadhar(db + " comms report missing " + n + " --period 2026-W10 --show 5");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "359 of 361 units in S24/AC173 have not reported")) << r.out;
  EXPECT_TRUE(Has(r.out, "The first 5 of 359 units")) << r.out;
  r = Janadhar(db + " --json comms report missing " + n + " --period 2026-W11");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out)["missing"].size(), 361u);

  const std::string xlsx = (ws_->dir() / "rollup.xlsx").string();
  r = Janadhar(db + " comms report rollup " + n + " --period 2026-W10 --xlsx " + xlsx);
  ASSERT_EQ(r.code, 0) << r.out;
  std::ifstream in(xlsx, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(bytes.substr(0, 2), "PK");

  r = Janadhar(db + " comms report list --unit S24/AC173/B1");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "1 report concerning S24/AC173/B1")) << r.out;
  EXPECT_TRUE(Has(r.out, "बूथ संपर्क अभियान")) << r.out;
  r = Janadhar(db + " --json comms report list");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["reports"].size(), 1u);
  EXPECT_EQ(j["reports"][0]["submissions"], 2);  // a correction replaces
  EXPECT_EQ(j["reports"][0]["periods"], 1);
  EXPECT_EQ(j["reports"][0]["last_period"], "2026-W10");
  r = Janadhar(db + " --csv comms report list --limit 1");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Submissions,Periods,Last period")) << r.out;
  r = Janadhar(db + " comms report list --unit S24/AC1733");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "did you mean")) << r.out;

  r = Janadhar(db + " --json org audit --subject 'report " + n + "'");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["entries"].size(), 4u);
  EXPECT_EQ(j["entries"][0]["action"], "report.correct");
  EXPECT_EQ(j["entries"][0]["before"]["households_visited"], 10);
  EXPECT_EQ(j["entries"][0]["after"]["households_visited"], 12);
  EXPECT_EQ(j["entries"][3]["action"], "report.define");
}

TEST_F(CommsReportCliTest, MistakesSayWhatIsWrong) {
  const std::string db = Base("report_mistakes.db");
  const int64_t id = Define(db);
  ASSERT_GT(id, 0);
  const std::string n = std::to_string(id);
  auto r = Janadhar(db + " comms report submit " + n +
                    " --unit S24/AC173/B1 --period 2026-W10 --value househols_visited=1 "
                    "--value voters_contacted=2 --value new_members=0");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "did you mean 'households_visited'")) << r.out;
  r = Janadhar(db + " comms report submit " + n +
               " --unit S24/AC173/B1 --period 2026-W10" + Values(-1, 2, 0));
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "whole numbers from 0")) << r.out;
  r = Janadhar(db + " comms report submit " + n + " --unit S24/AC173 --period 2026-W10" +
               Values(1, 2, 0));
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "not one of the 361 units")) << r.out;
  r = Janadhar(db + " comms report submit 42 --unit S24/AC173/B1 --period 2026-W10" +
               Values(1, 2, 0));
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "no report 42")) << r.out;
  r = Janadhar(db + " comms report define --unit S24/AC173 --title T --field 'Bad Name'");
  EXPECT_EQ(r.code, 2) << r.out;
  r = Janadhar(db + " --json comms report rollup 42 --period 2026-W10");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out)["error"]["code"], "not_found") << r.out;
  r = Janadhar(db + " comms report show " + n);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "new_members")) << r.out;
  const std::string xlsx = (ws_->dir() / "report_show.xlsx").string();
  r = Janadhar(db + " comms report show " + n + " --xlsx " + xlsx);
  ASSERT_EQ(r.code, 0) << r.out;
  std::ifstream in(xlsx, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(bytes.substr(0, 2), "PK");
}

}  // namespace
}  // namespace janadhar::cli
