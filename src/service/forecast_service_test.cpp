// The forecast use case on the shipped 2014 results: scenario files resolved
// against the store, problems at their line and column.
#include "service/forecast_service.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

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
    o.delimitation = "2008";
    auto d = ImportDelimitation(
        *store_, std::string(JANADHAR_SOURCE_DIR) + "/data/reference/ac-pc-2008.csv", o);
    ASSERT_TRUE(d.ok() && d->committed);
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
            "base = \"ls2014\"\nsimulations = 1000\n[swings]\nINC = 5\nupa = 2\n"
            "[swings.\"Uttar Pradesh\"]\nSP = 4\nUPA = 1\n[[alliance]]\nname = \"UPA\"\n"
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
  EXPECT_DOUBLE_EQ(r->scenario.alliances[0].swing, 0.02);  // named in any case
  EXPECT_DOUBLE_EQ(r->scenario.alliances[0].state_swing.at("S24"), 0.01);
  ASSERT_EQ(r->result.alliances.size(), 1u);
}

// The seven regions of Uttar Pradesh from the shipped lookup of its 403
// assembly constituencies: each PC takes its segments' region.
TEST_F(ForecastServiceTest, RegionsOfUttarPradeshFromTheLookup) {
  ForecastRequest q;
  const std::string lookup =
      std::string(JANADHAR_SOURCE_DIR) + "/data/reference/up-ac-districts.csv";
  q.scenario_file = Write("regions.toml",
                          "base = \"ls2014\"\nsimulations = 1000\n[sigma]\nregion = 1.5\n"
                          "[swings.UP.west]\nBJP = -20\n"
                          "[[regions]]\nfile = \"" +
                              lookup + "\"\nstate = \"UP\"\n");
  auto r = RunForecastScenario(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->ran) << (r->problems.empty() ? "" : r->problems[0].ToString());
  const forecast::Scenario& s = r->scenario;
  ASSERT_EQ(s.regions.size(), 7u);
  EXPECT_DOUBLE_EQ(s.sigma_region, 0.015);
  std::map<std::string, int> pcs;
  int with_region = 0;
  for (std::size_t i = 0; i < s.seat_region.size(); ++i) {
    if (s.seat_region[i] < 0) continue;
    ++with_region;
    EXPECT_EQ(r->input.seats[i].state, "S24");
    ++pcs[s.regions[s.seat_region[i]].name];
    if (r->input.seats[i].name == "SAHARANPUR" || r->input.seats[i].name == "VARANASI") {
      EXPECT_EQ(s.regions[s.seat_region[i]].name,
                r->input.seats[i].name == "VARANASI" ? "EAST" : "WEST");
    }
  }
  EXPECT_EQ(with_region, 80);  // every UP seat, no other
  int sum = 0;
  for (const auto& [name, n] : pcs) sum += n;
  EXPECT_EQ(sum, 80);
  ASSERT_EQ(s.region_swing.size(), 1u);
  EXPECT_DOUBLE_EQ(s.region_swing.begin()->second, -0.20);
  // BJP 20 points down in the west costs it seats there.
  const int bjp = r->data->FindParty("BJP");
  const int west = s.region_swing.begin()->first.first;
  EXPECT_EQ(s.regions[west].name, "WEST");
  auto west_wins = [&](const ForecastReport& f) {
    double wins = 0;
    for (std::size_t i = 0; i < s.seat_region.size(); ++i) {
      if (s.seat_region[i] != west) continue;
      for (const auto& c : f.result.seats_forecast[i].chances) {
        if (c.party == bjp) wins += c.probability;
      }
    }
    return wins;
  };
  q.scenario_file = Write("regions0.toml",
                          "base = \"ls2014\"\nsimulations = 1000\n[sigma]\nregion = 1.5\n"
                          "[[regions]]\nfile = \"" +
                              lookup + "\"\nstate = \"UP\"\n");
  auto unswung = RunForecastScenario(*store_, q);
  ASSERT_TRUE(unswung.ok() && unswung->ran);
  EXPECT_GT(west_wins(*unswung), west_wins(*r) + 2) << pcs["WEST"] << " seats";
  // An unknown region, a missing lookup.
  q.scenario_file = Write("bad-regions.toml",
                          "base = \"ls2014\"\n[swings.UP.WESTT]\nBJP = 1\n"
                          "[[regions]]\nfile = \"" +
                              lookup +
                              "\"\nstate = \"UP\"\n"
                              "[[regions]]\nfile = \"nowhere.csv\"\nstate = \"Bihar\"\n");
  r = RunForecastScenario(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->ran);
  ASSERT_EQ(r->problems.size(), 2u);
  EXPECT_EQ(r->problems[0].ToString().rfind("bad-regions.toml:8:8: cannot read", 0), 0u)
      << r->problems[0].ToString();
  EXPECT_EQ(r->problems[1].ToString(),
            "bad-regions.toml:2:12: no region 'WESTT' in S24; did you mean 'WEST'?");
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
