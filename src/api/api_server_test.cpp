// The API behind the real server (http/server.h) on an ephemeral loopback
// port, as `janadhar serve` runs it: keep-alive, the JSON error bodies of
// the requests the server refuses itself, many connections at once on the
// store pool, and the server answering after every bad request.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "api/api_test_fixture.h"
#include "api/errors.h"
#include "http/server.h"
#include "http/test_client.h"
#include "nlohmann/json.hpp"

namespace janadhar::api {
namespace {

using http::testing_util::Client;
using http::testing_util::Reply;
using nlohmann::json;

class ApiServerTest : public testing_util::ApiStoreTest {
 protected:
  void SetUp() override {
    http::ServerOptions o;
    o.port = 0;
    o.threads = 4;
    o.error_body = HttpErrorResponse;
    auto s =
        http::Server::Start(o, [](const http::Request& q) { return api_->Handle(q); });
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    server_ = std::move(s).value();
  }
  void TearDown() override { server_.reset(); }

  static std::string Get(const std::string& target) {
    return "GET " + target + " HTTP/1.1\r\nHost: t\r\n\r\n";
  }
  static json ErrorOf(const Reply& r) { return json::parse(r.body)["error"]; }

  std::unique_ptr<http::Server> server_;
};

TEST_F(ApiServerTest, KeepAliveAnswersTwoEndpointsOnOneConnection) {
  Client c(server_->port());
  c.Send(Get("/api/health"));
  Reply a = c.Read();
  EXPECT_EQ(a.status, 200);
  EXPECT_TRUE(a.Has("Content-Type: application/json"));
  EXPECT_EQ(json::parse(a.body)["status"], "ok");
  c.Send(Get("/api/elections/ls2014/parties?state=UP"));
  Reply b = c.Read();
  EXPECT_EQ(b.status, 200);
  EXPECT_EQ(json::parse(b.body)["parties"][0]["seats_won"], 71);
  EXPECT_FALSE(b.closes);
}

TEST_F(ApiServerTest, RefusedRequestsGetJsonErrorsAndTheServerStaysUp) {
  {
    Client c(server_->port());
    c.Send("POST /api/elections HTTP/1.1\r\nHost: t\r\nContent-Length: 2000000\r\n\r\n" +
           std::string(2000000, '{'));
    Reply r = c.Read();
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(ErrorOf(r)["code"], "payload_too_large");
    EXPECT_EQ(ErrorOf(r)["message"], "the request body is larger than 1048576 bytes");
  }
  {
    Client c(server_->port());
    c.Send("GET /api/elections HTTP/1.1 extra\r\n\r\n");
    Reply r = c.Read();
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(ErrorOf(r)["code"], "invalid_argument");
  }
  {
    Client c(server_->port());
    c.Send(Get("/api/../../etc/passwd"));
    Reply r = c.Read();
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(ErrorOf(r)["message"], "'.' and '..' segments in the path are refused");
    c.Send(Get("/api/nowhere"));
    r = c.Read();
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(ErrorOf(r)["code"], "not_found");
    c.Send("DELETE /api/elections HTTP/1.1\r\nHost: t\r\n\r\n");
    r = c.Read();
    EXPECT_EQ(r.status, 405);
    EXPECT_TRUE(r.Has("Allow: GET"));
  }
  Client c(server_->port());
  c.Send(Get("/api/elections"));
  Reply r = c.Read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body)["elections"][0]["name"], "ls2014");
}

TEST_F(ApiServerTest, ManyConnectionsAtOnceGetTheSameAnswer) {
  Client first(server_->port());
  first.Send(Get("/api/elections/ls2014/seats?state=S24"));
  const std::string expected = first.Read().body;
  ASSERT_FALSE(expected.empty());
  std::atomic<int> same{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&] {
      Client c(server_->port());
      for (int i = 0; i < 10; ++i) {
        c.Send(Get("/api/elections/ls2014/seats?state=S24"));
        const Reply r = c.Read();
        same += r.status == 200 && r.body == expected;
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(same, 80);
  // A store per request running at once, never more than the threads.
  EXPECT_GE(pool_->opened(), 1);
  EXPECT_LE(pool_->opened(), 4 + 1);
}

}  // namespace
}  // namespace janadhar::api
