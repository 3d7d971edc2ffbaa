// The forecast use case on the shipped 2014 results: scenario files resolved
// against the store, problems at their line and column.
#include "service/forecast_service.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "service/import_service.h"

namespace janadhar::service {
namespace {

namespace fs = std::filesystem;

class ForecastServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::path(::testing::TempDir()) /
                        ("janadhar_forecast_svc_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    auto s = store::OpenStore((*dir_ / "test.db").string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value().release();
    ImportOptions o;
    o.election = "ls2014";
    auto r = ImportResults(
        *store_, std::string(JANADHAR_SOURCE_DIR) + "/data/ls2014/candidates.csv", o);
    ASSERT_TRUE(r.ok() && r->committed);
  }
  static void TearDownTestSuite() {
    delete store_;
    fs::remove_all(*dir_);
    delete dir_;
  }
  static std::string Write(const std::string& name, const std::string& text) {
    const fs::path p = *dir_ / name;
    std::ofstream(p) << text;
    return p.string();
  }
  static inline fs::path* dir_ = nullptr;
  static inline store::Store* store_ = nullptr;
};

TEST_F(ForecastServiceTest, AOneLineScenarioRunsAndRepeats) {
  ForecastRequest q;
  q.scenario_file = Write("one.toml", "simulations = 2000\n");  // the only election
  auto a = RunForecastScenario(*store_, q);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_TRUE(a->ran) << (a->problems.empty() ? "" : a->problems[0].ToString());
  EXPECT_EQ(a->result.seats, 543);
  EXPECT_EQ(a->result.majority, 272);
  EXPECT_EQ(a->input.parties[a->result.parties[0].party].label, "BJP");
  EXPECT_GT(a->result.parties[0].seats.mean, 240);
  q.threads = 1;
  auto b = RunForecastScenario(*store_, q);
  ASSERT_TRUE(b.ok() && b->ran);
  EXPECT_EQ(a->result.parties[0].seats.histogram, b->result.parties[0].seats.histogram);
}

TEST_F(ForecastServiceTest, SwingsAndAlliancesAreResolved) {
  ForecastRequest q;
  q.scenario_file =
      Write("upa.toml",
            "base = \"ls2014\"\nsimulations = 1000\n[swings]\nINC = 5\n"
            "[swings.\"Uttar Pradesh\"]\nSP = 4\n[[alliance]]\nname = \"UPA\"\n"
            "parties = [\"Indian National Congress\", \"RJD\"]\n"
            "fielded = { \"S24:Varanasi\" = \"INC\" }\n");
  auto r = RunForecastScenario(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->ran) << (r->problems.empty() ? "" : r->problems[0].ToString());
  const int inc = r->data->FindParty("INC");
  EXPECT_DOUBLE_EQ(r->scenario.party_swing.at(inc), 0.05);
  EXPECT_DOUBLE_EQ(r->scenario.state_swing.at({"S24", r->data->FindParty("SP")}), 0.04);
  ASSERT_EQ(r->scenario.alliances.size(), 1u);
  EXPECT_EQ(r->scenario.alliances[0].parties.size(), 2u);
  EXPECT_EQ(r->scenario.alliances[0].fielded.size(), 1u);
  ASSERT_EQ(r->result.alliances.size(), 1u);
}

TEST_F(ForecastServiceTest, UnknownNamesAreErrorsAtTheirPlace) {
  ForecastRequest q;
  q.scenario_file =
      Write("bad.toml",
            "base = \"ls2014\"\n[swings]\nBJPP = -3\n[swings.Utar]\nSP = 1\n"
            "[[alliance]]\nname = \"X\"\nparties = [\"INC\"]\n"
            "fielded = { \"S24:Varanasy\" = \"INC\" }\n");
  auto r = RunForecastScenario(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->ran);
  ASSERT_EQ(r->problems.size(), 3u);
  EXPECT_EQ(r->problems[0].ToString().rfind("bad.toml:3:1: unknown party 'BJPP'", 0), 0u)
      << r->problems[0].ToString();
  EXPECT_NE(r->problems[0].message.find("did you mean 'BJP'"), std::string::npos);
  EXPECT_EQ(r->problems[1].line, 4);
  EXPECT_NE(r->problems[2].message.find("did you mean 'Varanasi'"), std::string::npos);
  q.scenario_file = Write("none.toml", "base = \"ls2041\"\n");
  EXPECT_EQ(RunForecastScenario(*store_, q).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace janadhar::service
