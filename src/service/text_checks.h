// Checks of free text and dates as the communication commands take them
// (directives, reports, proposals): shared so that each says the same thing
// the same way.
// Thread-safety: pure functions (DayOrToday reads the clock).
// Errors: InvalidArgument naming the field.
#pragma once

#include <string>

#include "base/status.h"

namespace janadhar::service {

// OK when `text` is UTF-8; else InvalidArgument "the <what> is not UTF-8
// text (a bad byte at N)".
Status CheckUtf8Text(const std::string& what, const std::string& text);

// The day `date` names (spaces collapsed, org::CheckDate), or today when it
// is empty; InvalidArgument "<flag>: …" when it is not a date.
Result<std::string> DayOrToday(const std::string& flag, const std::string& date);

}  // namespace janadhar::service
