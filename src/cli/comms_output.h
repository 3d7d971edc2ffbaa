// What `janadhar comms directive …` prints, built from the service's results
// (service/comms_directives.h) as an Output (cli/analyse_output.h): the
// tables for text, CSV and XLSX and the JSON (snake_case keys, dates as
// "YYYY-MM-DD", a missing value null). Main thread only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "api/comms_json.h"
#include "cli/analyse_output.h"
#include "org/directive.h"
#include "service/comms_directives.h"

namespace janadhar::cli {

// The JSON of a directive and a target's record (api/comms_json.h, shared
// with the HTTP API).
using api::DirectiveJson;
using api::TargetJson;

// `send`: what was sent and to how many units.
Output SentOutput(const org::Directive& d);
// `ack` / `done`: the target's record after the report.
Output ReportedOutput(int64_t directive, const org::DirectiveTarget& t);
// `show`: the directive, its totals, and the record of `target` when given.
Output ShowOutput(const service::ComplianceResult& r, const org::DirectiveTarget* target);
// `list`.
Output ListOutput(const std::vector<store::CommsStore::DirectiveSummary>& list,
                  const std::string& unit);

struct ComplianceView {
  bool text = true;   // tables for a terminal (names indented by depth)
  bool json = false;  // build the JSON (every unit listed)
  int show = 50;      // late units in the text table
};
// `compliance`: every unit's figures rolled up, and the late units.
Output ComplianceOutput(const service::ComplianceResult& r, const ComplianceView& view);
// `overdue`: the late units grouped by the unit each is escalated to.
Output OverdueOutput(const service::ComplianceResult& r, const ComplianceView& view);

}  // namespace janadhar::cli
