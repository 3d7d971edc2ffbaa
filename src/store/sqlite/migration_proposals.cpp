// Version 11: the communication system's proposals (org/proposal.h): the
// proposal, its review committee, the views its members gave and its history
// (store/README.md).
#include <string_view>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

// As comms_directives: the submitting unit by row id (ReplaceOrgUnits keeps
// the units they refer to). The decision's columns are NULL until it is
// decided. The committee is one row per member without a rowid (position:
// the order assigned); a new committee replaces the rows. Views and events
// are appended, never changed: their ids give the order they were recorded
// in, and a member's latest view is the current one.
constexpr std::string_view kProposalsV11 = R"sql(
CREATE TABLE comms_proposals (
  id INTEGER PRIMARY KEY,
  from_unit_id INTEGER NOT NULL REFERENCES org_units(id),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  submitted_on TEXT NOT NULL,
  submitted_by TEXT NOT NULL,
  decision TEXT CHECK (decision IN ('accepted', 'rejected', 'revised')),  -- NULL = open
  reasons TEXT,
  revised_body TEXT,  -- the text as revised, for 'revised' only
  decided_on TEXT,
  decided_by TEXT
);
CREATE INDEX comms_proposals_from ON comms_proposals(from_unit_id);

CREATE TABLE comms_proposal_members (
  proposal_id INTEGER NOT NULL REFERENCES comms_proposals(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES org_people(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (proposal_id, person_id)
) WITHOUT ROWID;
CREATE INDEX comms_proposal_members_person ON comms_proposal_members(person_id);

CREATE TABLE comms_proposal_views (
  id INTEGER PRIMARY KEY,
  proposal_id INTEGER NOT NULL REFERENCES comms_proposals(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES org_people(id),
  stand TEXT NOT NULL CHECK (stand IN ('support', 'oppose', 'abstain')),
  note TEXT NOT NULL,
  given_on TEXT NOT NULL,
  given_by TEXT NOT NULL
);
CREATE INDEX comms_proposal_views_proposal ON comms_proposal_views(proposal_id, id);
CREATE INDEX comms_proposal_views_person ON comms_proposal_views(person_id);

CREATE TABLE comms_proposal_events (
  id INTEGER PRIMARY KEY,
  proposal_id INTEGER NOT NULL REFERENCES comms_proposals(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,  -- org::ProposalEventName
  happened_on TEXT NOT NULL,
  done_by TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX comms_proposal_events_proposal ON comms_proposal_events(proposal_id, id);
)sql";

}  // namespace

Status CreateProposals(sqlite3* db) {
  return Exec(db, kProposalsV11, "creating the communication system's proposal tables");
}

}  // namespace janadhar::store::sqlite
