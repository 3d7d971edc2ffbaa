// The storage interface: everything the services keep, behind one abstract
// class, so that the embedded SQLite store (store/sqlite/) and a PostgreSQL
// server store can be swapped without touching the engines.
//
// Every Replace* call is one transaction: it either completes or leaves the
// store exactly as it was. Re-importing replaces what the same election (and
// state) had; nothing is duplicated.
//
// Ownership: OpenStore returns the only owner. Thread-safety: a Store object
// is used from one thread at a time; several processes may open the same
// SQLite file (WAL), writers wait for each other.
// Errors: IoError for the file system or database engine failing,
// FailedPrecondition for a store written by a newer version, NotFound for a
// named election that is not there.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "geo/geo.h"
#include "importers/problems.h"
#include "org/coverage.h"
#include "org/person.h"
#include "org/unit.h"
#include "results/election.h"
#include "results/party.h"
#include "results/turnout.h"
#include "store/auth_store.h"
#include "store/comms_store.h"

namespace janadhar::store {

// What an import left behind besides the data: the problems reported (so that
// later analysis can say which rows were excluded and why).
struct ImportRecord {
  std::string kind;    // "results", "form20", "booths", "delimitation", "electors",
                       // "turnout"
  std::string state;   // ECI code for per-state imports, else ""
  std::string source;  // the file or directory imported
  std::vector<importers::ImportProblem> problems;
};

// Counts of what the store holds, for `demo` and status output.
struct ElectionSummary {
  results::Election election;
  int seats = 0;
  int candidates = 0;
  int segments = 0;  // assembly segments with booth results
  int booths = 0;
  int booths_marked = 0;  // booths flagged as having missing or invalid cells
  int problems = 0;       // problems recorded by its imports
  int turnout_seats = 0;  // seats with a turnout row
};

class Store {
 public:
  virtual ~Store() = default;

  // The schema version of this store (after migrations).
  virtual int SchemaVersion() const = 0;
  // A number that changes when another connection to the same database
  // (another Store, another process) has committed a change since this
  // store last asked; this store's own writes do not change it (SQLite's
  // `PRAGMA data_version`). Lets a reader keep answers until the data
  // changes. IoError from the database.
  virtual Result<int64_t> DataVersion() = 0;

  // --- Geography -----------------------------------------------------------
  virtual Status ReplaceDelimitation(const geo::Delimitation& delimitation,
                                     const ImportRecord& record) = 0;
  // NotFound when never imported.
  virtual Result<geo::Delimitation> LoadDelimitation(const std::string& name) = 0;
  // Names of imported delimitations.
  virtual Result<std::vector<std::string>> ListDelimitations() = 0;

  virtual Status ReplaceElectors(const std::string& roll,
                                 const std::vector<geo::AcElectors>& electors,
                                 const ImportRecord& record) = 0;
  virtual Result<std::vector<geo::AcElectors>> LoadElectors(const std::string& roll) = 0;

  // --- Parties ---------------------------------------------------------------
  virtual Result<results::PartyDirectory> LoadParties() = 0;
  // Adds or moves an alias to the party that `target` resolves to. NotFound
  // when `target` names no party; InvalidArgument when the alias is the name
  // or abbreviation of another party.
  virtual Status AddPartyAlias(const std::string& alias, const std::string& target) = 0;

  // --- Elections and constituency results ---------------------------------
  // Creates or replaces the election and all its seat results. Party names
  // are resolved through the party directory; names never seen before create
  // new parties. Booth results of the election are kept (their columns are
  // linked by party name, which survives a re-import).
  virtual Status ReplaceSeatResults(const results::Election& election,
                                    const std::vector<results::SeatResult>& seats,
                                    const ImportRecord& record) = 0;
  virtual Result<results::Election> GetElection(const std::string& name) = 0;
  virtual Result<std::vector<results::Election>> ListElections() = 0;
  // Seat results of an election, optionally of one state ("" for all), with
  // candidates' party names as stored.
  virtual Result<std::vector<results::SeatResult>> LoadSeatResults(
      const std::string& election, const std::string& state) = 0;

  // --- Booth results ----------------------------------------------------------
  // Replaces the booth results of the assembly segments in `segments` (by
  // election, state and AC); other segments of the state are kept. The
  // election must exist (NotFound otherwise).
  virtual Status ReplaceBoothResults(const std::string& election,
                                     const std::string& state,
                                     const std::vector<results::SegmentBooths>& segments,
                                     const ImportRecord& record) = 0;
  // Booth results of (election, state), in AC order; ac = 0 for all ACs.
  virtual Result<std::vector<results::SegmentBooths>> LoadBoothResults(
      const std::string& election, const std::string& state, int ac = 0) = 0;

  // --- Turnout per seat ------------------------------------------------------
  // Replaces ALL the turnout rows of the election (every state: a turnout file
  // covers a whole election; rows of states absent from `seats` are deleted)
  // and its "turnout" import record, in one transaction. The election must
  // exist (NotFound otherwise: import its results first). The same (state,
  // number) twice is a DataError and changes nothing. Rows are not checked
  // against the election's seats here (service::ImportTurnout does that).
  virtual Status ReplaceTurnout(const std::string& election,
                                const std::vector<results::SeatTurnout>& seats,
                                const ImportRecord& record) = 0;
  // Turnout rows of an election, optionally of one state ("" for all), in
  // (state, number) order, missing counts as kMissing; empty when no turnout
  // was imported. NotFound when the election is not there.
  virtual Result<std::vector<results::SeatTurnout>> LoadTurnout(
      const std::string& election, const std::string& state) = 0;

  // --- Organisation: units -------------------------------------------------
  // Replaces the unit tree of `state` (the units whose root has the code
  // `state`, e.g. "S24") with `tree`, in one transaction; the units of other
  // states are kept. A unit whose code is in both the old and the new tree
  // keeps its store id (so people, posts and sessions stay attached); units
  // only in the new tree are added; units only in the old one are deleted.
  // An empty tree deletes the state's units. Codes, names and the electoral
  // places (state, ac, part) are kept as given; every unit is stored with
  // the state `state`.
  // The national unit (org::NationalUnit) is stored the same way as its own
  // tree of one unit, under the state org::kNationalCode ("IN").
  // Errors: InvalidArgument when `state` is empty or the tree's root is not a
  // state unit with the code `state` (for "IN": not the national unit alone);
  // DataError when a code is held by a unit
  // of another state, or a unit to be deleted is referred to by people,
  // posts or training sessions (naming it and how many); nothing is changed.
  // `audit`, when given, is written to the audit log in the same transaction.
  virtual Status ReplaceOrgUnits(const std::string& state, const org::UnitTree& tree,
                                 const org::AuditEntry* audit) = 0;
  Status ReplaceOrgUnits(const std::string& state, const org::UnitTree& tree) {
    return ReplaceOrgUnits(state, tree, nullptr);
  }
  // The unit tree of `state` as stored, in pre-order (a unit, then each
  // child's subtree; children in the order they were given), so a unit's id
  // in the tree is its pre-order position; an empty tree when the state has
  // none.
  virtual Result<org::UnitTree> LoadOrgUnits(const std::string& state) = 0;
  // The unit with this code (its id is its position in its state's tree), or
  // nullopt.
  virtual Result<std::optional<org::Unit>> FindOrgUnit(const std::string& code) = 0;
  // The ECI codes of the states with a stored unit tree, sorted (the national
  // unit's tree is not a state's: it is left out).
  virtual Result<std::vector<std::string>> LoadOrgStates() = 0;

  // --- Organisation: people, posts, training, audit ------------------------
  // Every change writes the audit entries it is given in the same
  // transaction; the audit log itself is append-only. People, posts and
  // sessions name units by code: NotFound when a code is not a stored unit.
  // The rules between them (who may hold a post, who may be readmitted) are
  // the service's (service/org_people.h); the store keeps what the schema can:
  // a phone or EPIC held once (AlreadyExists naming the holder), one current
  // post per person and unit (AlreadyExists naming the post).

  // Adds a person; returns the store id.
  virtual Result<int64_t> AddPerson(const org::Person& person,
                                    const org::AuditEntry& audit) = 0;
  // Writes every field of the person with id `person.id` (NotFound when
  // absent). When `end_posts_on` is a date, the person's current posts end
  // on it (for leaving and expulsion).
  virtual Status UpdatePerson(const org::Person& person,
                              const std::vector<org::AuditEntry>& audit,
                              const std::string& end_posts_on = "") = 0;
  virtual Result<std::optional<org::Person>> GetPerson(int64_t id) = 0;
  // The person holding this normalised phone (or EPIC), or nullopt.
  virtual Result<std::optional<org::Person>> FindPersonByPhone(
      const std::string& phone) = 0;
  virtual Result<std::optional<org::Person>> FindPersonByEpic(
      const std::string& epic) = 0;
  // For each normalised phone (or EPIC) given, the id of the person holding
  // it, 0 when none; in the order given.
  virtual Result<std::vector<int64_t>> LookupPhones(
      const std::vector<std::string>& phones) = 0;
  virtual Result<std::vector<int64_t>> LookupEpics(
      const std::vector<std::string>& epics) = 0;

  // Adds many people at once, with posts, training sessions and attendance
  // that refer to them, in one transaction (bulk imports, `org synth`).
  // `posts[i].person` and the second of each `attendance` pair are indexes
  // into `people`, the first of each pair an index into `sessions`. Returns
  // the store ids of `people`, in order. `person_audit` is empty or has one
  // entry per person, written with the subject "person <id>"; `audit` is
  // written as given. Errors as the single calls. A batch of over 10,000
  // people makes their search keys on a second thread of its own.
  struct OrgBatch {
    std::vector<org::Person> people;
    std::vector<org::Post> posts;
    std::vector<org::TrainingSession> sessions;
    std::vector<std::pair<int, int>> attendance;
    std::vector<org::AuditEntry> person_audit;
    std::vector<org::AuditEntry> audit;
  };
  virtual Result<std::vector<int64_t>> AddOrgBatch(const OrgBatch& batch) = 0;

  virtual Result<int64_t> AddPost(const org::Post& post,
                                  const org::AuditEntry& audit) = 0;
  // Ends a current post on `to`. NotFound when there is no such post,
  // FailedPrecondition when it has already ended.
  virtual Status EndPost(int64_t post, const std::string& to,
                         const org::AuditEntry& audit) = 0;
  virtual Result<std::optional<org::Post>> GetPost(int64_t id) = 0;
  // The posts of a person (or of a unit, by code), current ones only or
  // all, oldest first.
  virtual Result<std::vector<org::Post>> LoadPersonPosts(int64_t person,
                                                         bool current_only) = 0;
  virtual Result<std::vector<org::Post>> LoadUnitPosts(const std::string& unit,
                                                       bool current_only) = 0;

  virtual Result<int64_t> AddTrainingSession(const org::TrainingSession& session,
                                             const org::AuditEntry& audit) = 0;
  virtual Result<std::optional<org::TrainingSession>> GetTrainingSession(int64_t id) = 0;
  // Records that `people` attended `session`; people already recorded are
  // left as they are. Returns how many were added. NotFound for an unknown
  // session or person.
  virtual Result<int> AddAttendance(int64_t session, const std::vector<int64_t>& people,
                                    const std::vector<org::AuditEntry>& audit) = 0;
  // The sessions a person attended, by date.
  virtual Result<std::vector<org::TrainingSession>> LoadAttended(int64_t person) = 0;

  // Active people of a unit's subtree who still need training: those who
  // came from another party without an induction session, and those who
  // hold a post without any session. Up to `limit` (0 = all), by state, unit
  // pre-order, then name. The national unit's subtree is every state's.
  struct PendingTraining {
    org::Person person;
    bool needs_induction = false;  // else: holds a post, never trained
    int posts = 0;                 // current posts
  };
  virtual Result<std::vector<PendingTraining>> LoadPendingTraining(
      const std::string& unit, int limit) = 0;

  // The unit tree of `state` (as LoadOrgUnits) with the current posts of its
  // booth units by role: staff[id] for the unit with tree id `id`; units with
  // no post are nullopt. Read from counts kept with every change, not from
  // the posts themselves (1.5 million for a large state). The SQLite store
  // decodes the tree on a second thread of its own while it reads the counts.
  struct StaffedUnits {
    org::UnitTree tree;
    std::vector<std::optional<org::BoothStaff>> staff;
  };
  virtual Result<StaffedUnits> LoadStaffedUnits(const std::string& state) = 0;

  // People whose names match the search tokens of a query (org/name_key.h),
  // in the subtree of `unit` ("" or the national unit = every state), best
  // first, up to `limit`.
  struct PersonHit {
    org::Person person;
    int score = 0;
  };
  struct PeopleQuery {
    std::vector<std::string> tokens;  // org::NameTokens of the query
    std::string unit;                 // scope; "" = everywhere
    int limit = 20;
    bool active_only = false;
  };
  virtual Result<std::vector<PersonHit>> SearchPeople(const PeopleQuery& query) = 0;

  // The settings of the organisation (org/settings.h) as key = value;
  // SaveOrgSettings replaces the keys given.
  virtual Result<std::vector<std::pair<std::string, std::string>>> LoadOrgSettings() = 0;
  virtual Status SaveOrgSettings(
      const std::vector<std::pair<std::string, std::string>>& settings,
      const org::AuditEntry& audit) = 0;

  // The audit log, newest first: entries whose subject is `subject` (all
  // when ""), up to `limit` (0 = all).
  virtual Result<std::vector<org::AuditEntry>> LoadAudit(const std::string& subject,
                                                         int limit) = 0;
  // The same, only the entries of `unit` and the units below it: an entry
  // is of the unit its change was made for (actor_unit) or, when it names
  // none, of the unit its subject names ("unit CODE", "units of CODE").
  // Filtered in the store, so a state's entries are found without reading
  // every other state's.
  virtual Result<std::vector<org::AuditEntry>> LoadAuditOfUnit(const std::string& subject,
                                                               const std::string& unit,
                                                               int limit) = 0;
  virtual Status AppendAudit(const org::AuditEntry& audit) = 0;

  // How many people are stored (only those `org synth` made, when synthetic).
  virtual Result<int64_t> CountPeople(bool synthetic_only) = 0;
  // Deletes everything `org synth` made (people, their posts and attendance,
  // synthetic sessions) and writes `audit`; returns the people deleted.
  virtual Result<int64_t> WipeSyntheticOrg(const org::AuditEntry& audit) = 0;

  // --- Communication: directives (store/comms_store.h) ----------------------
  virtual CommsStore& Comms() = 0;

  // --- Users, passwords and roles (store/auth_store.h) ----------------------
  virtual AuthStore& Auth() = 0;

  // --- Import records -----------------------------------------------------
  // Problems recorded by the imports of an election ("" for the geography).
  virtual Result<std::vector<ImportRecord>> LoadImportRecords(
      const std::string& election) = 0;

  virtual Result<std::vector<ElectionSummary>> Summarise() = 0;
};

// Opens (creating if needed) the store at `location`: a file path for SQLite,
// or a postgres:// URI (not available in this build: InvalidArgument says so).
// Applies pending schema migrations; a store with a newer schema than this
// binary knows is refused with FailedPrecondition.
Result<std::unique_ptr<Store>> OpenStore(const std::string& location);

}  // namespace janadhar::store
