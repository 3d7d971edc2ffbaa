// Secrets: fresh ones differ and have the documented shape; the hash is
// stable, hex and not the secret; the shape check refuses junk.
#include "auth/secret.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace janadhar::auth {
namespace {

TEST(SecretTest, FreshSecretsDifferAndLookRight) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    auto s = NewSecret();
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    EXPECT_EQ(s->size(), kSecretLength);
    EXPECT_TRUE(LooksLikeSecret(*s)) << *s;
    seen.insert(*s);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(SecretTest, TheHashIsStableHexAndNotTheSecret) {
  const std::string secret(kSecretLength, 'A');
  const std::string h = HashSecret(secret);
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(h, HashSecret(secret));
  EXPECT_NE(h, HashSecret(std::string(kSecretLength, 'B')));
}

TEST(SecretTest, JunkDoesNotLookLikeASecret) {
  EXPECT_FALSE(LooksLikeSecret(""));
  EXPECT_FALSE(LooksLikeSecret(std::string(kSecretLength - 1, 'a')));
  EXPECT_FALSE(LooksLikeSecret(std::string(kSecretLength + 1, 'a')));
  std::string bad(kSecretLength, 'a');
  bad[5] = '=';
  EXPECT_FALSE(LooksLikeSecret(bad));
  bad[5] = ';';
  EXPECT_FALSE(LooksLikeSecret(bad));
}

TEST(SecretTest, EqualSecretsComparesWholeStrings) {
  EXPECT_TRUE(EqualSecrets("abc", "abc"));
  EXPECT_FALSE(EqualSecrets("abc", "abd"));
  EXPECT_FALSE(EqualSecrets("abc", "abcd"));
  EXPECT_TRUE(EqualSecrets("", ""));
}

}  // namespace
}  // namespace janadhar::auth
