// Printing import reports: a short human summary, or JSON with the keys
// docs/conventions.md lists (files, seats, booths, rows_with_errors,
// candidate_columns, linked, unlinked, errors, …). Main thread only.
#pragma once

#include <ostream>
#include <string>

#include "service/import_service.h"

namespace janadhar::cli {

// Human summary. At most `max_listed` problems and unlinked columns are listed;
// the first line (the outcome) only if `with_outcome`.
void PrintImportReport(const service::ImportReport& report, std::ostream& out,
                       std::size_t max_listed = 15, bool with_outcome = true);
// The report as a JSON document (pretty-printed).
std::string ImportReportJson(const service::ImportReport& report);

}  // namespace janadhar::cli
