// The communication system's proposals in the SQLite store (comms_proposals
// and its committee, views and events; store/comms_store.h): submitting one,
// its committee, its members' views and its decision, each with its history
// event and audit entry in one transaction. Reads are in
// sqlite_proposals_read.cpp.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "org/proposal.h"
#include "store/sqlite/sqlite_comms_util.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

std::string Subject(int64_t id) {
  return "proposal " + std::to_string(id);
}

// The open proposal `id`, read inside the caller's transaction: NotFound
// when there is none, FailedPrecondition (org::CheckOpen) when it is decided.
Result<org::Proposal> OpenProposal(sqlite3* db, int64_t id, std::string_view what) {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<org::Proposal> p, FindProposal(db, id));
  if (!p) return NoProposal(id);
  JANADHAR_RETURN_IF_ERROR(org::CheckOpen(*p, what));
  return std::move(*p);
}

// FailedPrecondition when `p` has no committee yet, for `what`.
Status NeedsCommittee(const org::Proposal& p, std::string_view what) {
  if (!p.committee.empty()) return Status::Ok();
  const std::string id = std::to_string(p.id);
  return Status::FailedPrecondition(
      "proposal " + id + " has no review committee yet, so nobody can " +
      std::string(what) + "; assign one first: janadhar comms proposal assign " + id +
      " --member PERSON_ID");
}

// The event and the audit entry of a change to proposal `id`.
Status WriteEventAndAudit(sqlite3* db, int64_t id, const org::ProposalEvent& event,
                          const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db,
                         "INSERT INTO comms_proposal_events (proposal_id, kind, "
                         "happened_on, done_by, detail) VALUES (?, ?, ?, ?, ?)"));
  insert.Bind(1, id);
  insert.Bind(2, org::ProposalEventName(event.kind));
  insert.Bind(3, event.on);
  insert.Bind(4, event.by);
  insert.Bind(5, event.detail);
  JANADHAR_RETURN_IF_ERROR(insert.Run());
  org::AuditEntry entry = audit;
  if (entry.subject.empty()) entry.subject = Subject(id);
  return WriteAudit(db, entry);
}

}  // namespace

Result<org::Proposal> SqliteStore::AddProposal(const org::Proposal& proposal,
                                               const org::ProposalEvent& event,
                                               const org::AuditEntry& audit) {
  org::Proposal p = proposal;
  p.committee.clear();
  p.decision.reset();
  p.reasons.clear();
  p.revised_text.clear();
  p.decided_on.clear();
  p.decided_by.clear();
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(UnitRow from, FindUnitRow(db_, p.from));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO comms_proposals (from_unit_id, title, body, "
                         "submitted_on, submitted_by) VALUES (?, ?, ?, ?, ?) "
                         "RETURNING id"));
  insert.Bind(1, from.id);
  insert.Bind(2, p.title);
  insert.Bind(3, p.text);
  insert.Bind(4, p.submitted_on);
  insert.Bind(5, p.submitted_by);
  JANADHAR_ASSIGN_OR_RETURN(p.id, insert.StepReturningId("writing a proposal"));
  JANADHAR_RETURN_IF_ERROR(WriteEventAndAudit(db_, p.id, event, audit));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return p;
}

Status SqliteStore::SetProposalCommittee(int64_t proposal,
                                         const std::vector<int64_t>& committee,
                                         const org::ProposalEvent& event,
                                         const org::AuditEntry& audit) {
  JANADHAR_RETURN_IF_ERROR(org::CheckCommittee(committee));
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_RETURN_IF_ERROR(OpenProposal(db_, proposal, "change its committee").status());
  JANADHAR_ASSIGN_OR_RETURN(
      Statement person, Statement::Prepare(db_, "SELECT 1 FROM org_people WHERE id = ?"));
  for (const int64_t id : committee) {
    person.Bind(1, id);
    JANADHAR_ASSIGN_OR_RETURN(bool found, person.Step());
    person.Reset();
    if (!found) return Status::NotFound("no person #" + std::to_string(id));
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement clear,
      Statement::Prepare(db_,
                         "DELETE FROM comms_proposal_members WHERE proposal_id = ?"));
  clear.Bind(1, proposal);
  JANADHAR_RETURN_IF_ERROR(clear.Run());
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO comms_proposal_members (proposal_id, person_id, "
                         "position) VALUES (?, ?, ?)"));
  for (size_t i = 0; i < committee.size(); ++i) {
    insert.Bind(1, proposal);
    insert.Bind(2, committee[i]);
    insert.Bind(3, static_cast<int64_t>(i));
    JANADHAR_RETURN_IF_ERROR(insert.Run());
  }
  JANADHAR_RETURN_IF_ERROR(WriteEventAndAudit(db_, proposal, event, audit));
  return txn.Commit();
}

Status SqliteStore::AddProposalView(int64_t proposal, const org::MemberView& view,
                                    const org::ProposalEvent& event,
                                    const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(org::Proposal p,
                            OpenProposal(db_, proposal, "record a view"));
  JANADHAR_RETURN_IF_ERROR(NeedsCommittee(p, "give a view"));
  if (std::find(p.committee.begin(), p.committee.end(), view.person) ==
      p.committee.end()) {
    std::string members;
    for (const int64_t id : p.committee) {
      members += (members.empty() ? "#" : ", #") + std::to_string(id);
    }
    return Status::FailedPrecondition("person #" + std::to_string(view.person) +
                                      " is not on the review committee of proposal " +
                                      std::to_string(proposal) + " (" + members + ")");
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO comms_proposal_views (proposal_id, person_id, "
                         "stand, note, given_on, given_by) VALUES (?, ?, ?, ?, ?, ?)"));
  insert.Bind(1, proposal);
  insert.Bind(2, view.person);
  insert.Bind(3, org::ProposalViewName(view.view));
  insert.Bind(4, view.note);
  insert.Bind(5, view.on);
  insert.Bind(6, view.by);
  JANADHAR_RETURN_IF_ERROR(insert.Run());
  JANADHAR_RETURN_IF_ERROR(WriteEventAndAudit(db_, proposal, event, audit));
  return txn.Commit();
}

Status SqliteStore::DecideProposal(int64_t proposal, const org::Proposal& decided,
                                   const org::ProposalEvent& event,
                                   const org::AuditEntry& audit) {
  if (!decided.decision) return Status::Internal("a decision without its word");
  JANADHAR_RETURN_IF_ERROR(
      org::CheckDecision(*decided.decision, decided.reasons, decided.revised_text));
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(org::Proposal p, OpenProposal(db_, proposal, "decide it"));
  JANADHAR_RETURN_IF_ERROR(NeedsCommittee(p, "decide it"));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement update,
      Statement::Prepare(
          db_,
          "UPDATE comms_proposals SET decision = ?, reasons = ?, "
          "revised_body = ?, decided_on = ?, decided_by = ? WHERE id = ?"));
  update.Bind(1, org::ProposalDecisionName(*decided.decision));
  update.Bind(2, decided.reasons);
  if (decided.decision == org::ProposalDecision::kRevised) {
    update.Bind(3, decided.revised_text);
  } else {
    update.BindNull(3);
  }
  update.Bind(4, decided.decided_on);
  update.Bind(5, decided.decided_by);
  update.Bind(6, proposal);
  JANADHAR_RETURN_IF_ERROR(update.Run());
  JANADHAR_RETURN_IF_ERROR(WriteEventAndAudit(db_, proposal, event, audit));
  return txn.Commit();
}

}  // namespace janadhar::store::sqlite
