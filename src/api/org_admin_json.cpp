#include "api/org_admin_json.h"

#include <utility>

#include "api/analysis_json.h"
#include "api/org_json.h"
#include "org/phone.h"

namespace janadhar::api {

namespace {

// A person's fields in an audit entry's before or after, masked unless
// `unmask`; null when empty.
nlohmann::json EntryJson(const std::string& text, bool unmask) {
  if (text.empty()) return nullptr;
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (unmask || !j.is_object()) return j;
  if (j.contains("phone") && j["phone"].is_string()) {
    j["phone"] = org::MaskPhone(j["phone"].get<std::string>());
  }
  if (j.contains("epic") && j["epic"].is_string()) {
    j["epic"] = MaskEpic(j["epic"].get<std::string>());
  }
  return j;
}

}  // namespace

nlohmann::json SessionJson(const org::TrainingSession& s) {
  return {{"id", s.id},       {"unit", s.unit},       {"date", s.date},
          {"topic", s.topic}, {"trainer", s.trainer}, {"induction", s.induction}};
}

nlohmann::json AttendanceJson(const service::AttendanceReport& r, bool unmask) {
  nlohmann::json added = nlohmann::json::array(), already = nlohmann::json::array();
  for (const auto& p : r.added) added.push_back(PersonJson(p, unmask));
  for (const auto& p : r.already) already.push_back(PersonJson(p, unmask));
  return {{"session", SessionJson(r.session)},
          {"added", std::move(added)},
          {"already", std::move(already)}};
}

nlohmann::json PendingJson(const std::string& unit,
                           const std::vector<store::Store::PendingTraining>& pending,
                           bool unmask) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& p : pending) {
    nlohmann::json j = PersonJson(p.person, unmask);
    j["needs"] = p.needs_induction ? "induction" : "training";
    j["posts"] = p.posts;
    list.push_back(std::move(j));
  }
  return {{"unit", unit}, {"people", std::move(list)}};
}

nlohmann::json SettingsJson(const org::OrgSettings& settings) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [k, v] : org::SettingsToList(settings)) j[k] = v;
  return {{"settings", std::move(j)}};
}

nlohmann::json AuditJson(const std::vector<org::AuditEntry>& entries, bool unmask) {
  nlohmann::json list = nlohmann::json::array();
  for (const org::AuditEntry& e : entries) {
    list.push_back({{"id", e.id},
                    {"at", e.at},
                    {"actor", e.actor},
                    {"actor_unit", e.actor_unit},
                    {"action", e.action},
                    {"subject", e.subject},
                    {"before", EntryJson(e.before, unmask)},
                    {"after", EntryJson(e.after, unmask)},
                    {"reason", e.reason}});
  }
  return {{"entries", std::move(list)}};
}

nlohmann::json RosterImportJson(const service::RosterImportReport& r) {
  return {{"file", r.file},
          {"rows_read", r.rows_read},
          {"people_added", r.people_added},
          {"posts_added", r.posts_added},
          {"rows_refused", r.rows_refused},
          {"errors", ProblemsJson(r.problems)}};
}

nlohmann::json UnitsImportJson(const service::UnitsImportReport& r) {
  return {{"file", r.file},
          {"units_added", r.units_added},
          {"units_changed", r.units_changed},
          {"states", r.states}};
}

}  // namespace janadhar::api
