// The use cases behind `janadhar org coverage`, `org search`, `org synth` and
// `org wipe-synthetic`: what the election management committee reads about
// its organisation, and the made-up organisation for the demo and benchmarks.
//
// Coverage: the state's unit tree and the current booth posts (kept counted
// by the store) rolled up with the stored settings' rules (org/coverage.h).
// The national unit IN (`--unit IN` or `--state IN`) rolls up every stored
// state's tree joined under it (org::JoinUnderNational): its booths are all
// the states' booths, the states its children.
// Search: the query's search keys (org/name_key.h) looked up in the store,
// scoped to a unit's subtree (the national unit's is everyone).
// Synth: org/synth.h on the state's stored tree, written in one transaction,
// every person, post and session marked synthetic; wipe removes exactly those.
//
// Errors: InvalidArgument for a missing or unknown state (with the closest),
// a bad depth or an empty query; NotFound for an unknown unit;
// FailedPrecondition when the state has no unit tree (`org bootstrap`
// first), a national report finds no national unit or no state's tree, or,
// for synth, a synthetic organisation is already stored; IoError from the
// store.
// Thread-safety: one call at a time per Store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "org/coverage.h"
#include "org/settings.h"
#include "org/unit.h"
#include "service/org_people.h"
#include "store/store.h"

namespace janadhar::service {

struct OrgCoverageRequest {
  // ECI code, abbreviation or name, or "IN" (the whole country); "" = the
  // state of `unit`.
  std::string state;
  std::string unit;  // the unit whose subtree is rolled up; "" = the state
  int depth = -1;    // units listed to this depth below it; -1 = all
};

struct OrgCoverageResult {
  std::string state;  // ECI code, or "IN": `tree` is then every state's under IN
  org::UnitTree tree;
  org::OrgSettings settings;
  org::CoverageReport report;  // unit ids of `tree`
};

Result<OrgCoverageResult> OrgCoverage(store::Store& store,
                                      const OrgCoverageRequest& request);

struct OrgSearchRequest {
  std::string query;  // a name in Devanagari or Latin letters
  std::string unit;   // scope; "" = everywhere
  int limit = 20;
  bool active_only = false;
};

Result<std::vector<store::Store::PersonHit>> OrgSearch(store::Store& store,
                                                       const OrgSearchRequest& request);

struct OrgSynthRequest {
  std::string state;
  uint64_t seed = 1;
  OrgActor actor;
};

struct OrgSynthReport {
  std::string state;
  uint64_t seed = 0;
  int64_t people = 0;
  int64_t posts = 0;
  int64_t sessions = 0;
  int64_t attendance = 0;
};

Result<OrgSynthReport> SynthesiseOrg(store::Store& store, const OrgSynthRequest& request);

// Removes the synthetic organisation; returns the people removed.
Result<int64_t> WipeSyntheticOrg(store::Store& store, const OrgActor& actor);

}  // namespace janadhar::service
