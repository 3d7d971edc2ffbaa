#include "org/settings.h"

#include "base/numbers.h"
#include "base/text.h"

namespace janadhar::org {
namespace {

constexpr std::string_view kNeedPrefix = "booth.need.";
constexpr std::string_view kReadmitLevel = "readmit.level";

std::vector<std::string> Keys() {
  std::vector<std::string> keys;
  for (const Role r : kAllRoles) {
    if (IsBoothRole(r))
      keys.push_back(std::string(kNeedPrefix) + std::string(RoleName(r)));
  }
  keys.emplace_back(kReadmitLevel);
  return keys;
}

}  // namespace

SettingList SettingsToList(const OrgSettings& settings) {
  SettingList list;
  for (const Role r : kAllRoles) {
    if (!IsBoothRole(r)) continue;
    list.emplace_back(std::string(kNeedPrefix) + std::string(RoleName(r)),
                      std::to_string(settings.booth[r]));
  }
  list.emplace_back(std::string(kReadmitLevel),
                    std::string(UnitLevelName(settings.readmit_level)));
  return list;
}

Result<OrgSettings> SettingsFromList(const SettingList& list) {
  OrgSettings settings;
  for (const auto& [key, value] : list) {
    if (key == kReadmitLevel) {
      auto level = ParseUnitLevel(value);
      if (!level.ok()) {
        return Status::InvalidArgument(std::string(kReadmitLevel) + ": " +
                                       level.status().message());
      }
      settings.readmit_level = *level;
      continue;
    }
    if (key.rfind(kNeedPrefix, 0) == 0) {
      auto role = ParseRole(key.substr(kNeedPrefix.size()));
      const ParsedCount n = ParseCount(value);
      if (role.ok() && IsBoothRole(*role)) {
        if (n.kind != CountParse::kOk || n.value > 1000) {
          std::string message = key;
          message += ": '" + value + "' is not a count from 0 to 1000";
          return Status::InvalidArgument(message);
        }
        settings.booth[*role] = static_cast<int>(n.value);
        continue;
      }
    }
    std::string message = "unknown setting '" + key + "'";
    const std::string hint = DidYouMean(key, Keys());
    if (!hint.empty()) message += "; " + hint;
    return Status::InvalidArgument(message);
  }
  JANADHAR_RETURN_IF_ERROR(CheckCoverageRules(settings.booth));
  return settings;
}

}  // namespace janadhar::org
