// The one table from Status codes to HTTP statuses, and the error body.
#include "api/errors.h"

#include <gtest/gtest.h>

namespace janadhar::api {
namespace {

TEST(HttpStatusFor, MapsEveryStatusCode) {
  EXPECT_EQ(HttpStatusFor(StatusCode::kOk), 200);
  EXPECT_EQ(HttpStatusFor(StatusCode::kInvalidArgument), 400);
  EXPECT_EQ(HttpStatusFor(StatusCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(StatusCode::kAlreadyExists), 409);
  EXPECT_EQ(HttpStatusFor(StatusCode::kFailedPrecondition), 409);
  EXPECT_EQ(HttpStatusFor(StatusCode::kDataError), 422);
  EXPECT_EQ(HttpStatusFor(StatusCode::kPermissionDenied), 403);
  EXPECT_EQ(HttpStatusFor(StatusCode::kIoError), 503);
  EXPECT_EQ(HttpStatusFor(StatusCode::kInternal), 500);
  // Every failure is a client (4xx) or server (5xx) error.
  for (int c = 1; c <= static_cast<int>(StatusCode::kInternal); ++c) {
    const int s = HttpStatusFor(static_cast<StatusCode>(c));
    EXPECT_GE(s, 400) << c;
    EXPECT_LT(s, 600) << c;
  }
}

TEST(ErrorResponse, HasTheCliErrorBody) {
  const http::Response r = ErrorResponse(
      Status::NotFound("no election named 'ls2019'; did you mean 'ls2014'?"));
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.content_type, "application/json");
  const auto j = nlohmann::json::parse(r.body);
  EXPECT_EQ(j["error"]["code"], "not_found");
  EXPECT_EQ(j["error"]["message"], "no election named 'ls2019'; did you mean 'ls2014'?");
  EXPECT_EQ(j.size(), 1u);
}

TEST(HttpErrorResponse, NamesTheHttpFailures) {
  const auto code = [](int status) {
    return nlohmann::json::parse(HttpErrorResponse(status, "m").body)["error"]["code"];
  };
  EXPECT_EQ(code(400), "invalid_argument");
  EXPECT_EQ(code(404), "not_found");
  EXPECT_EQ(code(405), "method_not_allowed");
  EXPECT_EQ(code(413), "payload_too_large");
  EXPECT_EQ(code(431), "header_too_large");
  EXPECT_EQ(code(500), "internal");
  EXPECT_EQ(HttpErrorResponse(413, "m").status, 413);
}

TEST(JsonResponse, ReplacesInvalidUtf8InsteadOfThrowing) {
  const http::Response r = JsonResponse({{"name", std::string("bad \xff byte")}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(nlohmann::json::parse(r.body)["name"], "bad \xEF\xBF\xBD byte");
}

}  // namespace
}  // namespace janadhar::api
