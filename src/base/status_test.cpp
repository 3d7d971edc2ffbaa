#include "base/status.h"

#include <gtest/gtest.h>

#include "base/exit_code.h"

namespace janadhar {
namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) return Status::InvalidArgument("odd");
  return x / 2;
}

Result<int> Quarter(int x) {
  JANADHAR_ASSIGN_OR_RETURN(int h, Half(x));
  return Half(h);
}

TEST(Status, OkAndErrors) {
  EXPECT_TRUE(Status().ok());
  Status s = Status::NotFound("no election named 'x'");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), "not_found: no election named 'x'");
  EXPECT_EQ(ExitCodeFor(s), ExitCode::kNotFound);
  EXPECT_EQ(ExitCodeFor(Status::DataError("bad")), ExitCode::kDataError);
}

TEST(Result, PropagatesErrors) {
  EXPECT_EQ(Quarter(8).value(), 2);
  EXPECT_FALSE(Quarter(6).ok());
  EXPECT_EQ(Quarter(6).status().message(), "odd");
}

}  // namespace
}  // namespace janadhar
