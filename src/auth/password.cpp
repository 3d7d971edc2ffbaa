#include "auth/password.h"

#include <mutex>

namespace janadhar::auth {
namespace {

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAsciiDigit(char c) {
  return c >= '0' && c <= '9';
}
char LowerAscii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Code points of a UTF-8 string: the bytes that do not continue a sequence.
size_t CodePoints(std::string_view text) {
  size_t n = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// libsodium wants a NUL-terminated hash of at most crypto_pwhash_STRBYTES - 1
// bytes: copies `hash` into `out`, false when it cannot be one.
bool ToHashBuffer(std::string_view hash, char (&out)[crypto_pwhash_STRBYTES]) {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  if (hash.find('\0') != std::string_view::npos) return false;
  hash.copy(out, hash.size());
  out[hash.size()] = '\0';
  return true;
}

}  // namespace

Status InitSodium() {
  static std::once_flag once;
  static int result = -1;
  std::call_once(once, [] { result = sodium_init(); });
  // 0: initialised now; 1: already initialised (by someone else).
  if (result < 0) return Status::Internal("libsodium could not be initialised");
  return Status::Ok();
}

Status CheckUserName(std::string_view name) {
  if (name.size() < 2 || name.size() > kMaxUserNameLength) {
    return Status::InvalidArgument("a user name has 2 to " +
                                   std::to_string(kMaxUserNameLength) +
                                   " characters, not " + std::to_string(name.size()));
  }
  if (!IsAsciiLetter(name.front())) {
    return Status::InvalidArgument("user name '" + std::string(name) +
                                   "' must begin with a letter (a-z)");
  }
  for (const char c : name) {
    if (!IsAsciiLetter(c) && !IsAsciiDigit(c) && c != '.' && c != '_' && c != '-') {
      return Status::InvalidArgument(
          "user name '" + std::string(name) +
          "' may hold only letters a-z, digits, '.', '_' and '-'");
    }
  }
  return Status::Ok();
}

std::string NormalizeUserName(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

Status CheckPasswordPolicy(std::string_view user_name, std::string_view password) {
  if (password.size() > kMaxPasswordBytes) {
    return Status::InvalidArgument("the password is longer than " +
                                   std::to_string(kMaxPasswordBytes) + " bytes");
  }
  if (CodePoints(password) < kMinPasswordLength) {
    return Status::InvalidArgument("the password is too short: it needs at least " +
                                   std::to_string(kMinPasswordLength) + " characters");
  }
  for (const char c : password) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      return Status::InvalidArgument(
          "the password holds a control character (a newline or tab?); "
          "give it without one");
    }
  }
  if (NormalizeUserName(password) == NormalizeUserName(user_name)) {
    return Status::InvalidArgument("the password must not be the user name");
  }
  return Status::Ok();
}

Result<std::string> HashPassword(std::string_view password, const HashOptions& options) {
  JANADHAR_RETURN_IF_ERROR(InitSodium());
  if (password.size() > kMaxPasswordBytes) {
    return Status::InvalidArgument("the password is longer than " +
                                   std::to_string(kMaxPasswordBytes) + " bytes");
  }
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), options.ops_limit,
                            options.mem_limit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::Internal("could not hash the password (out of memory for a cost of " +
                            std::to_string(options.mem_limit / 1024) + " KiB?)");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  if (!InitSodium().ok()) return false;
  char buffer[crypto_pwhash_STRBYTES];
  if (!ToHashBuffer(hash, buffer)) return false;
  return crypto_pwhash_str_verify(buffer, password.data(), password.size()) == 0;
}

bool NeedsRehash(std::string_view hash, const HashOptions& options) {
  if (!InitSodium().ok()) return true;
  char buffer[crypto_pwhash_STRBYTES];
  if (!ToHashBuffer(hash, buffer)) return true;
  if (hash.substr(0, 10) != "$argon2id$") return true;
  return crypto_pwhash_str_needs_rehash(buffer, options.ops_limit, options.mem_limit) !=
         0;
}

}  // namespace janadhar::auth
