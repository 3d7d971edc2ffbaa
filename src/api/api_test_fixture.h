// A store for the API tests, made once per test process from the shipped
// data through the services: the 2008 delimitation, the 2014 results, the
// Form-20 of one UP segment (AC 173, Lucknow East), Uttar Pradesh's unit
// tree with its districts, the units of data/examples/units.csv and the 12
// people of data/examples/roster.csv, and five users with a bearer token
// each (Token(name)):
//   state_worker  worker at S24 (reads all of UP, phones masked)
//   ac_bearer     office_bearer at S24/AC173 (Lucknow East, unmasked)
//   agra_viewer   viewer at S24/D:AGRA (not Lucknow East)
//   national      admin at IN
//   no_role       no role anywhere
// Their password is "password-<name>". Tests that write use stores of their
// own.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "api/routes.h"
#include "api/store_pool.h"
#include "service/auth_sessions.h"
#include "service/auth_users.h"
#include "service/import_service.h"
#include "service/org_import.h"
#include "service/org_service.h"

namespace janadhar::api::testing_util {

class ApiStoreTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    namespace fs = std::filesystem;
    dir_ = new fs::path(fs::path(::testing::TempDir()) /
                        ("janadhar_api_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_ / "form20");
    const std::string data = std::string(JANADHAR_SOURCE_DIR) + "/data/";
    fs::copy_file(data + "ls2014/form20-up/173.csv.gz", *dir_ / "form20" / "173.csv.gz");
    db_ = new std::string((*dir_ / "t.db").string());
    {
      auto opened = store::OpenStore(*db_);
      ASSERT_TRUE(opened.ok()) << opened.status().ToString();
      store::Store& s = **opened;
      service::ImportOptions o;
      o.delimitation = "2008";
      Check(service::ImportDelimitation(s, data + "reference/ac-pc-2008.csv", o));
      o = {};
      o.election = "ls2014";
      Check(service::ImportResults(s, data + "ls2014/candidates.csv", o));
      o.state = "S24";
      Check(service::ImportForm20(s, (*dir_ / "form20").string(), o));
      service::OrgBootstrapRequest b;
      b.state = "UP";
      b.districts_file = data + "reference/up-ac-districts.csv";
      Check(service::BootstrapOrg(s, b));
      service::UnitsImportRequest u;
      u.file = data + "examples/units.csv";
      Check(service::ImportUnits(s, u));
      service::RosterImportRequest r;
      r.file = data + "examples/roster.csv";
      Check(service::ImportRoster(s, r));
      tokens_ = new std::map<std::string, std::string>();
      const std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
          users = {{"state_worker", {"worker", "S24"}},
                   {"ac_bearer", {"office_bearer", "S24/AC173"}},
                   {"agra_viewer", {"viewer", "S24/D:AGRA"}},
                   {"national", {"admin", "IN"}},
                   {"no_role", {"", ""}}};
      const service::OrgActor cli{"tester", ""};
      for (const auto& [name, grant] : users) {
        Check(service::AddUser(s, {name, "", "password-" + name}, cli,
                               auth::HashOptions::Fastest()));
        if (!grant.first.empty()) {
          Check(service::GrantRole(s, name, grant.first, grant.second, cli));
        }
        auto token = service::AddToken(s, name, "tests", cli);
        Check(token);
        (*tokens_)[name] = token->secret;
      }
    }
    auto pool = StorePool::Open(*db_);
    ASSERT_TRUE(pool.ok()) << pool.status().ToString();
    pool_ = pool->release();
    api_ = new Api(*pool_);
  }
  static void TearDownTestSuite() {
    delete api_;
    delete pool_;
    std::filesystem::remove_all(*dir_);
    delete dir_;
    delete db_;
    delete tokens_;
  }

  template <typename T>
  static void Check(const Result<T>& r) {
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }

  // The bearer token of a fixture user.
  static std::string Token(const std::string& user) { return tokens_->at(user); }

  // The request `method target` as the server would route it, from fixture
  // user `as` ("" = anonymous) with `body`.
  static http::Request MakeRequest(const std::string& target, const std::string& method,
                                   const std::string& as, const std::string& body) {
    http::Request q;
    q.method = method;
    q.body = body;
    q.client = "127.0.0.1";
    if (!as.empty()) q.headers.emplace_back("Authorization", "Bearer " + Token(as));
    q.target = target;
    auto t = http::ParseTarget(target);
    EXPECT_TRUE(t.ok()) << target;
    if (t.ok()) {
      q.path = t->path;
      q.query = t->query;
    }
    return q;
  }

  // The response of the shared Api to MakeRequest(…).
  static http::Response Call(const std::string& target, const std::string& method = "GET",
                             const std::string& as = "", const std::string& body = "") {
    const http::Request q = MakeRequest(target, method, as, body);
    if (q.path.empty()) return {};
    return api_->Handle(q);
  }

  static inline std::filesystem::path* dir_ = nullptr;
  static inline std::string* db_ = nullptr;
  static inline StorePool* pool_ = nullptr;
  static inline Api* api_ = nullptr;
  static inline std::map<std::string, std::string>* tokens_ = nullptr;
};

}  // namespace janadhar::api::testing_util
