// `janadhar comms proposal …` run as a user runs it on a store made from the
// shipped data with the example roster (cli/org_cli_fixture.h: people 1–12,
// #12 has left): a Hindi proposal from a booth submitted, reviewed by three
// members (one changing their view), revised; shown and listed as text,
// JSON, CSV and XLSX with its audit entries; and the messages and exit codes
// of mistakes.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "cli/org_cli_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

using testing_util::Has;
using testing_util::Janadhar;

class CommsProposalCliTest : public testing_util::OrgStoreCliTest {
 protected:
  // Submits a proposal from booth 45; its number.
  static int64_t Submit(const std::string& db) {
    auto r = Janadhar(db +
                      " --json comms proposal submit --from S24/AC173/B45 "
                      "--title 'हर बूथ पर युवा प्रकोष्ठ' --text 'युवाओं को जोड़ें / bring in "
                      "the young' --on 2026-03-01 --by ravi --for S24/AC173/B45");
    EXPECT_EQ(r.code, 0) << r.out;
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    if (j.is_discarded() || !j.contains("proposal")) {
      ADD_FAILURE() << r.out;
      return 0;
    }
    EXPECT_EQ(j["proposal"]["title"], "हर बूथ पर युवा प्रकोष्ठ");
    EXPECT_EQ(j["proposal"]["status"], "submitted");
    EXPECT_TRUE(j["proposal"]["decision"].is_null());
    return j["proposal"]["id"].get<int64_t>();
  }
};

TEST_F(CommsProposalCliTest, ReviewedAndRevisedInEveryFormat) {
  const std::string db = WithRoster("proposal_flow.db");
  const int64_t id = Submit(db);
  ASSERT_GT(id, 0);
  const std::string n = std::to_string(id);
  auto r = Janadhar(db + " comms proposal assign " + n +
                    " --member 8,9 --member 7 --on 2026-03-02 --by ravi");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Proposal " + n + " is under review by #8 विनोद कुमार मौर्य"))
      << r.out;
  for (const char* view :
       {" --member 8 --view oppose --note 'खर्च ज़्यादा' --on 2026-03-03",
        " --member 9 --view abstain --on 2026-03-03",
        " --member 8 --view support --note 'अब सहमत' --on 2026-03-04"}) {
    r = Janadhar(db + " comms proposal view " + n + view + " --by asha");
    ASSERT_EQ(r.code, 0) << r.out;
  }
  EXPECT_TRUE(Has(r.out, "#8 विनोद कुमार मौर्य: support on proposal " + n +
                             " (1 support, 0 oppose, 1 abstain, 1 yet to give a view)"))
      << r.out;
  r = Janadhar(db + " comms proposal decide " + n +
               " --decision revised --reasons 'पहले छोटे स्तर पर' --revised-text "
               "'शक्ति केंद्र स्तर पर युवा प्रकोष्ठ' --on 2026-03-05 --by asha");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Proposal " + n + " revised on 2026-03-05 by asha")) << r.out;

  r = Janadhar(db + " comms proposal show " + n);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Revised text")) << r.out;
  EXPECT_TRUE(Has(r.out, "शक्ति केंद्र स्तर पर युवा प्रकोष्ठ")) << r.out;
  EXPECT_TRUE(Has(r.out, "changed their view from oppose to support (अब सहमत)")) << r.out;
  EXPECT_TRUE(Has(r.out, "review committee assigned: #8")) << r.out;

  r = Janadhar(db + " --json comms proposal show " + n);
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["proposal"]["status"], "revised");
  EXPECT_EQ(j["proposal"]["text"], "युवाओं को जोड़ें / bring in the young");
  EXPECT_EQ(j["proposal"]["decision"]["revised_text"], "शक्ति केंद्र स्तर पर युवा प्रकोष्ठ");
  EXPECT_EQ(j["proposal"]["committee"], nlohmann::json::array({8, 9, 7}));
  EXPECT_EQ(j["tally"]["support"], 1);
  EXPECT_EQ(j["tally"]["abstain"], 1);
  EXPECT_EQ(j["tally"]["pending"], 1);
  EXPECT_EQ(j["committee"][0]["view"], "support");
  EXPECT_EQ(j["committee"][0]["note"], "अब सहमत");
  EXPECT_TRUE(j["committee"][2]["view"].is_null());
  ASSERT_EQ(j["history"].size(), 6u);
  EXPECT_EQ(j["history"][0]["event"], "submitted");
  EXPECT_EQ(j["history"][5]["event"], "decision");
  EXPECT_EQ(j["history"][5]["by"], "asha");

  r = Janadhar(db + " --csv comms proposal show " + n);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Person,Name,View,Note,On\r\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "8,विनोद कुमार मौर्य,support,अब सहमत,2026-03-04")) << r.out;

  const std::string xlsx = (ws_->dir() / "proposal.xlsx").string();
  r = Janadhar(db + " comms proposal show " + n + " --xlsx " + xlsx);
  ASSERT_EQ(r.code, 0) << r.out;
  std::ifstream in(xlsx, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(bytes.substr(0, 2), "PK");

  ASSERT_EQ(Janadhar(db + " comms proposal submit --from S24/D:AGRA --title Other").code,
            0);
  r = Janadhar(db + " --json comms proposal list --unit S24/AC173 --status revised");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["proposals"].size(), 1u);
  EXPECT_EQ(j["proposals"][0]["id"], id);
  r = Janadhar(db + " --json comms proposal list --status submitted");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["proposals"].size(), 1u);
  EXPECT_EQ(j["proposals"][0]["from"], "S24/D:AGRA");
  r = Janadhar(db + " --csv comms proposal list");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "#,Submitted on,From,Title,Status,Committee,Decided on\r\n"))
      << r.out;
  EXPECT_TRUE(Has(r.out, n + ",2026-03-01,S24/AC173/B45,हर बूथ पर युवा प्रकोष्ठ,revised,3,"
                             "2026-03-05"))
      << r.out;
  r = Janadhar(db + " comms proposal list --unit S24/AC173");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "1 proposal from S24/AC173's subtree")) << r.out;

  r = Janadhar(db + " --json org audit --subject 'proposal " + n + "'");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["entries"].size(), 6u);
  EXPECT_EQ(j["entries"][0]["action"], "proposal.decide");
  EXPECT_EQ(j["entries"][0]["before"]["status"], "under_review");
  EXPECT_EQ(j["entries"][0]["after"]["decision"], "revised");
  EXPECT_EQ(j["entries"][1]["action"], "proposal.view");
  EXPECT_EQ(j["entries"][1]["before"]["view"], "oppose");
  EXPECT_EQ(j["entries"][4]["action"], "proposal.assign");
  EXPECT_EQ(j["entries"][5]["action"], "proposal.submit");
}

TEST_F(CommsProposalCliTest, MistakesSayWhatIsWrong) {
  const std::string db = WithRoster("proposal_mistakes.db");
  auto r = Janadhar(db + " comms proposal submit --from S24/AC1733 --title T");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "did you mean")) << r.out;
  const int64_t id = Submit(db);
  ASSERT_GT(id, 0);
  const std::string n = std::to_string(id);
  const std::string cmd = db + " comms proposal ";
  r = Janadhar(cmd + "view " + n + " --member 8 --view support");
  EXPECT_EQ(r.code, 5) << r.out;
  EXPECT_TRUE(Has(r.out, "no review committee yet")) << r.out;
  r = Janadhar(cmd + "decide " + n + " --decision accepted --reasons ok");
  EXPECT_EQ(r.code, 5) << r.out;
  r = Janadhar(cmd + "assign " + n + " --member 8,12");
  EXPECT_EQ(r.code, 5) << r.out;
  EXPECT_TRUE(Has(r.out, "only active members")) << r.out;
  r = Janadhar(cmd + "assign " + n + " --member 99");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "no person #99")) << r.out;
  r = Janadhar(cmd + "assign " + n + " --member 8,8");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "named twice")) << r.out;
  r = Janadhar(cmd + "assign " + n);
  EXPECT_EQ(r.code, 2) << r.out;  // --member is required
  ASSERT_EQ(Janadhar(cmd + "assign " + n + " --member 8,9").code, 0);
  r = Janadhar(cmd + "view " + n + " --member 8 --view suport");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "did you mean 'support'")) << r.out;
  r = Janadhar(cmd + "view " + n + " --member 1 --view support");
  EXPECT_EQ(r.code, 5) << r.out;
  EXPECT_TRUE(Has(r.out, "its members are #8 विनोद कुमार मौर्य, #9 अनीता गुप्ता")) << r.out;
  r = Janadhar(cmd + "decide " + n + " --decision acepted --reasons ok");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "did you mean 'accepted'")) << r.out;
  r = Janadhar(cmd + "decide " + n + " --decision accepted --reasons ' '");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "reasons")) << r.out;
  r = Janadhar(cmd + "decide " + n + " --decision revised --reasons why");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "--revised-text")) << r.out;
  ASSERT_EQ(
      Janadhar(cmd + "decide " + n + " --decision rejected --reasons 'बजट नहीं'").code, 0);
  r = Janadhar(cmd + "view " + n + " --member 8 --view support");
  EXPECT_EQ(r.code, 5) << r.out;
  EXPECT_TRUE(Has(r.out, "is closed")) << r.out;
  r = Janadhar(db + " --json comms proposal show 99");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out)["error"]["code"], "not_found") << r.out;
  r = Janadhar(cmd + "list --status open");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "under_review")) << r.out;
}

}  // namespace
}  // namespace janadhar::cli
