// The analysis engines' view of one election: parties resolved to one index
// each (through the party directory, so "Indian National congress" and INC
// are one party), seats with their candidates, and optional turnout.
//
// Built once per command from the store's values; read-only afterwards.
// Plain values; thread-compatible (const access from many threads is safe).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "results/election.h"
#include "results/party.h"

namespace janadhar::analysis {

inline constexpr int kNoParty = -1;

// Which votes a vote share is a fraction of.
enum class ShareBasis {
  kExcludingNota,  // valid votes for candidates (ECI's vote share; the default)
  kIncludingNota,  // every vote polled, NOTA counted in the denominator
};
std::string_view ShareBasisName(ShareBasis basis);  // "valid_votes_excluding_nota", …
std::string_view ShareBasisText(ShareBasis basis);  // a sentence fragment for notes

struct PartyInfo {
  std::string label;  // the abbreviation, or the name when there is none
  std::string name;
  bool is_independent = false;  // candidates of "Independent" stand alone
};

struct Candidate {
  std::string name;
  int party = kNoParty;  // index into ElectionData::parties; kNoParty for NOTA
  int64_t votes = results::kMissing;
  bool is_nota = false;
};

struct Seat {
  std::string state;  // ECI code
  std::string state_name;
  int number = 0;
  std::string name;
  bool uncontested = false;
  std::vector<Candidate> candidates;
  int64_t electors = results::kMissing;  // from the turnout import, if any
  int64_t voters = results::kMissing;
};

// Votes of a seat: candidates' votes (NOTA and missing left out) and NOTA's.
struct SeatVotes {
  int64_t valid = 0;
  int64_t nota = 0;
  bool has_missing = false;  // a candidate's votes are not known
  int64_t Denominator(ShareBasis basis) const {
    return basis == ShareBasis::kIncludingNota ? valid + nota : valid;
  }
};
SeatVotes CountSeatVotes(const Seat& seat);

// Candidate indices of a seat by votes, most first; NOTA and candidates with
// missing votes left out. Ties keep file order.
std::vector<int> RankCandidates(const Seat& seat);

struct ElectionData {
  results::Election election;
  std::vector<PartyInfo> parties;
  std::vector<Seat> seats;

  // Index of the party `label_or_name` (label, name, either ignoring case and
  // punctuation); kNoParty when it has no candidate in this election.
  int FindParty(std::string_view label_or_name) const;
};

// Resolves every candidate's party through `directory`; a name the directory
// does not know becomes a party of its own, labelled with that name.
ElectionData BuildElectionData(const results::Election& election,
                               const std::vector<results::SeatResult>& seats,
                               const results::PartyDirectory& directory);

// The seat (state ECI code, number); nullptr if the election has none.
const Seat* FindSeat(const ElectionData& data, std::string_view state, int number);

}  // namespace janadhar::analysis
