#include "service/text_checks.h"

#include "base/text.h"
#include "org/person.h"

namespace janadhar::service {

Status CheckUtf8Text(const std::string& what, const std::string& text) {
  if (const auto bad = FindInvalidUtf8(text)) {
    return Status::InvalidArgument("the " + what + " is not UTF-8 text (a bad byte at " +
                                   std::to_string(*bad + 1) + ")");
  }
  return Status::Ok();
}

Result<std::string> DayOrToday(const std::string& flag, const std::string& date) {
  const std::string text = CollapseSpaces(date);
  if (text.empty()) return org::Today();
  auto checked = org::CheckDate(text);
  if (!checked.ok()) {
    return Status::InvalidArgument(flag + ": " + checked.status().message());
  }
  return checked;
}

}  // namespace janadhar::service
