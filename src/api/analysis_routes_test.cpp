// GET /api/elections/{e}/booths, /targets, /swing and /iou on the fixture
// store: the document is the one `analyse booths|targets|swing|iou --json`
// prints (the same
// builder on the same service call), public, and the errors name the
// parameter.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "api/analysis_json.h"
#include "api/api_test_fixture.h"
#include "api/response_cache.h"
#include "api/routes.h"
#include "nlohmann/json.hpp"
#include "service/analysis_service.h"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiStoreTest;

class AnalysisRoutesTest : public ApiStoreTest {
 protected:
  static json Ok(const std::string& target) {
    const http::Response r = Call(target);  // anonymous: the analyses are public
    EXPECT_EQ(r.status, 200) << target << "\n" << r.body;
    return json::parse(r.body);
  }
  static json Fails(const std::string& target, int status) {
    const http::Response r = Call(target);
    EXPECT_EQ(r.status, status) << target << "\n" << r.body;
    return json::parse(r.body)["error"];
  }
  static bool Names(const json& error, const std::string& what) {
    return error["message"].get<std::string>().find(what) != std::string::npos;
  }
};

TEST_F(AnalysisRoutesTest, BoothsIsTheCommandsDocument) {
  const json j = Ok("/api/elections/ls2014/booths?state=UP&party=BJP&ac=173");
  auto s = store::OpenStore(*db_);
  ASSERT_TRUE(s.ok());
  service::BoothsRequest q;
  q.election = "ls2014";
  q.state = "UP";
  q.party = "BJP";
  q.ac = "173";
  auto report = service::AnalyseBooths(**s, q);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(j, json::parse(BoothsJson(*report).Dump(2)));
  EXPECT_EQ(j["party"], "BJP");
  EXPECT_EQ(j["polling_stations"], 361);
  ASSERT_EQ(j["booths"].size(), 361u);
  EXPECT_TRUE(j["booths"][0].contains("grade"));
  EXPECT_EQ(j["segments"].size(), 1u);
  EXPECT_TRUE(j["warnings"].is_array());

  // Other thresholds move booths between grades; the PC has segments_led.
  const json t = Ok(
      "/api/elections/ls2014/booths?state=S24&party=BJP&pc=Lucknow&grade_a=20&grade_b=5&"
      "grade_c=-5");
  EXPECT_EQ(t["thresholds"], (json{{"a", 20.0}, {"b", 5.0}, {"c", -5.0}}));
  EXPECT_EQ(t["segments_led"], 1);
  EXPECT_NE(t["grades"], j["grades"]);
}

TEST_F(AnalysisRoutesTest, BoothsErrors) {
  const std::string base = "/api/elections/ls2014/booths?state=UP&ac=173";
  EXPECT_TRUE(Names(Fails(base, 400), "'party'"));
  EXPECT_TRUE(Names(Fails(base + "&party=BJP&grade_a=high", 400), "'grade_a'"));
  EXPECT_TRUE(Names(Fails(base + "&party=BJP&grade_b=20", 400), "grade_b"));
  EXPECT_TRUE(Names(Fails(base + "&party=BJP&grades=1", 400), "'grades'"));
  EXPECT_EQ(Fails("/api/elections/ls2019/booths?party=BJP&state=UP", 404)["code"],
            "not_found");
  EXPECT_EQ(Fails(base + "&party=Bharatiya+Janta", 404)["code"], "not_found");
}

TEST_F(AnalysisRoutesTest, TargetsIsTheCommandsDocument) {
  const json j =
      Ok("/api/elections/ls2014/targets?party=INC&state=UP&within=15&booths=3");
  auto s = store::OpenStore(*db_);
  ASSERT_TRUE(s.ok());
  service::TargetsRequest q;
  q.election = "ls2014";
  q.party = "INC";
  q.state = "UP";
  q.options.within_pp = 15;
  q.options.deficit_booths = 3;
  auto report = service::AnalyseTargets(**s, q);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(j, TargetsJson(*report));
  EXPECT_EQ(j["within_pp"], 15.0);
  EXPECT_EQ(j["state"], "S24");
  ASSERT_FALSE(j["targets"].empty());
  EXPECT_EQ(Ok("/api/elections/ls2014/targets?party=INC&with_nota=1")["share_basis"],
            "votes_polled_including_nota");
}

TEST_F(AnalysisRoutesTest, TargetsErrors) {
  const std::string base = "/api/elections/ls2014/targets?";
  EXPECT_TRUE(Names(Fails(base + "state=UP", 400), "'party'"));
  EXPECT_TRUE(Names(Fails(base + "party=INC&within=0", 400), "'within'"));
  EXPECT_TRUE(Names(Fails(base + "party=INC&within=ten", 400), "'within'"));
  EXPECT_TRUE(Names(Fails(base + "party=INC&booths=-1", 400), "'booths'"));
  EXPECT_EQ(Fails("/api/elections/ls2019/targets?party=INC", 404)["code"], "not_found");
}

TEST_F(AnalysisRoutesTest, SwingIsTheCommandsDocument) {
  // The fixture has one election: its swing from itself is nought.
  const json j = Ok("/api/elections/ls2014/swing?from=ls2014&state=UP&party=BJP,SP");
  auto s = store::OpenStore(*db_);
  ASSERT_TRUE(s.ok());
  auto report = service::AnalyseSwing(**s, {"ls2014", "ls2014", "UP", {"BJP", "SP"}});
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(j, SwingJson(*report));
  EXPECT_EQ(j["from"], "ls2014");
  EXPECT_EQ(j["state"], "S24");
  EXPECT_EQ(j["parties"], (json{"BJP", "SP"}));
  EXPECT_EQ(j["seats_matched"], 80);
  ASSERT_FALSE(j["swing"].empty());
  for (const json& row : j["swing"]) {
    if (row["swing_pp"].is_number()) {
      EXPECT_EQ(row["swing_pp"], 0.0) << row;
    }
  }
  EXPECT_TRUE(j["warnings"].is_array());
  EXPECT_EQ(Ok("/api/elections/ls2014/swing?from=ls2014&with_nota=true")["state"],
            nullptr);
}

TEST_F(AnalysisRoutesTest, SwingErrors) {
  const std::string base = "/api/elections/ls2014/swing?";
  EXPECT_TRUE(Names(Fails(base + "state=UP", 400), "'from'"));
  EXPECT_TRUE(Names(Fails(base + "from=ls2014&with_nota=maybe", 400), "'with_nota'"));
  EXPECT_TRUE(Names(Fails(base + "from=ls2014&level=seat", 400), "'level'"));
  EXPECT_TRUE(Names(Fails(base + "from=ls2014&party=BJP&party=SP", 400), "'party'"));
  EXPECT_EQ(Fails(base + "from=ls2041", 404)["code"], "not_found");
  EXPECT_EQ(Fails("/api/elections/ls2019/swing?from=ls2014", 404)["code"], "not_found");
}

TEST_F(AnalysisRoutesTest, IouIsTheCommandsDocument) {
  const json j = Ok("/api/elections/ls2014/iou?state=UP&ruling=BJP,AD");
  auto s = store::OpenStore(*db_);
  ASSERT_TRUE(s.ok());
  auto report = service::AnalyseIou(**s, {"ls2014", "UP", {"BJP", "AD"}});
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(j, IouJson(*report));
  EXPECT_EQ(j["ruling"], "BJP+AD");
  EXPECT_EQ(j["seats"].size(), 80u);
  ASSERT_EQ(j["states"].size(), 1u);
  EXPECT_EQ(j["states"][0]["seats"], 80);
  EXPECT_TRUE(j["seats"][0]["iou"].is_number());
}

TEST_F(AnalysisRoutesTest, IouErrors) {
  const std::string base = "/api/elections/ls2014/iou?";
  EXPECT_TRUE(Names(Fails(base + "state=UP", 400), "'ruling'"));
  EXPECT_TRUE(Names(Fails(base + "ruling=", 400), "'ruling'"));
  EXPECT_TRUE(Names(Fails(base + "ruling=,", 400), "'ruling'"));
  EXPECT_TRUE(Names(Fails(base + "ruling=BJP&party=SP", 400), "'party'"));
  EXPECT_EQ(Fails(base + "ruling=BJPx", 404)["code"], "not_found");
}

TEST_F(AnalysisRoutesTest, AnswersAreKeptUntilTheDataChanges) {
  auto watcher = store::OpenStore(*db_);
  ASSERT_TRUE(watcher.ok()) << watcher.status().ToString();
  ResponseCache cache(std::move(watcher).value());
  const Api cached(*pool_, &cache);
  auto get = [&cached](const std::string& target) {
    http::Request q;
    q.method = "GET";
    q.target = target;
    auto t = http::ParseTarget(target);
    EXPECT_TRUE(t.ok()) << target;
    q.path = t->path;
    q.query = t->query;
    return cached.Handle(q);
  };
  const std::string booths = "/api/elections/ls2014/booths?state=UP&party=BJP&ac=173";
  const std::string targets = "/api/elections/ls2014/targets?party=INC&state=UP";
  const std::string swing = "/api/elections/ls2014/swing?from=ls2014&state=UP";
  const std::string iou = "/api/elections/ls2014/iou?ruling=BJP&state=UP";
  const http::Response first = get(booths);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(get(targets).status, 200);
  const http::Response first_iou = get(iou);
  ASSERT_EQ(first_iou.status, 200) << first_iou.body;
  EXPECT_EQ(get(swing).status, 200);
  EXPECT_EQ(cache.size(), 4u);
  EXPECT_EQ(get(iou).body, first_iou.body);
  EXPECT_EQ(get(booths).body, first.body);            // from the cache
  EXPECT_EQ(first.body, Call(booths).body);           // as computed without it
  EXPECT_EQ(get(booths + "&grade_a=x").status, 400);  // failures: not kept
  EXPECT_EQ(get(swing + "&with_nota=x").status, 400);
  EXPECT_EQ(cache.size(), 4u);
}

}  // namespace
}  // namespace janadhar::api
