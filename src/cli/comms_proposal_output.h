// What `janadhar comms proposal …` prints, built from the service's results
// (service/comms_proposals.h) as an Output (cli/analyse_output.h): the
// tables for text, CSV and XLSX and the JSON (snake_case keys, dates as
// "YYYY-MM-DD", a missing value null). Main thread only.
#pragma once

#include <string>
#include <vector>

#include "cli/analyse_output.h"
#include "org/proposal.h"
#include "service/comms_proposals.h"

namespace janadhar::cli {

// A proposal as JSON: id, from, title, text, status, submitted_on,
// submitted_by, committee [person ids], decision (null while open, else
// {decision, reasons, revised_text (null unless revised), decided_on,
// decided_by}).
nlohmann::json ProposalJson(const org::Proposal& p);
// A proposal in full: proposal (ProposalJson), committee [{person, name,
// status, view, note, on}] (view, note and on null before a view), tally
// {support, oppose, abstain, pending}, history [{on, by, event, detail}].
nlohmann::json ProposalDetailJson(const service::ProposalDetail& d);

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
