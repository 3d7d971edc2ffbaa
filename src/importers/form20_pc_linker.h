// Internal to form20_link.cpp: linking the columns of one PC's segment files
// to the candidates of its seat (steps 1 to 4 of form20_link.h).
// Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "importers/form20_link.h"
#include "results/election.h"

namespace janadhar::importers::form20 {

// True for the None-of-the-Above entry of a seat's results.
bool IsNotaCandidate(const results::CandidateResult& c);

// Links the non-NOTA columns of `segs` (all the files of the seat's PC that
// are in the import) to the seat's candidates. `complete` says whether every
// assembly segment of the PC is among them (vote totals are compared only
// then); `acs_of_pc` is their number in the delimitation; `pc_text` names the
// PC in messages. For each column left unlinked, the reason is written to
// (*reasons[segment])[column].
void LinkPc(const results::SeatResult& seat, std::string pc_text,
            std::vector<results::SegmentBooths*> segs, bool complete, int acs_of_pc,
            const LinkOptions& options, std::vector<std::vector<std::string>*> reasons);

}  // namespace janadhar::importers::form20
