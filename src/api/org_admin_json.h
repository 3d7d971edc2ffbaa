// The JSON documents of the organisation's admin commands, shared by the CLI
// (`janadhar org training …`, `org settings`, `org audit`, `org people
// import` and `org units import` with --json) and the HTTP API
// (api/org_admin_routes.cpp, org_training_routes.cpp, org_settings_routes.cpp),
// so both give the same shape (docs/conventions.md). Phone and EPIC numbers
// are masked unless `unmask`.
//
// Pure functions of service values; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "org/person.h"
#include "org/settings.h"
#include "service/org_import.h"
#include "service/org_people.h"
#include "store/store.h"

namespace janadhar::api {

// {id, unit, date, topic, trainer, induction}
nlohmann::json SessionJson(const org::TrainingSession& s);

// `org training attend --json`: {session, added: [person…], already: [person…]}.
nlohmann::json AttendanceJson(const service::AttendanceReport& r, bool unmask);

// `org training pending --json`: {unit, people: [person + needs
// ("induction" or "training") + posts]}.
nlohmann::json PendingJson(const std::string& unit,
                           const std::vector<store::Store::PendingTraining>& pending,
                           bool unmask);

// `org settings --json`: {settings: {key: value as text, …}} (org/settings.h).
nlohmann::json SettingsJson(const org::OrgSettings& settings);

// `org audit --json`: {entries: [{id, at, actor, actor_unit, action, subject,
// before, after, reason}]}, newest first; before and after are the JSON the
// entry keeps (null when empty), a person's phone and EPIC in them masked
// unless `unmask`.
nlohmann::json AuditJson(const std::vector<org::AuditEntry>& entries, bool unmask);

// `org people import --json`: {file, rows_read, people_added, posts_added,
// rows_refused, errors}.
nlohmann::json RosterImportJson(const service::RosterImportReport& r);

// `org units import --json`: {file, units_added, units_changed, states}.
nlohmann::json UnitsImportJson(const service::UnitsImportReport& r);

}  // namespace janadhar::api
