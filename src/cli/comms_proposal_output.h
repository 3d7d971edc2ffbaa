// What `janadhar comms proposal …` prints, built from the service's results
// (service/comms_proposals.h) as an Output (cli/analyse_output.h): the
// tables for text, CSV and XLSX and the JSON (snake_case keys, dates as
// "YYYY-MM-DD", a missing value null). Main thread only.
#pragma once

#include <string>
#include <vector>

#include "api/comms_json.h"
#include "cli/analyse_output.h"
#include "org/proposal.h"
#include "service/comms_proposals.h"

namespace janadhar::cli {

// A proposal as JSON, and in full (api/comms_json.h, shared with the HTTP
// API).
using api::ProposalDetailJson;
using api::ProposalJson;

// `submit`: what was submitted and what to do next.
Output ProposalSubmittedOutput(const org::Proposal& p);
// `assign`, `view` and `decide`: what changed, the committee's views (the
// table --csv prints) and the proposal in full as JSON.
enum class ProposalChange { kAssign, kView, kDecide };
Output ProposalChangedOutput(const service::ProposalDetail& d, ProposalChange change,
                             int64_t member);
// `show`: the proposal, its committee with each member's current view (the
// table --csv prints), and its history.
Output ProposalShowOutput(const service::ProposalDetail& d);
// `list`.
Output ProposalListOutput(const std::vector<org::Proposal>& list, const std::string& unit,
                          const std::string& status);

}  // namespace janadhar::cli
