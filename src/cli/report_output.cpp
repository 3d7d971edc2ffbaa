#include "cli/report_output.h"

#include <cstdio>

#include "cli/analyse_output.h"
#include "nlohmann/json.hpp"
#include "report/sheet.h"

namespace janadhar::cli {

namespace {

nlohmann::json ReportToJson(const service::ImportReport& r) {
  nlohmann::json j;
  j["kind"] = r.kind;
  j["source"] = r.source;
  if (!r.election.empty()) j["election"] = r.election;
  if (!r.state.empty()) j["state"] = r.state;
  j["committed"] = r.committed;
  j["outcome"] = r.outcome;
  j["files"] = r.files;
  j["seats"] = r.seats;
  j["candidates"] = r.candidates;
  j["segments"] = r.segments;
  j["booths"] = r.booths;
  j["rows_with_errors"] = r.rows_with_errors;
  j["candidate_columns"] = r.candidate_columns;
  j["linked"] = r.linked;
  nlohmann::json unlinked = nlohmann::json::array();
  for (const auto& u : r.unlinked) {
    unlinked.push_back({{"file", u.file},
                        {"ac", u.ac},
                        {"pc", u.pc},
                        {"column", u.label},
                        {"reason", u.reason}});
  }
  j["unlinked"] = unlinked;
  j["errors"] = ProblemsJson(r.problems);
  j["seconds"] = r.seconds;
  return j;
}

}  // namespace

std::string ImportReportJson(const service::ImportReport& report) {
  return ReportToJson(report).dump(2);
}

void PrintImportReport(const service::ImportReport& r, std::ostream& out,
                       std::size_t max_listed, bool with_outcome) {
  if (with_outcome) {
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f s", r.seconds);
    out << (r.committed ? "" : "NOT IMPORTED — ") << r.outcome << " (" << secs << ")\n";
  }
  if (r.kind == "form20" || r.kind == "booths") {
    out << "  files " << report::GroupDigits(r.files) << ", assembly segments "
        << report::GroupDigits(r.segments) << ", polling stations "
        << report::GroupDigits(r.booths) << '\n';
    if (r.candidate_columns > 0) {
      out << "  candidate columns " << report::GroupDigits(r.candidate_columns)
          << ", linked to a party " << report::GroupDigits(r.linked) << " ("
          << report::Percent(static_cast<double>(r.linked) / r.candidate_columns)
          << ")\n";
    }
  }
  if (r.rows_with_errors > 0) {
    out << "  rows with problems: " << report::GroupDigits(r.rows_with_errors)
        << (r.committed ? " (imported and marked; analysis leaves them out)" : "")
        << '\n';
  }
  if (!r.unlinked.empty()) {
    out << "  candidate columns not linked to a party (" << r.unlinked.size() << "):\n";
    for (std::size_t i = 0; i < r.unlinked.size() && i < max_listed; ++i) {
      const auto& u = r.unlinked[i];
      out << "    " << u.file << " (AC " << u.ac << ", PC " << u.pc << "): " << u.label
          << " — " << u.reason << '\n';
    }
  }
  if (!r.problems.empty()) {
    out << "  problems (" << r.problems.size() << "):\n";
    for (std::size_t i = 0; i < r.problems.size() && i < max_listed; ++i) {
      const auto& p = r.problems[i];
      out << "    " << p.ToString() << " [" << importers::SeverityName(p.severity)
          << "]\n";
    }
  }
  if (r.problems.size() > max_listed || r.unlinked.size() > max_listed) {
    out << "  (more not shown; --json lists everything)\n";
  }
}

}  // namespace janadhar::cli
