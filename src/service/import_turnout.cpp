// The turnout import: electors and voters per seat, checked against the
// election's constituency results.
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

#include "base/text.h"
#include "importers/file_source.h"
#include "importers/turnout_file.h"
#include "service/import_common.h"
#include "service/import_service.h"

namespace janadhar::service {

using importers::ProblemList;
using importers::Severity;

namespace {

// Seats without a turnout row named in the warning; the rest are counted.
constexpr std::size_t kMissingSeatsNamed = 5;

// 834101479 → "83,41,01,479".
std::string Grouped(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  const std::size_t len = digits.size();
  for (std::size_t i = 0; i < len; ++i) {
    out += digits[i];
    const std::size_t left = len - i - 1;
    if (left > 0 && (left == 3 || (left > 3 && left % 2 == 1))) out += ',';
  }
  return n < 0 ? "-" + out : out;
}

std::string SeatLabel(const std::string& state, int number, const std::string& name) {
  std::string s = state + "-" + std::to_string(number);
  if (!name.empty()) s += " " + name;
  return s;
}

// Ties each row to a seat of the results: rows of unknown seats are errors and
// dropped; a name other than the results' is a warning; seats without a row
// are one warning.
std::vector<results::SeatTurnout> CheckAgainstSeats(
    importers::TurnoutData parsed, const std::vector<results::SeatResult>& seats,
    const std::string& file, const std::string& election, ProblemList* problems) {
  std::map<std::pair<std::string, int>, const results::SeatResult*> by_key;
  for (const results::SeatResult& s : seats) by_key[{s.state, s.number}] = &s;
  std::set<std::pair<std::string, int>> covered;
  std::vector<results::SeatTurnout> kept;
  kept.reserve(parsed.seats.size());
  for (results::SeatTurnout& t : parsed.seats) {
    auto it = by_key.find({t.state, t.number});
    if (it == by_key.end()) {
      problems->Add(file, t.line, parsed.seat_column,
                    "seat " + SeatLabel(t.state, t.number, t.name) +
                        " is not among the " + std::to_string(seats.size()) +
                        " seats of " + election + "'s results; row left out",
                    Severity::kError);
      continue;
    }
    const results::SeatResult& seat = *it->second;
    if (!t.name.empty() && !seat.name.empty() && NameKey(t.name) != NameKey(seat.name)) {
      problems->Add(file, t.line, parsed.name_column,
                    "seat " + t.state + "-" + std::to_string(t.number) + " is '" +
                        seat.name + "' in the results, here '" + t.name + "'",
                    Severity::kWarning);
    }
    covered.insert(it->first);
    kept.push_back(std::move(t));
  }
  std::vector<std::string> missing;
  for (const results::SeatResult& s : seats) {
    if (!covered.contains({s.state, s.number})) {
      missing.push_back(SeatLabel(s.state, s.number, s.name));
    }
  }
  if (!missing.empty()) {
    std::string m = std::to_string(missing.size()) + " of the " +
                    std::to_string(seats.size()) + " seats of " + election +
                    " have no turnout row: ";
    for (std::size_t i = 0; i < missing.size() && i < kMissingSeatsNamed; ++i) {
      m += (i == 0 ? "" : ", ") + missing[i];
    }
    if (missing.size() > kMissingSeatsNamed) m += ", …";
    problems->Add(file, 0, 0, m, Severity::kWarning);
  }
  return kept;
}

std::string Outcome(const std::vector<results::SeatTurnout>& rows,
                    const std::string& election) {
  int64_t electors = 0;
  int64_t voters = 0;
  int known = 0;
  for (const auto& t : rows) {
    if (t.Turnout() < 0) continue;
    electors += t.electors_total;
    voters += t.voters_total;
    ++known;
  }
  std::string s = "imported the turnout of " + std::to_string(rows.size()) +
                  " seats into " + election;
  if (known > 0) {
    char pct[32];
    std::snprintf(pct, sizeof pct, "%.2f%%",
                  100.0 * results::TurnoutFraction(voters, electors));
    s += ": " + Grouped(electors) + " electors, " + Grouped(voters) + " voters (" + pct +
         (known < static_cast<int>(rows.size())
              ? ", over the " + std::to_string(known) + " seats with both counts)"
              : ")");
  }
  return s;
}

}  // namespace

Result<ImportReport> ImportTurnout(store::Store& store, const std::string& file,
                                   const ImportOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  if (options.election.empty()) {
    return Status::InvalidArgument(
        "an election name is needed: --election NAME (e.g. ls2014)");
  }
  auto election = store.GetElection(options.election);
  if (!election.ok()) {
    if (election.status().code() != StatusCode::kNotFound) return election.status();
    return Status::FailedPrecondition(
        "election '" + options.election +
        "' is not in the store; import its constituency results first: janadhar "
        "import results FILE --election " +
        options.election);
  }
  JANADHAR_ASSIGN_OR_RETURN(auto seats, store.LoadSeatResults(election->name, ""));
  if (seats.empty()) {
    return Status::FailedPrecondition(
        "election " + election->name +
        " has no constituency results; import them first: janadhar import results "
        "FILE --election " +
        election->name);
  }
  JANADHAR_ASSIGN_OR_RETURN(std::string data, importers::ReadWholeFile(file));
  ImportReport report;
  report.kind = "turnout";
  report.source = file;
  report.election = election->name;
  report.files = 1;
  ProblemList problems;
  JANADHAR_ASSIGN_OR_RETURN(auto map, internal::LoadMap(options.map_file, &problems));
  const std::string base = importers::BaseName(file);
  std::vector<results::SeatTurnout> rows;
  if (!problems.HasFatal()) {
    importers::TurnoutFileOptions to;
    to.map = map ? &*map : nullptr;
    importers::TurnoutData parsed =
        importers::ParseTurnoutFile(base, data, to, &problems);
    if (!problems.HasFatal()) {
      rows = CheckAgainstSeats(std::move(parsed), seats, base, election->name, &problems);
    }
  }
  report.seats = static_cast<int>(rows.size());
  if (internal::Decide(problems, options.allow_bad_rows, &report)) {
    if (rows.empty()) {
      report.outcome = "nothing imported: the file holds no seat of " + election->name;
    } else {
      JANADHAR_RETURN_IF_ERROR(
          store.ReplaceTurnout(election->name, rows, internal::RecordOf(report)));
      report.committed = true;
      report.outcome = Outcome(rows, election->name);
    }
  }
  report.seconds = internal::SecondsSince(start);
  return report;
}

}  // namespace janadhar::service
