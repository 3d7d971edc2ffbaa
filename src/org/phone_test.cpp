#include "org/phone.h"

#include <gtest/gtest.h>

#include <utility>

namespace janadhar::org {
namespace {

TEST(PhoneTest, AcceptsTheUsualForms) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"9876543210", "+919876543210"},          {"98765 43210", "+919876543210"},
      {"98765-43210", "+919876543210"},         {"98765.43210", "+919876543210"},
      {"(98765) 43210", "+919876543210"},       {"09876543210", "+919876543210"},
      {"0 98765 43210", "+919876543210"},       {"919876543210", "+919876543210"},
      {"91 98765 43210", "+919876543210"},      {"+919876543210", "+919876543210"},
      {"+91 98765 43210", "+919876543210"},     {"+91-98765-43210", "+919876543210"},
      {"+91 (0) 98765 43210", "+919876543210"}, {"0091 98765 43210", "+919876543210"},
      {"  6000000000 ", "+916000000000"},       {"7012345678", "+917012345678"},
      {"8.0.1.2.3.4.5.6.7.8", "+918012345678"}, {"\t9123456789\n", "+919123456789"},
      {"9191919191", "+919191919191"},  // ten digits starting 91: not a prefix
  };
  for (const auto& [in, out] : cases) {
    auto r = NormalizePhone(in);
    ASSERT_TRUE(r.ok()) << "'" << in << "': " << r.status().message();
    EXPECT_EQ(*r, out) << in;
  }
}

TEST(PhoneTest, RefusesWithAReason) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "has no digits"},
      {"  - ", "has no digits"},
      {"98765 4321", "too few digits (9 digits"},
      {"12345", "too few digits (5 digits"},
      {"+91 98765", "too few digits"},
      {"98765432101", "too many digits (11 digits"},
      {"+91 98765 432100", "too many digits"},
      {"0522 2345678", "landline"},
      {"0522-234567-8", "landline"},
      {"5222345678", "landline"},
      {"011 2345 6789", "landline"},
      {"+91 11 2345 6789", "landline"},
      {"0000000000", "landline"},
      {"98765 4321O", "letters"},
      {"call 9876543210", "letters"},
      {"9876543210 ext 2", "letters"},
      {"+1 415 555 0100", "only +91"},
      {"+44 7911 123456", "only +91"},
      {"98765+43210", "'+' may only stand"},
      {"++919876543210", "'+' may only stand"},
      {"98765/43210", "has a '/'"},
      {"98765_43210", "has a '_'"},
  };
  for (const auto& [in, text] : cases) {
    auto r = NormalizePhone(in);
    ASSERT_FALSE(r.ok()) << "'" << in << "' gave " << *r;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(text), std::string::npos)
        << "'" << in << "': " << r.status().message();
    EXPECT_NE(r.status().message().find("'" + in + "'"), std::string::npos)
        << r.status().message();
  }
}

TEST(PhoneTest, Mask) {
  EXPECT_EQ(MaskPhone("+919876543210"), "+91******3210");
  EXPECT_EQ(MaskPhone("9876543210"), "**********");
  EXPECT_EQ(MaskPhone("+91987654321x"), "*************");
  EXPECT_EQ(MaskPhone(""), "");
}

TEST(EpicTest, AcceptsAndNormalises) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"ABC1234567", "ABC1234567"},    {"abc1234567", "ABC1234567"},
      {"  UPX0123456 ", "UPX0123456"}, {"ABC 1234567", "ABC1234567"},
      {"aBc 123 4567", "ABC1234567"},  {"\tZZZ9999999\n", "ZZZ9999999"},
  };
  for (const auto& [in, out] : cases) {
    auto r = NormalizeEpic(in);
    ASSERT_TRUE(r.ok()) << "'" << in << "': " << r.status().message();
    EXPECT_EQ(*r, out) << in;
  }
}

TEST(EpicTest, RefusesWithAReason) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "is empty"},
      {"   ", "is empty"},
      {"ABC123456", "9 characters, not 10"},
      {"ABC12345678", "11 characters, not 10"},
      {"AB12345678", "does not start with three letters"},
      {"1234567890", "does not start with three letters"},
      {"ABCD123456", "does not end with seven digits"},
      {"ABC123456O", "does not end with seven digits"},
      {"ABC-1234567", "neither a letter nor a digit"},
      {"ABC/123456", "neither a letter nor a digit"},
      {"अबस1234567", "neither a letter nor a digit"},
  };
  for (const auto& [in, text] : cases) {
    auto r = NormalizeEpic(in);
    ASSERT_FALSE(r.ok()) << "'" << in << "' gave " << *r;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(text), std::string::npos)
        << "'" << in << "': " << r.status().message();
    EXPECT_NE(r.status().message().find("three letters and seven digits"),
              std::string::npos);
  }
}

}  // namespace
}  // namespace janadhar::org
