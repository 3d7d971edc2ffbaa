#include "importers/results_file.h"

#include <map>
#include <utility>

#include "base/numbers.h"
#include "base/text.h"
#include "geo/geo.h"
#include "importers/state_column.h"
#include "importers/table_reader.h"

namespace janadhar::importers {

namespace {

using results::CandidateResult;
using results::SeatResult;

const std::vector<FieldSpec>& ResultsFields() {
  static const std::vector<FieldSpec> kFields = {
      {"candidate", {"Candidate", "Candidate Name", "Name of Candidate"}, true},
      {"party", {"Party", "Party Name"}, true},
      {"votes",
       {"Votes", "Total Votes", "Votes Polled", "Total Votes Polled", "Votes Secured",
        "Total Votes Secured"},
       true},
      {"state_code", {"State-code", "ST_CODE", "State Code ECI"}, false},
      {"state", {"State", "State Name", "ST_NAME", "State/UT", "State UT Name"}, false},
      {"seat_code",
       {"Constituency-code", "Constituency No", "Constituency Number", "PC No",
        "PC Number", "PC_CODE", "AC No", "AC Number", "AC_CODE", "Seat No"},
       true},
      {"seat_name",
       {"Constituency", "Constituency Name", "PC Name", "AC Name", "Seat Name"},
       false},
  };
  return kFields;
}

bool IsNota(const std::string& key) {
  return key == "NONEOFTHEABOVE" || key == "NOTA";
}

// The text of a cell for spotting a repeated row: spaces collapsed, ASCII
// letters upper-cased, but spaces and punctuation kept, so that namesakes
// spelled apart ("LAKHAN LAL SAHU", "LAKHANLAL SAHU") stay apart.
std::string RowText(const std::string& collapsed) {
  std::string s = collapsed;
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// What the parser keeps about a candidate beside the result itself.
struct CandidateMeta {
  std::string name_text;     // RowText of the name
  std::string party_text;    // RowText of the party
  bool blank_votes = false;  // votes blank or "-" (not malformed)
};

class ResultsParser {
 public:
  ResultsParser(std::string_view file, std::string_view data, ProblemList* problems)
      : table_(file, data, problems) {}

  std::vector<SeatResult> Run(const ColumnMap* map) {
    if (!table_.Open(map, ResultsFields(), "results")) return {};
    if (!state_column_.CheckPresent(map != nullptr)) return {};
    CsvRecord row;
    while (table_.Next(&row)) Row(row);
    if (table_.failed()) return {};
    CheckVotes();
    return std::move(seats_);
  }

 private:
  void Row(const CsvRecord& row) {
    CandidateResult c;
    c.line = row.line;
    c.name = CollapseSpaces(table_.Cell(row, "candidate"));
    if (c.name.empty()) {
      table_.Report(
          row, "candidate",
          "the candidate's name is blank (" + table_.ColumnName("candidate") + ")",
          Severity::kError);
      return;
    }
    const geo::State* state = state_column_.Resolve(row);
    if (state == nullptr) return;
    const int seat_no = table_.Number(row, "seat_code", "seat number");
    if (seat_no == 0) return;
    c.party = CollapseSpaces(table_.Cell(row, "party"));
    CandidateMeta meta;
    meta.name_text = RowText(c.name);
    meta.party_text = RowText(c.party);
    c.is_nota = IsNota(NameKey(c.name)) || IsNota(NameKey(c.party));
    if (c.party.empty() && !c.is_nota) {
      table_.Report(
          row, "party",
          "the party of '" + c.name + "' is blank (" + table_.ColumnName("party") + ")",
          Severity::kWarning);
    }
    const std::string_view votes_cell = table_.Cell(row, "votes");
    const ParsedCount votes = ParseCount(votes_cell);
    if (votes.kind == CountParse::kOk) {
      c.votes = votes.value;
    } else if (votes.kind == CountParse::kMissing) {
      meta.blank_votes = true;
    } else {
      table_.Report(row, "votes",
                    table_.ColumnName("votes") + " " +
                        std::string(DescribeCountParse(votes.kind)) + ": " +
                        Quoted(votes_cell),
                    Severity::kError);
    }

    const int number = seat_no;
    const std::string seat_name = CollapseSpaces(table_.Cell(row, "seat_name"));
    auto [it, added] = seat_index_.try_emplace({state->code, number}, seats_.size());
    if (added) {
      SeatResult seat;
      seat.state = state->code;
      seat.state_name =
          table_.Has("state") ? CollapseSpaces(table_.Cell(row, "state")) : state->name;
      seat.number = number;
      seat.name = seat_name;
      seats_.push_back(std::move(seat));
      meta_.emplace_back();
      name_line_.push_back(row.line);
    }
    SeatResult& seat = seats_[it->second];
    std::vector<CandidateMeta>& metas = meta_[it->second];
    const std::string where = seat.state + "-" + std::to_string(seat.number);
    if (seat.name.empty() && !seat_name.empty()) {
      seat.name = seat_name;
      name_line_[it->second] = row.line;
    } else if (!seat_name.empty() && NameKey(seat_name) != NameKey(seat.name)) {
      table_.Report(row, "seat_name",
                    "seat " + where + " is named '" + seat.name + "' on line " +
                        std::to_string(name_line_[it->second]) + ", here '" + seat_name +
                        "'",
                    Severity::kWarning);
    }
    // Namesakes (the same name for another party, or with other votes, or
    // spelled apart) are distinct candidates; the same name, party and votes
    // is a repeated row.
    for (std::size_t i = 0; i < metas.size(); ++i) {
      if (metas[i].name_text == meta.name_text &&
          metas[i].party_text == meta.party_text && seat.candidates[i].votes == c.votes) {
        table_.Report(row, "candidate",
                      "candidate '" + c.name + "' (" + c.party +
                          ") is listed twice in seat " + where +
                          " with the same votes (also on line " +
                          std::to_string(seat.candidates[i].line) + ")",
                      Severity::kError);
        return;
      }
    }
    seat.candidates.push_back(std::move(c));
    metas.push_back(std::move(meta));
  }

  // A seat whose only candidate has no votes is uncontested; blank votes
  // anywhere else are errors.
  void CheckVotes() {
    const int votes_column = table_.Col("votes") + 1;
    for (std::size_t s = 0; s < seats_.size(); ++s) {
      SeatResult& seat = seats_[s];
      if (seat.candidates.size() == 1 && meta_[s][0].blank_votes) {
        seat.uncontested = true;
        continue;
      }
      for (std::size_t i = 0; i < seat.candidates.size(); ++i) {
        if (!meta_[s][i].blank_votes) continue;
        table_.problems()->Add(
            table_.file(), seat.candidates[i].line, votes_column,
            "votes are blank for a contested seat (" + table_.ColumnName("votes") + ")",
            Severity::kError);
      }
    }
  }

  TableReader table_;
  std::vector<SeatResult> seats_;
  std::vector<std::vector<CandidateMeta>> meta_;  // parallel to seats_
  std::vector<int> name_line_;                    // where each seat's name is from
  std::map<std::pair<std::string, int>, std::size_t> seat_index_;
  StateColumn state_column_{&table_};
};

}  // namespace

std::vector<SeatResult> ParseResultsFile(std::string_view file, std::string_view data,
                                         const ResultsFileOptions& options,
                                         ProblemList* problems) {
  return ResultsParser(file, data, problems).Run(options.map);
}

}  // namespace janadhar::importers
