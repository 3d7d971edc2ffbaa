// `janadhar users …` run as a user runs it on the shipped-data store
// (cli/org_cli_fixture.h): a user added with a password from stdin or a
// file, roles granted at a district and revoked, listed as text, JSON and
// CSV, a password checked, and the messages and exit codes of mistakes.
#include <gtest/gtest.h>

#include <string>

#include "cli/org_cli_fixture.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {
namespace {

using testing_util::Has;
using testing_util::Janadhar;

class UsersCliTest : public testing_util::OrgStoreCliTest {};

TEST_F(UsersCliTest, AddGrantListCheckRevoke) {
  const std::string db = Base("users_flow.db");
  const std::string pw = Write("pw.txt", "booth-45-lucknow\n");
  auto r =
      Janadhar(db + " users add Ramesh --display-name 'रमेश कुमार' --password-stdin < " +
               pw + " --by asha");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(
      Has(r.out, "User Ramesh added; give them a role: janadhar users grant Ramesh"))
      << r.out;
  EXPECT_FALSE(Has(r.out, "booth-45-lucknow"));

  r = Janadhar(db +
               " users grant ramesh --role office-bearer --unit S24/D:LUCKNOW --by asha");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Ramesh now holds office_bearer at S24/D:LUCKNOW")) << r.out;
  EXPECT_TRUE(Has(r.out, "Granted by")) << r.out;  // the roles table
  r = Janadhar(db +
               " --json users grant ramesh --role viewer --unit S24/AC173 --by asha");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  ASSERT_EQ(j["user"]["grants"].size(), 2u);
  EXPECT_EQ(j["user"]["grants"][0]["role"], "viewer");
  EXPECT_EQ(j["user"]["grants"][0]["unit"], "S24/AC173");
  EXPECT_EQ(j["user"]["grants"][0]["granted_by"], "asha");
  EXPECT_EQ(j["user"]["display_name"], "रमेश कुमार");

  r = Janadhar(db + " users list");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "viewer at S24/AC173; office_bearer at S24/D:LUCKNOW")) << r.out;
  r = Janadhar(db + " --csv users list");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "User,Display name,Created on,Status,Roles")) << r.out;
  EXPECT_TRUE(Has(r.out, "Ramesh,रमेश कुमार,")) << r.out;
  EXPECT_FALSE(Has(r.out, "argon2"));
  r = Janadhar(db + " --json users list");
  ASSERT_EQ(r.code, 0) << r.out;
  j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  ASSERT_EQ(j["users"].size(), 1u);
  EXPECT_FALSE(j["users"][0]["disabled"].get<bool>());

  r = Janadhar(db + " users check RAMESH --password-file " + pw);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "The password of Ramesh is correct.")) << r.out;
  EXPECT_TRUE(Has(r.out, "S24/D:LUCKNOW")) << r.out;

  r = Janadhar(db + " users revoke ramesh --role viewer --unit S24/AC173");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Ramesh no longer holds viewer at S24/AC173")) << r.out;

  const std::string pw2 = Write("pw2.txt", "a-new-password\n");
  r = Janadhar(db + " users passwd ramesh --password-file " + pw2);
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Password of ramesh changed.")) << r.out;
  r = Janadhar(db + " users check ramesh --password-stdin < " + pw2);
  EXPECT_EQ(r.code, 0) << r.out;

  // Disabled: the right password no longer logs in, the roles are kept.
  r = Janadhar(db + " users disable ramesh --by admin");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "is disabled")) << r.out;
  EXPECT_TRUE(Has(r.out, "S24/D:LUCKNOW")) << r.out;
  r = Janadhar(db + " users check ramesh --password-stdin < " + pw2);
  EXPECT_EQ(r.code, 7) << r.out;
  r = Janadhar(db + " users disable ramesh");
  EXPECT_EQ(r.code, 5) << r.out;  // already disabled
  r = Janadhar(db + " users enable ramesh");
  ASSERT_EQ(r.code, 0) << r.out;
  r = Janadhar(db + " users check ramesh --password-stdin < " + pw2);
  EXPECT_EQ(r.code, 0) << r.out;
  r = Janadhar(db + " --json org audit --subject 'user Ramesh' --limit 2");
  ASSERT_EQ(r.code, 0) << r.out;
  auto audit = nlohmann::json::parse(r.out);
  ASSERT_EQ(audit["entries"].size(), 2u) << r.out;
  EXPECT_EQ(audit["entries"][0]["action"], "user.enable");
  EXPECT_EQ(audit["entries"][1]["action"], "user.disable");
  EXPECT_EQ(audit["entries"][1]["actor"], "admin");
}

TEST_F(UsersCliTest, MistakesAndTheirExitCodes) {
  const std::string db = Base("users_mistakes.db");
  const std::string pw = Write("pw-m.txt", "booth-45-lucknow\n");
  const std::string short_pw = Write("short.txt", "abc\n");
  // No password source: usage (2); a password on the command line is no flag.
  auto r = Janadhar(db + " users add ramesh");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "--password-stdin or --password-file")) << r.out;
  r = Janadhar(db + " users add ramesh --password booth-45-lucknow");
  EXPECT_EQ(r.code, 2) << r.out;
  r = Janadhar(db + " users add ramesh --password-file " + short_pw);
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "at least 8 characters")) << r.out;
  EXPECT_FALSE(Has(r.out, "abc\n"));
  ASSERT_EQ(Janadhar(db + " users add ramesh --password-file " + pw).code, 0);
  r = Janadhar(db + " --json users add RAMESH --password-file " + pw);
  EXPECT_EQ(r.code, 2) << r.out;  // already exists: a bad value
  EXPECT_TRUE(Has(r.out, "\"error\"")) << r.out;

  r = Janadhar(db + " users grant ramesh --role wroker --unit S24/AC173");
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_TRUE(Has(r.out, "did you mean 'worker'")) << r.out;
  r = Janadhar(db + " users grant ramesh --role worker --unit S24/AC999");
  EXPECT_EQ(r.code, 3) << r.out;
  r = Janadhar(db + " users grant rameshh --role worker --unit S24/AC173");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "did you mean 'ramesh'")) << r.out;
  r = Janadhar(db + " users revoke ramesh --role admin --unit S24");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "they hold no role")) << r.out;

  const std::string wrong = Write("wrong.txt", "booth-46-lucknow\n");
  r = Janadhar(db + " users check ramesh --password-file " + wrong);
  EXPECT_EQ(r.code, 7) << r.out;
  EXPECT_TRUE(Has(r.out, "wrong user name or password")) << r.out;
  r = Janadhar(db + " users check suresh --password-file " + pw);
  EXPECT_EQ(r.code, 7) << r.out;
  EXPECT_TRUE(Has(r.out, "wrong user name or password")) << r.out;
}

TEST_F(UsersCliTest, TokensAreShownOnceListedAndRevoked) {
  const std::string db = Base("users_tokens.db");
  const std::string pw = Write("pw-token.txt", "booth-45-lucknow\n");
  ASSERT_EQ(Janadhar(db + " users add ramesh --password-stdin < " + pw).code, 0);
  auto r = Janadhar(db + " users token add ramesh --label 'coverage export'");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Token 1 of ramesh (coverage export); it is shown only now:"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "Authorization: Bearer")) << r.out;
  r = Janadhar(db + " --json users token list ramesh");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["tokens"].size(), 1u);
  EXPECT_EQ(j["tokens"][0]["label"], "coverage export");
  EXPECT_TRUE(j["tokens"][0]["revoked_on"].is_null());
  EXPECT_FALSE(j["tokens"][0].contains("token"));  // never shown again
  r = Janadhar(db + " users token revoke ramesh 1");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(Has(r.out, "Token 1 of ramesh is revoked")) << r.out;
  r = Janadhar(db + " users token revoke ramesh 1");
  EXPECT_EQ(r.code, 5) << r.out;  // already revoked: failed precondition
  EXPECT_TRUE(Has(r.out, "already revoked")) << r.out;
  r = Janadhar(db + " users token revoke ramesh 9");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_TRUE(Has(r.out, "users token list ramesh")) << r.out;
  r = Janadhar(db + " users token add ramesh");
  EXPECT_EQ(r.code, 2) << r.out;  // --label is required
  r = Janadhar(db + " --json org audit --subject 'user ramesh'");
  EXPECT_TRUE(Has(r.out, "token.add") && Has(r.out, "token.revoke")) << r.out;
}

}  // namespace
}  // namespace janadhar::cli
