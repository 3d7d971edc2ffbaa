// Secrets the server hands out: the value of a session cookie, a CSRF token
// and a bearer token for scripts. Each is 32 random bytes (libsodium's
// randombytes_buf) written in unpadded base64url, 43 characters. Only a
// secret's hash is ever stored (HashSecret: BLAKE2b-256 in hex), so a copy of
// the store does not let anyone in; a 256-bit random secret needs no slow
// password hash.
//
// Ownership: values. Thread-safety: every function may be called from many
// threads (libsodium is initialised once, auth/password.h). Errors: NewSecret
// returns Internal when libsodium cannot be initialised.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace janadhar::auth {

inline constexpr size_t kSecretLength = 43;  // base64url of 32 bytes, no padding

// A fresh random secret.
Result<std::string> NewSecret();

// Whether `text` has the shape of a secret (43 base64url characters): the
// cheap check before a look-up, so that junk never reaches the store.
bool LooksLikeSecret(std::string_view text);

// The stored form of a secret: 64 lower-case hex digits of BLAKE2b-256.
std::string HashSecret(std::string_view secret);

// Whether `a` and `b` are equal, in time that depends only on their lengths.
bool EqualSecrets(std::string_view a, std::string_view b);

}  // namespace janadhar::auth
