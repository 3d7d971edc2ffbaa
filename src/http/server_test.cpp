// The Beast server (http/server.h) on an ephemeral loopback port, driven by
// a plain socket client: keep-alive, limits, malformed requests, timeouts,
// and the server still answering after each of them.
#include "http/server.h"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

#include "http/test_client.h"

namespace janadhar::http {
namespace {

using testing_util::Client;
using testing_util::Reply;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    options_.port = 0;
    options_.threads = 2;
    options_.max_body_bytes = 1024;
    options_.max_header_bytes = 2048;
    options_.idle_timeout = std::chrono::milliseconds(300);
    options_.read_timeout = std::chrono::milliseconds(2000);
    options_.error_body = [](int status, std::string_view message) {
      Response r;
      r.status = status;
      r.content_type = "text/plain";
      r.body = "error: " + std::string(message);
      return r;
    };
    auto s = Server::Start(options_, [](const Request& q) {
      if (q.path == "/throw") throw std::runtime_error("boom");
      Response r;
      r.content_type = "text/plain";
      r.body = q.method + " " + q.path + " " + std::to_string(q.body.size());
      for (const auto& [k, v] : q.query) r.body += " " + k + "=" + v;
      return r;
    });
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    server_ = std::move(s).value();
  }

  Client Connect() { return Client(server_->port()); }

  ServerOptions options_;
  std::unique_ptr<Server> server_;
};

TEST_F(ServerTest, ListensOnAnEphemeralPort) {
  EXPECT_NE(server_->port(), 0);
  EXPECT_EQ(server_->url(), "http://127.0.0.1:" + std::to_string(server_->port()));
}

TEST_F(ServerTest, KeepAliveServesTwoRequestsOnOneConnection) {
  Client c = Connect();
  c.Send("GET /a?x=1 HTTP/1.1\r\nHost: t\r\n\r\n");
  Reply r1 = c.Read();
  EXPECT_EQ(r1.status, 200);
  EXPECT_EQ(r1.body, "GET /a 0 x=1");
  EXPECT_FALSE(r1.closes);
  c.Send("POST /b HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello");
  Reply r2 = c.Read();
  EXPECT_EQ(r2.status, 200);
  EXPECT_EQ(r2.body, "POST /b 5");
  EXPECT_TRUE(r2.Has("Server: janadhar"));
}

TEST_F(ServerTest, ConnectionCloseIsHonoured) {
  Client c = Connect();
  c.Send("GET /a HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  Reply r = c.Read();
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.closes);
  EXPECT_TRUE(c.AtEof());
}

TEST_F(ServerTest, OversizedBodyIs413AndTheServerStaysUp) {
  Client c = Connect();
  c.Send("POST /b HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n" +
         std::string(5000, 'x'));
  Reply r = c.Read();
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.body, "error: the request body is larger than 1024 bytes");
  EXPECT_TRUE(r.closes);
  // A chunked body without a length is cut off at the limit too.
  Client d = Connect();
  d.Send("POST /b HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n" +
         std::string(2048, 'y') + "\r\n0\r\n\r\n");
  EXPECT_EQ(d.Read().status, 413);
  Client e = Connect();
  e.Send("GET /after HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(e.Read().status, 200);
}

TEST_F(ServerTest, MalformedRequestLineIs400) {
  for (const char* bad : {"GARBAGE\r\n\r\n", "GET /a HTTP/9.x\r\n\r\n",
                          "GET /a HTTP/1.1\r\nBad Header Line\r\n\r\n"}) {
    Client c = Connect();
    c.Send(bad);
    Reply r = c.Read();
    EXPECT_EQ(r.status, 400) << bad;
    EXPECT_EQ(r.body.rfind("error: malformed request: ", 0), 0u) << r.body;
  }
  Client c = Connect();
  c.Send("GET /still-up HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(c.Read().body, "GET /still-up 0");
}

TEST_F(ServerTest, BadTargetIs400AndKeepsTheConnection) {
  Client c = Connect();
  c.Send("GET /static/../secret HTTP/1.1\r\nHost: t\r\n\r\n");
  Reply r = c.Read();
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "error: '.' and '..' segments in the path are refused");
  c.Send("GET /ok HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(c.Read().status, 200);
}

TEST_F(ServerTest, OversizedHeaderIs431) {
  Client c = Connect();
  c.Send("GET /a HTTP/1.1\r\nHost: t\r\nX-Big: " + std::string(4000, 'h') + "\r\n\r\n");
  EXPECT_EQ(c.Read().status, 431);
}

TEST_F(ServerTest, HandlerExceptionIs500) {
  Client c = Connect();
  c.Send("GET /throw HTTP/1.1\r\nHost: t\r\n\r\n");
  Reply r = c.Read();
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "error: internal error: boom");
  c.Send("GET /ok HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(c.Read().status, 200);
}

TEST_F(ServerTest, IdleConnectionIsClosed) {
  Client c = Connect();
  c.Send("GET /a HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(c.Read().status, 200);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(c.AtEof());  // waits for the server to close (idle timeout 300 ms)
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST_F(ServerTest, StopEndsWaitAndClosesIdleConnections) {
  Client c = Connect();
  c.Send("GET /a HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(c.Read().status, 200);
  std::thread stopper([&] { server_->Stop(); });
  server_->Wait();
  stopper.join();
  EXPECT_TRUE(c.AtEof());
  server_->Stop();  // again: nothing happens
}

TEST(ServerStart, RefusesABadAddressAndATakenPort) {
  ServerOptions o;
  o.host = "localhost:80";
  auto bad = Server::Start(o, [](const Request&) { return Response{}; });
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  o.host = "127.0.0.1";
  o.port = 0;
  o.threads = 1;
  auto first = Server::Start(o, [](const Request&) { return Response{}; });
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  o.port = (*first)->port();
  auto second = Server::Start(o, [](const Request&) { return Response{}; });
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace janadhar::http
