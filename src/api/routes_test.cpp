// Every endpoint of api/routes.h on the fixture store, called as the server
// calls it: the JSON each gives, the errors and their statuses.
#include "api/routes.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "api/api_test_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::api {
namespace {

using nlohmann::json;
using testing_util::ApiStoreTest;

class RoutesTest : public ApiStoreTest {
 protected:
  // The JSON of a 200 response to fixture user `as` (api_test_fixture.h).
  static json Ok(const std::string& target, const std::string& as = "state_worker") {
    const http::Response r = Call(target, "GET", as);
    EXPECT_EQ(r.status, 200) << target << "\n" << r.body;
    EXPECT_EQ(r.content_type, "application/json");
    return json::parse(r.body);
  }
  // The error object of a failed response with `status`.
  static json Fails(const std::string& target, int status,
                    const std::string& method = "GET",
                    const std::string& as = "national") {
    const http::Response r = Call(target, method, as);
    EXPECT_EQ(r.status, status) << target << "\n" << r.body;
    const json j = json::parse(r.body);
    EXPECT_EQ(j.size(), 1u) << r.body;
    return j["error"];
  }
};

TEST_F(RoutesTest, Health) {
  const json j = Ok("/api/health");
  EXPECT_EQ(j["status"], "ok");
  auto s = store::OpenStore(*db_);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(j["schema_version"], (*s)->SchemaVersion());
}

TEST_F(RoutesTest, Elections) {
  const json j = Ok("/api/elections");
  ASSERT_EQ(j["elections"].size(), 1u);
  const json& e = j["elections"][0];
  EXPECT_EQ(e["name"], "ls2014");
  EXPECT_EQ(e["year"], 2014);
  EXPECT_EQ(e["seats"], 543);
  EXPECT_EQ(e["segments"], 1);
  EXPECT_EQ(e["booths"], 361);
  EXPECT_EQ(Fails("/api/elections?all=1", 400)["message"],
            "unknown query parameter 'all' for /api/elections (it takes none)");
}

TEST_F(RoutesTest, Parties) {
  json j = Ok("/api/elections/ls2014/parties");
  EXPECT_EQ(j["election"], "ls2014");
  EXPECT_TRUE(j["state"].is_null());
  EXPECT_EQ(j["share_basis"], "valid_votes_excluding_nota");
  EXPECT_EQ(j["seats"], 543);
  EXPECT_EQ(j["parties"][0]["party"], "BJP");
  EXPECT_EQ(j["parties"][0]["seats_won"], 282);
  EXPECT_NEAR(j["parties"][0]["vote_share"].get<double>(), 0.3134, 5e-5);
  EXPECT_TRUE(j["warnings"].is_array());

  j = Ok("/api/elections/ls2014/parties?state=UP&with_nota=true");
  EXPECT_EQ(j["state"], "S24");
  EXPECT_EQ(j["seats"], 80);
  EXPECT_EQ(j["share_basis"], "votes_polled_including_nota");
  EXPECT_EQ(j["parties"][0]["party"], "BJP");
  EXPECT_EQ(j["parties"][0]["seats_won"], 71);
}

TEST_F(RoutesTest, Seats) {
  const json j = Ok("/api/elections/ls2014/seats?state=S24&party=INC");
  EXPECT_EQ(j["party"], "INC");
  ASSERT_FALSE(j["seats"].empty());
  int won = 0;
  for (const json& s : j["seats"]) {
    EXPECT_EQ(s["state"], "S24");
    won += s["party_result"]["rank"] == 1;
  }
  EXPECT_EQ(won, 2);  // Rae Bareli and Amethi
  const json all = Ok("/api/elections/ls2014/seats");
  EXPECT_EQ(all["seats"].size(), 543u);
  EXPECT_TRUE(all["party"].is_null());
  EXPECT_FALSE(all["seats"][0].contains("party_result"));
}

TEST_F(RoutesTest, ElectionErrors) {
  json e = Fails("/api/elections/ls2019/parties", 404);
  EXPECT_EQ(e["code"], "not_found");
  EXPECT_NE(e["message"].get<std::string>().find("ls2014"), std::string::npos)
      << e;  // suggests the closest
  e = Fails("/api/elections/ls2014/parties?stat=UP", 400);
  EXPECT_EQ(e["code"], "invalid_argument");
  EXPECT_NE(e["message"].get<std::string>().find("'stat'"), std::string::npos);
  e = Fails("/api/elections/ls2014/seats?with_nota=maybe", 400);
  EXPECT_EQ(e["message"], "query parameter 'with_nota' takes true or false, not 'maybe'");
  e = Fails("/api/elections/ls2014/seats?state=Utar%20Pradesh", 404);
  EXPECT_NE(e["message"].get<std::string>().find("Uttar Pradesh"), std::string::npos)
      << e;
}

TEST_F(RoutesTest, Coverage) {
  const json j = Ok("/api/org/coverage?unit=S24/AC173&depth=1");
  EXPECT_EQ(j["state"], "S24");
  EXPECT_EQ(j["unit"], "S24/AC173");
  EXPECT_EQ(j["booths"], 361);
  // The roster's booth B45 has a president and members but no agent.
  EXPECT_EQ(j["covered"], 0);
  ASSERT_GE(j["units"].size(), 2u);
  EXPECT_EQ(j["units"][0]["unit"], "S24/AC173");
  for (const json& u : j["units"]) EXPECT_LE(u["depth"], 1);
  EXPECT_EQ(j["uncovered"].size(), 361u - j["covered"].get<size_t>());
  EXPECT_EQ(j["uncovered"][0]["ac"], "LUCKNOW EAST");
  bool b45 = false;
  for (const json& b : j["uncovered"]) {
    if (b["unit"] != "S24/AC173/B45") continue;
    b45 = true;
    EXPECT_EQ(b["has"]["booth_president"], 1) << b;
    EXPECT_EQ(b["has"]["polling_agent"], 0) << b;
    EXPECT_NE(b["lacks"].get<std::string>().find("polling agent"), std::string::npos);
  }
  EXPECT_TRUE(b45);
  EXPECT_TRUE(j["rules"].contains("polling_agent"));
  EXPECT_TRUE(j["warnings"].is_array());
  // Without depth, every level below.
  const json all = Ok("/api/org/coverage?unit=S24/AC173");
  EXPECT_GT(all["units"].size(), j["units"].size());
}

TEST_F(RoutesTest, CoverageErrors) {
  EXPECT_EQ(Fails("/api/org/coverage?unit=S24/AC173&depth=one", 400)["message"],
            "query parameter 'depth' takes a whole number from 0 to 100, not 'one'");
  EXPECT_EQ(Fails("/api/org/coverage?unit=S24/AC1733", 404)["code"], "not_found");
  EXPECT_NE(Fails("/api/org/coverage", 400, "GET", "no_role")["message"]
                .get<std::string>()
                .find("?state="),
            std::string::npos);
  EXPECT_EQ(Fails("/api/org/coverage?state=S06", 409)["code"], "failed_precondition");
}

TEST_F(RoutesTest, Search) {
  const json j = Ok("/api/org/search?q=ram+kumar&unit=S24/AC173");
  EXPECT_EQ(j["query"], "ram kumar");
  EXPECT_EQ(j["unit"], "S24/AC173");
  ASSERT_FALSE(j["people"].empty());
  const json& p = j["people"][0];
  EXPECT_EQ(p["name_en"], "Ram Kumar Yadav");
  EXPECT_EQ(p["phone"], "+91******0001");  // masked: a worker's role
  EXPECT_EQ(p["epic"], "UPA****001");
  EXPECT_GT(p["score"], 0);
  // The same person found by the name in Devanagari.
  const json hi =
      Ok("/api/org/search?q=%E0%A4%B0%E0%A4%BE%E0%A4%AE%20%E0%A4%95%E0%A5%81"
         "%E0%A4%AE%E0%A4%BE%E0%A4%B0");
  ASSERT_FALSE(hi["people"].empty());
  EXPECT_EQ(hi["people"][0]["id"], p["id"]);
  EXPECT_EQ(hi["unit"], "S24");  // the user's own unit
  EXPECT_EQ(Ok("/api/org/search?q=ram&limit=1")["people"].size(), 1u);
}

TEST_F(RoutesTest, SearchErrors) {
  EXPECT_EQ(Fails("/api/org/search", 400)["message"],
            "query parameter 'q' (the name to find) is missing");
  EXPECT_EQ(Fails("/api/org/search?q=ram&limit=0", 400)["code"], "invalid_argument");
  EXPECT_EQ(Fails("/api/org/search?q=ram&unmask=1", 400)["code"], "invalid_argument");
  EXPECT_EQ(Fails("/api/org/search?q=ram&q=sita", 400)["message"],
            "query parameter 'q' given more than once");
}

TEST_F(RoutesTest, UnknownPathIs404AndWrongMethod405) {
  json e = Fails("/api/nothing", 404);
  EXPECT_EQ(e["code"], "not_found");
  EXPECT_EQ(e["message"], "no endpoint /api/nothing (docs/api.md lists them)");
  Fails("/api/elections/ls2014", 404);
  const http::Response r = Call("/api/elections", "POST");
  EXPECT_EQ(r.status, 405);
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0], (std::pair<std::string, std::string>{"Allow", "GET"}));
  EXPECT_EQ(json::parse(r.body)["error"]["code"], "method_not_allowed");
}

TEST_F(RoutesTest, ResultsAnswersAreKeptUntilTheDataChanges) {
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
  const http::Response first = get("/api/elections");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(get("/api/elections").body, first.body);   // from the cache
  EXPECT_EQ(first.body, Call("/api/elections").body);  // as computed without it
  EXPECT_EQ(get("/api/elections/ls2014/parties").status, 200);
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(get("/api/elections/ls2099/parties").status, 404);  // failures: not kept
  EXPECT_EQ(get("/api/org/search?q=ram").status, 401);          // not a results endpoint
  EXPECT_EQ(cache.size(), 2u);

  // Another connection commits: the next request finds the cache emptied.
  auto writer = store::OpenStore(*db_);
  ASSERT_TRUE(writer.ok());
  geo::AcElectors e;
  e.state = "S24";
  e.ac = 173;
  e.male = 1;
  ASSERT_TRUE(
      (*writer)->ReplaceElectors("cache-test", {e}, {"electors", "S24", "x", {}}).ok());
  EXPECT_EQ(get("/api/elections").body, first.body);
  EXPECT_EQ(cache.size(), 1u);  // the party summary was dropped
}

}  // namespace
}  // namespace janadhar::api
