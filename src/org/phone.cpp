#include "org/phone.h"

#include <utility>

namespace janadhar::org {
namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string Quote(std::string_view text) {
  return "'" + std::string(text) + "'";
}

std::string DigitsWord(size_t n) {
  return std::to_string(n) + (n == 1 ? " digit" : " digits");
}

}  // namespace

Result<std::string> NormalizePhone(std::string_view text) {
  std::string digits;
  bool plus = false;
  for (const char c : text) {
    if (IsDigit(c)) {
      digits += c;
    } else if (c == '+') {
      if (plus || !digits.empty()) {
        return Status::InvalidArgument("phone number " + Quote(text) +
                                       ": '+' may only stand before the country code");
      }
      plus = true;
    } else if (IsLetter(c)) {
      return Status::InvalidArgument("phone number " + Quote(text) +
                                     " has letters in it; give digits only");
    } else if (!IsSpace(c) && c != '-' && c != '.' && c != '(' && c != ')') {
      return Status::InvalidArgument("phone number " + Quote(text) + " has a '" +
                                     std::string(1, c) + "' in it");
    }
  }
  if (digits.empty()) {
    return Status::InvalidArgument("phone number " + Quote(text) + " has no digits");
  }
  std::string national = digits;
  if (plus) {
    if (digits.rfind("91", 0) != 0) {
      return Status::InvalidArgument("phone number " + Quote(text) +
                                     " is not an Indian number; only +91 is accepted");
    }
    national = digits.substr(2);
    if (national.size() == 11 && national[0] == '0') national.erase(0, 1);  // +91 (0) …
  } else if (digits.size() == 12 && digits.rfind("91", 0) == 0) {
    national = digits.substr(2);
  } else if (digits.size() == 14 && digits.rfind("0091", 0) == 0) {
    national = digits.substr(4);
  } else if (digits.size() == 11 && digits[0] == '0') {
    national = digits.substr(1);
  }
  if (national.size() < 10) {
    return Status::InvalidArgument("phone number " + Quote(text) +
                                   " has too few digits (" + DigitsWord(national.size()) +
                                   "; a mobile number has 10)");
  }
  if (national.size() > 10) {
    return Status::InvalidArgument(
        "phone number " + Quote(text) + " has too many digits (" +
        DigitsWord(national.size()) + "; a mobile number has 10)");
  }
  if (national[0] < '6') {
    return Status::InvalidArgument(
        "phone number " + Quote(text) +
        " looks like a landline number with its STD code; a mobile number's "
        "10 digits start with 6, 7, 8 or 9");
  }
  return "+91" + national;
}

std::string MaskPhone(std::string_view normalized) {
  bool ok = normalized.size() == 13 && normalized.substr(0, 3) == "+91";
  for (size_t i = 3; ok && i < normalized.size(); ++i) ok = IsDigit(normalized[i]);
  if (!ok) return std::string(normalized.size(), '*');
  return "+91******" + std::string(normalized.substr(9));
}

Result<std::string> NormalizeEpic(std::string_view text) {
  std::string s;
  for (const char c : text) {
    if (IsSpace(c)) continue;
    s += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  // "EPIC number 'AB12': <reason>; it is three letters and seven digits, …"
  const auto refuse = [&text](std::string_view reason) {
    std::string m = "EPIC number ";
    m += Quote(text);
    m += reason;
    m += "; it is three letters and seven digits, e.g. ABC1234567";
    return Status::InvalidArgument(std::move(m));
  };
  if (s.empty()) return refuse(" is empty");
  for (const char c : s) {
    if (!IsDigit(c) && !IsLetter(c)) {
      return refuse(" has a character that is neither a letter nor a digit");
    }
  }
  if (s.size() != 10) {
    return refuse(" has " + std::to_string(s.size()) + " characters, not 10");
  }
  for (size_t i = 0; i < 3; ++i) {
    if (!IsLetter(s[i])) return refuse(" does not start with three letters");
  }
  for (size_t i = 3; i < 10; ++i) {
    if (!IsDigit(s[i])) return refuse(" does not end with seven digits");
  }
  return s;
}

}  // namespace janadhar::org
