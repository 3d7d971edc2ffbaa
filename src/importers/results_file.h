// Constituency-level candidate results: one row per candidate, in the layout
// of ECI's compiled results (`Candidate,Party,Votes,State,Constituency,
// State-code,Constituency-code`), or any layout described by a ColumnMap.
//
// The default layout is matched by header names (NameKey), with synonyms:
// candidate ("Candidate", "Candidate Name"), party ("Party", "Party Name"),
// votes ("Votes", "Total Votes", ...), seat_code ("Constituency-code", "PC No",
// "AC No", ...), seat_name ("Constituency", "PC Name", ...) optional, and the
// state: state_code ("State-code", "ST_CODE") or state ("State", "State
// Name"). A ColumnMap needs candidate, party, votes, seat_code, and
// state_code or state.
//
// The state is the state_code column when there is one (an ECI code such as
// "S24"), else the state name (any spelling geo::FindKnownState knows). Seats
// are keyed by (state, number), in order of first appearance; rows of a seat
// need not be adjacent; the seat's name is the first row's (another name
// later is a warning). Votes may use Indian digit grouping ("1,86,233"). A
// seat whose only candidate has no votes is uncontested. NOTA is the
// candidate or party "None of the Above" or "NOTA". Namesakes are distinct
// candidates: only the same name, party and votes twice in a seat is a
// repeated row.
//
// Problems: blank votes in a contested seat, negative or malformed votes
// (the candidate is kept with kMissing votes, never zero), an unknown or
// blank state, a bad seat number, a blank candidate name (those rows are
// skipped), a repeated row (dropped), a row with another number of cells
// than the header (skipped) are errors with line and column; a blank party
// is a warning; a missing column, an empty file, a file with only a header,
// text that is not UTF-8 or a cut-short quoted field are fatal, and then no
// seat is returned. Thread-safe (pure).
#pragma once

#include <string_view>
#include <vector>

#include "importers/column_map.h"
#include "importers/problems.h"
#include "results/election.h"

namespace janadhar::importers {

struct ResultsFileOptions {
  const ColumnMap* map = nullptr;  // nullptr: the default layout
};

// Seats in order of first appearance. Problems are appended to `problems`.
std::vector<results::SeatResult> ParseResultsFile(std::string_view file,
                                                  std::string_view data,
                                                  const ResultsFileOptions& options,
                                                  ProblemList* problems);

}  // namespace janadhar::importers
