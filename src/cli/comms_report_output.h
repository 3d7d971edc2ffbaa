// What `janadhar comms report …` prints, built from the service's results
// (service/comms_reports.h) as an Output (cli/analyse_output.h): the tables
// for text, CSV and XLSX and the JSON (snake_case keys, each field's sum
// under its name, dates as "YYYY-MM-DD"). Main thread only.
#pragma once

#include <string>
#include <vector>

#include "api/comms_json.h"
#include "cli/analyse_output.h"
#include "org/report.h"
#include "service/comms_reports.h"

namespace janadhar::cli {

// A template as JSON (api/comms_json.h, shared with the HTTP API).
using api::ReportTemplateJson;

// `define`: the template and how many units are to report.
Output DefinedOutput(const org::ReportTemplate& r);
// `submit`: the values recorded, and the ones they replaced.
Output SubmittedOutput(const service::SubmitResult& r);
// `show`: the template and its fields.
Output ReportShowOutput(const org::ReportTemplate& r);
// `list`: templates newest first with how much was submitted on each
// (`unit` the scope asked for, "" = every template).
Output ReportListOutput(const std::vector<store::CommsStore::ReportSummary>& list,
                        const std::string& unit);

struct ReportView {
  bool text = true;  // tables for a terminal (names indented by depth)
  int show = 50;     // missing units in the text table
};
// `rollup`: every unit's sums and how many reported of how many expected.
Output RollUpOutput(const service::RollUpResult& r, const ReportView& view);
// `missing`: the target units with no submission for the period.
Output MissingOutput(const service::RollUpResult& r, const ReportView& view);

}  // namespace janadhar::cli
