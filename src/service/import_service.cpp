#include "service/import_service.h"

#include <chrono>
#include <regex>
#include <set>

#include "base/text.h"
#include "geo/geo.h"
#include "importers/column_map.h"
#include "importers/file_source.h"
#include "importers/geography_files.h"
#include "importers/results_file.h"
#include "service/import_common.h"

namespace janadhar::service {

using importers::ProblemList;
using importers::Severity;

Result<std::string> ResolveStateCode(const std::string& state) {
  if (state.empty()) {
    return Status::InvalidArgument(
        "a state is needed: --state with an ECI code such as S24");
  }
  if (const geo::State* s = geo::FindKnownState(state)) return s->code;
  std::vector<std::string> names;
  for (const auto& s : geo::KnownStates()) {
    names.push_back(s.code);
    names.push_back(s.name);
  }
  std::string msg = "unknown state '" + state + "'";
  const std::string hint = DidYouMean(state, names);
  if (!hint.empty()) msg += "; " + hint;
  msg += " (use an ECI code such as S24, or a name such as 'Uttar Pradesh')";
  return Status::InvalidArgument(msg);
}

namespace internal {

std::string YearInName(const std::string& path) {
  static const std::regex kYear("(19|20)[0-9]{2}");
  std::smatch m;
  const std::string base = importers::BaseName(path);
  if (std::regex_search(base, m, kYear)) return m.str();
  return "";
}

Result<std::optional<importers::ColumnMap>> LoadMap(const std::string& map_file,
                                                    ProblemList* problems) {
  if (map_file.empty()) return std::optional<importers::ColumnMap>();
  JANADHAR_ASSIGN_OR_RETURN(std::string text, importers::ReadWholeFile(map_file));
  auto map = importers::ParseColumnMap(importers::BaseName(map_file), text, problems);
  return map;
}

bool Decide(const ProblemList& problems, bool allow_bad_rows, ImportReport* report) {
  report->problems = problems.items();
  report->rows_with_errors = problems.RowsWith(Severity::kWarning);
  if (problems.HasFatal()) {
    report->outcome = "nothing imported: a file could not be read";
    return false;
  }
  if (problems.HasErrors() && !allow_bad_rows) {
    report->outcome =
        "nothing imported: rows have errors (fix them, or import them marked with "
        "--allow-bad-rows)";
    return false;
  }
  return true;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

store::ImportRecord RecordOf(const ImportReport& report) {
  return store::ImportRecord{report.kind, report.state, report.source, report.problems};
}

}  // namespace internal

using internal::Decide;

namespace {

Result<results::Election> ElectionFor(store::Store& store, const ImportOptions& o) {
  if (o.election.empty()) {
    return Status::InvalidArgument(
        "an election name is needed: --election NAME (e.g. ls2014)");
  }
  results::Election e;
  if (auto existing = store.GetElection(o.election); existing.ok()) {
    e = existing.value();
  } else if (auto inferred = results::ElectionFromName(o.election)) {
    e = *inferred;
  } else {
    e.name = o.election;
    if (o.kind.empty() || o.year == 0) {
      return Status::InvalidArgument(
          "cannot tell the kind and year of election '" + o.election +
          "' from its name; name it like ls2014 or vs2017, or give --kind "
          "lok_sabha|vidhan_sabha and --year");
    }
  }
  if (!o.kind.empty()) {
    auto kind = results::ParseElectionKind(o.kind);
    if (!kind) {
      return Status::InvalidArgument("unknown election kind '" + o.kind +
                                     "'; use lok_sabha or vidhan_sabha");
    }
    e.kind = *kind;
  }
  if (o.year != 0) e.year = o.year;
  if (!o.delimitation.empty()) e.delimitation = o.delimitation;
  if (e.delimitation.empty() && e.year >= 2009) e.delimitation = "2008";
  if (e.delimitation.empty()) {
    return Status::InvalidArgument(
        "election '" + e.name + "' of " + std::to_string(e.year) +
        " predates the 2008 delimitation: give --delimitation NAME");
  }
  return e;
}

}  // namespace

Result<ImportReport> ImportResults(store::Store& store, const std::string& file,
                                   const ImportOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  JANADHAR_ASSIGN_OR_RETURN(results::Election election, ElectionFor(store, options));
  ImportReport report;
  report.kind = "results";
  report.source = file;
  report.election = election.name;
  JANADHAR_ASSIGN_OR_RETURN(std::string data, importers::ReadWholeFile(file));
  ProblemList problems;
  JANADHAR_ASSIGN_OR_RETURN(auto map, internal::LoadMap(options.map_file, &problems));
  std::vector<results::SeatResult> seats;
  if (!problems.HasFatal()) {
    importers::ResultsFileOptions ro;
    ro.map = map ? &*map : nullptr;
    seats = importers::ParseResultsFile(importers::BaseName(file), data, ro, &problems);
  }
  report.files = 1;
  report.seats = static_cast<int>(seats.size());
  for (const auto& s : seats) report.candidates += static_cast<int>(s.candidates.size());
  if (election.kind == results::ElectionKind::kVidhanSabha && election.state.empty()) {
    std::set<std::string> states;
    for (const auto& s : seats) states.insert(s.state);
    if (states.size() == 1) election.state = *states.begin();
  }
  if (Decide(problems, options.allow_bad_rows, &report)) {
    if (seats.empty()) {
      report.outcome = "nothing imported: the file holds no seat";
    } else {
      JANADHAR_RETURN_IF_ERROR(
          store.ReplaceSeatResults(election, seats, internal::RecordOf(report)));
      report.committed = true;
      report.outcome = "imported " + std::to_string(report.seats) + " seats and " +
                       std::to_string(report.candidates) + " candidates into " +
                       election.name;
    }
  }
  report.seconds = internal::SecondsSince(start);
  return report;
}

Result<ImportReport> ImportDelimitation(store::Store& store, const std::string& file,
                                        const ImportOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  ImportReport report;
  report.kind = "delimitation";
  report.source = file;
  std::string name =
      options.delimitation.empty() ? internal::YearInName(file) : options.delimitation;
  if (name.empty()) {
    return Status::InvalidArgument("cannot tell which delimitation '" + file +
                                   "' is from its name; give --name (e.g. --name 2008)");
  }
  JANADHAR_ASSIGN_OR_RETURN(std::string data, importers::ReadWholeFile(file));
  ProblemList problems;
  geo::Delimitation d =
      importers::ParseDelimitationFile(importers::BaseName(file), data, name, &problems);
  report.files = 1;
  report.seats = static_cast<int>(d.pcs.size());
  report.segments = static_cast<int>(d.acs.size());
  if (Decide(problems, options.allow_bad_rows, &report)) {
    JANADHAR_RETURN_IF_ERROR(store.ReplaceDelimitation(d, internal::RecordOf(report)));
    report.committed = true;
    report.outcome = "imported delimitation " + name + ": " +
                     std::to_string(d.states.size()) + " states, " +
                     std::to_string(d.pcs.size()) + " parliamentary and " +
                     std::to_string(d.acs.size()) + " assembly constituencies";
  }
  report.seconds = internal::SecondsSince(start);
  return report;
}

Result<ImportReport> ImportElectors(store::Store& store, const std::string& file,
                                    const ImportOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  ImportReport report;
  report.kind = "electors";
  report.source = file;
  const std::string roll =
      options.roll.empty() ? internal::YearInName(file) : options.roll;
  if (roll.empty()) {
    return Status::InvalidArgument("cannot tell which roll '" + file +
                                   "' is from its name; give --roll (e.g. --roll 2014)");
  }
  JANADHAR_ASSIGN_OR_RETURN(std::string data, importers::ReadWholeFile(file));
  ProblemList problems;
  const std::string base = importers::BaseName(file);
  auto rows = importers::ParseElectorsFile(base, data, &problems);
  std::vector<geo::AcElectors> electors;
  electors.reserve(rows.size());
  for (auto& row : rows) {
    const geo::State* s = geo::FindKnownState(row.state_name);
    if (s == nullptr) {
      problems.Add(base, row.line, 1, "unknown state '" + row.state_name + "'",
                   Severity::kError);
      continue;
    }
    row.electors.state = s->code;
    row.electors.ac = row.ac;
    electors.push_back(row.electors);
  }
  report.files = 1;
  report.segments = static_cast<int>(electors.size());
  if (Decide(problems, options.allow_bad_rows, &report)) {
    JANADHAR_RETURN_IF_ERROR(
        store.ReplaceElectors(roll, electors, internal::RecordOf(report)));
    report.committed = true;
    report.outcome = "imported the " + roll + " electors of " +
                     std::to_string(electors.size()) + " assembly constituencies";
  }
  report.seconds = internal::SecondsSince(start);
  return report;
}

}  // namespace janadhar::service
