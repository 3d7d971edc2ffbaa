// The use cases behind `janadhar comms report define|submit|show|rollup|
// missing`: a unit defines a report template of named numeric fields for
// the units of its subtree, each target unit submits its values for a
// period, and the sums roll up the tree with the units that have not
// reported (org/report.h; the store's side is store/comms_store.h).
//
// Rules (each refusal says what to do instead):
//  - a template has a defining unit, a title and at least one field
//    (name:"Label", names unique), and goes to the sender's subtree or to a
//    unit below it, optionally to one level only; it must reach a unit;
//  - only target units submit, with a value for exactly every field, each a
//    whole number from 0; a misspelt field name gets "did you mean";
//  - a period is free text matched exactly ("2026-W10", "2026-03");
//  - one submission per (template, unit, period): submitting again is a
//    correction that replaces it, audited as "report.correct" with the
//    earlier values as `before`;
//  - the roll-up is of a unit's subtree; the national unit's is every
//    state's tree joined under it (org::JoinUnderNational).
// A template's audit entries have the subject "report <id>": its definition
// ("report.define") and each submission ("report.submit", "report.correct").
//
// Errors: InvalidArgument for malformed input; NotFound for a unit that is
// not stored (NoSuchUnit), an unknown template, or a unit that is not a
// target; FailedPrecondition for a template that reaches no unit; IoError
// from the store. A refused change leaves the store unchanged.
// Thread-safety: one call at a time per Store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "org/report.h"
#include "org/unit.h"
#include "service/org_people.h"
#include "store/store.h"

namespace janadhar::service {

struct ReportDefineRequest {
  std::string from;   // the defining unit's code
  std::string to;     // a unit of its subtree; "" = the sender
  std::string level;  // "booth", …; "" = every unit below
  std::string title;
  std::vector<std::string> fields;  // "name:Label" or "name"
  std::string on;                   // "" = today
  OrgActor actor;
};

Result<org::ReportTemplate> DefineReport(store::Store& store,
                                         const ReportDefineRequest& request);

// NotFound when there is no such template.
Result<org::ReportTemplate> GetReport(store::Store& store, int64_t id);

// Templates concerning `unit` (defined above it, by it or below it; every
// template for "" or IN), newest first, up to `limit` (0 = all), with how
// much was submitted on each. NotFound for a unit that is not stored.
Result<std::vector<store::CommsStore::ReportSummary>> ListReports(store::Store& store,
                                                                  const std::string& unit,
                                                                  int limit);

struct ReportSubmitRequest {
  int64_t report = 0;
  std::string unit;  // the target unit's code
  std::string period;
  std::vector<std::pair<std::string, std::string>> values;  // field → text
  std::string on;                                           // "" = today
  OrgActor actor;
};

struct SubmitResult {
  org::ReportTemplate report;
  org::ReportSubmission submission;
  std::optional<org::ReportSubmission> replaced;  // the earlier one, if any
};

Result<SubmitResult> SubmitReport(store::Store& store,
                                  const ReportSubmitRequest& request);

// "households_visited=12" → ("households_visited", "12"); InvalidArgument
// without '='.
Result<std::pair<std::string, std::string>> ParseReportValue(const std::string& text);

struct RollUpRequest {
  int64_t report = 0;
  std::string period;
  std::string unit;  // the subtree rolled up; "" = the template's `to`
  int depth = -1;    // units listed to this depth below it; -1 = all
};

struct RollUpResult {
  org::ReportTemplate report;
  std::string period;
  org::UnitTree tree;  // of the unit's state; the roll-up's ids are of it
  org::ReportRollUp rollup;
};

Result<RollUpResult> RollUpReport(store::Store& store, const RollUpRequest& request);

}  // namespace janadhar::service
