#include "importers/turnout_file.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <utility>

#include "base/numbers.h"
#include "base/text.h"
#include "importers/state_column.h"
#include "importers/table_reader.h"

namespace janadhar::importers {

namespace {

using results::kMissing;
using results::SeatTurnout;

// The largest difference, in percentage points, between a file's turnout and
// voters / electors that is not reported: files round to two decimals.
constexpr double kTurnoutTolerance = 0.05;

const std::vector<FieldSpec>& TurnoutFields() {
  static const std::vector<FieldSpec> kFields = {
      {"state_code", {"State-code", "ST_CODE", "State Code ECI"}, false},
      {"state", {"State", "State Name", "ST_NAME", "State/UT", "State UT Name"}, false},
      {"seat_code",
       {"PC Code", "PC No", "PC Number", "PC_CODE", "PC_NO", "Constituency-code",
        "Constituency No", "Constituency Number", "AC No", "AC Number", "AC_CODE",
        "Seat No"},
       true},
      {"seat_name",
       {"PC Name", "PC_NAME", "Constituency", "Constituency Name", "AC Name", "AC_NAME",
        "Seat Name"},
       false},
      {"electors_male", {"Male Electors", "Electors Male"}, false},
      {"voters_male", {"Male Voters", "Voters Male"}, false},
      {"turnout_male", {"Male Turnout", "Turnout Male"}, false},
      {"electors_female", {"Female Electors", "Electors Female"}, false},
      {"voters_female", {"Female Voters", "Voters Female"}, false},
      {"turnout_female", {"Female Turnout", "Turnout Female"}, false},
      {"electors_other",
       {"Third Gender Electors", "TG Electors", "Other Electors", "Others Electors",
        "Electors Third Gender", "Electors Others"},
       false},
      {"voters_other",
       {"Third Gender Voters", "TG Voters", "Other Voters", "Others Voters",
        "Voters Third Gender", "Voters Others"},
       false},
      {"turnout_other",
       {"Third Gender Turnout", "TG Turnout", "Other Turnout", "Others Turnout"},
       false},
      {"electors_total", {"Total Electors", "Electors Total", "Electors"}, true},
      {"voters_total", {"Total Voters", "Voters Total", "Voters"}, true},
      {"turnout_total",
       {"Total Turnout", "Turnout Total", "Turnout", "Poll Percentage", "Turnout %"},
       false},
  };
  return kFields;
}

// One gender's (or the total's) fields and where they go in a SeatTurnout.
struct Group {
  const char* label;
  const char* electors;
  const char* voters;
  const char* turnout;
  int64_t SeatTurnout::*electors_of;
  int64_t SeatTurnout::*voters_of;
};
constexpr Group kGroups[] = {
    {"male", "electors_male", "voters_male", "turnout_male", &SeatTurnout::electors_male,
     &SeatTurnout::voters_male},
    {"female", "electors_female", "voters_female", "turnout_female",
     &SeatTurnout::electors_female, &SeatTurnout::voters_female},
    {"third gender", "electors_other", "voters_other", "turnout_other",
     &SeatTurnout::electors_other, &SeatTurnout::voters_other},
    {"total", "electors_total", "voters_total", "turnout_total",
     &SeatTurnout::electors_total, &SeatTurnout::voters_total},
};
constexpr std::size_t kTotal = 3;  // index of the total in kGroups

// "70.86%", "70.86", " 70.86 % " → 70.86; nullopt for anything else.
std::optional<double> ParsePercent(std::string_view cell) {
  std::string s = CollapseSpaces(cell);
  if (!s.empty() && s.back() == '%') s.pop_back();
  while (!s.empty() && s.back() == ' ') s.pop_back();
  if (s.empty()) return std::nullopt;
  for (char c : s) {
    if ((c < '0' || c > '9') && c != '.') return std::nullopt;
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::string Points(double percent) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", percent);
  return buf;
}

class TurnoutParser {
 public:
  TurnoutParser(std::string_view file, std::string_view data, ProblemList* problems)
      : table_(file, data, problems) {}

  TurnoutData Run(const ColumnMap* map) {
    TurnoutData out;
    if (!table_.Open(map, TurnoutFields(), "turnout")) return out;
    if (!states_.CheckPresent(map != nullptr)) return out;
    for (const char* field :
         {"electors_male", "voters_male", "electors_female", "voters_female"}) {
      if (table_.Has(field)) continue;
      table_.problems()->Add(table_.file(), 0, 0,
                             std::string("no column for ") + field +
                                 " in the file: it is left missing for every seat",
                             Severity::kWarning);
    }
    CsvRecord row;
    while (table_.Next(&row)) Row(row);
    if (table_.failed()) return out;
    out.seats = std::move(seats_);
    out.seat_column = table_.Col("seat_code") + 1;
    out.name_column = table_.Col("seat_name") + 1;
    return out;
  }

 private:
  void Row(const CsvRecord& row) {
    const geo::State* state = states_.Resolve(row);
    if (state == nullptr) return;
    const int seat_no = table_.Number(row, "seat_code", "seat number");
    if (seat_no == 0) return;
    SeatTurnout t;
    t.state = state->code;
    t.number = seat_no;
    t.name = CollapseSpaces(table_.Cell(row, "seat_name"));
    t.line = row.line;
    auto [it, added] = lines_.try_emplace({t.state, t.number}, row.line);
    if (!added) {
      table_.Report(row, "seat_code",
                    "seat " + t.state + "-" + std::to_string(t.number) +
                        " is listed twice (also on line " + std::to_string(it->second) +
                        ")",
                    Severity::kError);
      return;
    }
    for (const Group& g : kGroups) {
      t.*g.electors_of = Count(row, g.electors);
      t.*g.voters_of = Count(row, g.voters);
    }
    for (const Group& g : kGroups) CheckVotersWithinElectors(row, g, &t);
    CheckTotal(row, /*electors=*/true, &t);
    CheckTotal(row, /*electors=*/false, &t);
    for (const Group& g : kGroups) CheckTurnout(row, g, t);
    seats_.push_back(std::move(t));
  }

  // A count, kMissing when absent, blank (a warning) or bad (an error).
  int64_t Count(const CsvRecord& row, const char* field) {
    if (!table_.Has(field)) return kMissing;
    const std::string_view cell = table_.Cell(row, field);
    const ParsedCount n = ParseCount(cell);
    if (n.kind == CountParse::kOk) return n.value;
    if (n.kind == CountParse::kMissing) {
      table_.Report(row, field,
                    table_.ColumnName(field) + " is blank (not available); left missing",
                    Severity::kWarning);
    } else {
      table_.Report(row, field,
                    table_.ColumnName(field) + " " +
                        std::string(DescribeCountParse(n.kind)) + ": " + Quoted(cell),
                    Severity::kError);
    }
    return kMissing;
  }

  void CheckVotersWithinElectors(const CsvRecord& row, const Group& g, SeatTurnout* t) {
    int64_t& electors = t->*g.electors_of;
    int64_t& voters = t->*g.voters_of;
    if (electors < 0 || voters < 0 || voters <= electors) return;
    table_.Report(row, g.voters,
                  table_.ColumnName(g.voters) + " " + Quoted(table_.Cell(row, g.voters)) +
                      " is more than " + table_.ColumnName(g.electors) + " " +
                      Quoted(table_.Cell(row, g.electors)) + "; both left missing",
                  Severity::kError);
    electors = kMissing;
    voters = kMissing;
  }

  // The total may exceed the gender counts (third gender left out), never
  // fall short of them.
  void CheckTotal(const CsvRecord& row, bool electors, SeatTurnout* t) {
    const Group& total_group = kGroups[kTotal];
    int64_t& total = t->*(electors ? total_group.electors_of : total_group.voters_of);
    if (total < 0) return;
    int64_t parts = 0;
    std::string named;
    for (std::size_t i = 0; i < kTotal; ++i) {
      const int64_t part = t->*(electors ? kGroups[i].electors_of : kGroups[i].voters_of);
      if (part < 0) continue;
      parts += part;
      named += (named.empty() ? "" : " + ") + std::string(kGroups[i].label);
    }
    if (total >= parts) return;
    const char* field = electors ? total_group.electors : total_group.voters;
    table_.Report(row, field,
                  table_.ColumnName(field) + " " + Quoted(table_.Cell(row, field)) +
                      " is less than " + named + " " +
                      (electors ? "electors" : "voters") + " together (" +
                      std::to_string(parts) + "); left missing",
                  Severity::kError);
    total = kMissing;
  }

  void CheckTurnout(const CsvRecord& row, const Group& g, const SeatTurnout& t) {
    if (!table_.Has(g.turnout)) return;
    const std::string_view cell = table_.Cell(row, g.turnout);
    if (ParseCount(cell).kind == CountParse::kMissing) return;  // blank: nothing to check
    const std::optional<double> stated = ParsePercent(cell);
    if (!stated) {
      table_.Report(row, g.turnout,
                    table_.ColumnName(g.turnout) + " " + Quoted(cell) +
                        " is not a percentage (such as 70.86%)",
                    Severity::kError);
      return;
    }
    const double fraction = results::TurnoutFraction(t.*g.voters_of, t.*g.electors_of);
    if (fraction < 0) return;
    const double computed = fraction * 100;
    if (std::fabs(*stated - computed) <= kTurnoutTolerance) return;
    table_.Report(row, g.turnout,
                  table_.ColumnName(g.turnout) + " is " + Points(*stated) +
                      ", but voters / electors is " + Points(computed),
                  Severity::kWarning);
  }

  TableReader table_;
  StateColumn states_{&table_};
  std::vector<SeatTurnout> seats_;
  std::map<std::pair<std::string, int>, int> lines_;  // (state, seat) → line
};

}  // namespace

TurnoutData ParseTurnoutFile(std::string_view file, std::string_view data,
                             const TurnoutFileOptions& options, ProblemList* problems) {
  return TurnoutParser(file, data, problems).Run(options.map);
}

}  // namespace janadhar::importers
