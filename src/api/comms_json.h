// The JSON documents of the communication commands, shared by the CLI
// (`janadhar comms directive|report|proposal … --json`) and the HTTP API
// (api/comms_routes.cpp), so both give the same shape (docs/conventions.md:
// snake_case keys, dates "YYYY-MM-DD", a missing value null). No phone or
// EPIC number is in any of them.
//
// Pure functions of service values; thread-safe.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "org/directive.h"
#include "org/proposal.h"
#include "org/report.h"
#include "service/comms_directives.h"
#include "service/comms_proposals.h"
#include "service/comms_reports.h"
#include "store/store.h"

namespace janadhar::api {

// Directives (`comms directive …`).
// id, from, to, level (null = every unit), title, text, deadline, issued_on,
// issued_by, targets.
nlohmann::json DirectiveJson(const org::Directive& d);
// A target's record: unit, state, acked_on, acked_by, done_on, done_by,
// note (null when not set).
nlohmann::json TargetJson(const org::DirectiveTarget& t);
// `send`: {directive}.
nlohmann::json DirectiveSentJson(const org::Directive& d);
// `ack` / `done`: {directive (its id), target}.
nlohmann::json DirectiveReportedJson(int64_t directive, const org::DirectiveTarget& t);
// `show`: {directive, as_of, acknowledged, done, done_late, overdue, share,
// target (null unless given)}.
nlohmann::json DirectiveShowJson(const service::ComplianceResult& r,
                                 const org::DirectiveTarget* target);
// `list`: {unit (null = all), directives: [directive + acknowledged, done]}.
nlohmann::json DirectiveListJson(
    const std::vector<store::CommsStore::DirectiveSummary>& list,
    const std::string& unit);
// A unit's figures in a compliance report: {unit, name, level, depth,
// targets, acknowledged, done, done_late, overdue, share}.
nlohmann::json UnitComplianceJson(const org::UnitTree& tree,
                                  const org::UnitCompliance& c);
// `compliance`: {directive, as_of, unit, total, units (those the request's
// depth lists)}.
nlohmann::json DirectiveComplianceJson(const service::ComplianceResult& r);
// `overdue`: {directive, as_of, unit, late (how many), escalations:
// [{escalated_to, name (both null for the root), late: [{unit, name, state,
// days_late}]}]}.
nlohmann::json DirectiveOverdueJson(const service::ComplianceResult& r);

// Reports (`comms report …`).
// id, from, to, level (null = every unit), title, fields [{name, label}],
// defined_on, defined_by, targets.
nlohmann::json ReportTemplateJson(const org::ReportTemplate& r);
// {field name: value} in the template's field order.
nlohmann::json ReportValuesJson(const org::ReportTemplate& r,
                                const std::vector<int64_t>& v);
// A submission: {report (its id), unit, period, values, submitted_on,
// submitted_by}.
nlohmann::json SubmissionJson(const org::ReportTemplate& r,
                              const org::ReportSubmission& s);
// `submit`: the submission and `replaced` (the earlier values, or null).
nlohmann::json ReportSubmittedJson(const service::SubmitResult& r);
// `show`: {report}.
nlohmann::json ReportShowJson(const org::ReportTemplate& r);
// `list`: {unit (null = all), reports: [template + submissions, periods,
// last_period]}.
nlohmann::json ReportListJson(const std::vector<store::CommsStore::ReportSummary>& list,
                              const std::string& unit);
// `define`: {report}.
nlohmann::json ReportDefinedJson(const org::ReportTemplate& r);
// A unit's sums in a roll-up: {unit, name, level, depth, expected, reported,
// not_reported, sums {field: sum}}.
nlohmann::json UnitReportSumsJson(const service::RollUpResult& r,
                                  const org::UnitReportSums& s);
// `rollup`: {report, period, unit, total, units (those the request's depth
// lists)}.
nlohmann::json ReportRollUpJson(const service::RollUpResult& r);
// `missing`: {report, period, unit, expected, reported, missing: [{unit,
// name, level, parent}]}.
nlohmann::json ReportMissingJson(const service::RollUpResult& r);

// Proposals (`comms proposal …`).
// id, from, title, text, status, submitted_on, submitted_by, committee
// [person ids], decision (null while open, else {decision, reasons,
// revised_text (null unless revised), decided_on, decided_by}).
nlohmann::json ProposalJson(const org::Proposal& p);
// `submit`: {proposal}.
nlohmann::json ProposalSubmittedJson(const org::Proposal& p);
// `show`, `assign`, `view`, `decide`: {proposal, committee [{person, name,
// status, view, note, on}] (view, note and on null before a view), tally
// {support, oppose, abstain, pending}, history [{on, by, event, detail}]}.
nlohmann::json ProposalDetailJson(const service::ProposalDetail& d);
// `list`: {unit, status (null when not asked), proposals}.
nlohmann::json ProposalListJson(const std::vector<org::Proposal>& list,
                                const std::string& unit, const std::string& status);

}  // namespace janadhar::api
