// The demo: imports the data shipped in data/ (2014 Lok Sabha results and
// turnout per seat, the 2008 delimitation, the 2014 electors, the Form-20 of
// every UP segment and the Kachchh booth file) into a store and sums up what it
// holds; then builds Uttar Pradesh's unit tree from its polling stations and
// districts, stores a synthetic organisation on it (once: a store that has one
// keeps it) and rolls up its coverage.
// Thread-safety: one call at a time per Store.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "results/tally.h"
#include "service/import_service.h"
#include "service/org_report.h"
#include "service/org_service.h"
#include "store/store.h"

namespace janadhar::service {

struct DemoOptions {
  std::string data_dir;  // the project's data/ folder
  Progress progress;     // (done, total, what) per step and per Form-20 file
  // Whether to build Uttar Pradesh's organisation (tree, synthetic people,
  // coverage); off, the demo imports and sums up only (what tests of the
  // analyses need).
  bool organisation = true;
  // Called before the synthetic organisation is made (about a minute).
  std::function<void()> before_synth;
};

struct DemoReport {
  std::vector<ImportReport> imports;       // in the order run
  std::vector<results::PartyTally> tally;  // ls2014, seats won per party
  std::vector<store::ElectionSummary> summary;
  OrgBootstrapReport org;
  std::optional<OrgSynthReport> synth;  // nullopt: the store had one already
  int64_t synthetic_people = 0;         // in the store after the demo
  OrgCoverageResult coverage;           // of Uttar Pradesh, all units
  bool organisation = false;            // whether the above were made
};

// The data folder to use when none is given: $JANADHAR_DATA, then data/ beside
// the executable's folder (build/../data), then `fallback`, then ./data.
std::string FindDataDir(const std::string& executable, const std::string& fallback);

// NotFound when a shipped file is missing; DataError when an import is refused.
Result<DemoReport> RunDemo(store::Store& store, const DemoOptions& options);

}  // namespace janadhar::service
