// Loading what the analysis engines read, and resolving the names a user
// types (election, state, party, AC/PC by number or name) with a suggestion
// of the closest valid names when one is not found.
//
// Errors: NotFound (with "did you mean …") for an unknown name; InvalidArgument
// for a malformed value; FailedPrecondition when something must be imported
// first; IoError from the store. Thread-safety: one call at a time per Store.
#pragma once

#include <string>
#include <vector>

#include "analysis/booths.h"
#include "analysis/data.h"
#include "base/status.h"
#include "geo/geo.h"
#include "store/store.h"

namespace janadhar::service {

// The election's seats, parties and (when imported) turnout.
Result<analysis::ElectionData> LoadElectionData(store::Store& store,
                                                const std::string& election);

// `given` when not "", else the store's only election; InvalidArgument
// ending with `which` (a question naming the flag to give) when the store
// has several, or saying how to import one when it has none.
Result<std::string> GivenOrOnlyElection(store::Store& store, const std::string& given,
                                        const std::string& which);

// The ECI code of `state` (code, abbreviation or name); NotFound with a
// suggestion when it is no state, or when the election has no seat there.
Result<std::string> ResolveStateIn(const analysis::ElectionData& data,
                                   const std::string& state);

// The party index of `party` (abbreviation, name or alias) in the election.
// NotFound suggests the closest parties that contested (in `state` if given).
Result<int> ResolvePartyIn(store::Store& store, const analysis::ElectionData& data,
                           const std::string& party, const std::string& state = "");

// A constituency of `state` by number or name ("173", "Lucknow East").
Result<const geo::Ac*> ResolveAc(const geo::Delimitation& d, const std::string& state,
                                 const std::string& ac);
Result<const geo::Pc*> ResolvePc(const geo::Delimitation& d, const std::string& state,
                                 const std::string& pc);

// The state of an AC or PC given without --state (exactly one of `ac`, `pc`):
// the one state where the name is found, or where the number has booth
// results of the election. InvalidArgument when several states fit (say
// --state); NotFound, with the closest names, when none does.
Result<std::string> StateOfConstituency(store::Store& store,
                                        const analysis::ElectionData& data,
                                        const geo::Delimitation& d, const std::string& ac,
                                        const std::string& pc);

// The election's delimitation; FailedPrecondition when not imported.
Result<geo::Delimitation> LoadElectionDelimitation(store::Store& store,
                                                   const analysis::ElectionData& data);

// Booth results of some assembly segments tied to the election's seats. The
// segments point into `booths` and into the ElectionData given to LoadBooths
// (which must outlive this). Movable, not copyable.
struct BoothSet {
  std::vector<results::SegmentBooths> booths;
  std::vector<analysis::Segment> segments;
  std::vector<std::string> warnings;  // segments without a seat and the like
  BoothSet() = default;
  BoothSet(BoothSet&&) = default;
  BoothSet& operator=(BoothSet&&) = default;
  BoothSet(const BoothSet&) = delete;
  BoothSet& operator=(const BoothSet&) = delete;
};

// Booth results of `state`: of the ACs listed, or (empty) of every segment
// that has them.
Result<BoothSet> LoadBooths(store::Store& store, const analysis::ElectionData& data,
                            const geo::Delimitation& delimitation,
                            const std::string& state, const std::vector<int>& acs = {});

}  // namespace janadhar::service
