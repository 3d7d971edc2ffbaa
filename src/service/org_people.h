// The use cases behind `janadhar org people|posts|training|settings|audit`:
// every change to the organisation's people, checked against the party's
// rules and written with its audit entry (DESIGN.md, "Organisation model").
//
// Rules enforced here (each refusal says what to do instead):
//  - a person has a name in at least one script, a valid mobile number held
//    by no one else, an optional EPIC held by no one else, a stored unit;
//  - a person who came from another party holds no post before attending an
//    induction session (FailedPrecondition);
//  - only an active person holds a post; leaving or expulsion ends every
//    current post on that day;
//  - a person who left or was expelled is readmitted only by a user acting
//    for a unit at or above the configured level (org/settings.h, default
//    district) that contains the person's unit (the national unit IN is at
//    or above every level and contains every unit), with a reason; the audit
//    entry records the unit, the user and the reason (PermissionDenied
//    otherwise);
//  - one person holds one post per unit at a time (AlreadyExists); booth
//    roles only in booth units, the other roles only above them.
//
// People are named by `who`: a mobile number in any usual spelling, an EPIC
// number, or the store id ("12" or "#12").
// Errors: InvalidArgument for malformed input (quoting it), NotFound for an
// unknown person, unit, post or session, and the Status of each rule above;
// IoError from the store. A refused change leaves the store unchanged.
// Thread-safety: one call at a time per Store.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "org/person.h"
#include "org/settings.h"
#include "store/store.h"

namespace janadhar::service {

// Who makes a change, as the audit log records it.
struct OrgActor {
  std::string user;  // "" = "unknown"
  std::string unit;  // the unit code they act for; "" = not said
};

// Fields as typed; nullopt = not given (kept as it is by an edit).
struct PersonFields {
  std::optional<std::string> name_hi;
  std::optional<std::string> name_en;
  std::optional<std::string> phone;
  std::optional<std::string> epic;
  std::optional<std::string> joined;  // default for a new person: today
  std::optional<std::string> came_from;
  std::optional<std::string> unit;
};

// The audit entry of a change `actor` makes (the user "unknown" when not
// given); the store fills in the time.
org::AuditEntry AuditEntryBy(const OrgActor& actor, std::string action,
                             std::string subject, std::string before, std::string after,
                             std::string reason = "");

// Finds the person named by `who` (see the top). NotFound says what was
// looked for.
Result<org::Person> FindPerson(store::Store& store, const std::string& who);

// A new person from typed fields (normalised and checked). Needs a name, a
// phone and a unit.
Result<org::Person> AddPerson(store::Store& store, const PersonFields& fields,
                              const OrgActor& actor);
// Changes the fields given. A change of unit is allowed; posts stay where
// they are.
Result<org::Person> EditPerson(store::Store& store, const std::string& who,
                               const PersonFields& changes, const OrgActor& actor);
// The person left (or was expelled) on `date` ("" = today): their current
// posts end that day. FailedPrecondition when they are not active.
Result<org::Person> RemovePerson(store::Store& store, const std::string& who,
                                 org::PersonStatus status, const std::string& date,
                                 const std::string& reason, const OrgActor& actor);
// Readmits a person who left or was expelled (see the rules at the top).
Result<org::Person> ReadmitPerson(store::Store& store, const std::string& who,
                                  const std::string& reason, const OrgActor& actor);

// A post for `who` in `unit` from `from` ("" = today).
Result<org::Post> AssignPost(store::Store& store, const std::string& who,
                             const std::string& unit, org::Role role,
                             const std::string& from, const OrgActor& actor);
// Ends post `post` on `to` ("" = today), which may not be before its start.
Result<org::Post> EndPost(store::Store& store, int64_t post, const std::string& to,
                          const OrgActor& actor);

// A training session held by `unit`.
Result<org::TrainingSession> AddTrainingSession(store::Store& store,
                                                org::TrainingSession session,
                                                const OrgActor& actor);
struct AttendanceReport {
  org::TrainingSession session;
  std::vector<org::Person> added;    // newly recorded
  std::vector<org::Person> already;  // recorded before
};
// Records that the people named attended; all are found first, or nothing
// is recorded.
Result<AttendanceReport> RecordAttendance(store::Store& store, int64_t session,
                                          const std::vector<std::string>& who,
                                          const OrgActor& actor);

// The settings as stored over the defaults.
Result<org::OrgSettings> LoadSettings(store::Store& store);
// Applies `changes` (key = value, org/settings.h) and stores the result.
Result<org::OrgSettings> ChangeSettings(store::Store& store,
                                        const org::SettingList& changes,
                                        const OrgActor& actor);

// NotFound for a unit code that is not stored, saying where units come from
// (for the national unit IN: the bootstrap of any state stores it) and the
// closest stored codes when there are: those of the code's depth below the
// deepest stored unit it begins with ("S24/AC1733": S24/AC173, …), found in
// `tree` (the code's state's), or in the state's tree read from `store`, or
// among the stored states for a code whose state has no tree.
Status NoSuchUnit(const std::string& code, const org::UnitTree* tree = nullptr);
Status NoSuchUnit(store::Store& store, const std::string& code);
// The stored unit with this code: InvalidArgument when `code` is empty,
// NoSuchUnit's NotFound when it is not stored.
Result<org::Unit> StoredUnit(store::Store& store, const std::string& code);

// A person's audit JSON (for the log's before and after); without "id" for a
// person not stored yet (the audit entry's subject names the new id).
std::string PersonJson(const org::Person& p);

}  // namespace janadhar::service
