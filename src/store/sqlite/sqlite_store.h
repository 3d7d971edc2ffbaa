// The embedded store: one SQLite file (WAL mode, foreign keys on, a 5 s busy
// timeout), its schema brought up to date by migrations.h when opened.
//
// What it holds and how is described in store/README.md; the contract of
// every method is store.h's.
//
// Ownership: the SqliteStore owns its connection and closes it when destroyed.
// Thread-safety: one thread at a time per object (store.h). Several processes
// may open the same file; a writer waits up to the busy timeout for another.
// Errors: as store.h, plus DataError when the data given breaks a rule of the
// store (the same booth part twice in a segment, the same seat twice in the
// results or the turnout) and InvalidArgument when the values are
// inconsistent (a booth with more votes than its segment has columns). A
// failed Replace* changes nothing.
#pragma once

#include <sqlite3.h>

#include <memory>
#include <string>
#include <vector>

#include "store/access_store.h"
#include "store/store.h"

namespace janadhar::store::sqlite {

class PartyResolver;

class SqliteStore final : public Store,
                          public CommsStore,
                          public AuthStore,
                          public AccessStore {
 public:
  // Opens or creates the store file at `path` and migrates it. IoError when
  // the parent directory is missing or the file is not a SQLite database;
  // FailedPrecondition when its schema is newer than this binary's.
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path);

  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  int SchemaVersion() const override { return schema_version_; }
  Result<int64_t> DataVersion() override;

  Status ReplaceDelimitation(const geo::Delimitation& delimitation,
                             const ImportRecord& record) override;
  Result<geo::Delimitation> LoadDelimitation(const std::string& name) override;
  Result<std::vector<std::string>> ListDelimitations() override;
  Status ReplaceElectors(const std::string& roll,
                         const std::vector<geo::AcElectors>& electors,
                         const ImportRecord& record) override;
  Result<std::vector<geo::AcElectors>> LoadElectors(const std::string& roll) override;

  Result<results::PartyDirectory> LoadParties() override;
  Status AddPartyAlias(const std::string& alias, const std::string& target) override;

  Status ReplaceSeatResults(const results::Election& election,
                            const std::vector<results::SeatResult>& seats,
                            const ImportRecord& record) override;
  Result<results::Election> GetElection(const std::string& name) override;
  Result<std::vector<results::Election>> ListElections() override;
  Result<std::vector<results::SeatResult>> LoadSeatResults(
      const std::string& election, const std::string& state) override;

  Status ReplaceBoothResults(const std::string& election, const std::string& state,
                             const std::vector<results::SegmentBooths>& segments,
                             const ImportRecord& record) override;
  Result<std::vector<results::SegmentBooths>> LoadBoothResults(
      const std::string& election, const std::string& state, int ac = 0) override;

  Status ReplaceTurnout(const std::string& election,
                        const std::vector<results::SeatTurnout>& seats,
                        const ImportRecord& record) override;
  Result<std::vector<results::SeatTurnout>> LoadTurnout(
      const std::string& election, const std::string& state) override;

  using Store::ReplaceOrgUnits;
  Status ReplaceOrgUnits(const std::string& state, const org::UnitTree& tree,
                         const org::AuditEntry* audit) override;
  Result<org::UnitTree> LoadOrgUnits(const std::string& state) override;
  Result<std::optional<org::Unit>> FindOrgUnit(const std::string& code) override;
  Result<std::vector<std::string>> LoadOrgStates() override;

  // sqlite_org_people.cpp
  Result<int64_t> AddPerson(const org::Person& person,
                            const org::AuditEntry& audit) override;
  Status UpdatePerson(const org::Person& person,
                      const std::vector<org::AuditEntry>& audit,
                      const std::string& end_posts_on) override;
  Result<std::optional<org::Person>> GetPerson(int64_t id) override;
  Result<std::optional<org::Person>> FindPersonByPhone(const std::string& phone) override;
  Result<std::optional<org::Person>> FindPersonByEpic(const std::string& epic) override;
  Result<std::vector<int64_t>> LookupPhones(
      const std::vector<std::string>& phones) override;
  Result<std::vector<int64_t>> LookupEpics(
      const std::vector<std::string>& epics) override;
  Result<std::vector<int64_t>> AddOrgBatch(const OrgBatch& batch) override;

  // sqlite_org_posts.cpp
  Result<int64_t> AddPost(const org::Post& post, const org::AuditEntry& audit) override;
  Status EndPost(int64_t post, const std::string& to,
                 const org::AuditEntry& audit) override;
  Result<std::optional<org::Post>> GetPost(int64_t id) override;
  Result<std::vector<org::Post>> LoadPersonPosts(int64_t person,
                                                 bool current_only) override;
  Result<std::vector<org::Post>> LoadUnitPosts(const std::string& unit,
                                               bool current_only) override;
  Result<int64_t> AddTrainingSession(const org::TrainingSession& session,
                                     const org::AuditEntry& audit) override;
  Result<std::optional<org::TrainingSession>> GetTrainingSession(int64_t id) override;
  Result<int> AddAttendance(int64_t session, const std::vector<int64_t>& people,
                            const std::vector<org::AuditEntry>& audit) override;
  Result<std::vector<org::TrainingSession>> LoadAttended(int64_t person) override;
  Result<std::vector<PendingTraining>> LoadPendingTraining(const std::string& unit,
                                                           int limit) override;
  // sqlite_org.cpp
  Result<StaffedUnits> LoadStaffedUnits(const std::string& state) override;

  // sqlite_org_search.cpp
  Result<std::vector<PersonHit>> SearchPeople(const PeopleQuery& query) override;
  Result<std::vector<std::pair<std::string, std::string>>> LoadOrgSettings() override;
  Status SaveOrgSettings(const std::vector<std::pair<std::string, std::string>>& settings,
                         const org::AuditEntry& audit) override;
  Result<std::vector<org::AuditEntry>> LoadAudit(const std::string& subject,
                                                 int limit) override;
  Result<std::vector<org::AuditEntry>> LoadAuditOfUnit(const std::string& subject,
                                                       const std::string& unit,
                                                       int limit) override;
  Status AppendAudit(const org::AuditEntry& audit) override;
  Result<int64_t> WipeSyntheticOrg(const org::AuditEntry& audit) override;
  Result<int64_t> CountPeople(bool synthetic_only) override;

  // sqlite_comms.cpp
  CommsStore& Comms() override { return *this; }
  Result<org::Directive> AddDirective(const org::Directive& directive,
                                      const org::AuditEntry& audit) override;
  Result<std::optional<org::Directive>> GetDirective(int64_t id) override;
  Result<std::vector<DirectiveSummary>> ListDirectives(const std::string& unit,
                                                       int limit) override;
  Result<org::DirectiveTarget> ReportOnDirective(const TargetReport& report,
                                                 const org::AuditEntry& audit) override;
  Result<std::optional<org::DirectiveTarget>> GetDirectiveTarget(
      int64_t directive, const std::string& unit) override;
  Result<DirectiveUnits> LoadDirectiveTargets(int64_t directive,
                                              const std::string& state) override;
  // sqlite_reports.cpp
  Result<org::ReportTemplate> AddReportTemplate(const org::ReportTemplate& report,
                                                const org::AuditEntry& audit) override;
  Result<std::optional<org::ReportTemplate>> GetReportTemplate(int64_t id) override;
  Result<std::optional<org::ReportSubmission>> SubmitReport(
      const org::ReportSubmission& submission, const org::AuditEntry& audit) override;
  Result<std::vector<ReportSummary>> ListReportTemplates(const std::string& unit,
                                                         int limit) override;
  Result<std::optional<org::ReportSubmission>> GetReportSubmission(
      int64_t report, const std::string& unit, const std::string& period) override;
  Result<ReportUnits> LoadReportSubmissions(int64_t report, const std::string& state,
                                            const std::string& period) override;
  // sqlite_proposals.cpp, sqlite_proposals_read.cpp
  Result<org::Proposal> AddProposal(const org::Proposal& proposal,
                                    const org::ProposalEvent& event,
                                    const org::AuditEntry& audit) override;
  Status SetProposalCommittee(int64_t proposal, const std::vector<int64_t>& committee,
                              const org::ProposalEvent& event,
                              const org::AuditEntry& audit) override;
  Status AddProposalView(int64_t proposal, const org::MemberView& view,
                         const org::ProposalEvent& event,
                         const org::AuditEntry& audit) override;
  Status DecideProposal(int64_t proposal, const org::Proposal& decided,
                        const org::ProposalEvent& event,
                        const org::AuditEntry& audit) override;
  Result<std::optional<org::ProposalRecord>> GetProposal(int64_t id) override;
  Result<std::vector<org::Proposal>> ListProposals(
      const std::string& unit, std::optional<org::ProposalStatus> status,
      int limit) override;

  // sqlite_auth.cpp
  AuthStore& Auth() override { return *this; }

  // --- AccessStore (sqlite_access.cpp) ---------------------------------------
  Status AddSession(const NewSession& session, const org::AuditEntry& audit) override;
  Result<std::optional<Session>> FindSession(const std::string& token_hash,
                                             int64_t now) override;
  Status EndSession(const std::string& token_hash, int64_t now) override;
  Result<int64_t> AddToken(const std::string& user, const std::string& label,
                           const std::string& token_hash, const std::string& created_on,
                           const org::AuditEntry& audit) override;
  Result<std::optional<auth::User>> FindTokenUser(const std::string& token_hash) override;
  Result<std::vector<Token>> ListTokens(const std::string& user) override;
  Status RevokeToken(const std::string& user, int64_t id, const std::string& day,
                     const org::AuditEntry& audit) override;
  Result<std::vector<std::string>> UnitPath(const std::string& code) override;
  Result<auth::User> AddUser(const NewUser& user, const org::AuditEntry& audit) override;
  Result<std::optional<auth::User>> GetUser(const std::string& name) override;
  Result<std::optional<std::string>> GetPasswordHash(const std::string& name) override;
  Result<std::vector<auth::User>> ListUsers() override;
  Status SetPasswordHash(const std::string& name, const std::string& hash,
                         const org::AuditEntry& audit) override;
  Status SetDisabled(const std::string& name, bool disabled,
                     const org::AuditEntry& audit) override;
  Status AddGrant(const std::string& name, const auth::UserGrant& grant,
                  const org::AuditEntry& audit) override;
  Status RevokeGrant(const std::string& name, const auth::Grant& grant,
                     const org::AuditEntry& audit) override;

  Result<std::vector<ImportRecord>> LoadImportRecords(
      const std::string& election) override;
  Result<std::vector<ElectionSummary>> Summarise() override;

 private:
  SqliteStore(sqlite3* db, std::string path, int schema_version);

  // The id of the named election; NotFound (with suggestions) when absent.
  Result<int64_t> ElectionId(const std::string& name);
  // Replaces the import record of (election_id or geography, kind, state)
  // inside the caller's transaction. election_id 0 = no election.
  Status WriteImportRecord(int64_t election_id, const ImportRecord& record);
  Status InsertSeats(int64_t election_id, const std::vector<results::SeatResult>& seats,
                     PartyResolver& parties);

  sqlite3* db_;
  std::string path_;
  int schema_version_;
};

}  // namespace janadhar::store::sqlite
