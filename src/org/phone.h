// Identifiers of people as the party records them: Indian mobile numbers and
// EPIC (voter-ID card) numbers, checked and brought to one spelling so that
// the same person typed twice is found as one (DESIGN.md: a phone is unique).
//
// Thread-safety: pure functions.
// Errors: InvalidArgument with a message for the person at the keyboard,
// quoting what was typed and saying what is wrong.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace janadhar::org {

// An Indian mobile number as "+91XXXXXXXXXX". Accepted: spaces, dashes, dots
// and parentheses anywhere; before the ten digits a leading "0", "91", "+91"
// or "0091"; the ten digits start with 6, 7, 8 or 9.
// "098765 43210", "+91 (98765) 43210", "91-98765.43210" → "+919876543210".
// Errors: empty; letters or other characters; "+" not at the start, or a
// country code other than +91; too few or too many digits; a number whose ten
// digits start with 0–5 (a landline with its STD code, e.g. "0522 2345678").
Result<std::string> NormalizePhone(std::string_view text);

// A normalised number with all but the country code and the last four digits
// hidden, for those without the right to see it: "+91******3210". Anything
// that is not a normalised number comes back as all '*'.
std::string MaskPhone(std::string_view normalized);

// An EPIC number: three letters and seven digits, "ABC1234567". Spaces (at
// the ends or inside) are removed and letters upper-cased first.
// Errors: empty; not ten characters; letters where digits belong or the other
// way round; other characters.
Result<std::string> NormalizeEpic(std::string_view text);

}  // namespace janadhar::org
