// Import use cases: read files with the importers, link what needs linking
// against what the store already holds, and replace the store's data in one
// transaction — or change nothing and say why.
//
// The rule for problems (docs/conventions.md): warnings (blank cells, which
// ECI files use for "not available") never stop an import; the rows are
// imported and marked. Errors (malformed or negative counts, duplicates, rows
// cut short) stop it unless `allow_bad_rows`, and then the rows are imported
// marked. Fatal problems (unreadable file) always stop it. A stopped import
// leaves the store unchanged.
//
// The functions return a non-OK Status only when they cannot run at all (bad
// option, missing file, store failure, something to import first); problems in
// the files come back in the report with committed = false.
// Thread-safety: one call at a time per Store.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "importers/form20_link.h"
#include "importers/problems.h"
#include "store/store.h"

namespace janadhar::service {

// Called as work advances: (done, total, what). May be empty.
using Progress = std::function<void(int done, int total, const std::string& what)>;

struct ImportOptions {
  std::string election;  // results, form20, booths, turnout: the election's name
                         // ("ls2014")
  std::string state;     // form20, booths: ECI code, abbreviation or name
  std::string map_file;  // results, booths, turnout: a column map (TOML or JSON),
                         // "" for none
  bool allow_bad_rows = false;
  // results: how to create the election when its name does not tell
  // (ElectionFromName); 0 / "" to infer.
  std::string kind;
  int year = 0;
  std::string delimitation;  // results: default "2008" from 2009 on;
                             // delimitation import: its name
  std::string roll;  // electors: the roll's name (default: a year in the file name)
  Progress progress;
};

struct ImportReport {
  std::string kind;  // "results", "delimitation", "electors", "form20", "booths",
                     // "turnout"
  std::string source;
  std::string election;
  std::string state;
  int files = 0;
  int seats = 0;  // turnout: seats with a turnout row
  int candidates = 0;
  int segments = 0;
  int booths = 0;
  int rows_with_errors = 0;  // rows with any problem (marked in the store)
  int candidate_columns = 0;
  int linked = 0;
  std::vector<importers::LinkSummary::Unlinked> unlinked;
  std::vector<importers::ImportProblem> problems;
  bool committed = false;
  std::string outcome;  // one sentence: what was done, or why nothing was
  double seconds = 0;
};

Result<ImportReport> ImportResults(store::Store& store, const std::string& file,
                                   const ImportOptions& options);
Result<ImportReport> ImportDelimitation(store::Store& store, const std::string& file,
                                        const ImportOptions& options);
Result<ImportReport> ImportElectors(store::Store& store, const std::string& file,
                                    const ImportOptions& options);
// Every Form-20 file of `dir` (one per assembly segment, the AC number in the
// file name). Needs the election's constituency results and its delimitation.
Result<ImportReport> ImportForm20(store::Store& store, const std::string& dir,
                                  const ImportOptions& options);
// A long-layout booth file. Needs the election and its delimitation.
Result<ImportReport> ImportBoothsLong(store::Store& store, const std::string& file,
                                      const ImportOptions& options);

// Electors and voters per seat (e.g. data/ls2014/pc-turnout.csv): replaces
// the election's turnout (all states; see Store::ReplaceTurnout). Needs the
// election's constituency results (FailedPrecondition otherwise): a row for a
// seat the results do not have is an error at its line (the row is left out
// even with allow_bad_rows); a seat whose name differs from the results' is a
// warning; seats of the election without a row are one warning (line 0)
// giving their count and the first few.
Result<ImportReport> ImportTurnout(store::Store& store, const std::string& file,
                                   const ImportOptions& options);

// The ECI code of a state given by code, abbreviation or name; InvalidArgument
// with a suggestion otherwise.
Result<std::string> ResolveStateCode(const std::string& state);

}  // namespace janadhar::service
