// JSON bodies: an object of known fields is read with its types; bad JSON is
// refused with its line and column, unknown fields with the closest known
// one, wrong types naming the field and the type, and other content types.
#include "api/body.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace janadhar::api {
namespace {

http::Request With(const std::string& body,
                   const std::string& type = "application/json") {
  http::Request q;
  q.method = "POST";
  q.body = body;
  if (!type.empty()) q.headers.emplace_back("content-type", type);
  return q;
}

std::string Refusal(const std::string& body,
                    std::initializer_list<std::string_view> allowed,
                    const std::string& type = "application/json") {
  const http::Request q = With(body, type);
  auto b = Body::Parse(q, allowed);
  EXPECT_FALSE(b.ok()) << body;
  if (b.ok()) return "";
  EXPECT_EQ(b.status().code(), StatusCode::kInvalidArgument);
  return b.status().message();
}

TEST(BodyTest, ReadsFieldsWithTheirTypes) {
  const http::Request q = With(
      R"({"unit":"S24/AC173/B4","n":12,"rate":0.5,"ok":true,"partners":["SP","BSP"],)"
      R"("max":{"SP":40},"lock":{"Kairana":"RLD"},"none":null})");
  auto b = Body::Parse(q, {"unit", "n", "rate", "ok", "partners", "max", "lock", "none"});
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(*b->Text("unit"), "S24/AC173/B4");
  EXPECT_EQ(*b->Int("n", 0, 0, 100), 12);
  EXPECT_EQ(*b->Number("rate", 0, 0, 1), 0.5);
  EXPECT_TRUE(*b->Bool("ok", false));
  EXPECT_EQ(*b->TextList("partners"), (std::vector<std::string>{"SP", "BSP"}));
  EXPECT_EQ(b->IntMap("max", 0, 543)->at("SP"), 40);
  EXPECT_EQ(b->TextMap("lock")->at("Kairana"), "RLD");
  EXPECT_FALSE(b->OptionalText("none")->has_value());
  EXPECT_EQ(*b->Int("missing", 7, 0, 100), 7);
  EXPECT_EQ(*b->TextOr("missing", "today"), "today");
  EXPECT_EQ(*b->TextOr("none", "today"), "today");
  EXPECT_EQ(*b->TextOr("unit", ""), "S24/AC173/B4");
  EXPECT_FALSE(b->TextOr("n", "").ok());
  EXPECT_TRUE(b->TextList("missing")->empty());
  EXPECT_EQ(b->Text("missing").status().message(), "the field 'missing' is missing");
}

TEST(BodyTest, WrongTypesNameTheFieldAndType) {
  const http::Request q =
      With(R"({"n":"12","rate":2,"ok":"yes","partners":"SP","big":1e30,)"
           R"("neg":-1,"max":{"SP":"40"},"huge":18446744073709551615})");
  auto b = Body::Parse(q, {"n", "rate", "ok", "partners", "big", "neg", "max", "huge"});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->Int("n", 0, 0, 100).status().message(),
            "the field 'n' takes a whole number from 0 to 100");
  EXPECT_EQ(b->Number("rate", 0, 0, 1).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(b->Bool("ok", false).status().message(),
            "the field 'ok' takes true or false");
  EXPECT_EQ(b->TextList("partners").status().message(),
            "the field 'partners' takes a list of strings");
  EXPECT_FALSE(b->Int("big", 0, 0, 100).ok());
  EXPECT_FALSE(b->Int("neg", 0, 0, 100).ok());
  EXPECT_FALSE(b->Int("huge", 0, 0, 100).ok());
  EXPECT_FALSE(b->IntMap("max", 0, 543).ok());
  EXPECT_FALSE(b->Text("rate").ok());
}

TEST(BodyTest, ListsOfWholeNumbers) {
  const http::Request q =
      With(R"({"members":[8,9],"none":[],"text":["8"],"neg":[-1],"one":8,)"
           R"("huge":[18446744073709551615]})");
  auto b = Body::Parse(q, {"members", "none", "text", "neg", "one", "huge"});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*b->IntList("members", 1, 100), (std::vector<int64_t>{8, 9}));
  EXPECT_TRUE(b->IntList("none", 1, 100)->empty());
  EXPECT_TRUE(b->IntList("missing", 1, 100)->empty());
  EXPECT_EQ(b->IntList("text", 1, 100).status().message(),
            "the field 'text' takes a list of whole numbers from 1 to 100");
  EXPECT_FALSE(b->IntList("neg", 1, 100).ok());
  EXPECT_FALSE(b->IntList("one", 1, 100).ok());
  EXPECT_FALSE(b->IntList("huge", 1, 100).ok());
}

TEST(BodyTest, BadJsonSaysWhere) {
  EXPECT_EQ(Refusal("{\n  \"unit\": \"B4\",\n  \"role\" \"x\"\n}", {"unit", "role"}),
            "the body is not valid JSON at line 3, column 12");
  EXPECT_EQ(Refusal("", {"unit"}), "the request has no body; it takes a JSON object");
  EXPECT_EQ(Refusal("[1,2]", {"unit"}), "the body must be a JSON object ({\"…\": …})");
  EXPECT_EQ(Refusal("\"x\"", {"unit"}), "the body must be a JSON object ({\"…\": …})");
}

TEST(BodyTest, UnknownFieldsAreRefusedWithTheClosest) {
  EXPECT_EQ(
      Refusal(R"({"units":"B4"})", {"unit", "role", "person"}),
      "unknown field 'units' (did you mean 'unit'?); this endpoint takes unit, role, "
      "person");
  EXPECT_EQ(Refusal(R"({"x":1})", {}),
            "unknown field 'x'; this endpoint takes no fields");
}

TEST(BodyTest, OtherContentTypesAreRefused) {
  EXPECT_NE(Refusal("unit=B4", {"unit"}, "application/x-www-form-urlencoded")
                .find("Content-Type: application/json"),
            std::string::npos);
  const http::Request untyped = With(R"({"unit":"B4"})", "");
  EXPECT_TRUE(Body::Parse(untyped, {"unit"}).ok());
  const http::Request charset =
      With(R"({"unit":"B4"})", "application/json; charset=utf-8");
  EXPECT_TRUE(Body::Parse(charset, {"unit"}).ok());
}

TEST(BodyTest, NumberMaps) {
  const http::Request q = With(R"({"rates":{"BSP":0.9,"SP":1},"bad":{"SP":"high"}})", "");
  auto b = Body::Parse(q, {"rates", "bad"});
  ASSERT_TRUE(b.ok());
  auto rates = b->NumberMap("rates", 0, 1);
  ASSERT_TRUE(rates.ok());
  EXPECT_EQ(*rates, (std::map<std::string, double>{{"BSP", 0.9}, {"SP", 1.0}}));
  EXPECT_TRUE(b->NumberMap("none", 0, 1)->empty());
  EXPECT_EQ(b->NumberMap("bad", 0, 1).status().message(),
            "the field 'bad' takes an object of numbers from 0 to 1");
  EXPECT_FALSE(b->NumberMap("rates", 0, 0.5).ok());
}

}  // namespace
}  // namespace janadhar::api
