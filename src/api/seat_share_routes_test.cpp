// POST /api/seat-share on the fixture store: the document is the one
// `janadhar seat-share --json` prints (the same builder on the same service
// call); a logged-in user is needed; a body with a wrong field is 400 naming
// it; an unknown election 404; a scenario with errors 422 at its line.
#include <gtest/gtest.h>

#include <string>

#include "api/api_test_fixture.h"
#include "api/seat_share_json.h"
#include "nlohmann/json.hpp"
#include "service/seat_share_service.h"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiStoreTest;

class SeatShareRoutesTest : public ApiStoreTest {
 protected:
  // UP's seats shared by SP, BSP and RLD, as the README's example.
  static json Request() {
    return {{"election", "ls2014"},
            {"state", "UP"},
            {"partners", {"SP", "BSP", "RLD"}},
            {"transfer", 0.7},
            {"transfer_from", {{"BSP", 0.9}}},
            {"min", {{"RLD", 1}}},
            {"max", {{"BSP", 40}, {"SP", 40}, {"RLD", 3}}},
            {"lock", {{"Mainpuri", "SP"}}},
            {"simulations", 2000},
            {"seed", 5}};
  }
  static json Fails(const json& body, int status) {
    const http::Response r = Call("/api/seat-share", "POST", "no_role", body.dump());
    EXPECT_EQ(r.status, status) << body << "\n" << r.body;
    return json::parse(r.body);
  }
  static bool Names(const json& doc, const std::string& what) {
    return doc["error"]["message"].get<std::string>().find(what) != std::string::npos;
  }
  static json Steady(json j) {
    j.erase("seconds");
    j.erase("threads");
    return j;
  }
};

TEST_F(SeatShareRoutesTest, IsTheCommandsDocument) {
  const http::Response r = Call("/api/seat-share", "POST", "no_role", Request().dump());
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);

  auto s = store::OpenStore(*db_);
  ASSERT_TRUE(s.ok());
  service::SeatShareRequest q;
  q.election = "ls2014";
  q.state = "UP";
  q.partners = {"SP", "BSP", "RLD"};
  q.transfer = 0.7;
  q.transfer_from = {{"BSP", 0.9}};
  q.min_seats = {{"RLD", 1}};
  q.max_seats = {{"BSP", 40}, {"SP", 40}, {"RLD", 3}};
  q.locked = {{"Mainpuri", "SP"}};
  q.simulations = 2000;
  q.seed = 5;
  auto report = service::RunSeatShare(**s, q);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  ASSERT_TRUE(report->ran);
  EXPECT_EQ(Steady(j), Steady(SeatShareJson(*report)));
  EXPECT_EQ(j["state"], "S24");
  EXPECT_EQ(j["seats"].size(), 80u);
  EXPECT_EQ(j["partners"].size(), 3u);
  EXPECT_LE(j["allocations"]["optimal"]["seats_of_partner"]["BSP"], 40);
  for (const json& seat : j["seats"]) {
    if (seat["name"] == "Mainpuri") {
      EXPECT_EQ(seat["optimal"], "SP");
    }
  }
}

TEST_F(SeatShareRoutesTest, WithAScenario) {
  json body = Request();
  body["scenario"] = "base = \"ls2014\"\n[swings.UP]\nSP = 3.0\n";
  const http::Response r = Call("/api/seat-share", "POST", "state_worker", body.dump());
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = json::parse(r.body);
  EXPECT_EQ(j["simulations"], 2000);
  EXPECT_NE(
      Steady(j),
      Steady(json::parse(Call("/api/seat-share", "POST", "no_role", Request().dump())
                             .body)));  // the swing moved the chances
}

TEST_F(SeatShareRoutesTest, Errors) {
  const http::Response anonymous = Call("/api/seat-share", "POST", "", Request().dump());
  EXPECT_EQ(anonymous.status, 401);
  json body = Request();
  body.erase("state");
  EXPECT_TRUE(Names(Fails(body, 400), "'state'"));
  body = Request();
  body["partners"] = "SP,BSP";
  EXPECT_TRUE(Names(Fails(body, 400), "'partners'"));
  body = Request();
  body["transfer"] = 1.5;
  EXPECT_TRUE(Names(Fails(body, 400), "'transfer'"));
  body = Request();
  body["transfer_from"] = {{"BSP", "high"}};
  EXPECT_TRUE(Names(Fails(body, 400), "'transfer_from'"));
  body = Request();
  body["max"] = {{"BSP", -1}};
  EXPECT_TRUE(Names(Fails(body, 400), "'max'"));
  body = Request();
  body["simulations"] = 300000;
  EXPECT_TRUE(Names(Fails(body, 400), "'simulations'"));
  body = Request();
  body["leave"] = {"Amethi"};
  EXPECT_TRUE(Names(Fails(body, 400), "'leave'"));
  body = Request();
  body["election"] = "ls2019";
  EXPECT_EQ(Fails(body, 404)["error"]["code"], "not_found");
  body = Request();
  body["partners"] = {"SP", "BSPP"};
  EXPECT_EQ(Fails(body, 404)["error"]["code"], "not_found");
  body = Request();
  body["scenario"] = "base = \"ls2014\"\n[sigma]\nnational = \"two\"\n";
  const json e = Fails(body, 422);
  ASSERT_FALSE(e["errors"].empty()) << e;
  EXPECT_EQ(e["errors"][0]["line"], 3);
}

}  // namespace
}  // namespace janadhar::api
