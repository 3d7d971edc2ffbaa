#include "importers/form20_pc_linker.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <utility>

#include "base/text.h"

namespace janadhar::importers::form20 {

namespace {

using results::BoothColumn;
using results::CandidateResult;
using results::LinkMethod;
using results::SeatResult;
using results::SegmentBooths;

struct ColRef {
  int seg = 0;  // index into the PC's segments
  int col = 0;
};

// The columns of the PC's files that stand for one ballot position.
struct Group {
  std::vector<ColRef> cols;
  int64_t sum = 0;  // booth votes over the PC's segments, blank cells skipped
};

// Links the columns of one PC's segment files to the candidates of its seat.
class PcLinker {
 public:
  PcLinker(const SeatResult& seat, std::string pc_text, std::vector<SegmentBooths*> segs,
           bool complete, int acs_of_pc, const LinkOptions& options)
      : seat_(seat),
        pc_text_(std::move(pc_text)),
        segs_(std::move(segs)),
        complete_(complete),
        acs_of_pc_(acs_of_pc),
        options_(options) {}

  // Fills the columns and, for those left unlinked, `reasons` (per segment
  // of the PC, per column).
  void Run(std::vector<std::vector<std::string>*> reasons);

 private:
  void Prepare();
  void LinkByName();
  bool BuildGroups(bool by_ballot);
  void LinkByVotes(bool by_name);
  int Choose(const Group& g, bool by_name) const;
  bool Eligible(const Group& g, int cand, bool by_name) const;
  bool Pending(const Group& g) const;
  bool Agrees(const Group& g, int cand) const;
  int64_t Distance(const Group& g, int cand) const {
    return std::llabs(seat_.candidates[cands_[cand]].votes - g.sum);
  }
  void Link(ColRef r, int cand, LinkMethod method);
  std::string Reason(const Group& g) const;
  BoothColumn& Column(ColRef r) const { return segs_[r.seg]->columns[r.col]; }

  const SeatResult& seat_;
  std::string pc_text_;
  std::vector<SegmentBooths*> segs_;
  bool complete_;
  int acs_of_pc_;
  const LinkOptions& options_;
  std::vector<int> cands_;  // indices of the seat's non-NOTA candidates
  std::vector<std::string> cand_keys_;
  std::vector<std::vector<std::string>> col_keys_;  // [seg][col]
  std::vector<std::vector<int64_t>> col_sums_;      // [seg][col]
  std::vector<std::vector<int>> link_;              // [seg][col] → cand or -1
  std::vector<std::vector<char>> used_;             // [seg][cand]
  std::vector<Group> groups_;
};

void PcLinker::Prepare() {
  for (std::size_t i = 0; i < seat_.candidates.size(); ++i) {
    if (IsNotaCandidate(seat_.candidates[i])) continue;
    cands_.push_back(static_cast<int>(i));
    cand_keys_.push_back(NameKey(seat_.candidates[i].name));
  }
  col_keys_.resize(segs_.size());
  col_sums_.resize(segs_.size());
  link_.resize(segs_.size());
  used_.assign(segs_.size(), std::vector<char>(cands_.size(), 0));
  for (std::size_t s = 0; s < segs_.size(); ++s) {
    const SegmentBooths& seg = *segs_[s];
    col_keys_[s].resize(seg.columns.size());
    col_sums_[s].assign(seg.columns.size(), 0);
    link_[s].assign(seg.columns.size(), -1);
    for (std::size_t c = 0; c < seg.columns.size(); ++c) {
      col_keys_[s][c] = NameKey(seg.columns[c].candidate);
    }
    for (const auto& booth : seg.booths) {
      const std::size_t n = std::min(booth.votes.size(), seg.columns.size());
      for (std::size_t c = 0; c < n; ++c) {
        if (booth.votes[c] >= 0) col_sums_[s][c] += booth.votes[c];
      }
    }
  }
}

void PcLinker::Link(ColRef r, int cand, LinkMethod method) {
  const CandidateResult& c = seat_.candidates[cands_[cand]];
  BoothColumn& col = Column(r);
  col.party = c.party;
  col.linked_candidate = c.name;
  col.link = method;
  link_[r.seg][r.col] = cand;
  used_[r.seg][cand] = 1;
}

// Step 1: a name that one candidate of the PC has, written in one column of
// the file. Namesakes (two candidates, or two columns, with one key) are left
// to the vote totals.
void PcLinker::LinkByName() {
  std::unordered_map<std::string_view, int> by_key;  // key → cand, -1 if several
  for (std::size_t i = 0; i < cands_.size(); ++i) {
    if (cand_keys_[i].empty()) continue;
    auto [it, fresh] = by_key.try_emplace(cand_keys_[i], static_cast<int>(i));
    if (!fresh) it->second = -1;
  }
  for (std::size_t s = 0; s < segs_.size(); ++s) {
    std::unordered_map<std::string_view, int> in_file;
    const auto& cols = segs_[s]->columns;
    for (std::size_t c = 0; c < cols.size(); ++c) {
      if (!cols[c].is_nota) ++in_file[col_keys_[s][c]];
    }
    for (std::size_t c = 0; c < cols.size(); ++c) {
      if (cols[c].is_nota) continue;
      const auto it = by_key.find(col_keys_[s][c]);
      if (it == by_key.end() || it->second < 0 || in_file[col_keys_[s][c]] != 1) continue;
      Link({static_cast<int>(s), static_cast<int>(c)}, it->second, LinkMethod::kName);
    }
  }
}

// Groups the columns by ballot position (the same in every segment of a PC),
// or by name when the files do not number their columns consistently. Returns
// false when ballot numbers contradict the name links.
bool PcLinker::BuildGroups(bool by_ballot) {
  groups_.clear();
  std::map<std::string, int> index;
  for (std::size_t s = 0; s < segs_.size(); ++s) {
    std::map<std::string_view, int> seen;
    const auto& cols = segs_[s]->columns;
    for (std::size_t c = 0; c < cols.size(); ++c) {
      if (cols[c].is_nota) continue;
      std::string id;
      if (by_ballot && cols[c].ballot > 0) {
        id = "#" + std::to_string(cols[c].ballot);
      } else {
        id = col_keys_[s][c] + "#" + std::to_string(seen[col_keys_[s][c]]++);
      }
      auto [it, fresh] = index.try_emplace(id, static_cast<int>(groups_.size()));
      if (fresh) groups_.emplace_back();
      Group& g = groups_[it->second];
      if (!g.cols.empty() && g.cols.back().seg == static_cast<int>(s)) return false;
      g.cols.push_back({static_cast<int>(s), static_cast<int>(c)});
      g.sum += col_sums_[s][c];
    }
  }
  for (const Group& g : groups_) {
    int linked = -1;
    for (ColRef r : g.cols) {
      const int l = link_[r.seg][r.col];
      if (l < 0) continue;
      if (linked >= 0 && l != linked) return false;
      linked = l;
    }
  }
  return true;
}

bool PcLinker::Pending(const Group& g) const {
  for (ColRef r : g.cols) {
    if (link_[r.seg][r.col] < 0) return true;
  }
  return false;
}

bool PcLinker::Agrees(const Group& g, int cand) const {
  const int64_t total = seat_.candidates[cands_[cand]].votes;
  if (total < 0) return false;
  const double allowed =
      options_.relative_tolerance * static_cast<double>(std::max(total, g.sum)) +
      static_cast<double>(options_.absolute_tolerance);
  return static_cast<double>(Distance(g, cand)) <= allowed;
}

bool NamesClose(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  if (shorter.size() >= 4 && longer.find(shorter) != std::string_view::npos) return true;
  return EditDistance(a, b) * 3 <= longer.size();
}

// Whether `cand` is free in every file of the group's unlinked columns (and,
// for step 2, has a name close to one of theirs).
bool PcLinker::Eligible(const Group& g, int cand, bool by_name) const {
  bool close = !by_name;
  for (ColRef r : g.cols) {
    if (link_[r.seg][r.col] >= 0) continue;
    if (used_[r.seg][cand]) return false;
    close = close || NamesClose(col_keys_[r.seg][r.col], cand_keys_[cand]);
  }
  return close;
}

// The candidate whose total is closest to the group's sum, when it agrees and
// is clearly closer than the next; -1 otherwise.
int PcLinker::Choose(const Group& g, bool by_name) const {
  int best = -1, second = -1;
  for (int c = 0; c < static_cast<int>(cands_.size()); ++c) {
    if (!Eligible(g, c, by_name)) continue;
    if (best < 0 || Distance(g, c) < Distance(g, best)) {
      second = best;
      best = c;
    } else if (second < 0 || Distance(g, c) < Distance(g, second)) {
      second = c;
    }
  }
  if (best < 0 || !Agrees(g, best)) return -1;
  if (second >= 0 && Agrees(g, second) &&
      Distance(g, second) < 3 * Distance(g, best) + options_.absolute_tolerance) {
    return -1;
  }
  return best;
}

// Steps 2 and 3. A group takes a candidate only if no other group waiting for
// one is closer to that candidate's total; repeated until nothing changes.
void PcLinker::LinkByVotes(bool by_name) {
  const std::size_t span = segs_.size();
  bool changed = true;
  while (changed) {
    changed = false;
    for (const Group& g : groups_) {
      if (g.cols.size() != span || !Pending(g)) continue;
      const int cand = Choose(g, by_name);
      if (cand < 0) continue;
      bool mutual = true;
      for (const Group& h : groups_) {
        if (&h == &g || h.cols.size() != span || !Pending(h)) continue;
        if (Eligible(h, cand, by_name) && Agrees(h, cand) &&
            Distance(h, cand) < Distance(g, cand)) {
          mutual = false;
          break;
        }
      }
      if (!mutual) continue;
      for (ColRef r : g.cols) {
        if (link_[r.seg][r.col] < 0) {
          Link(r, cand, by_name ? LinkMethod::kFuzzyName : LinkMethod::kVotes);
        }
      }
      changed = true;
    }
  }
}

std::string PcLinker::Reason(const Group& g) const {
  if (cands_.empty()) return "the results of " + pc_text_ + " list no candidates";
  std::string key;
  for (ColRef r : g.cols) {
    if (link_[r.seg][r.col] < 0) key = col_keys_[r.seg][r.col];
  }
  const auto namesakes = std::count(cand_keys_.begin(), cand_keys_.end(), key);
  std::string s = namesakes > 1 ? std::to_string(namesakes) + " candidates of " +
                                      pc_text_ + " have this name"
                                : "no candidate of " + pc_text_ + " has this name";
  std::vector<int> free;
  for (int c = 0; c < static_cast<int>(cands_.size()); ++c) {
    if (Eligible(g, c, false)) free.push_back(c);
  }
  const bool comparable = complete_ && g.cols.size() == segs_.size();
  if (!complete_) {
    s += "; vote totals cannot be compared: only " + std::to_string(segs_.size()) +
         " of the PC's " + std::to_string(acs_of_pc_) + " assembly segments are here";
  } else if (!comparable) {
    s += "; vote totals cannot be compared: the column is in only " +
         std::to_string(g.cols.size()) + " of the PC's " + std::to_string(segs_.size()) +
         " segment files";
  } else {
    const auto close =
        std::count_if(free.begin(), free.end(), [&](int c) { return Agrees(g, c); });
    char tolerance[64];
    std::snprintf(tolerance, sizeof tolerance, "%g%% + %lld votes",
                  100 * options_.relative_tolerance,
                  static_cast<long long>(options_.absolute_tolerance));
    s += ", and its booth votes (" + std::to_string(g.sum) + ") match " +
         (close == 0 ? std::string("no remaining candidate's total")
                     : std::to_string(close) + " remaining candidates' totals") +
         " within " + tolerance;
  }
  if (free.empty()) return s + "; every candidate is already linked";
  if (comparable) {
    std::stable_sort(free.begin(), free.end(),
                     [&](int a, int b) { return Distance(g, a) < Distance(g, b); });
  } else {
    std::stable_sort(free.begin(), free.end(), [&](int a, int b) {
      return EditDistance(key, cand_keys_[a]) < EditDistance(key, cand_keys_[b]);
    });
  }
  s += "; nearest: ";
  for (std::size_t i = 0; i < free.size() && i < 3; ++i) {
    const CandidateResult& c = seat_.candidates[cands_[free[i]]];
    if (i > 0) s += ", ";
    s += "'" + c.name + "' (" + c.party + ", " + std::to_string(c.votes) + " votes)";
  }
  return s;
}

void PcLinker::Run(std::vector<std::vector<std::string>*> reasons) {
  Prepare();
  LinkByName();
  if (!BuildGroups(true)) BuildGroups(false);
  if (complete_) {
    LinkByVotes(true);
    LinkByVotes(false);
  }
  for (const Group& g : groups_) {
    if (!Pending(g)) continue;
    const std::string why = Reason(g);
    for (ColRef r : g.cols) {
      if (link_[r.seg][r.col] < 0) (*reasons[r.seg])[r.col] = why;
    }
  }
}

}  // namespace

bool IsNotaCandidate(const CandidateResult& c) {
  if (c.is_nota) return true;
  const std::string key = NameKey(c.name);
  return key == "NONEOFTHEABOVE" || key == "NOTA";
}

void LinkPc(const SeatResult& seat, std::string pc_text, std::vector<SegmentBooths*> segs,
            bool complete, int acs_of_pc, const LinkOptions& options,
            std::vector<std::vector<std::string>*> reasons) {
  PcLinker(seat, std::move(pc_text), std::move(segs), complete, acs_of_pc, options)
      .Run(std::move(reasons));
}

}  // namespace janadhar::importers::form20
