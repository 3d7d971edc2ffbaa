// POST /api/forecast and /api/backtest on the fixture store: the document is
// the one `janadhar forecast FILE --json` (with the --plot chart as "svg")
// and `janadhar backtest --json` print (the same builders on the same
// service calls); a logged-in user is needed; a body with a wrong field is
// 400 naming it; a scenario with errors 422 with its problems at their line.
#include <gtest/gtest.h>

#include <string>

#include "api/api_test_fixture.h"
#include "api/backtest_json.h"
#include "api/forecast_json.h"
#include "nlohmann/json.hpp"
#include "service/backtest_service.h"
#include "service/forecast_service.h"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiStoreTest;

const char kScenario[] = R"(base = "ls2014"
simulations = 100000
seed = 7

[swings]
BJP = -3.0
INC = 2.5

[[alliance]]
name = "UPA"
parties = ["INC", "RJD", "NCP"]
transfer = 0.8
)";

class ForecastRoutesTest : public ApiStoreTest {
 protected:
  static http::Response Post(const std::string& target, const json& body,
                             const std::string& as = "no_role") {
    return Call(target, "POST", as, body.dump());
  }
  static json Fails(const std::string& target, const json& body, int status) {
    const http::Response r = Post(target, body);
    EXPECT_EQ(r.status, status) << body << "\n" << r.body;
    return json::parse(r.body);
  }
  static bool Names(const json& doc, const std::string& what) {
    return doc["error"]["message"].get<std::string>().find(what) != std::string::npos;
  }
  // Without what changes from run to run.
  static json Steady(json j) {
    j.erase("seconds");
    j.erase("threads");
    return j;
  }
};

TEST_F(ForecastRoutesTest, ForecastIsTheCommandsDocumentWithTheChart) {
  const http::Response r = Post(
      "/api/forecast", {{"scenario", kScenario}, {"simulations", 2000}, {"seed", 3}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);

  auto s = store::OpenStore(*db_);
  ASSERT_TRUE(s.ok());
  service::ForecastRequest q;
  q.scenario_file = "scenario.toml";
  q.scenario_text = kScenario;
  q.simulations = 2000;
  q.seed = 3;
  auto report = service::RunForecastScenario(**s, q);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  ASSERT_TRUE(report->ran);
  json expected = ForecastJson(*report);
  auto svg = ForecastSvg(*report, "scenario.toml");
  ASSERT_TRUE(svg.ok());
  expected["svg"] = *svg;
  EXPECT_EQ(Steady(j), Steady(expected));
  EXPECT_EQ(j["simulations"], 2000);
  EXPECT_EQ(j["seed"], 3);
  EXPECT_EQ(j["seats"], 543);
  EXPECT_EQ(j["alliances"][0]["alliance"], "UPA");
  EXPECT_NE(j["svg"].get<std::string>().find("<svg"), std::string::npos);
}

TEST_F(ForecastRoutesTest, ForecastNeedsAUser) {
  const http::Response r =
      Call("/api/forecast", "POST", "", json{{"scenario", "base = \"ls2014\""}}.dump());
  EXPECT_EQ(r.status, 401) << r.body;
}

TEST_F(ForecastRoutesTest, ForecastErrors) {
  EXPECT_TRUE(Names(Fails("/api/forecast", {{"simulations", 10}}, 400), "'scenario'"));
  EXPECT_TRUE(Names(Fails("/api/forecast", {{"scenario", 1}}, 400), "'scenario'"));
  EXPECT_TRUE(Names(Fails("/api/forecast",
                          {{"scenario", "base = \"ls2014\""}, {"simulations", 0}}, 400),
                    "'simulations'"));
  EXPECT_TRUE(
      Names(Fails("/api/forecast",
                  {{"scenario", "base = \"ls2014\""}, {"simulations", 200001}}, 400),
            "'simulations'"));
  EXPECT_TRUE(Names(
      Fails("/api/forecast", {{"scenario", "base = \"ls2014\""}, {"seeds", 1}}, 400),
      "'seeds'"));
  // The scenario's own count is kept within the API's limit.
  EXPECT_TRUE(
      Names(Fails("/api/forecast",
                  {{"scenario", "base = \"ls2014\"\nsimulations = 500000\n"}}, 400),
            "200000"));
  EXPECT_EQ(
      Fails("/api/forecast", {{"scenario", "base = \"ls2019\""}, {"simulations", 10}},
            404)["error"]["code"],
      "not_found");

  // Errors in the scenario: 422, each at its line, as the CLI's --json lists them.
  json e = Fails(
      "/api/forecast",
      {{"scenario", "base = \"ls2014\"\nsimulations = 10\n[swings]\nBJPP = 2\n"}}, 422);
  EXPECT_EQ(e["error"]["code"], "data_error");
  ASSERT_EQ(e["errors"].size(), 1u) << e;
  EXPECT_EQ(e["errors"][0]["file"], "scenario.toml");
  EXPECT_EQ(e["errors"][0]["line"], 4);
  EXPECT_EQ(e["errors"][0]["severity"], "error");
  e = Fails("/api/forecast", {{"scenario", "base = \"ls2014\"\nsimulatons = 10\n"}}, 422);
  EXPECT_EQ(e["errors"][0]["line"], 2) << e;
  // A region lookup would read a file of the server: refused at its line.
  e = Fails("/api/forecast",
            {{"scenario",
              "base = \"ls2014\"\nsimulations = 10\n[[regions]]\nfile = "
              "\"/etc/passwd\"\nstate = \"UP\"\n"}},
            422);
  bool refused = false;
  for (const json& p : e["errors"]) {
    refused = refused || (p["line"] == 4 && p["message"].get<std::string>().find(
                                                "reads no files") != std::string::npos);
  }
  EXPECT_TRUE(refused) << e;
}

TEST_F(ForecastRoutesTest, BacktestIsTheCommandsDocument) {
  const char alliances[] = "[[alliance]]\nname = \"UPA\"\nparties = [\"INC\", \"NCP\"]\n";
  const http::Response r =
      Post("/api/backtest",
           {{"base", "ls2014"}, {"target", "ls2014"}, {"alliances", alliances}},
           "state_worker");
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);

  auto s = store::OpenStore(*db_);
  ASSERT_TRUE(s.ok());
  service::BacktestRequest q;
  q.base = q.target = "ls2014";
  q.alliances_file = "alliances.toml";
  q.alliances_text = alliances;
  auto report = service::RunBacktest(**s, q);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  ASSERT_TRUE(report->ran);
  EXPECT_EQ(j, BacktestJson(*report));
  EXPECT_EQ(j["seats_scored"], 543);
  EXPECT_EQ(j["alliances"][0]["alliance"], "UPA");

  // Without alliances.
  const http::Response plain =
      Post("/api/backtest", {{"base", "ls2014"}, {"target", "ls2014"}});
  ASSERT_EQ(plain.status, 200) << plain.body;
  EXPECT_TRUE(json::parse(plain.body)["alliances"].empty());
}

TEST_F(ForecastRoutesTest, BacktestErrors) {
  const http::Response anonymous = Call(
      "/api/backtest", "POST", "", json{{"base", "ls2014"}, {"target", "ls2014"}}.dump());
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_TRUE(Names(Fails("/api/backtest", {{"base", "ls2014"}}, 400), "'target'"));
  EXPECT_TRUE(Names(Fails("/api/backtest", {{"base", 2014}, {"target", "ls2014"}}, 400),
                    "'base'"));
  EXPECT_TRUE(Names(Fails("/api/backtest",
                          {{"base", "ls2014"}, {"target", "ls2014"}, {"seed", 1}}, 400),
                    "'seed'"));
  EXPECT_EQ(Fails("/api/backtest", {{"base", "ls2014"}, {"target", "ls2019"}},
                  404)["error"]["code"],
            "not_found");
  const json e =
      Fails("/api/backtest",
            {{"base", "ls2014"},
             {"target", "ls2014"},
             {"alliances", "[[alliance]]\nname = \"X\"\nparties = [\"NOPARTY\"]\n"}},
            422);
  ASSERT_FALSE(e["errors"].empty()) << e;
  EXPECT_EQ(e["errors"][0]["file"], "alliances.toml");
  EXPECT_EQ(e["errors"][0]["line"], 3);
}

}  // namespace
}  // namespace janadhar::api
