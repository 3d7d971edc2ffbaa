// `janadhar analyse …` run as a user runs it, on a store the demo filled.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli_test_util.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

namespace fs = std::filesystem;
using testing_util::Janadhar;

class AnalyseCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::path(::testing::TempDir()) /
                        ("janadhar_analyse_cli_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    db_ = new std::string("--db " + (*dir_ / "t.db").string());
    const auto demo = Janadhar(*db_ + " demo --no-organisation");
    ASSERT_EQ(demo.code, 0) << demo.out;
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
    delete db_;
  }
  static inline fs::path* dir_ = nullptr;
  static inline std::string* db_ = nullptr;
};

TEST_F(AnalyseCliTest, PartiesSayTheirDenominator) {
  auto r = Janadhar(*db_ + " analyse parties --election ls2014");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("31.34%"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("19.52%"), std::string::npos);
  EXPECT_NE(r.out.find("of valid votes excluding NOTA"), std::string::npos);
  r = Janadhar(*db_ + " analyse parties --election ls2014 --with-nota");
  EXPECT_NE(r.out.find("31.00%"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("19.31%"), std::string::npos);
  EXPECT_NE(r.out.find("NOTA included"), std::string::npos);
  r = Janadhar(*db_ + " --json analyse parties --election ls2014");
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["share_basis"], "valid_votes_excluding_nota");
  EXPECT_EQ(j["parties"][0]["party"], "BJP");
  EXPECT_EQ(j["parties"][0]["seats_won"], 282);
  EXPECT_TRUE(j["warnings"].is_array());
}

TEST_F(AnalyseCliTest, BoothsJsonGradesEveryUpBooth) {
  auto r =
      Janadhar(*db_ + " analyse booths --election ls2014 --party BJP --state S24 --json");
  ASSERT_EQ(r.code, 0) << r.out.substr(0, 2000);
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["polling_stations"], 138771);
  EXPECT_EQ(j["booths"].size(), 138771u);
  EXPECT_EQ(j["blank_or_invalid"], 12);
  EXPECT_EQ(j["excluded"].size(), 12u);
  EXPECT_EQ(j["segments"].size(), 403u);
  int with_file = 0;
  for (const auto& w : j["warnings"]) with_file += w.contains("file") && w["line"] > 0;
  EXPECT_EQ(with_file, 12);  // each blank-cell row named by file and line
  r = Janadhar(*db_ + " analyse booths --election ls2014 --party BJP --state S24");
  EXPECT_NE(r.out.find("LUCKNOW EAST"), std::string::npos);
  EXPECT_NE(r.out.find("blank cells; not graded"), std::string::npos);
}

TEST_F(AnalyseCliTest, CsvAndXlsx) {
  const std::string xlsx = (*dir_ / "lucknow.xlsx").string();
  auto r = Janadhar(*db_ +
                    " --csv analyse booths --election ls2014 --party BJP --state UP "
                    "--ac 173 --xlsx " +
                    xlsx);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.rfind("AC,AC name,Part,Polling station,BJP votes", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("173,LUCKNOW EAST,1,"), std::string::npos);
  std::ifstream f(xlsx, std::ios::binary);
  char magic[2] = {};
  f.read(magic, 2);
  EXPECT_EQ(std::string(magic, 2), "PK");  // a zip: the workbook
  r = Janadhar(*db_ + " analyse seats --election ls2014 --xlsx /no/such/dir/x.xlsx");
  EXPECT_EQ(r.code, 6) << r.out;  // I/O
}

TEST_F(AnalyseCliTest, BadValuesSuggestAndExitNotFound) {
  struct Case {
    std::string args, expect;
    int code;
  };
  const Case cases[] = {
      {"analyse parties --election ls2041", "did you mean 'ls2014'", 3},
      {"analyse seats --election ls2014 --party BJPP", "did you mean 'BJP'", 3},
      {"analyse seats --election ls2014 --state 'Utar Pradesh'", "Uttar Pradesh", 3},
      {"analyse booths --election ls2014 --party BJP --state UP --ac 'Lucknow Est'",
       "LUCKNOW EAST", 3},
      {"analyse booths --election ls2014 --party BJP --state UP --pc 99", "1 to 80", 3},
      {"analyse booths --election ls2014 --party BJP",
       "booth grades need a place: a state", 2},
      {"analyse swing --from ls2014 --to ls2041", "did you mean", 3},
      {"analyse iou --election ls2014 --state UP --ruling BJPx", "did you mean 'BJP'", 3},
      {"analyse targets --election ls2014 --party INC --within -3",
       "within: the margin must be above 0", 2},
      {"analyse booths --election ls2014 --party BJP --state UP --grade-b 30",
       "thresholds", 2},
  };
  for (const Case& c : cases) {
    const auto r = Janadhar(*db_ + " " + c.args);
    EXPECT_EQ(r.code, c.code) << c.args << "\n" << r.out;
    EXPECT_NE(r.out.find(c.expect), std::string::npos) << c.args << "\n" << r.out;
  }
  const auto j = Janadhar(*db_ + " --json analyse parties --election ls2041");
  EXPECT_EQ(nlohmann::json::parse(j.out)["error"]["code"], "not_found") << j.out;
}

TEST_F(AnalyseCliTest, TargetsSwingIouRun) {
  auto r = Janadhar(*db_ +
                    " analyse targets --election ls2014 --party INC --state UP "
                    "--within 15 --json");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["targets"][0]["name"], "Saharanpur");
  EXPECT_EQ(j["targets"][0]["booths"]["largest_deficits"].size(), 5u);
  r = Janadhar(*db_ +
               " analyse iou --election ls2014 --state UP --ruling BJP --ruling AD");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("Index of Opposition Unity"), std::string::npos);
  r = Janadhar(*db_ +
               " analyse swing --from ls2014 --to ls2014 --state UP --level state");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("0.00"), std::string::npos);
}

TEST_F(AnalyseCliTest, ForecastOfTheExampleScenario) {
  const std::string example =
      std::string(JANADHAR_SOURCE_DIR) + "/data/scenarios/ls2014-upa-swing.toml";
  auto r = Janadhar(*db_ + " --json forecast " + example + " --simulations 2000");
  ASSERT_EQ(r.code, 0) << r.out.substr(0, 2000);
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["simulations"], 2000);
  EXPECT_EQ(j["seats"], 543);
  EXPECT_EQ(j["alliances"][0]["alliance"], "UPA");
  EXPECT_EQ(j["seat_chances"].size(), 543u);
  const std::string bad = (*dir_ / "bad.toml").string();
  std::ofstream(bad) << "base = \"ls2014\"\nsimulation = 10\n";
  r = Janadhar(*db_ + " forecast " + bad);
  EXPECT_EQ(r.code, 4) << r.out;
  EXPECT_NE(r.out.find("bad.toml:2:1: unknown key 'simulation'"), std::string::npos)
      << r.out;
}

TEST_F(AnalyseCliTest, ForecastByRegionOfUttarPradesh) {
  const std::string example =
      std::string(JANADHAR_SOURCE_DIR) + "/data/scenarios/ls2014-up-regions.toml";
  auto r = Janadhar(*db_ + " --json forecast " + example + " --simulations 2000");
  ASSERT_EQ(r.code, 0) << r.out.substr(0, 2000);
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["regions"].size(), 7u);
  int seats = 0;
  for (const auto& g : j["regions"]) {
    EXPECT_EQ(g["state"], "S24");
    double expected = 0;
    for (const auto& p : g["parties"]) expected += p["expected_seats"].get<double>();
    EXPECT_NEAR(expected, g["seats"].get<int>(), 1e-9) << g["region"];  // one winner each
    seats += g["seats"].get<int>();
  }
  EXPECT_EQ(seats, 80);
  r = Janadhar(*db_ + " forecast " + example + " --simulations 2000");
  ASSERT_EQ(r.code, 0) << r.out.substr(0, 2000);
  EXPECT_NE(r.out.find("Forecast regions"), std::string::npos);
  EXPECT_NE(r.out.find("S24    BUNDELKHAND      4  BJP"), std::string::npos) << r.out;
}

TEST_F(AnalyseCliTest, ForecastPlotWritesTheSeatChart) {
  const std::string example =
      std::string(JANADHAR_SOURCE_DIR) + "/data/scenarios/ls2014-upa-swing.toml";
  const std::string forecast = *db_ + " forecast " + example + " --simulations 2000";
  const std::string svg = (*dir_ / "seats.svg").string();
  std::ofstream(svg) << "an older chart";  // replaced
  auto r = Janadhar(forecast + " --plot " + svg);
  ASSERT_EQ(r.code, 0) << r.out.substr(0, 2000);
  EXPECT_NE(r.out.find("Forecast parties"), std::string::npos);  // the tables still
  EXPECT_NE(r.out.find("wrote the seat chart to " + svg), std::string::npos) << r.out;
  std::stringstream text;
  text << std::ifstream(svg).rdbuf();
  const std::string chart = text.str();
  EXPECT_EQ(chart.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg", 0), 0u);
  EXPECT_NE(chart.find(">BJP</text>"), std::string::npos);
  EXPECT_NE(chart.find(">UPA</text>"), std::string::npos);
  EXPECT_NE(chart.find("<g class=\"majority\">"), std::string::npos);
  EXPECT_NE(chart.find(">majority 272</text>"), std::string::npos);
  EXPECT_NE(chart.find("2,000 simulations of 543 seats"), std::string::npos);
  EXPECT_EQ(chart.substr(chart.size() - 7), "</svg>\n");

  r = Janadhar("--json " + forecast + " --plot " + svg);
  ASSERT_EQ(r.code, 0) << r.out.substr(0, 2000);
  EXPECT_EQ(nlohmann::json::parse(r.out)["plot"], svg);

  const std::string bad = (*dir_ / "no" / "such" / "seats.svg").string();
  r = Janadhar(forecast + " --plot " + bad);
  EXPECT_EQ(r.code, 6) << r.out;  // I/O
  EXPECT_NE(r.out.find("janadhar: error: cannot write '" + bad + "'"), std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("Forecast parties"), std::string::npos);
  for (const auto& e : fs::directory_iterator(*dir_)) {
    EXPECT_EQ(e.path().filename().string().find(".tmp"), std::string::npos)
        << e.path();  // nothing half-written left behind
  }
}

}  // namespace
}  // namespace janadhar::cli
