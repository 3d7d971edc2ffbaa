// The JSON documents of `analyse booths`, `targets`, `swing` and `iou`, shared
// by the CLI (`--json`) and the HTTP API (GET /api/elections/{e}/booths,
// /targets, /swing and /iou), so both give the same document
// (docs/conventions.md: snake_case keys, shares as fractions, margins in
// points, a missing value null, warnings beside the data).
//
// Pure functions of service values; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/json_text.h"
#include "importers/problems.h"
#include "service/analysis_service.h"

namespace janadhar::api {

// A warning of a document; `file` and `line` when it is about a row of an
// imported file (line 0: the whole file).
struct Warning {
  std::string message;
  std::string file;
  int line = 0;
};

// The JSON list of docs/conventions.md: {message}, or {message, file, line,
// severity: "warning"} when the warning names a file.
nlohmann::json WarningsJson(const std::vector<Warning>& warnings);

// Problems of an input file (a scenario, an alliances file) as the JSON list
// of docs/conventions.md: [{file, line, column, message, severity}].
nlohmann::json ProblemsJson(const std::vector<importers::ImportProblem>& problems);

// Why a polling station is not graded: "blank cells", … ("" when graded).
std::string_view ExclusionText(analysis::Exclusion e);
// Who a booth column of `segment` is: the linked candidate's party, else the
// header's name ("" for no column).
std::string BoothColumnLabel(const analysis::ElectionData& d,
                             const analysis::Segment& segment, int column);
// A segment's strongest rival (its party's label, "" when none) and the
// party's margin over it in points of the segment's valid votes (nullopt
// without valid votes), as the JSON, the table and the XLSX show them.
std::string SegmentRivalLabel(const analysis::ElectionData& d,
                              const analysis::Segment& seg,
                              const analysis::SegmentGrades& sg);
std::optional<double> SegmentMarginPp(const analysis::SegmentGrades& sg);

// `analyse booths`: {election, party, state, scope, thresholds,
// polling_stations, graded, no_votes, blank_or_invalid, grades, segments,
// excluded, [segments_led], warnings, booths}. The booths (a state has
// 1,38,771) are written as text, after the rest.
struct BoothsDocument {
  nlohmann::json json;            // every key but "booths", "warnings" included
  JsonTextMembers booths;         // {"booths", text}, when asked for; else empty
  std::vector<Warning> warnings;  // those of json["warnings"], for the text output
  // The whole document: dump(2) for the CLI, compact (-1) for the API.
  std::string Dump(int indent) const { return DumpWithMembers(json, booths, indent); }
};
BoothsDocument BoothsJson(const service::BoothsReport& r, bool with_booths = true);

// `analyse targets`: {election, party, state, share_basis, within_pp,
// targets: [...], warnings}.
nlohmann::json TargetsJson(const service::TargetsReport& r);

// `analyse swing`: {from, to, state, parties, seats_matched, swing: [{level
// (seat, state, nation), state, state_name, seat, seat_name, party,
// votes_from, votes_to, share_from, share_to, swing_pp}], warnings}; every
// level's rows.
nlohmann::json SwingJson(const service::SwingReport& r);

// The ruling side of an IOU report: its parties' labels joined by "+".
std::string IouRulingLabel(const service::IouReport& r);
// The largest opposition candidate of an IOU seat: their party's label, or
// "NAME (IND)" for an independent; "" when there is none.
std::string IouLargestLabel(const service::IouReport& r, const analysis::IouSeat& s);
// `analyse iou`: {election, ruling, state, seats: [{state, seat, name,
// ruling_share, ruling_won, largest_opposition, largest_opposition_votes,
// opposition_votes, iou}], states: [{state, state_name, seats, ruling_won,
// largest_opposition, iou, mean_seat_iou}], warnings}.
nlohmann::json IouJson(const service::IouReport& r);

}  // namespace janadhar::api
