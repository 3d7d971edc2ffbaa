#include "auth/password.h"

#include <gtest/gtest.h>

namespace janadhar::auth {
namespace {

TEST(PasswordTest, HashIsArgon2idAndVerifies) {
  auto hash = HashPassword("correct horse", HashOptions::Fastest());
  ASSERT_TRUE(hash.ok()) << hash.status().ToString();
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << *hash;
  EXPECT_EQ(hash->find("correct horse"), std::string::npos);
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horsE"));
  EXPECT_FALSE(VerifyPassword(*hash, ""));
}

TEST(PasswordTest, EachHashHasItsOwnSalt) {
  auto a = HashPassword("same password", HashOptions::Fastest());
  auto b = HashPassword("same password", HashOptions::Fastest());
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(*a, *b);
  EXPECT_TRUE(VerifyPassword(*b, "same password"));
}

TEST(PasswordTest, GarbageHashDoesNotVerify) {
  EXPECT_FALSE(VerifyPassword("", "password1"));
  EXPECT_FALSE(VerifyPassword("password1", "password1"));
  EXPECT_FALSE(VerifyPassword(std::string(500, '$'), "password1"));
}

TEST(PasswordTest, NeedsRehashWhenCostsChange) {
  const HashOptions fast = HashOptions::Fastest();
  auto hash = HashPassword("a long password", fast);
  ASSERT_TRUE(hash.ok());
  EXPECT_FALSE(NeedsRehash(*hash, fast));
  EXPECT_TRUE(NeedsRehash(*hash, HashOptions{}));  // the interactive defaults
  EXPECT_TRUE(NeedsRehash("not a hash", fast));
}

TEST(PasswordTest, PolicyRefusesShortAndNamePasswords) {
  EXPECT_TRUE(CheckPasswordPolicy("ramesh", "s3cret-pass").ok());
  Status s = CheckPasswordPolicy("ramesh", "short7!");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("at least 8"), std::string::npos) << s.message();
  EXPECT_EQ(s.message().find("short7!"), std::string::npos);  // never echoed
  // Eight Devanagari letters are eight characters, though 24 bytes.
  EXPECT_TRUE(CheckPasswordPolicy("ramesh", "कखगघचछजझ").ok());
  EXPECT_FALSE(CheckPasswordPolicy("ramesh", "कखगघचछज").ok());
  s = CheckPasswordPolicy("Office.Agra", "office.AGRA");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("user name"), std::string::npos);
  EXPECT_FALSE(CheckPasswordPolicy("ramesh", "password\n").ok());
  EXPECT_FALSE(
      CheckPasswordPolicy("ramesh", std::string(kMaxPasswordBytes + 1, 'x')).ok());
}

TEST(PasswordTest, UserNames) {
  EXPECT_TRUE(CheckUserName("ramesh").ok());
  EXPECT_TRUE(CheckUserName("Office.Agra-2_b").ok());
  EXPECT_FALSE(CheckUserName("r").ok());
  EXPECT_FALSE(CheckUserName("2ramesh").ok());
  EXPECT_FALSE(CheckUserName("ram esh").ok());
  EXPECT_FALSE(CheckUserName("राम").ok());
  EXPECT_FALSE(CheckUserName(std::string(kMaxUserNameLength + 1, 'a')).ok());
  EXPECT_EQ(NormalizeUserName("Office.AGRA"), "office.agra");
}

}  // namespace
}  // namespace janadhar::auth
