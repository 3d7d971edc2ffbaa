// `janadhar serve` run as a user runs it: a bad --listen is a usage error;
// a server on a free port answers each endpoint with the JSON the matching
// command prints with --json (a forecast's scenario sent as text), and stops
// cleanly on SIGTERM.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "cli/org_cli_fixture.h"
#include "http/test_client.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

using nlohmann::json;
using testing_util::Has;
using testing_util::Janadhar;

class ServeCliTest : public testing_util::OrgStoreCliTest {};

TEST_F(ServeCliTest, BadListenIsAUsageError) {
  for (const char* listen :
       {"8080", "127.0.0.1:http", "127.0.0.1:70000", "::1:80", "localhost:8080"}) {
    const auto r = Janadhar(Base("bad.db") + " serve --listen " + listen);
    EXPECT_EQ(r.code, 2) << listen << "\n" << r.out;
    EXPECT_TRUE(Has(r.out, "janadhar: error: ")) << r.out;
  }
  const auto r = Janadhar(Base("bad.db") + " --json serve --listen 8080");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(json::parse(r.out)["error"]["code"], "invalid_argument") << r.out;
}

// The server as a child process, its first line of output read for the URL.
class ServeProcess {
 public:
  explicit ServeProcess(const std::string& db_flag) {
    int out[2];
    EXPECT_EQ(::pipe(out), 0);
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(out[1], 1);
      ::close(out[0]);
      const std::string db = db_flag.substr(5);  // after "--db "
      ::execl(JANADHAR_BINARY, JANADHAR_BINARY, "--db", db.c_str(), "--json", "serve",
              "--listen", "127.0.0.1:0", "--threads", "2", nullptr);
      ::_exit(127);
    }
    ::close(out[1]);
    out_ = ::fdopen(out[0], "r");
    char line[1024] = {};
    if (std::fgets(line, sizeof line, out_) != nullptr) first_line_ = line;
  }
  ~ServeProcess() {
    if (pid_ > 0) Stop();
    if (out_ != nullptr) std::fclose(out_);
  }
  const std::string& first_line() const { return first_line_; }
  // SIGTERM; the exit code (-1 if killed).
  int Stop() {
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  FILE* out_ = nullptr;
  std::string first_line_;
};

TEST_F(ServeCliTest, AnswersWithTheCommandsJsonAndStopsOnSigterm) {
  const std::string db = WithRoster("serve.db");
  // A user who may see Lucknow East in full, and a token for them.
  const std::string pw = Write("serve-pw.txt", "booth-45-lucknow\n");
  ASSERT_EQ(Janadhar(db + " users add asha --password-stdin < " + pw).code, 0);
  ASSERT_EQ(
      Janadhar(db + " users grant asha --role office_bearer --unit S24/D:LUCKNOW").code,
      0);
  const auto made = Janadhar(db + " --json users token add asha --label tests");
  ASSERT_EQ(made.code, 0) << made.out;
  const std::string token = json::parse(made.out)["token"];
  ServeProcess server(db);
  const json started = json::parse(server.first_line());
  const std::string url = started["url"];
  ASSERT_EQ(url.rfind("http://127.0.0.1:", 0), 0u) << url;
  EXPECT_EQ(started["threads"], 2);
  http::testing_util::Client client(
      static_cast<uint16_t>(std::stoi(url.substr(url.rfind(':') + 1))));
  const struct {
    std::string command, target;
    int exit_code, status;
  } pairs[] = {
      {"elections", "/api/elections", 0, 200},
      {"analyse parties --election ls2014 --state UP",
       "/api/elections/ls2014/parties?state=UP", 0, 200},
      {"analyse seats --election ls2014 --party BJP --with-nota",
       "/api/elections/ls2014/seats?party=BJP&with_nota=true", 0, 200},
      {"org coverage --unit S24/AC173 --depth 1",
       "/api/org/coverage?unit=S24/AC173&depth=1", 0, 200},
      {"org search 'Ram Kumar' --unit S24/AC173 --unmask",
       "/api/org/search?q=Ram+Kumar&unit=S24/AC173", 0, 200},
      {"analyse booths --election ls2014 --party BJP --state UP --ac 173 --grade-a 15",
       "/api/elections/ls2014/booths?party=BJP&state=UP&ac=173&grade_a=15", 0, 200},
      {"analyse targets --election ls2014 --party INC --state UP --within 12 --booths 3",
       "/api/elections/ls2014/targets?party=INC&state=UP&within=12&booths=3", 0, 200},
      {"analyse booths --election ls2014 --party BJPP --state UP --ac 173",
       "/api/elections/ls2014/booths?party=BJPP&state=UP&ac=173", 3, 404},
      {"analyse parties --election ls2019", "/api/elections/ls2019/parties", 3, 404},
      {"org coverage --unit S24/AC1733", "/api/org/coverage?unit=S24/AC1733", 3, 404},
  };
  for (const auto& p : pairs) {
    const auto cli = Janadhar(db + " --json " + p.command);
    EXPECT_EQ(cli.code, p.exit_code) << p.command << "\n" << cli.out;
    client.Send("GET " + p.target + " HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " +
                token + "\r\n\r\n");
    const auto reply = client.Read();
    EXPECT_EQ(reply.status, p.status) << p.target << "\n" << reply.body;
    EXPECT_EQ(json::parse(reply.body), json::parse(cli.out)) << p.target;
  }
  // Malformed requests get 4xx with a clear message, and the server stays up.
  const auto post = [&client](const std::string& target, const std::string& body) {
    client.Send("POST " + target +
                " HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                "Content-Length: " +
                std::to_string(body.size()) + "\r\n\r\n" + body);
    return client.Read();
  };
  auto bad = post("/api/session", "{\"user\": \"asha\", \"password\": ");
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_TRUE(Has(bad.body, "not valid JSON at line 1")) << bad.body;
  bad = post("/api/session", R"({"user":"asha","pasword":"x"})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "did you mean 'password'")) << bad.body;
  bad = post("/api/session", R"({"user":["asha"],"password":"x"})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(Has(bad.body, "'user' takes a string")) << bad.body;
  client.Send("GET /ui/js/../../../etc/passwd HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.Read().status, 400);
  client.Send("GET /ui/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.Read().status, 400);
  client.Send("GET /ui/app.css HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.Read().status, 200);
  client.Send("GET /api/health HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.Read().status, 200);

  // A forecast: the command reads the scenario's file, the server its text.
  const std::string scenario =
      "base = \"ls2014\"\nsimulations = 2000\nseed = 3\n[swings]\nBJP = -2.0\n";
  const auto forecast =
      Janadhar(db + " --json forecast " + Write("serve.toml", scenario));
  ASSERT_EQ(forecast.code, 0) << forecast.out;
  const std::string body = json{{"scenario", scenario}}.dump();
  client.Send(
      "POST /api/forecast HTTP/1.1\r\nHost: t\r\nContent-Type: "
      "application/json\r\nAuthorization: Bearer " +
      token + "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  const auto projected = client.Read();
  ASSERT_EQ(projected.status, 200) << projected.body;
  json api = json::parse(projected.body), cli = json::parse(forecast.out);
  EXPECT_EQ(api["svg"].get<std::string>().rfind("<?xml", 0), 0u);
  for (json* j : {&api, &cli}) {
    for (const char* key : {"svg", "seconds", "threads"}) j->erase(key);
  }
  EXPECT_EQ(api, cli);
  // Without the token the organisation is closed; the results are not.
  client.Send("GET /api/org/coverage?unit=S24/AC173 HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.Read().status, 401);
  // Revoked, the token lets no one in.
  ASSERT_EQ(Janadhar(db + " users token revoke asha 1").code, 0);
  client.Send(
      "GET /api/org/coverage?unit=S24/AC173 HTTP/1.1\r\nHost: t\r\nAuthorization: "
      "Bearer " +
      token + "\r\n\r\n");
  EXPECT_EQ(client.Read().status, 401);
  EXPECT_EQ(server.Stop(), 0);
}

}  // namespace
}  // namespace janadhar::cli
