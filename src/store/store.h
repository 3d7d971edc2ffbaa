// The storage interface: everything the services keep, behind one abstract
// class, so that the embedded SQLite store (store/sqlite/) and a PostgreSQL
// server store can be swapped without touching the engines.
//
// Every Replace* call is one transaction: it either completes or leaves the
// store exactly as it was. Re-importing replaces what the same election (and
// state) had; nothing is duplicated.
//
// Ownership: OpenStore returns the only owner. Thread-safety: a Store object
// is used from one thread at a time; several processes may open the same
// SQLite file (WAL), writers wait for each other.
// Errors: IoError for the file system or database engine failing,
// FailedPrecondition for a store written by a newer version, NotFound for a
// named election that is not there.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "geo/geo.h"
#include "importers/problems.h"
#include "org/unit.h"
#include "results/election.h"
#include "results/party.h"
#include "results/turnout.h"

namespace janadhar::store {

// What an import left behind besides the data: the problems reported (so that
// later analysis can say which rows were excluded and why).
struct ImportRecord {
  std::string kind;    // "results", "form20", "booths", "delimitation", "electors",
                       // "turnout"
  std::string state;   // ECI code for per-state imports, else ""
  std::string source;  // the file or directory imported
  std::vector<importers::ImportProblem> problems;
};

// Counts of what the store holds, for `demo` and status output.
struct ElectionSummary {
  results::Election election;
  int seats = 0;
  int candidates = 0;
  int segments = 0;  // assembly segments with booth results
  int booths = 0;
  int booths_marked = 0;  // booths flagged as having missing or invalid cells
  int problems = 0;       // problems recorded by its imports
  int turnout_seats = 0;  // seats with a turnout row
};

class Store {
 public:
  virtual ~Store() = default;

  // The schema version of this store (after migrations).
  virtual int SchemaVersion() const = 0;

  // --- Geography -----------------------------------------------------------
  virtual Status ReplaceDelimitation(const geo::Delimitation& delimitation,
                                     const ImportRecord& record) = 0;
  // NotFound when never imported.
  virtual Result<geo::Delimitation> LoadDelimitation(const std::string& name) = 0;
  // Names of imported delimitations.
  virtual Result<std::vector<std::string>> ListDelimitations() = 0;

  virtual Status ReplaceElectors(const std::string& roll,
                                 const std::vector<geo::AcElectors>& electors,
                                 const ImportRecord& record) = 0;
  virtual Result<std::vector<geo::AcElectors>> LoadElectors(const std::string& roll) = 0;

  // --- Parties ---------------------------------------------------------------
  virtual Result<results::PartyDirectory> LoadParties() = 0;
  // Adds or moves an alias to the party that `target` resolves to. NotFound
  // when `target` names no party; InvalidArgument when the alias is the name
  // or abbreviation of another party.
  virtual Status AddPartyAlias(const std::string& alias, const std::string& target) = 0;

  // --- Elections and constituency results ---------------------------------
  // Creates or replaces the election and all its seat results. Party names
  // are resolved through the party directory; names never seen before create
  // new parties. Booth results of the election are kept (their columns are
  // linked by party name, which survives a re-import).
  virtual Status ReplaceSeatResults(const results::Election& election,
                                    const std::vector<results::SeatResult>& seats,
                                    const ImportRecord& record) = 0;
  virtual Result<results::Election> GetElection(const std::string& name) = 0;
  virtual Result<std::vector<results::Election>> ListElections() = 0;
  // Seat results of an election, optionally of one state ("" for all), with
  // candidates' party names as stored.
  virtual Result<std::vector<results::SeatResult>> LoadSeatResults(
      const std::string& election, const std::string& state) = 0;

  // --- Booth results ----------------------------------------------------------
  // Replaces the booth results of the assembly segments in `segments` (by
  // election, state and AC); other segments of the state are kept. The
  // election must exist (NotFound otherwise).
  virtual Status ReplaceBoothResults(const std::string& election,
                                     const std::string& state,
                                     const std::vector<results::SegmentBooths>& segments,
                                     const ImportRecord& record) = 0;
  // Booth results of (election, state), in AC order; ac = 0 for all ACs.
  virtual Result<std::vector<results::SegmentBooths>> LoadBoothResults(
      const std::string& election, const std::string& state, int ac = 0) = 0;

  // --- Turnout per seat ------------------------------------------------------
  // Replaces ALL the turnout rows of the election (every state: a turnout file
  // covers a whole election; rows of states absent from `seats` are deleted)
  // and its "turnout" import record, in one transaction. The election must
  // exist (NotFound otherwise: import its results first). The same (state,
  // number) twice is a DataError and changes nothing. Rows are not checked
  // against the election's seats here (service::ImportTurnout does that).
  virtual Status ReplaceTurnout(const std::string& election,
                                const std::vector<results::SeatTurnout>& seats,
                                const ImportRecord& record) = 0;
  // Turnout rows of an election, optionally of one state ("" for all), in
  // (state, number) order, missing counts as kMissing; empty when no turnout
  // was imported. NotFound when the election is not there.
  virtual Result<std::vector<results::SeatTurnout>> LoadTurnout(
      const std::string& election, const std::string& state) = 0;

  // --- Organisation ---------------------------------------------------------
  // Replaces the unit tree of `state` (the subtree whose root has the code
  // `state`, e.g. "S24") with `tree`, in one transaction; the units of other
  // states are kept. An empty tree deletes the state's units. Units get new
  // store ids; codes, names and the electoral places (state, ac, part) are
  // kept as given. InvalidArgument when `state` is empty or the tree's root
  // is not a state unit with the code `state`; DataError when a code is
  // already held by a unit of another state (nothing is changed).
  virtual Status ReplaceOrgUnits(const std::string& state, const org::UnitTree& tree) = 0;
  // The unit tree of `state` as stored, children in the order they were
  // given to ReplaceOrgUnits; an empty tree when the state has none.
  virtual Result<org::UnitTree> LoadOrgUnits(const std::string& state) = 0;

  // --- Import records -----------------------------------------------------
  // Problems recorded by the imports of an election ("" for the geography).
  virtual Result<std::vector<ImportRecord>> LoadImportRecords(
      const std::string& election) = 0;

  virtual Result<std::vector<ElectionSummary>> Summarise() = 0;
};

// Opens (creating if needed) the store at `location`: a file path for SQLite,
// or a postgres:// URI (not available in this build: InvalidArgument says so).
// Applies pending schema migrations; a store with a newer schema than this
// binary knows is refused with FailedPrecondition.
Result<std::unique_ptr<Store>> OpenStore(const std::string& location);

}  // namespace janadhar::store
