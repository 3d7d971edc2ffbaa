// The storage interface of the communication system (org/directive.h,
// org/report.h): directives sent down the organisation and what each target
// unit did about them; report templates and the values units submit on them. A Store
// gives it through Store::Comms(); the SQLite store implements it on its own connection
// (sqlite/sqlite_comms*.cpp, tables in store/README.md).
//
// Every change is one transaction, with the audit entry it is given written
// in it; a failed change leaves the store as it was.
// Ownership: the Store that gives it owns it. Thread-safety: as the Store
// (one thread at a time). Errors: NotFound for a unit code that is not
// stored or a directive that is not there; InvalidArgument for a directive
// whose `to` is not in its sender's subtree; FailedPrecondition for a
// directive that would target no unit, and for acknowledging or completing a
// target twice; IoError from the database. Reports: NotFound for a template
// that is not there or a unit that is not one of its targets. Proposals:
// NotFound for a unit, a person or a proposal that is not there;
// FailedPrecondition for a change to a decided (closed) proposal, a view from
// someone not on its committee, or a decision before a committee.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "org/directive.h"
#include "org/person.h"
#include "org/proposal.h"
#include "org/report.h"
#include "org/unit.h"

namespace janadhar::store {

class CommsStore {
 public:
  virtual ~CommsStore() = default;

  // Stores `directive` (its id and `targets` ignored) with one target row per
  // unit org::TargetUnits gives for it: the units of the subtree of `to`
  // ("" = `from`), of `level` when given, `to` itself included unless it is
  // `from`. A sender may be the national unit IN: its subtree is every
  // state's tree. `to` must be `from` or below it. Returns the directive as
  // stored (id, `to` filled in, target count). The audit entry's subject,
  // when empty, becomes "directive <id>".
  virtual Result<org::Directive> AddDirective(const org::Directive& directive,
                                              const org::AuditEntry& audit) = 0;
  // The directive with this id (its target count included), or nullopt.
  virtual Result<std::optional<org::Directive>> GetDirective(int64_t id) = 0;

  // A directive with how its targets stand.
  struct DirectiveSummary {
    org::Directive directive;
    int64_t acknowledged = 0;  // acknowledged, done or not
    int64_t done = 0;
  };
  // Directives sent by `unit`, by the units above it or by those of its
  // subtree (every directive when "" or the national unit), newest first, up
  // to `limit` (0 = all).
  virtual Result<std::vector<DirectiveSummary>> ListDirectives(const std::string& unit,
                                                               int limit) = 0;

  // What a target unit reports: an acknowledgement, or a completion (which
  // acknowledges too, on the same day, when not acknowledged before).
  struct TargetReport {
    int64_t directive = 0;
    std::string unit;  // code
    bool done = false;
    std::string on;    // the day
    std::string by;    // the user
    std::string note;  // kept as the target's note when not empty
  };
  // Records `report` and returns the target as it is now. NotFound when the
  // directive is not there or the unit is not one of its targets;
  // FailedPrecondition when it was already acknowledged (for an
  // acknowledgement) or done.
  virtual Result<org::DirectiveTarget> ReportOnDirective(
      const TargetReport& report, const org::AuditEntry& audit) = 0;
  // The target row of `unit` for `directive`, or nullopt when it is not one.
  virtual Result<std::optional<org::DirectiveTarget>> GetDirectiveTarget(
      int64_t directive, const std::string& unit) = 0;

  // The unit tree of `state` (as Store::LoadOrgUnits) with the directive's
  // targets in it, by tree id; targets in other states are left out. Read in
  // one snapshot.
  struct DirectiveUnits {
    org::UnitTree tree;
    std::vector<org::TargetStatus> targets;
  };
  virtual Result<DirectiveUnits> LoadDirectiveTargets(int64_t directive,
                                                      const std::string& state) = 0;

  // --- Reports -------------------------------------------------------------
  // Stores `report` (id and `targets` ignored; fields checked by the
  // service) with its fields and one target row per unit it reaches, as
  // AddDirective. Returns it as stored. The audit entry's subject, when
  // empty, becomes "report <id>".
  virtual Result<org::ReportTemplate> AddReportTemplate(const org::ReportTemplate& report,
                                                        const org::AuditEntry& audit) = 0;
  // The template with this id (fields and target count), or nullopt.
  virtual Result<std::optional<org::ReportTemplate>> GetReportTemplate(int64_t id) = 0;

  // Records `submission` (its values in the template's field order, checked
  // by the service). A unit's submission for a period it already reported
  // replaces the earlier one; the audit entry written has the earlier values
  // as `before` (JSON) and its action with ".correct" for ".submit". Returns
  // the earlier submission, or nullopt for a first one. NotFound when the
  // template is not there or the unit is not one of its targets.
  virtual Result<std::optional<org::ReportSubmission>> SubmitReport(
      const org::ReportSubmission& submission, const org::AuditEntry& audit) = 0;
  // A template with how much was submitted on it.
  struct ReportSummary {
    org::ReportTemplate report;  // with its fields
    int64_t submissions = 0;     // over every period, corrections not counted
    int64_t periods = 0;         // distinct periods submitted for
    std::string last_period;     // of the latest submission (by day, then the
                                 // greatest period of that day); "" = none
  };
  // Templates defined by `unit`, by the units above it or by those of its
  // subtree (every template when "" or the national unit), newest first, up
  // to `limit` (0 = all), as ListDirectives.
  virtual Result<std::vector<ReportSummary>> ListReportTemplates(const std::string& unit,
                                                                 int limit) = 0;
  // The submission of `unit` for `period`, or nullopt.
  virtual Result<std::optional<org::ReportSubmission>> GetReportSubmission(
      int64_t report, const std::string& unit, const std::string& period) = 0;

  // The unit tree of `state` with the template's targets and its submissions
  // for `period`, by tree id; other states' units are left out. One snapshot.
  struct ReportUnits {
    org::UnitTree tree;
    std::vector<int> targets;
    std::vector<org::SubmittedValues> submissions;
  };
  virtual Result<ReportUnits> LoadReportSubmissions(int64_t report,
                                                    const std::string& state,
                                                    const std::string& period) = 0;

  // --- Proposals (sqlite_proposals*.cpp) -------------------------------------
  // Each change below writes `event` to the proposal's history and `audit`
  // (whose subject, when empty, becomes "proposal <id>") in its transaction,
  // and checks in it that the proposal is there and not decided.

  // Stores `proposal` (its id, committee and decision ignored) from the unit
  // `from`. Returns it as stored (its id set).
  virtual Result<org::Proposal> AddProposal(const org::Proposal& proposal,
                                            const org::ProposalEvent& event,
                                            const org::AuditEntry& audit) = 0;
  // Makes `committee` (person ids, checked by the service) the proposal's
  // review committee, replacing any earlier one; views already given stay in
  // its history. NotFound for a person who is not stored.
  virtual Status SetProposalCommittee(int64_t proposal,
                                      const std::vector<int64_t>& committee,
                                      const org::ProposalEvent& event,
                                      const org::AuditEntry& audit) = 0;
  // Records a committee member's view (a later one supersedes it).
  // FailedPrecondition when `view.person` is not on the committee.
  virtual Status AddProposalView(int64_t proposal, const org::MemberView& view,
                                 const org::ProposalEvent& event,
                                 const org::AuditEntry& audit) = 0;
  // Records the decision of `decided` (decision, reasons, revised_text,
  // decided_on, decided_by; checked by the service), which closes the
  // proposal. FailedPrecondition when it has no committee.
  virtual Status DecideProposal(int64_t proposal, const org::Proposal& decided,
                                const org::ProposalEvent& event,
                                const org::AuditEntry& audit) = 0;
  // The proposal with its committee, every view and its history, or nullopt.
  // One snapshot.
  virtual Result<std::optional<org::ProposalRecord>> GetProposal(int64_t id) = 0;
  // Proposals from the units of `unit`'s subtree (every one for "" or the
  // national unit), of `status` when given, newest first, up to `limit` (0 =
  // all), each with its committee (no views or history).
  virtual Result<std::vector<org::Proposal>> ListProposals(
      const std::string& unit, std::optional<org::ProposalStatus> status, int limit) = 0;
};

}  // namespace janadhar::store
