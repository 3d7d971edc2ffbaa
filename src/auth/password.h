// Passwords of the system's users: the policy a new password must meet, and
// its one-way hash, argon2id through libsodium (crypto_pwhash_str). Only the
// hash is ever kept; the password is neither stored, logged nor put in an
// error message by anything here.
//
// A hash is the self-describing string libsodium makes:
// "$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>"; it carries its own salt
// and cost, so a hash made with older costs still verifies, and NeedsRehash
// tells when to make it again with the current ones (at the next login).
//
// Ownership: values. Thread-safety: every function may be called from many
// threads; libsodium is initialised once (InitSodium, called by each function
// here) under std::call_once.
// Errors: CheckPasswordPolicy and CheckUserName return InvalidArgument with a
// message saying what is wrong (never echoing the password); HashPassword
// returns Internal when libsodium cannot be initialised or cannot allocate
// the memory the cost asks for.
#pragma once

#include <sodium.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "base/status.h"

namespace janadhar::auth {

// The cost of a hash: libsodium's opslimit and memlimit. The defaults are its
// "interactive" costs (about 0.1 s and 64 MiB on a 2020 server), meant for a
// login. Tests may use crypto_pwhash_OPSLIMIT_MIN / MEMLIMIT_MIN (Fastest()).
struct HashOptions {
  unsigned long long ops_limit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
  size_t mem_limit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

  // The cheapest costs libsodium accepts: for tests only.
  static HashOptions Fastest() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
  }
};

// Initialises libsodium once per process; Internal when it cannot.
Status InitSodium();

// The policy: a password has at least kMinPasswordLength characters (UTF-8
// code points), at most kMaxPasswordBytes bytes, no control characters, and
// is not the user's name (ignoring ASCII case). InvalidArgument saying which
// rule it breaks.
inline constexpr size_t kMinPasswordLength = 8;
inline constexpr size_t kMaxPasswordBytes = 1024;
Status CheckPasswordPolicy(std::string_view user_name, std::string_view password);

// A user name: 2 to 64 characters of ASCII letters, digits, '.', '_' and
// '-', beginning with a letter. Names are compared ignoring ASCII case
// (NormalizeUserName gives the lower-case form the store compares).
inline constexpr size_t kMaxUserNameLength = 64;
Status CheckUserName(std::string_view name);
std::string NormalizeUserName(std::string_view name);

// The argon2id hash of `password` with a fresh random salt. The caller checks
// the policy first; this only refuses (InvalidArgument) a password longer
// than kMaxPasswordBytes.
Result<std::string> HashPassword(std::string_view password,
                                 const HashOptions& options = {});

// Whether `password` is the one `hash` was made from. False for a wrong
// password and for a hash that is not a libsodium password hash. Constant-time
// in the comparison of the hashes (libsodium's).
bool VerifyPassword(std::string_view hash, std::string_view password);

// Whether `hash` was made with costs other than `options` (or is not an
// argon2id hash): a login that verified should then store a new hash.
bool NeedsRehash(std::string_view hash, const HashOptions& options = {});

}  // namespace janadhar::auth
