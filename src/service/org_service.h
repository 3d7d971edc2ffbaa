// The use case behind `janadhar org bootstrap`: the first unit tree of a
// state (org/bootstrap.h) built from what the store holds, then stored
// (Store::ReplaceOrgUnits), replacing the state's earlier tree; then the
// national unit IN above every state (org::NationalUnit, a tree of its own)
// is stored if it is missing.
//
// Sources: the election's delimitation gives the state's ACs and their names;
// the state's Form-20 booth results of the election give each AC's polling
// stations in file order (one booth unit each, grouped into shakti kendras);
// a region lookup with a DISTRICT column (importers/region_file.h, e.g.
// data/reference/up-ac-districts.csv) adds the district level. An AC without
// booth results gets its unit with no booths and is listed in the report.
//
// Errors: NotFound for an unknown state or election (with the closest names)
// or a districts file that does not exist; InvalidArgument when --election is
// needed (several elections have booth results in the state) or the data
// breaks a rule of the bootstrap (org/bootstrap.h); FailedPrecondition when
// the delimitation or the state's booth results are not imported; IoError
// from the store or the file system. Problems of the districts file (a bad
// row, an AC of the state it does not place) are not a Status: they come back
// in `problems` with stored = false, each at its file:line:column, and the
// store is left unchanged.
// Thread-safety: one call at a time per Store.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "importers/problems.h"
#include "service/org_people.h"
#include "store/store.h"

namespace janadhar::service {

struct OrgBootstrapRequest {
  std::string state;  // ECI code, abbreviation or name: "S24", "UP"
  // The election whose booth results give the polling stations; "" = the only
  // election with booth results in the state.
  std::string election;
  std::string districts_file;  // a region lookup with DISTRICT; "" = no district level
  int max_booths_per_kendra = 5;
  // The state's stored tree may hold units the bootstrap does not build (a
  // party's blocks and mandals from `org units import`, booths of another
  // election): false refuses to remove them (FailedPrecondition naming
  // them), true rebuilds the tree without them.
  bool replace = false;
  OrgActor actor;  // for the audit log's entry
};

struct OrgAc {
  int number = 0;
  std::string name;
};

struct OrgBootstrapReport {
  std::string state;       // ECI code
  std::string state_name;  // "Uttar Pradesh"
  std::string election;
  std::string districts_file;  // as given; "" when none
  bool stored = false;         // false: the districts file has errors (problems)
  // Units of the stored tree per level, indexed by org::UnitLevel.
  std::vector<int> units;
  std::vector<OrgAc> acs_without_booths;  // in AC number order
  bool national_created = false;          // the national unit was missing and is stored
  // Of the districts file: errors stop the bootstrap, warnings do not.
  std::vector<importers::ImportProblem> problems;
  std::vector<std::string> warnings;
};

Result<OrgBootstrapReport> BootstrapOrg(store::Store& store,
                                        const OrgBootstrapRequest& request);

// Stores the national unit (org::NationalUnit: IN, "India") as its own tree
// of one unit when no unit has its code, in a transaction of its own with an
// audit entry ("units.national") by `actor`; returns whether it was stored.
// A stored national unit is left as it is. Errors: DataError when a state's
// unit holds the code IN; IoError from the store.
Result<bool> EnsureNationalUnit(store::Store& store, const OrgActor& actor);

}  // namespace janadhar::service
