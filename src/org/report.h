// Reports of the communication system (DESIGN.md, "Organisation model"): a
// unit defines a template of named numeric fields for the units of its
// subtree (targeted as directives are, org/directive.h), each target unit
// submits one set of values per period, and the sums roll up the tree with
// how many units reported of how many expected and the units that did not.
//
// Plain values and pure functions over a UnitTree (org/unit.h): parsing a
// template's fields, checking a submission's values against them, and the
// roll-up. The store keeps templates, targets and submissions
// (store/comms_store.h); the service checks the rules between them
// (service/comms_reports.h).
//
// A period is free text given with each submission ("2026-W10", "2026-03")
// and matched exactly: the template does not fix a calendar.
// Ownership: values; the roll-up refers to units by id of the tree given.
// Thread-safety: values and pure functions.
// Errors (InvalidArgument): a malformed field, an unknown field (with "did
// you mean"), a missing, repeated, negative or non-integer value, a period
// that is empty or not UTF-8, a start unit or depth out of range, a unit id
// not in the tree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "org/unit.h"

namespace janadhar::org {

// A numeric field of a template: `name` in lower-case ASCII letters, digits
// and '_' (starting with a letter, up to 40 bytes); `label` any UTF-8 text
// (Hindi or English), the name when not given.
struct ReportField {
  std::string name;
  std::string label;
};

// "households_visited:Households visited" or "households_visited" (label =
// name); surrounding spaces are dropped.
Result<ReportField> ParseReportField(std::string_view spec);
// At least one field, no name twice.
Status CheckReportFields(const std::vector<ReportField>& fields);

// A template made by the unit `from` for the units of the subtree of `to`
// (as org::Directive: `to` is `from` or below it; all units or those of
// `level`).
struct ReportTemplate {
  int64_t id = 0;    // store id; 0 before it is stored
  std::string from;  // the defining unit's code
  std::string to;    // "" = `from`
  std::optional<UnitLevel> level;
  std::string title;
  std::vector<ReportField> fields;  // in the order given
  std::string defined_on;           // YYYY-MM-DD
  std::string defined_by;
  int64_t targets = 0;  // how many units are to report (set by the store)
};

// A unit's values for one period, in the template's field order.
struct ReportSubmission {
  int64_t report = 0;  // the template's id
  std::string unit;    // code
  std::string period;
  std::vector<int64_t> values;
  std::string submitted_on;  // YYYY-MM-DD
  std::string submitted_by;
};

// The values of `given` (field name, value text) as `fields` orders them.
// Every field exactly once, each a whole number from 0 (digits only, up to
// 10^15); an unknown name is refused with the closest field names.
Result<std::vector<int64_t>> CheckReportValues(
    const std::vector<ReportField>& fields,
    const std::vector<std::pair<std::string, std::string>>& given);

// A period as given: spaces collapsed, not empty, UTF-8, up to 40 bytes.
Result<std::string> CheckReportPeriod(std::string_view period);

// Values as stored ("12,0,7") and back; nullopt for text that is not that.
std::string JoinReportValues(const std::vector<int64_t>& values);
std::optional<std::vector<int64_t>> SplitReportValues(std::string_view text);

// A submission in the roll-up: its unit by tree id, its values in field
// order.
struct SubmittedValues {
  int unit = -1;
  std::vector<int64_t> values;
};

struct ReportRollUpOptions {
  int start = -1;  // the unit whose subtree is rolled up; -1 = the root
  // Units listed down to this depth below `start`; -1 = all. Units with no
  // target in their subtree are left out (the start unit never). The
  // missing list is never cut by depth.
  int depth = -1;
};

struct UnitReportSums {
  int unit = -1;
  int depth = 0;              // below the start unit
  int expected = 0;           // target units in the subtree (itself included)
  int reported = 0;           // of them, those that submitted
  std::vector<int64_t> sums;  // per field, over the reporting units
};

struct ReportRollUp {
  int start = -1;
  UnitReportSums total;               // of the start unit's subtree
  std::vector<UnitReportSums> units;  // pre-order from the start unit
  std::vector<int> missing;           // targets with no submission, pre-order
};

// Rolls the submissions of one period up `tree` (O(units of the subtree +
// targets + submissions × fields)). `targets` are the units expected to
// report; a submission of a unit that is not a target, or outside the start
// unit's subtree, is left out. Every submission has `fields` values.
Result<ReportRollUp> RollUpReport(const UnitTree& tree, const std::vector<int>& targets,
                                  const std::vector<SubmittedValues>& submissions,
                                  size_t fields, const ReportRollUpOptions& options);

}  // namespace janadhar::org
