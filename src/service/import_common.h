// Pieces shared by the import use cases (internal to service/).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "base/status.h"
#include "importers/column_map.h"
#include "importers/problems.h"
#include "service/import_service.h"
#include "store/store.h"

namespace janadhar::service::internal {

// A 19xx/20xx year in the file's base name, or "".
std::string YearInName(const std::string& path);
// The column map in `map_file` ("" → none). Read errors are a Status; parse
// errors are fatal problems.
Result<std::optional<importers::ColumnMap>> LoadMap(const std::string& map_file,
                                                    importers::ProblemList* problems);
// Copies the problems into the report, counts rows, and says whether the
// import may go ahead (see the rule in import_service.h).
bool Decide(const importers::ProblemList& problems, bool allow_bad_rows,
            ImportReport* report);
double SecondsSince(std::chrono::steady_clock::time_point start);
store::ImportRecord RecordOf(const ImportReport& report);

}  // namespace janadhar::service::internal
