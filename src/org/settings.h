// The organisation's settings, as the party sets them: what a booth needs to
// be covered, and the level at or above which a unit may readmit a person who
// left or was expelled (DESIGN.md, "Rules"). The store keeps them as
// key = value text (org_settings); this converts both ways.
//
// Keys: "booth.need.<role>" (a count from 0 for each booth role, e.g.
// booth.need.polling_agent = 1) and "readmit.level" (a unit level, e.g.
// "district"). Keys not given keep their defaults.
// Thread-safety: values and pure functions.
// Errors: InvalidArgument naming the key and the bad value.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "org/coverage.h"
#include "org/unit.h"

namespace janadhar::org {

struct OrgSettings {
  CoverageRules booth;  // default: a booth president, 10 committee members, an agent
  // Units of this level or above (state, …; the national unit always) may
  // readmit; default district.
  UnitLevel readmit_level = UnitLevel::kDistrict;
};

using SettingList = std::vector<std::pair<std::string, std::string>>;

// Every setting as key = value, in a fixed order.
SettingList SettingsToList(const OrgSettings& settings);

// The settings with the keys of `list` applied over the defaults. Unknown
// keys and bad values are errors (with the closest key).
Result<OrgSettings> SettingsFromList(const SettingList& list);

}  // namespace janadhar::org
