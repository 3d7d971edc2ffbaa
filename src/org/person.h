// People of the organisation and what the party records about them: the
// person, the posts they hold, the training sessions they attend, and the
// audit log of every change (DESIGN.md, "Organisation model" and "Access and
// audit"). Plain values with their checks; the store keeps them and the
// service (service/org_people.h) enforces the rules between them.
//
// Units are named by their codes (org/unit.h), people by their store ids.
// Dates are ISO "YYYY-MM-DD"; times in the audit log are UTC
// "YYYY-MM-DDTHH:MM:SSZ".
// Thread-safety: values and pure functions.
// Errors: InvalidArgument with a message quoting the bad value.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace janadhar::org {

// --- Roles -------------------------------------------------------------------

// The roles of DESIGN.md. The first three are held in units above the booth;
// the last four in booth units only.
enum class Role {
  kPresident,         // अध्यक्ष, of a state, district, AC, … or kendra
  kGeneralSecretary,  // महामंत्री
  kElectionCommitteeMember,  // चुनाव प्रबंधन समिति सदस्य
  kBoothPresident,        // बूथ अध्यक्ष
  kBoothCommitteeMember,  // बूथ समिति सदस्य
  kPollingAgent,          // पोलिंग एजेंट
  kPageInCharge,          // पन्ना प्रमुख
};
inline constexpr int kRoleCount = 7;
inline constexpr std::array<Role, kRoleCount> kAllRoles = {
    Role::kPresident,      Role::kGeneralSecretary,     Role::kElectionCommitteeMember,
    Role::kBoothPresident, Role::kBoothCommitteeMember, Role::kPollingAgent,
    Role::kPageInCharge};

// "president", "general_secretary", "election_committee_member",
// "booth_president", "booth_committee_member", "polling_agent",
// "page_in_charge".
std::string_view RoleName(Role role);
// "booth president", "polling agent", … for sentences.
std::string_view RoleWords(Role role);
// "बूथ अध्यक्ष", …
std::string_view RoleHindi(Role role);
// Whether the role is held in a booth unit (and only there).
bool IsBoothRole(Role role);
// RoleName, RoleWords or RoleHindi back to the role, ignoring case, spaces,
// dashes and underscores; "panna_pramukh" and "agent" are accepted too.
// InvalidArgument naming the roles (and the closest one) otherwise.
Result<Role> ParseRole(std::string_view text);

// --- People ------------------------------------------------------------------

enum class PersonStatus { kActive, kLeft, kExpelled };
std::string_view PersonStatusName(PersonStatus status);  // "active", "left", "expelled"
Result<PersonStatus> ParsePersonStatus(std::string_view text);

struct Person {
  int64_t id = 0;         // store id; 0 before it is stored
  std::string name_hi;    // in Devanagari: "राम कुमार"
  std::string name_en;    // in Latin letters: "Ram Kumar"
  std::string phone;      // normalised, "+919876543210" (org/phone.h); unique
  std::string epic;       // normalised voter-ID number, "" when not given; unique
  std::string joined;     // the date they joined the party
  std::string came_from;  // the party they came from ("INC"), "" = none
  PersonStatus status = PersonStatus::kActive;
  std::string unit;        // the code of the unit they work in
  bool synthetic = false;  // made up by `org synth`
};

// The name to show: Devanagari when there is one, else the Latin one.
const std::string& DisplayName(const Person& p);

// Checks what a Person must have before it is stored: a name in at least one
// script (the Devanagari one with Devanagari letters, the Latin one with
// Latin letters), a normalised phone, a normalised EPIC or "", a valid joined
// date, a unit code. The message names the field: "phone '98765' is …".
Status CheckPerson(const Person& p);

// --- Posts -------------------------------------------------------------------

struct Post {
  int64_t id = 0;  // store id
  int64_t person = 0;
  std::string unit;  // unit code
  Role role = Role::kBoothCommitteeMember;
  std::string from;  // first day held
  std::string to;    // last day held; "" = held now
  bool synthetic = false;
};

// --- Training ----------------------------------------------------------------

struct TrainingSession {
  int64_t id = 0;
  std::string unit;  // the unit that held it
  std::string date;
  std::string topic;       // "Induction", "Booth management", …
  std::string trainer;     // a name
  bool induction = false;  // attending it inducts people who came from another party
  bool synthetic = false;
};

// --- Audit log ---------------------------------------------------------------

// One change, as the append-only log keeps it.
struct AuditEntry {
  int64_t id = 0;
  std::string at;          // UTC time of the change
  std::string actor;       // who made it (a user name)
  std::string actor_unit;  // the unit they acted for, "" when not said
  std::string action;      // "person.add", "person.readmit", "post.assign", …
  std::string subject;     // "person 12", "post 40", "unit S24/AC173", …
  std::string before;      // JSON of the thing before, "" for a new one
  std::string after;       // JSON after, "" for a removed one
  std::string reason;      // required for overrides, else optional
};

// --- Dates -------------------------------------------------------------------

// Checks an ISO date "YYYY-MM-DD" of the Gregorian calendar (years 1900 to
// 2199). Returns it unchanged; InvalidArgument quoting it otherwise.
Result<std::string> CheckDate(std::string_view text);
// Today's date (UTC) and the time now (UTC), as above.
std::string Today();
std::string NowUtc();

}  // namespace janadhar::org
