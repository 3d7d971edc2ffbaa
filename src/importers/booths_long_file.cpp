#include "importers/booths_long_file.h"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>
#include <utility>

#include "base/numbers.h"
#include "base/text.h"
#include "importers/table_reader.h"

namespace janadhar::importers {

namespace {

using results::Booth;
using results::BoothColumn;
using results::kMissing;
using results::SegmentBooths;

const std::vector<FieldSpec>& LongFields() {
  static const std::vector<FieldSpec> kFields = {
      {"seat_code", {"pc", "PC No", "PC Number", "PC_CODE"}, false},
      {"ac", {"ac", "AC No", "AC Number", "AC_CODE"}, true},
      {"booth",
       {"booth", "Booth No", "Part No", "PS No", "Polling Station No", "Polling Station"},
       true},
      {"booth_name", {"booth_name", "Polling Station Name", "PS Name"}, false},
      {"candidate", {"candidate", "Candidate Name"}, true},
      {"party", {"party", "Party Name"}, true},
      {"votes", {"votes", "Votes Secured", "Total Votes"}, true},
  };
  return kFields;
}

bool IsNota(const std::string& key) {
  return key == "NONEOFTHEABOVE" || key == "NOTA";
}

// A segment being built, with its lookups.
struct Segment {
  SegmentBooths data;
  int pc = 0;
  int pc_line = 0;
  std::unordered_map<std::string, std::size_t> column_of;  // name+party key → column
  std::unordered_map<std::string, std::size_t> booth_of;   // part → booth
  std::vector<std::vector<int>> row_of;  // per booth and column: line given, 0 if none
};

class LongParser {
 public:
  LongParser(std::string_view file, std::string_view data, const std::string& state,
             const BoothsLongOptions& options, ProblemList* problems)
      : table_(file, data, problems), state_(state), party_key_(options.party_key) {}

  BoothsLongData Run(const ColumnMap* map) {
    if (!table_.Open(map, LongFields(), "booth")) return {};
    CsvRecord row;
    while (table_.Next(&row)) Row(row);
    if (table_.failed()) return {};
    BoothsLongData out;
    for (auto& [ac, seg] : segments_) {  // by AC number
      ReportAbsentRows(&seg);
      out.segments.push_back(std::move(seg.data));
      out.pc_of_segment.push_back(seg.pc);
    }
    return out;
  }

 private:
  int PositiveNumber(const CsvRecord& row, const std::string& field) {
    const std::string_view cell = table_.Cell(row, field);
    const ParsedCount n = ParseCount(cell);
    if (n.kind == CountParse::kOk && n.value >= 1 && n.value <= 100000) {
      return static_cast<int>(n.value);
    }
    table_.Report(row, field,
                  table_.ColumnName(field) + " " + Quoted(cell) +
                      " is not a constituency number (a whole number from 1)",
                  Severity::kError);
    return 0;
  }

  void Row(const CsvRecord& row) {
    const int ac = PositiveNumber(row, "ac");
    if (ac == 0) return;
    int pc = 0;
    if (table_.Has("seat_code")) {
      if (ParseCount(table_.Cell(row, "seat_code")).kind != CountParse::kMissing) {
        pc = PositiveNumber(row, "seat_code");
        if (pc == 0) return;
      }
    }
    const std::string part = CollapseSpaces(table_.Cell(row, "booth"));
    const std::string candidate = CollapseSpaces(table_.Cell(row, "candidate"));
    if (part.empty() || candidate.empty()) {
      const std::string field = part.empty() ? "booth" : "candidate";
      table_.Report(row, field, table_.ColumnName(field) + " is blank", Severity::kError);
      return;
    }
    const std::string party = CollapseSpaces(table_.Cell(row, "party"));

    auto [sit, new_seg] = segments_.try_emplace(ac);
    Segment& seg = sit->second;
    if (new_seg) {
      seg.data.state = state_;
      seg.data.ac = ac;
      seg.data.file = table_.file();
    }
    if (pc != 0) {
      if (seg.pc == 0) {
        seg.pc = pc;
        seg.pc_line = row.line;
      } else if (seg.pc != pc) {
        table_.Report(row, "seat_code",
                      "AC " + std::to_string(ac) + " is in PC " + std::to_string(seg.pc) +
                          " on line " + std::to_string(seg.pc_line) + ", here in PC " +
                          std::to_string(pc),
                      Severity::kError);
      }
    }

    // Columns: one per candidate; namesakes of other parties are distinct.
    const std::string name_key = NameKey(candidate);
    const std::string party_key = NameKey(party);
    const std::string same_party = party_key_ ? party_key_(party) : party_key;
    auto [cit, new_column] = seg.column_of.try_emplace(name_key + '\x1f' + same_party,
                                                       seg.data.columns.size());
    if (new_column) {
      BoothColumn c;
      c.ballot = static_cast<int>(seg.data.columns.size()) + 1;
      c.label = candidate;
      c.candidate = candidate;
      c.is_nota = IsNota(name_key) || IsNota(party_key);
      c.party = party;
      c.linked_candidate = candidate;
      c.link = results::LinkMethod::kParty;
      if (party.empty() && !c.is_nota) {
        c.linked_candidate.clear();
        c.link = results::LinkMethod::kUnlinked;
        table_.Report(row, "party", "the party of '" + candidate + "' is blank",
                      Severity::kWarning);
      }
      seg.data.columns.push_back(std::move(c));
      for (Booth& b : seg.data.booths) b.votes.push_back(kMissing);
      for (auto& given : seg.row_of) given.push_back(0);
    }
    const std::size_t column = cit->second;

    auto [bit, new_booth] = seg.booth_of.try_emplace(part, seg.data.booths.size());
    if (new_booth) {
      Booth b;
      b.part = part;
      b.name = CollapseSpaces(table_.Cell(row, "booth_name"));
      b.line = row.line;
      b.votes.assign(seg.data.columns.size(), kMissing);
      seg.data.booths.push_back(std::move(b));
      seg.row_of.emplace_back(seg.data.columns.size(), 0);
    }
    Booth& booth = seg.data.booths[bit->second];
    int& given = seg.row_of[bit->second][column];
    if (given != 0) {
      table_.Report(row, "candidate",
                    "booth " + part + " of AC " + std::to_string(ac) +
                        " has a second row for '" + candidate + "' (first on line " +
                        std::to_string(given) +
                        "); the first is kept and the booth marked invalid",
                    Severity::kError);
      booth.flags |= results::kBoothHasInvalid;
      return;
    }
    given = row.line;
    const std::string_view cell = table_.Cell(row, "votes");
    const ParsedCount votes = ParseCount(cell);
    if (votes.kind == CountParse::kOk &&
        votes.value <= std::numeric_limits<int32_t>::max()) {
      booth.votes[column] = static_cast<int32_t>(votes.value);
    } else if (votes.kind == CountParse::kMissing) {
      booth.flags |= results::kBoothHasMissing;
      table_.Report(row, "votes",
                    table_.ColumnName("votes") + " is blank: counted as missing",
                    Severity::kWarning);
    } else {
      booth.flags |= results::kBoothHasInvalid;
      table_.Report(row, "votes",
                    table_.ColumnName("votes") + " " +
                        std::string(votes.kind == CountParse::kOk
                                        ? "is too large"
                                        : DescribeCountParse(votes.kind)) +
                        ": " + Quoted(cell),
                    Severity::kError);
    }
  }

  // A booth without a row for some candidate of its AC: missing cells, one
  // warning per booth.
  void ReportAbsentRows(Segment* seg) {
    for (std::size_t b = 0; b < seg->data.booths.size(); ++b) {
      Booth& booth = seg->data.booths[b];
      std::string names;
      int absent = 0;
      for (std::size_t c = 0; c < seg->data.columns.size(); ++c) {
        if (seg->row_of[b][c] != 0) continue;
        if (++absent <= 3) {
          names += (absent > 1 ? ", '" : "'") + seg->data.columns[c].candidate + "'";
        }
      }
      if (absent == 0) continue;
      if (absent > 3) names += " and " + std::to_string(absent - 3) + " more";
      booth.flags |= results::kBoothHasMissing;
      table_.problems()->Add(table_.file(), booth.line, 0,
                             "booth " + booth.part + " of AC " +
                                 std::to_string(seg->data.ac) + " has no row for " +
                                 names + ": counted as missing",
                             Severity::kWarning);
    }
  }

  TableReader table_;
  std::string state_;
  std::map<int, Segment> segments_;
  std::function<std::string(std::string_view)> party_key_;
};

}  // namespace

BoothsLongData ParseBoothsLongFile(std::string_view file, std::string_view data,
                                   const std::string& state,
                                   const BoothsLongOptions& options,
                                   ProblemList* problems) {
  return LongParser(file, data, state, options, problems).Run(options.map);
}

}  // namespace janadhar::importers
