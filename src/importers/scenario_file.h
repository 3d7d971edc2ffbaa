// A forecast scenario file: the strategist's TOML saying how the vote moves
// from a base election, how uncertain that is and how much to simulate. This
// is the pure parser: it knows neither the store nor the engine, returns every
// name as written with its place in the file, and reports what is wrong with
// the file itself. Resolving parties, states, seats and the election against
// the store (and reporting unknown names at the places recorded here) is the
// service's job.
//
// A full scenario (every key is optional; an empty file is all defaults):
//
//   base = "ls2014"          # the election projected from (default: none, the
//                            # service may take the only election)
//   simulations = 100000     # 1 to 10,00,00,000 (default 10000)
//   seed = 7                 # 0 to 2^63-1 (default 1)
//   majority = 272           # seats for a majority; 0: half plus one (default)
//   threads = 0              # 0 to 4096; 0: every core (default)
//   swing_mode = "uniform"   # or "proportional" (default "uniform")
//
//   [sigma]                  # standard deviations, percentage points, 0 to 100
//   national = 2.0           # one draw per party (default 2.0)
//   state = 2.0              # one draw per (state, party) (default 2.0)
//   seat = 3.0               # one draw per (seat, candidate) (default 3.0)
//   region = 1.5             # one draw per (region, party) (default 0)
//
//   [swings]                 # party = points: national swings, -100 to 100
//   BJP = -3.0
//   INC = 2.5
//   "Samajwadi Party" = 1    # a name that is not a bare TOML key is quoted
//   UPA = 1.0                # an alliance's name: its candidate's own swing
//                            # (nationally or per state, not per region)
//
//   [swings.S24]             # a table in [swings] is a state's swings (its ECI
//   SP = 4.0                 # code, abbreviation or name), on top of national
//
//   [swings.UP.WEST]         # a table in a state's table is a region's swings,
//   BJP = 2.0                # on top of the state's (regions below)
//
//   [[regions]]              # one block per state with regions
//   file = "../reference/up-ac-districts.csv"  # a region lookup (region_file.h),
//                            # relative to the scenario file; required
//   state = "UP"             # the state of its rows when it has no state column
//   column = "SUB_REGION"    # the region column (default SUB_REGION, REGION or
//                            # ZONE; any column, e.g. DISTRICT)
//
//   [[alliance]]             # one block per alliance
//   name = "UPA"             # required, unique
//   parties = ["INC", "RJD", "NCP"]   # required; a party is in one alliance only
//   transfer = 0.8           # share of a withdrawn partner's votes that follow,
//                            # 0 to 1 (default 1)
//   transfer_from = { RJD = 0.9 }     # a partner's own rate, 0 to 1
//   fielded = { "S04-5" = "RJD", "S24:Varanasi" = "INC" }  # seat = party
//
// Numbers may be whole where decimals are expected ("BJP = -3"), not the
// other way ("simulations = 1e5" is an error; "100_000" is TOML for 100000).
//
// Problems (file:line:column of the offending key or value; toml++ counts
// columns in code points):
// - fatal: text that is not UTF-8; a TOML syntax error (toml++'s place and
//   description, "invalid TOML: ...");
// - error: an unknown key at the top, in [sigma] or in [[alliance]] ("unknown
//   key 'simulation' in the scenario; did you mean 'simulations'?", or "; the
//   keys are ..." when none is close; "key 'seat' must be inside [sigma]"), a
//   value of the wrong type ("'simulations' must be a whole number, not
//   text"), a value out of the ranges above ("'sigma.national' must be from 0
//   to 100 points, not -1"), an unknown swing_mode (with a suggestion),
//   `[alliance]` written for `[[alliance]]`, a [[regions]] block without file
//   or with an unknown key, an alliance without name or
//   parties, a blank name, a seat of `fielded` not written STATE-NUMBER or
//   STATE:NAME, an alliance name given twice or a party (compared by NameKey)
//   in two alliances or twice in one (the message names the line of the
//   first). `majority` is checked against the seats by the service.
// A bad value leaves that field at its default (a bad swing, party, rate or
// fielded seat is left out; every alliance is kept); the caller must not run
// a scenario with errors. After a fatal problem the result is all defaults.
//
// The parser cannot see aliases: the service must still check, after
// resolving names, that no party is in two alliances, that `fielded` and
// `transfer_from` name members, and that a swing is not given twice.
//
// Thread-safe (pure parsing).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "importers/problems.h"

namespace janadhar::importers {

// A place in the scenario file, 1-based; {0, 0} when not in the file.
struct Located {
  int line = 0, column = 0;
};

struct SwingSpec {
  std::string party;   // as written
  std::string state;   // as written; "" = national
  double points = 0;   // percentage points as written: 2.5 is +2.5 points
  Located at;          // the party's key
  Located state_at;    // the state's key ({0, 0} when national)
  std::string region;  // as written; "" = the whole state (or national)
  Located region_at;   // the region's key ({0, 0} when none)
};

struct RegionSpec {
  std::string file;                      // as written (the service resolves it)
  std::string state;                     // as written; "" when not given
  std::string column;                    // as written; "" = the lookup's default columns
  Located at;                            // the [[regions]] header
  Located file_at, state_at, column_at;  // the values ({0, 0} when absent)
};

struct AllianceSpec {
  std::string name;
  std::vector<std::string> parties;  // as written, in file order
  std::vector<Located> party_at;     // parallel to `parties`
  double transfer = 1.0;
  std::map<std::string, double> transfer_from;      // party as written → rate
  std::map<std::string, Located> transfer_from_at;  // party → its key
  // seat as written ("S24-80" or "S24:Varanasi") → party as written
  std::vector<std::pair<std::string, std::string>> fielded;
  std::vector<Located> fielded_at;        // the seat's key, parallel to `fielded`
  std::vector<Located> fielded_party_at;  // the party's value, parallel
  Located at;                             // the [[alliance]] header (or inline table)
  Located name_at;                        // the name's value
};

struct ScenarioSpec {
  std::string base_election;           // "" when not given
  std::string swing_mode = "uniform";  // "uniform" or "proportional"
  std::vector<SwingSpec> swings;       // in file order
  // Percentage points as written (the service divides by 100).
  double sigma_national = 2.0, sigma_state = 2.0, sigma_seat = 3.0, sigma_region = 0;
  int64_t simulations = 10000;
  uint64_t seed = 1;
  int majority = 0;
  int threads = 0;
  // Every [[alliance]] of the file, in order (also those with errors, so that
  // alliances[i] is "alliance[i]" in `where`).
  std::vector<AllianceSpec> alliances;
  std::vector<RegionSpec> regions;  // those with a file, in file order
  // The place of the value of every key that was read without error, by key
  // path: keys joined by '.', each written by TomlKey, array elements by a
  // 0-based index: "base", "sigma.seat", "swings.BJP", "swings.S24.SP",
  // "swings.\"Samajwadi Party\"", "alliance[0].name",
  // "alliance[0].parties[1]", "alliance[0].transfer_from.RJD",
  // "alliance[0].fielded.S04-5", "alliance[0].fielded.\"S24:Varanasi\"",
  // "swings.UP.WEST.BJP", "regions[0].file" ("regions.file" for [regions]);
  // tables too ("sigma", "swings.S24", "alliance[0]": their header). For the
  // service's messages.
  std::map<std::string, Located> where;
};

// A key as it appears in a `where` path: bare when it is made only of ASCII
// letters, digits, '_' and '-' (and is not empty), else in double quotes with
// '"' and '\' escaped: BJP → BJP, S04-5 → S04-5, Samajwadi Party → "Samajwadi
// Party".
std::string TomlKey(std::string_view key);

// Parses `text` (the contents of `file`, named in problems). Throws nothing but
// std::bad_alloc.
ScenarioSpec ParseScenarioFile(std::string_view file, std::string_view text,
                               ProblemList* problems);

}  // namespace janadhar::importers
