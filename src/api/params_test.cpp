// Query parameters checked against what an endpoint takes (api/params.h).
#include "api/params.h"

#include <gtest/gtest.h>

namespace janadhar::api {
namespace {

http::Request With(std::vector<std::pair<std::string, std::string>> query) {
  http::Request q;
  q.path = "/api/x";
  q.query = std::move(query);
  return q;
}

TEST(Params, UnknownParametersAreNamed) {
  const auto q = With({{"state", "S24"}, {"stat", "x"}, {"depht", "1"}, {"stat", "y"}});
  auto p = Params::Check(q, {"state", "depth"});
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(
      p.status().message(),
      "unknown query parameters 'stat', 'depht' for /api/x (it takes state, depth)");
  auto none = Params::Check(With({{"x", "1"}}), {});
  EXPECT_EQ(none.status().message(),
            "unknown query parameter 'x' for /api/x (it takes none)");
}

TEST(Params, TwiceIsRefused) {
  auto p = Params::Check(With({{"state", "S24"}, {"state", "S06"}}), {"state"});
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().message(), "query parameter 'state' given more than once");
}

TEST(Params, TypedValues) {
  const auto q = With({{"depth", "2"}, {"active", ""}, {"with_nota", "false"}});
  auto p = Params::Check(q, {"depth", "active", "with_nota", "state"});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(*p->Int("depth", -1, 0, 10), 2);
  EXPECT_EQ(*p->Int("missing", -1, 0, 10), -1);
  EXPECT_TRUE(*p->Bool("active", false));
  EXPECT_FALSE(*p->Bool("with_nota", true));
  EXPECT_TRUE(*p->Bool("missing", true));
  EXPECT_EQ(p->Text("state", "IN"), "IN");
  EXPECT_TRUE(p->Has("depth"));
  EXPECT_FALSE(p->Has("state"));
}

TEST(Params, WrongTypesAreNamed) {
  for (const char* bad : {"two", "2x", "", "-1", "11", "99999999999"}) {
    const auto q = With({{"depth", bad}});
    auto p = Params::Check(q, {"depth"});
    ASSERT_TRUE(p.ok());
    auto n = p->Int("depth", -1, 0, 10);
    ASSERT_FALSE(n.ok()) << bad;
    EXPECT_EQ(n.status().message(),
              "query parameter 'depth' takes a whole number from 0 "
              "to 10, not '" +
                  std::string(bad) + "'");
  }
  const auto q = With({{"active", "yes"}});
  auto b = Params::Check(q, {"active"})->Bool("active", false);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().message(),
            "query parameter 'active' takes true or false, not 'yes'");
}

TEST(Params, NumbersAndRequiredValues) {
  const auto q = With({{"grade_a", "-7.5"}, {"party", ""}});
  auto p = Params::Check(q, {"grade_a", "grade_b", "party"});
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(*p->Number("grade_a", 10, -100, 100), -7.5);
  EXPECT_EQ(*p->Number("grade_b", 0.5, -100, 100), 0.5);
  EXPECT_EQ(p->Required("party", "the party graded").status().message(),
            "query parameter 'party' (the party graded) is missing");
  for (const char* bad : {"high", "1e", " 5", "nan", "inf", "101", ""}) {
    const auto b = With({{"grade_a", bad}});
    auto n = Params::Check(b, {"grade_a"})->Number("grade_a", 10, -100, 100);
    ASSERT_FALSE(n.ok()) << bad;
    EXPECT_EQ(n.status().message(),
              "query parameter 'grade_a' takes a number from -100 "
              "to 100, not '" +
                  std::string(bad) + "'");
  }
}

}  // namespace
}  // namespace janadhar::api
