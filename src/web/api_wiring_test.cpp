// The UI's routes as the server reaches them: through api::Api, on an empty
// store (nothing here reads the store), targets parsed as the server parses
// them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "api/routes.h"
#include "api/store_pool.h"
#include "web/assets.h"

namespace janadhar::web {
namespace {

class WebApiWiring : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                     ("janadhar_web_test_" + std::to_string(::getpid())));
    std::filesystem::create_directories(*dir_);
    auto pool = api::StorePool::Open((*dir_ / "web.db").string());
    ASSERT_TRUE(pool.ok()) << pool.status().ToString();
    pool_ = pool->release();
    api_ = new api::Api(*pool_);
  }
  static void TearDownTestSuite() {
    delete api_;
    delete pool_;
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  static http::Response Call(const std::string& target,
                             const std::string& method = "GET") {
    auto t = http::ParseTarget(target);
    if (!t.ok()) {
      http::Response refused;
      refused.status = 400;  // what the server answers before routing
      return refused;
    }
    http::Request q;
    q.method = method;
    q.target = target;
    q.path = t->path;
    q.query = t->query;
    return api_->Handle(q);
  }
  static inline std::filesystem::path* dir_ = nullptr;
  static inline api::StorePool* pool_ = nullptr;
  static inline api::Api* api_ = nullptr;
};

TEST_F(WebApiWiring, ServesTheAppBesideTheApi) {
  http::Response r = Call("/");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(r.body, FindAsset("index.html")->bytes);
  r = Call("/ui/js/pages/org.js?v=1");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(Call("/ui/i18n/hi.json").content_type, "application/json; charset=utf-8");
  EXPECT_EQ(Call("/ui/nothing.css").status, 404);
  EXPECT_EQ(Call("/ui/js/pages/x/y.js").status, 404);
  EXPECT_EQ(Call("/api/nowhere").status, 404);
  EXPECT_EQ(Call("/", "POST").status, 405);
  for (const char* bad : {"/ui/../CMakeLists.txt", "/ui/%2e%2e/assets.cpp",
                          "/ui/js%2F..%2Fx", "/ui/a%5Cb", "/ui/%5C..%5Cassets.cpp"}) {
    const int status = Call(bad).status;
    EXPECT_TRUE(status == 400 || status == 404) << bad << ": " << status;
  }
}

}  // namespace
}  // namespace janadhar::web
