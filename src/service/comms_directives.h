// The use cases behind `janadhar comms directive send|ack|done|show|list|
// compliance|overdue`: instructions sent down the organisation, what each
// target unit did about them, and their compliance rolled up the tree with
// the late units escalated to their parents (org/directive.h; the store's
// side is store/comms_store.h).
//
// Rules (each refusal says what to do instead):
//  - a directive has a sender unit, a title, a deadline (YYYY-MM-DD) not
//    before the day it is sent, and goes to the sender's subtree or to a
//    unit below the sender, optionally to the units of one level only; it
//    must reach at least one unit;
//  - a target unit acknowledges once, and completes once (a completion
//    acknowledges too when it was not); only target units report;
//  - titles, texts and notes are UTF-8 (Hindi or English), kept as typed.
// A directive's audit entries have the subject "directive <id>": its sending
// ("directive.send") and each report ("directive.ack", "directive.done").
//
// Errors: InvalidArgument for malformed input (quoting it: a bad date names
// the format, a bad level names the levels and the closest); NotFound for a
// unit that is not stored (NoSuchUnit), an unknown directive, or a unit that
// is not a target; FailedPrecondition for a directive that reaches no unit, a
// report made twice, or a national roll-up without states; IoError from the
// store. A refused change leaves the store unchanged.
// Thread-safety: one call at a time per Store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "org/directive.h"
#include "org/unit.h"
#include "service/org_people.h"
#include "store/store.h"

namespace janadhar::service {

struct DirectiveRequest {
  std::string from;   // the sending unit's code
  std::string to;     // a unit of the sender's subtree; "" = the sender
  std::string level;  // "booth", "ac", …; "" = every unit below
  std::string title;
  std::string text;
  std::string deadline;   // YYYY-MM-DD
  std::string issued_on;  // "" = today
  OrgActor actor;
};

Result<org::Directive> SendDirective(store::Store& store,
                                     const DirectiveRequest& request);

struct DirectiveReportRequest {
  int64_t directive = 0;
  std::string unit;   // the target unit's code
  bool done = false;  // false: an acknowledgement
  std::string on;     // "" = today
  std::string note;
  OrgActor actor;  // the user is recorded as who acknowledged or completed
};

Result<org::DirectiveTarget> ReportOnDirective(store::Store& store,
                                               const DirectiveReportRequest& request);

// NotFound when there is no such directive.
Result<org::Directive> GetDirective(store::Store& store, int64_t id);

// Directives that concern `unit` (sent from above it, by it or below it;
// every one for "" or IN), newest first, up to `limit` (0 = all).
Result<std::vector<store::CommsStore::DirectiveSummary>> ListDirectives(
    store::Store& store, const std::string& unit, int limit);

struct ComplianceRequest {
  int64_t directive = 0;
  std::string unit;   // the subtree rolled up; "" = the directive's `to`
  int depth = -1;     // units listed to this depth below it; -1 = all
  std::string as_of;  // the day late is judged on; "" = today
};

struct ComplianceResult {
  org::Directive directive;
  std::string as_of;
  // The tree of the unit's state, or every state's under IN for the
  // national unit; the report's ids are of it.
  org::UnitTree tree;
  org::ComplianceReport report;
};

Result<ComplianceResult> DirectiveCompliance(store::Store& store,
                                             const ComplianceRequest& request);

// The late units of a compliance report grouped by the unit each is
// escalated to (its parent), parents in the order their first late unit
// comes in the tree's pre-order.
struct Escalation {
  int parent = -1;           // tree id; -1 for the root (no parent)
  std::vector<size_t> late;  // indexes into report.late
};
std::vector<Escalation> EscalateLate(const org::ComplianceReport& report);

}  // namespace janadhar::service
