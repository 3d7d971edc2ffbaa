// The settings use cases of service/org_people.h.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "service/org_people.h"

namespace janadhar::service {

Result<org::OrgSettings> LoadSettings(store::Store& store) {
  JANADHAR_ASSIGN_OR_RETURN(org::SettingList list, store.LoadOrgSettings());
  auto settings = org::SettingsFromList(list);
  if (!settings.ok()) {
    return Status::Internal("the stored settings are not valid: " +
                            settings.status().message());
  }
  return *settings;
}

Result<org::OrgSettings> ChangeSettings(store::Store& store,
                                        const org::SettingList& changes,
                                        const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(org::SettingList stored, store.LoadOrgSettings());
  org::SettingList merged = stored;
  for (const auto& change : changes) {
    auto it = std::find_if(merged.begin(), merged.end(),
                           [&](const auto& kv) { return kv.first == change.first; });
    if (it == merged.end()) {
      merged.push_back(change);
    } else {
      it->second = change.second;
    }
  }
  JANADHAR_ASSIGN_OR_RETURN(org::OrgSettings settings, org::SettingsFromList(merged));
  const auto json = [](const org::SettingList& list) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const auto& [k, v] : list) j[k] = v;
    return j.dump();
  };
  auto before = org::SettingsFromList(stored);
  JANADHAR_RETURN_IF_ERROR(store.SaveOrgSettings(
      org::SettingsToList(settings),
      AuditEntryBy(actor, "settings.change", "settings",
                   before.ok() ? json(org::SettingsToList(*before)) : json(stored),
                   json(org::SettingsToList(settings)))));
  return settings;
}

}  // namespace janadhar::service
