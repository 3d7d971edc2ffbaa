// The reference files of electoral geography:
//  - a delimitation (`ST_CODE,ST_ABBR,ST_NAME,PC_CODE,PC_NAME,PC_TYPE,AC_CODE,
//    AC_NAME,AC_TYPE`): every AC with its state and PC;
//  - electors per AC (`STATE,PC_NO,PC_NAME,PC_TYPE,AC_NO,AC_NAME,AC_TYPE,
//    18-19 Male,18-19 Female,18-19 Others,Above 18 Male,Above 18 Female,
//    Above 18 Others,Gender Ratio Roll,Electors with EPIC,Electors with Photo`).
// Columns are matched by header name (NameKey). Names are kept as written,
// with runs of spaces collapsed. Problems as in results_file.h: fatal ones
// (empty, header only, missing column, not UTF-8, cut short) return nothing.
// Thread-safe (pure).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "geo/geo.h"
#include "importers/problems.h"

namespace janadhar::importers {

// The delimitation named `name` ("2008"): states, PCs and ACs in order of
// first appearance. A PC whose ACs disagree on its name or reservation, a
// state whose rows disagree on its name or abbreviation, and an AC listed
// twice (the second is dropped) are errors; so are a bad constituency number
// or a blank state code (row skipped) and a reservation that is not blank,
// GEN, SC or ST (the AC is kept as general). Sikkim's seats reserved for
// the Bhutia-Lepcha ("BL", scheduled tribes) are read as ST, its Sangha seat
// ("SANGHA") as general.
geo::Delimitation ParseDelimitationFile(std::string_view file, std::string_view data,
                                        const std::string& name, ProblemList* problems);

// One row of an electors file. The state is as written (a name); the caller
// resolves it to an ECI code. Electors of a gender are the "18-19" count plus
// the "Above 18" count (a file without the 18-19 columns gives the totals
// alone). A blank, malformed or negative count is an error and the row is
// skipped, except a negative 18-19 count (the 2014 roll has a few, apparently
// corrections), which is a warning and not counted. "Electors with EPIC" and
// "Electors with Photo" are optional: -1 when absent or blank. An AC listed
// twice for a state is an error.
struct ElectorsRow {
  std::string state_name;
  int pc = 0;
  int ac = 0;
  std::string ac_name;
  geo::AcElectors electors;  // state left empty
  int line = 0;
};
std::vector<ElectorsRow> ParseElectorsFile(std::string_view file, std::string_view data,
                                           ProblemList* problems);

}  // namespace janadhar::importers
