// Election results as plain values: an election, the candidates of each seat
// with their votes, and the booth-wise (Form-20) votes of assembly segments.
//
// Counts that a file leaves blank or marks "-" are kept as kMissing (-1), never
// as zero, so that analysis can exclude them and say so.
// Plain structs; thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace janadhar::results {

inline constexpr int64_t kMissing = -1;

enum class ElectionKind { kLokSabha, kVidhanSabha };
std::string_view ElectionKindName(ElectionKind kind);  // "lok_sabha", "vidhan_sabha"
std::optional<ElectionKind> ParseElectionKind(std::string_view text);

struct Election {
  std::string name;  // the user's handle: "ls2014"
  ElectionKind kind = ElectionKind::kLokSabha;
  int year = 0;
  std::string delimitation;  // "2008"
  std::string state;         // for a Vidhan Sabha election, its state; else ""
};

// Fills kind and year from a name like "ls2014" or "vs2017"; nullopt when the
// name does not say. The delimitation is "2008" for years from 2009 on.
std::optional<Election> ElectionFromName(std::string_view name);

struct CandidateResult {
  std::string name;
  std::string party;  // as written in the file (resolved to a party by the store)
  int64_t votes = kMissing;
  bool is_nota = false;  // "None of the Above"
  int line = 0;          // source line, 0 if not from a file
};

// The result of one seat (a PC in a Lok Sabha election, an AC in a Vidhan
// Sabha election).
struct SeatResult {
  std::string state;       // ECI code
  std::string state_name;  // as written in the file
  int number = 0;
  std::string name;
  std::vector<CandidateResult> candidates;  // in file order
  bool uncontested = false;  // one candidate, declared elected without a poll

  // Index of the winner in `candidates` (highest votes, NOTA excluded; the
  // single candidate when uncontested); -1 if none.
  int WinnerIndex() const;
};

// How a booth-result column was tied to a candidate of the seat's results.
enum class LinkMethod {
  kUnlinked,   // no candidate found; reported
  kName,       // normalised names equal
  kFuzzyName,  // names close after normalisation, and the vote totals agree
  kVotes,      // vote totals over the PC's segments close to the candidate's
  kNota,       // the None-of-the-Above column
  kParty,      // the file names the party itself (long layout)
};
std::string_view LinkMethodName(LinkMethod m);

// One candidate column of a booth-wise file.
struct BoothColumn {
  int ballot = 0;         // ballot position ("3 - NAME" → 3), 0 if unknown
  std::string label;      // header as written
  std::string candidate;  // candidate name as written in the booth file
  std::string party;  // linked party name (as the results file has it), "" if unlinked
  std::string linked_candidate;  // the results file's spelling, "" if unlinked
  LinkMethod link = LinkMethod::kUnlinked;
  bool is_nota = false;
};

// Row flags of a booth.
enum BoothFlag : uint32_t {
  kBoothHasMissing = 1u << 0,  // some cells blank or "-": excluded from analysis
  kBoothHasInvalid = 1u << 1,  // some cells malformed (imported with --allow-bad-rows)
};

struct Booth {
  std::string part;  // part number as written: "12", "12A"
  std::string name;
  int64_t electors_male = kMissing, electors_female = kMissing, electors_other = kMissing,
          electors_total = kMissing;
  int64_t voters_male = kMissing, voters_female = kMissing, voters_other = kMissing,
          voters_total = kMissing;
  int64_t epic_voters = kMissing;  // voters identified by EPIC
  int64_t tendered = kMissing;
  int64_t total_votes = kMissing;  // "Total Votes Secured" as written
  std::vector<int32_t> votes;      // one per BoothColumn, kMissing if blank
  uint32_t flags = 0;
  int line = 0;  // source line
};

// The booth-wise results of one assembly segment (one Form-20 file).
struct SegmentBooths {
  std::string state;  // ECI code
  int ac = 0;
  std::string file;  // source file name, for messages
  std::vector<BoothColumn> columns;
  std::vector<Booth> booths;
};

}  // namespace janadhar::results
