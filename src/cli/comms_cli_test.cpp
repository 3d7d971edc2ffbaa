// `janadhar comms directive …` run as a user runs it on a store made from the
// shipped data (cli/org_cli_fixture.h: AC 173's 361 booths): sending to a
// level, acknowledging and completing with Hindi notes, compliance and the
// overdue list in every output format, the audit log, and the messages and
// exit codes of mistakes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "cli/org_cli_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

using testing_util::Has;
using testing_util::Janadhar;

class CommsCliTest : public testing_util::OrgStoreCliTest {
 protected:
  // Sends a directive from AC 173 to its booths; its number.
  static int64_t SendToBooths(const std::string& db) {
    auto r = Janadhar(db +
                      " --json comms directive send --unit S24/AC173 --level booth "
                      "--title 'बूथ संपर्क अभियान' --text 'हर घर जाएँ' --deadline 2026-03-10 "
                      "--on 2026-03-01 --by ravi --for S24/AC173");
    EXPECT_EQ(r.code, 0) << r.out;
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    if (j.is_discarded() || !j.contains("directive")) {
      ADD_FAILURE() << r.out;
      return 0;
    }
    EXPECT_EQ(j["directive"]["targets"], 361);
    EXPECT_EQ(j["directive"]["level"], "booth");
    EXPECT_EQ(j["directive"]["title"], "बूथ संपर्क अभियान");
    EXPECT_EQ(j["directive"]["issued_by"], "ravi");
    return j["directive"]["id"].get<int64_t>();
  }
};

TEST_F(CommsCliTest, SendAcknowledgeCompleteAndShow) {
  const std::string db = Base("comms_send.db");
  const int64_t id = SendToBooths(db);
  ASSERT_GT(id, 0);
  const std::string n = std::to_string(id);
  auto r = Janadhar(db + " comms directive ack " + n +
                    " --unit S24/AC173/B1 --on 2026-03-02 --by asha");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "S24/AC173/B1 acknowledged directive " + n + " on 2026-03-02"))
      << r.out;
  r = Janadhar(
      db + " --json comms directive done " + n +
      " --unit S24/AC173/B1 --on 2026-03-06 --note '४२ घर, 3 नए सदस्य' --by asha");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["target"]["state"], "done");
  EXPECT_EQ(j["target"]["note"], "४२ घर, 3 नए सदस्य");
  EXPECT_EQ(j["target"]["acked_on"], "2026-03-02");

  r = Janadhar(db + " comms directive done " + n +
               " --unit S24/AC173/B1 --note again --on 2026-03-07");
  EXPECT_EQ(r.code, 5) << r.out;
  EXPECT_TRUE(Has(r.out, "completed directive " + n + " on 2026-03-06")) << r.out;

  r = Janadhar(db + " comms directive show " + n +
               " --unit S24/AC173/B1 --as-of 2026-03-11");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "बूथ संपर्क अभियान")) << r.out;
  EXPECT_TRUE(Has(r.out, "1 of 361 done")) << r.out;
  EXPECT_TRUE(Has(r.out, "४२ घर, 3 नए सदस्य")) << r.out;

  r = Janadhar(db + " --json comms directive list --unit S24/AC173/B7");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["directives"].size(), 1u);
  EXPECT_EQ(j["directives"][0]["done"], 1);
  EXPECT_EQ(j["directives"][0]["acknowledged"], 1);

  r = Janadhar(db + " --json org audit --subject 'directive " + n + "'");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["entries"].size(), 3u);
  EXPECT_EQ(j["entries"][0]["action"], "directive.done");
  EXPECT_EQ(j["entries"][2]["action"], "directive.send");
  EXPECT_EQ(j["entries"][2]["actor_unit"], "S24/AC173");
  EXPECT_EQ(j["entries"][2]["after"]["title"], "बूथ संपर्क अभियान");
}

TEST_F(CommsCliTest, ComplianceAndOverdueInEveryFormat) {
  const std::string db = Base("comms_compliance.db");
  const int64_t id = SendToBooths(db);
  ASSERT_GT(id, 0);
  const std::string n = std::to_string(id);
  ASSERT_EQ(Janadhar(db + " comms directive done " + n +
                     " --unit S24/AC173/B1 --note ok --on 2026-03-05")
                .code,
            0);
  ASSERT_EQ(
      Janadhar(db + " comms directive ack " + n + " --unit S24/AC173/B2 --on 2026-03-05")
          .code,
      0);
  auto r = Janadhar(db + " comms directive compliance " + n + " --as-of 2026-03-12");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(
      Has(r.out, "1 of 361 done (0.28%), 2 acknowledged, 360 overdue on 2026-03-12"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "Compliance by unit")) << r.out;

  r = Janadhar(db + " --json comms directive compliance " + n + " --as-of 2026-03-12");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["total"]["targets"], 361);
  EXPECT_EQ(j["total"]["overdue"], 360);
  EXPECT_EQ(j["unit"], "S24/AC173");
  EXPECT_GT(j["units"].size(), 361u);  // every unit with a target below it

  r = Janadhar(db + " --csv comms directive compliance " + n + " --as-of 2026-03-12");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Unit,Name,Level,Targets,Acknowledged,Done,Done late,Overdue"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "S24/AC173/B1,")) << r.out.substr(0, 400);

  r = Janadhar(db + " comms directive overdue " + n + " --as-of 2026-03-12 --show 5");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "360 of 361 target units in S24/AC173 are late on 2026-03-12"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "The first 5 of 360 late units")) << r.out;

  r = Janadhar(db + " --json comms directive overdue " + n + " --as-of 2026-03-12");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["late"], 360);
  ASSERT_FALSE(j["escalations"].empty());
  EXPECT_TRUE(
      j["escalations"][0]["escalated_to"].get<std::string>().rfind("S24/AC173/", 0) == 0)
      << j["escalations"][0];
  EXPECT_EQ(j["escalations"][0]["late"][0]["unit"], "S24/AC173/B2");
  EXPECT_EQ(j["escalations"][0]["late"][0]["state"], "acknowledged");
  EXPECT_EQ(j["escalations"][0]["late"][0]["days_late"], 2);

  const std::string xlsx = (ws_->dir() / "compliance.xlsx").string();
  r = Janadhar(db + " comms directive compliance " + n + " --as-of 2026-03-12 --xlsx " +
               xlsx);
  ASSERT_EQ(r.code, 0) << r.out;
  std::ifstream in(xlsx, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(bytes.substr(0, 2), "PK");
  // The list and a directive's record go to workbooks too.
  for (const std::string& cmd : {std::string("list"), "show " + n}) {
    const std::string file = (ws_->dir() / "directive.xlsx").string();
    std::filesystem::remove(file);
    r = Janadhar(db + " comms directive " + cmd + " --xlsx " + file);
    ASSERT_EQ(r.code, 0) << cmd << "\n" << r.out;
    std::ifstream book(file, std::ios::binary);
    const std::string head((std::istreambuf_iterator<char>(book)), {});
    EXPECT_EQ(head.substr(0, 2), "PK") << cmd;
  }
}

TEST_F(CommsCliTest, MistakesSayWhatIsWrong) {
  const std::string db = Base("comms_mistakes.db");
  auto r = Janadhar(
      db + " comms directive send --unit S24/AC173 --title T --deadline 10/03/2026");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "deadline: date '10/03/2026' is not written YYYY-MM-DD"))
      << r.out;
  r = Janadhar(db +
               " comms directive send --unit S24/AC999 --title T --deadline 2099-01-01");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "no unit 'S24/AC999'")) << r.out;
  r = Janadhar(db +
               " comms directive send --unit S24 --level bothh --title T "
               "--deadline 2099-01-01");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "booth")) << r.out;
  r = Janadhar(
      db + " comms directive send --unit S24/AC173/B1 --title T --deadline 2099-01-01");
  EXPECT_EQ(r.code, 5) << r.out;
  r = Janadhar(db + " comms directive ack 42 --unit S24/AC173/B1");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "no directive 42")) << r.out;
  r = Janadhar(db + " comms directive done 1 --unit S24/AC173/B1");
  EXPECT_EQ(r.code, 2) << r.out;  // --note is required
  r = Janadhar(db + " --json comms directive compliance 42");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out)["error"]["code"], "not_found") << r.out;
  r = Janadhar(db + " --json comms directive list");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(nlohmann::json::parse(r.out)["directives"].empty());
}

}  // namespace
}  // namespace janadhar::cli
