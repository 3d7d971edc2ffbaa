#include "importers/form20_link.h"

#include <algorithm>
#include <map>
#include <utility>

#include "importers/form20_pc_linker.h"

namespace janadhar::importers {

namespace {

using results::BoothColumn;
using results::CandidateResult;
using results::LinkMethod;
using results::SeatResult;
using results::SegmentBooths;

constexpr std::string_view kNotaName = "None of the Above";

std::string PcText(int pc, std::string_view name) {
  std::string s = "PC " + std::to_string(pc);
  if (!name.empty()) s += " (" + std::string(name) + ")";
  return s;
}

void LinkNota(SegmentBooths* seg, const SeatResult* seat) {
  const CandidateResult* nota = nullptr;
  if (seat != nullptr) {
    for (const auto& c : seat->candidates) {
      if (form20::IsNotaCandidate(c)) {
        nota = &c;
        break;
      }
    }
  }
  for (BoothColumn& col : seg->columns) {
    if (!col.is_nota) continue;
    col.link = LinkMethod::kNota;
    if (nota == nullptr) continue;
    col.party = nota->party.empty() ? std::string(kNotaName) : nota->party;
    col.linked_candidate = nota->name;
  }
}

}  // namespace

LinkSummary LinkBoothColumns(std::vector<SegmentBooths>* segments,
                             const geo::Delimitation& delimitation,
                             const std::vector<SeatResult>& seats,
                             const LinkOptions& options, ProblemList* problems) {
  std::map<std::pair<std::string_view, int>, const SeatResult*> seat_of;
  for (const SeatResult& s : seats) seat_of.try_emplace({s.state, s.number}, &s);
  std::vector<std::vector<std::string>> reasons(segments->size());
  std::vector<int> pc_of(segments->size(), 0);
  std::map<std::pair<std::string_view, int>, std::vector<std::size_t>> by_pc;
  for (std::size_t i = 0; i < segments->size(); ++i) {
    SegmentBooths& seg = (*segments)[i];
    reasons[i].resize(seg.columns.size());
    for (BoothColumn& col : seg.columns) {
      col.party.clear();
      col.linked_candidate.clear();
      col.link = LinkMethod::kUnlinked;
    }
    const geo::Ac* ac = delimitation.FindAc(seg.state, seg.ac);
    const SeatResult* seat = nullptr;
    std::string why;
    if (ac == nullptr) {
      why = "assembly constituency " + std::to_string(seg.ac) + " of " + seg.state +
            " is not in the " + delimitation.name + " delimitation";
    } else {
      pc_of[i] = ac->pc;
      const auto it = seat_of.find({seg.state, ac->pc});
      const geo::Pc* pc = delimitation.FindPc(seg.state, ac->pc);
      if (it == seat_of.end()) {
        why = "this election has no constituency results for " +
              PcText(ac->pc, pc != nullptr ? pc->name : "") + " of " + seg.state +
              ", to which assembly constituency " + std::to_string(seg.ac) + " belongs";
      } else {
        seat = it->second;
        by_pc[{seat->state, seat->number}].push_back(i);
      }
    }
    LinkNota(&seg, seat);
    if (seat != nullptr) continue;
    problems->Add(seg.file, 0, 0, why + "; its candidate columns are left unlinked",
                  Severity::kError);
    for (std::size_t c = 0; c < seg.columns.size(); ++c) reasons[i][c] = why;
  }
  for (const auto& [pc_key, members] : by_pc) {
    const SeatResult& seat = *seat_of.at(pc_key);
    const auto acs = delimitation.AcsOfPc(seat.state, seat.number);
    std::vector<SegmentBooths*> segs;
    std::vector<std::vector<std::string>*> seg_reasons;
    bool complete = true;
    for (const geo::Ac* ac : acs) {
      complete = complete && std::any_of(members.begin(), members.end(), [&](auto i) {
                   return (*segments)[i].ac == ac->number;
                 });
    }
    for (std::size_t i : members) {
      segs.push_back(&(*segments)[i]);
      seg_reasons.push_back(&reasons[i]);
    }
    form20::LinkPc(seat, PcText(seat.number, seat.name), std::move(segs), complete,
                   static_cast<int>(acs.size()), options, std::move(seg_reasons));
  }
  LinkSummary summary;
  for (std::size_t i = 0; i < segments->size(); ++i) {
    const SegmentBooths& seg = (*segments)[i];
    for (std::size_t c = 0; c < seg.columns.size(); ++c) {
      const BoothColumn& col = seg.columns[c];
      if (col.is_nota) continue;
      ++summary.columns;
      if (col.link != LinkMethod::kUnlinked) {
        ++summary.linked;
        continue;
      }
      summary.unlinked.push_back({seg.file, seg.ac, pc_of[i], col.label, reasons[i][c]});
    }
  }
  return summary;
}

}  // namespace janadhar::importers
