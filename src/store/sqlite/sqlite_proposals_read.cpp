// Reading the communication system's proposals from the SQLite store
// (store/comms_store.h): a proposal with its committee, views and history,
// and the list of those from a unit's subtree.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "org/proposal.h"
#include "store/sqlite/sqlite_comms_util.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

// Columns read by ReadProposalRow: "SELECT <kProposalColumns> WHERE …".
constexpr std::string_view kProposalColumns =
    "p.id, u.code, p.title, p.body, p.submitted_on, p.submitted_by, p.decision, "
    "p.reasons, p.revised_body, p.decided_on, p.decided_by FROM comms_proposals p "
    "JOIN org_units u ON u.id = p.from_unit_id";

// The status of a proposal in SQL (org::Proposal::status).
constexpr std::string_view kStatusSql =
    "CASE WHEN p.decision IS NOT NULL THEN p.decision WHEN EXISTS (SELECT 1 FROM "
    "comms_proposal_members m WHERE m.proposal_id = p.id) THEN 'under_review' ELSE "
    "'submitted' END";

Result<org::Proposal> ReadProposalRow(const Statement& stmt) {
  org::Proposal p;
  p.id = stmt.Int(0);
  p.from = stmt.Text(1);
  p.title = stmt.Text(2);
  p.text = stmt.Text(3);
  p.submitted_on = stmt.Text(4);
  p.submitted_by = stmt.Text(5);
  if (!stmt.IsNull(6)) {
    auto decision = org::ParseProposalDecision(stmt.TextView(6));
    if (!decision.ok()) {
      return Status::Internal("proposal " + std::to_string(p.id) + " has the decision '" +
                              stmt.Text(6) + "', which is not one");
    }
    p.decision = *decision;
  }
  p.reasons = TextOrEmpty(stmt, 7);
  p.revised_text = TextOrEmpty(stmt, 8);
  p.decided_on = TextOrEmpty(stmt, 9);
  p.decided_by = TextOrEmpty(stmt, 10);
  return p;
}

// Fills in `p.committee` from its rows, with `members` (prepared on
// comms_proposal_members) reset after.
Status ReadCommittee(Statement& members, org::Proposal& p) {
  members.Bind(1, p.id);
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, members.Step());
    if (!row) break;
    p.committee.push_back(members.Int(0));
  }
  members.Reset();
  return Status::Ok();
}

constexpr std::string_view kCommitteeSql =
    "SELECT person_id FROM comms_proposal_members WHERE proposal_id = ? ORDER BY "
    "position";

}  // namespace

Result<std::optional<org::Proposal>> FindProposal(sqlite3* db, int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt, Statement::Prepare(db, "SELECT " + std::string(kProposalColumns) +
                                                 " WHERE p.id = ?"));
  stmt.Bind(1, id);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<org::Proposal>();
  JANADHAR_ASSIGN_OR_RETURN(org::Proposal p, ReadProposalRow(stmt));
  JANADHAR_ASSIGN_OR_RETURN(Statement members, Statement::Prepare(db, kCommitteeSql));
  JANADHAR_RETURN_IF_ERROR(ReadCommittee(members, p));
  return std::optional<org::Proposal>(std::move(p));
}

Status NoProposal(int64_t id) {
  return Status::NotFound("no proposal " + std::to_string(id) +
                          "; `janadhar comms proposal list` shows them");
}

Result<std::optional<org::ProposalRecord>> SqliteStore::GetProposal(int64_t id) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(std::optional<org::Proposal> p, FindProposal(db_, id));
  if (!p) return std::optional<org::ProposalRecord>();
  org::ProposalRecord r;
  r.proposal = std::move(*p);
  JANADHAR_ASSIGN_OR_RETURN(
      Statement views,
      Statement::Prepare(db_,
                         "SELECT person_id, stand, note, given_on, given_by FROM "
                         "comms_proposal_views WHERE proposal_id = ? ORDER BY id"));
  views.Bind(1, id);
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, views.Step());
    if (!row) break;
    auto stand = org::ParseProposalView(views.TextView(1));
    if (!stand.ok()) {
      return Status::Internal("proposal " + std::to_string(id) + " has the view '" +
                              views.Text(1) + "', which is not one");
    }
    r.views.push_back(
        {views.Int(0), *stand, views.Text(2), views.Text(3), views.Text(4)});
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement events,
      Statement::Prepare(db_,
                         "SELECT kind, happened_on, done_by, detail FROM "
                         "comms_proposal_events WHERE proposal_id = ? ORDER BY id"));
  events.Bind(1, id);
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, events.Step());
    if (!row) break;
    JANADHAR_ASSIGN_OR_RETURN(org::ProposalEventKind kind,
                              org::ParseProposalEvent(events.TextView(0)));
    r.history.push_back({kind, events.Text(1), events.Text(2), events.Text(3)});
  }
  return std::optional<org::ProposalRecord>(std::move(r));
}

Result<std::vector<org::Proposal>> SqliteStore::ListProposals(
    const std::string& unit, std::optional<org::ProposalStatus> status, int limit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  const bool everywhere = unit.empty() || unit == org::kNationalCode;
  UnitRow scope;
  std::string where = " WHERE 1";
  if (!everywhere) {
    JANADHAR_ASSIGN_OR_RETURN(scope, FindUnitRow(db_, unit));
    where += " AND u.state = ?1 AND u.lft BETWEEN ?2 AND ?3";
  }
  if (status) where += " AND " + std::string(kStatusSql) + " = ?4";
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_, "SELECT " + std::string(kProposalColumns) + where +
                                  " ORDER BY p.id DESC" +
                                  (limit > 0 ? " LIMIT " + std::to_string(limit) : "")));
  if (!everywhere) {
    stmt.Bind(1, scope.state);
    stmt.Bind(2, scope.lft);
    stmt.Bind(3, scope.rgt);
  }
  if (status) stmt.Bind(4, org::ProposalStatusName(*status));
  JANADHAR_ASSIGN_OR_RETURN(Statement members, Statement::Prepare(db_, kCommitteeSql));
  std::vector<org::Proposal> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    JANADHAR_ASSIGN_OR_RETURN(org::Proposal p, ReadProposalRow(stmt));
    JANADHAR_RETURN_IF_ERROR(ReadCommittee(members, p));
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace janadhar::store::sqlite
