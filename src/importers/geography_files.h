// The reference files of electoral geography:
//  - a delimitation (`ST_CODE,ST_ABBR,ST_NAME,PC_CODE,PC_NAME,PC_TYPE,AC_CODE,
//    AC_NAME,AC_TYPE`): every AC with its state and PC;
//  - electors per AC (`STATE,PC_NO,PC_NAME,PC_TYPE,AC_NO,AC_NAME,AC_TYPE,
//    18-19 Male,18-19 Female,18-19 Others,Above 18 Male,Above 18 Female,
//    Above 18 Others,Gender Ratio Roll,Electors with EPIC,Electors with Photo`).
// Problems as in results_file.h. Thread-safe (pure).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "geo/geo.h"
#include "importers/problems.h"

namespace janadhar::importers {

// The delimitation named `name` ("2008"). A PC whose ACs disagree on its name
// or reservation, and an AC listed twice, are errors.
geo::Delimitation ParseDelimitationFile(std::string_view file,
                                        std::string_view data,
                                        const std::string& name,
                                        ProblemList* problems);

// One row of an electors file. The state is as written (a name); the caller
// resolves it to an ECI code.
struct ElectorsRow {
  std::string state_name;
  int pc = 0;
  int ac = 0;
  std::string ac_name;
  geo::AcElectors electors;  // state left empty
  int line = 0;
};
std::vector<ElectorsRow> ParseElectorsFile(std::string_view file,
                                           std::string_view data,
                                           ProblemList* problems);

}  // namespace janadhar::importers
