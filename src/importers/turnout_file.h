// Turnout per seat: one row per constituency with its electors and voters by
// gender, in the layout of ECI's statistical reports
// (`State,PC Code,PC Name,Male Electors,Male Voters,Male Turnout,Female
// Electors,Female Voters,Female Turnout,Total Electors,Total Voters,Total
// Turnout`, e.g. data/ls2014/pc-turnout.csv), or any layout described by a
// ColumnMap.
//
// Fields (default names matched by NameKey; map field names in brackets):
//   the state [state_code or state]: as in results_file.h (an ECI code, or any
//     spelling geo::FindKnownState knows: "Orissa", "NCT OF Delhi");
//   the seat number [seat_code] ("PC Code", "PC No", "AC No", ...), required;
//   the seat's name [seat_name] ("PC Name", ...), optional;
//   [electors_total], [voters_total] ("Total Electors", "Total Voters"), required;
//   [electors_male], [voters_male], [electors_female], [voters_female]
//     ("Male Electors", ...): optional, a warning (line 0) for each absent one;
//   [electors_other], [voters_other] ("Third Gender Electors", ...), optional;
//   [turnout_male], [turnout_female], [turnout_other], [turnout_total]
//     ("Male Turnout", ...): the file's percentages ("70.86%" or "70.86"),
//     optional; only checked, never kept.
// Counts may use Indian digit grouping ("1,42,782").
//
// Problems (each at the row's line and the field's column):
//  - warning: a blank or "-" count (kept kMissing, never zero); a turnout
//    percentage that differs from voters / electors by more than 0.05 points;
//  - error, row skipped: an unknown or blank state (with a suggestion), a seat
//    number that is not a whole number from 1, the same (state, seat) twice
//    (naming the first line);
//  - error, row kept with the bad cells kMissing: a malformed or negative
//    count; voters more than electors (both counts of that gender, or of the
//    total, are set missing); a total smaller than the sum of the known
//    gender counts (that total is set missing); a turnout cell that is not a
//    percentage. A total larger than male + female (+ third gender) is not a
//    problem: files leave third-gender electors out of the gender columns;
//  - fatal, nothing returned: as in table_reader.h (empty file, header only,
//    missing required column, not UTF-8, unclosed quote).
// Thread-safe (pure).
#pragma once

#include <string_view>
#include <vector>

#include "importers/column_map.h"
#include "importers/problems.h"
#include "results/turnout.h"

namespace janadhar::importers {

struct TurnoutFileOptions {
  const ColumnMap* map = nullptr;  // nullptr: the default layout
};

struct TurnoutData {
  std::vector<results::SeatTurnout> seats;  // in file order
  // 1-based columns of the seat number and name, for problems the caller finds
  // later (a seat the election does not have); 0 when the file has none.
  int seat_column = 0;
  int name_column = 0;
};

TurnoutData ParseTurnoutFile(std::string_view file, std::string_view data,
                             const TurnoutFileOptions& options, ProblemList* problems);

}  // namespace janadhar::importers
