// Builds the first unit tree of a state from its electoral geography: the
// state, its districts (when a mapping AC → district is given), its ACs, and
// for every polling station of an AC a booth unit, grouped into shakti kendras
// of consecutive booths (DESIGN.md, "Organisation model").
//
// Order of the result (ids): pre-order, so every subtree is also contiguous:
// the state; each district sorted by DistrictKey of its name; each AC of it by
// number; each kendra of the AC in booth order, followed by its booths in the
// order given. Without a mapping the ACs hang directly under the state.
//
// Kendras: an AC with n booths has k = ceil(n / max) kendras (max = 5 by
// default), of sizes as equal as possible, the larger ones first: 12 → 4,4,4;
// 13 → 5,4,4; 6 → 3,3; 1..5 → one kendra. A kendra is named after its number
// and its first and last booth parts: "SK 3: booths 9–12" ("SK 1: booth 7"
// when it has one booth). An AC with no stations gets no kendras.
//
// Errors (InvalidArgument, naming what is wrong): an empty state code, or one
// with spaces in it; an AC number below 1 or given twice; an empty booth part,
// or a part repeated within an AC (compared as PartKey: "12a" repeats "12A");
// when a mapping is given, an AC without a district in it, or a blank district
// name. Mapping entries for ACs not in the input are ignored.
// Thread-safety: pure functions.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "org/unit.h"
#include "results/election.h"

namespace janadhar::org {

struct BootstrapStation {
  std::string part;  // Form-20 part: "12", "12A"
  std::string name;  // the polling station's name
};

struct BootstrapAc {
  int number = 0;
  std::string name;
  std::vector<BootstrapStation> stations;  // in Form-20 order
};

struct BootstrapInput {
  std::string state_code;  // ECI code, "S24"
  std::string state_name;  // "Uttar Pradesh"; the code when empty
  std::vector<BootstrapAc> acs;
  // AC number → district name. Empty: no district level.
  std::map<int, std::string> districts;
};

struct BootstrapOptions {
  int max_booths_per_kendra = 5;  // at least 1
};

Result<UnitTree> BootstrapUnits(const BootstrapInput& input,
                                const BootstrapOptions& options = {});

// The sizes of the kendras of an AC with `booths` booths (see above); empty
// for 0 booths. `max` below 1 is taken as 1.
std::vector<int> KendraSizes(int booths, int max = 5);

// The stations of a Form-20 segment, in its order.
std::vector<BootstrapStation> StationsOf(const results::SegmentBooths& segment);

}  // namespace janadhar::org
