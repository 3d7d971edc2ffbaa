// Builders of `analyse seats` and `analyse parties` output.
#include "analysis/seats.h"
#include "api/results_json.h"
#include "cli/analyse_output.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Column;
using report::Kind;

const std::string& Label(const analysis::ElectionData& d, int party) {
  static const std::string kNone;
  return party >= 0 ? d.parties[party].label : kNone;
}

std::string SeatKind(const analysis::ElectionData& d) {
  return d.election.kind == results::ElectionKind::kLokSabha ? "PC" : "AC";
}

Cell OptNumber(const std::optional<double>& x) {
  return x ? Cell::Number(*x) : Cell::Missing();
}

Cell OptCount(int64_t n) {
  return n >= 0 ? Cell::Int(n) : Cell::Missing();
}

std::string BasisNote(analysis::ShareBasis basis, int64_t valid, int64_t nota) {
  std::string note =
      "Shares and margins are " + std::string(ShareBasisText(basis)) + " (" +
      report::GroupDigits(basis == analysis::ShareBasis::kIncludingNota ? valid + nota
                                                                        : valid) +
      " votes)";
  note += basis == analysis::ShareBasis::kIncludingNota
              ? "; without --with-nota NOTA is left out."
              : "; --with-nota counts NOTA's " + report::GroupDigits(nota) +
                    " votes in the denominator.";
  return note;
}

}  // namespace

Output SeatsOutput(const service::SeatsReport& r) {
  const analysis::ElectionData& d = *r.data;
  Output out;
  const std::string seat = SeatKind(d);
  const std::string party = Label(d, r.party);
  std::vector<Column> cols = {{"State"},
                              {seat, Kind::kInteger},
                              {"Name"},
                              {"Winner"},
                              {"Party"},
                              {"Runner-up"},
                              {"Party "},
                              {"Margin", Kind::kInteger},
                              {"Margin pts", Kind::kDecimal},
                              {"Turnout", Kind::kPercent},
                              {"Electors", Kind::kInteger}};
  if (r.party >= 0) {
    cols.push_back({party + " rank", Kind::kInteger});
    cols.push_back({party + " share", Kind::kPercent});
    cols.push_back({party + " margin pts", Kind::kPoints});
  }
  report::Sheet sheet("Seats " + d.election.name, cols);
  int64_t valid = 0, nota = 0;
  for (const analysis::SeatSummary& s : r.seats) {
    const analysis::Seat& st = *s.seat;
    valid += s.votes.valid;
    nota += s.votes.nota;
    auto name_of = [&](int c) {
      return c >= 0 ? Cell::Text(st.candidates[c].name) : Cell();
    };
    auto party_of = [&](int c) {
      return c >= 0 ? Cell::Text(Label(d, st.candidates[c].party)) : Cell();
    };
    std::vector<Cell> row = {
        Cell::Text(st.state_name), Cell::Int(st.number),
        Cell::Text(st.name),       name_of(s.winner),
        party_of(s.winner),        name_of(s.runner_up),
        party_of(s.runner_up),     s.runner_up >= 0 ? Cell::Int(s.margin_votes) : Cell(),
        OptNumber(s.margin_pp),    OptNumber(s.turnout),
        OptCount(st.electors)};
    if (r.party >= 0) {
      row.push_back(Cell::Int(s.party_rank));
      row.push_back(OptNumber(s.party_share));
      row.push_back(OptNumber(s.party_margin_pp));
    }
    sheet.AddRow(std::move(row));
  }
  sheet.AddNote(BasisNote(r.basis, valid, nota));
  if (r.party >= 0) {
    sheet.AddNote(party +
                  " margin: its lead over the runner-up where it won, its deficit "
                  "behind the winner (negative) where it lost; seats it did not "
                  "contest are left out.");
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::SeatsJson(r);
  out.Warn(r.warnings);
  return out;
}

Output PartiesOutput(const service::PartiesReport& r, bool all_parties) {
  const analysis::ElectionData& d = *r.data;
  const analysis::PartySummaries& s = r.summary;
  Output out;
  report::Sheet sheet(
      "Parties " + d.election.name,
      {{"Party"},
       {"Name"},
       {"Won", Kind::kInteger},
       {"Contested", Kind::kInteger},
       {"Second", Kind::kInteger},
       {"Votes", Kind::kInteger},
       {r.basis == analysis::ShareBasis::kIncludingNota ? "Share (with NOTA)" : "Share",
        Kind::kPercent},
       {"Strike rate", Kind::kPercent, 1}});
  for (const analysis::PartySummary& p : s.parties) {
    const analysis::PartyInfo& info = d.parties[p.party];
    const double share =
        r.basis == analysis::ShareBasis::kIncludingNota ? p.share_with_nota : p.share;
    sheet.AddRow({Cell::Text(info.label), Cell::Text(info.name), Cell::Int(p.seats_won),
                  Cell::Int(p.seats_contested), Cell::Int(p.seats_second),
                  Cell::Int(p.votes), Cell::Number(share),
                  Cell::Number(p.strike_rate())});
  }
  const std::string where = r.state.empty()   ? "the nation"
                            : d.seats.empty() ? r.state
                                              : [&] {
                                                  for (const auto& st : d.seats) {
                                                    if (st.state == r.state)
                                                      return st.state_name;
                                                  }
                                                  return r.state;
                                                }();
  sheet.AddNote(std::to_string(s.seats) + " seats in " + where + ". " +
                BasisNote(r.basis, s.valid_votes, s.nota_votes));
  sheet.AddNote(
      "Independents are counted together as IND; strike rate = won ÷ contested.");
  if (!all_parties) {
    // The terminal shows the parties that won a seat or 1% of the votes, and
    // the rest in one row; files and JSON have every party.
    constexpr double kShown = 0.01;
    report::Sheet brief(sheet.title(), sheet.columns());
    int others = 0, won = 0, contested = 0, second = 0;
    int64_t votes = 0;
    double share = 0;
    for (std::size_t i = 0; i < s.parties.size(); ++i) {
      const analysis::PartySummary& p = s.parties[i];
      if (p.seats_won > 0 || p.share >= kShown) {
        brief.AddRow(sheet.row(i));
        continue;
      }
      ++others;
      won += p.seats_won;
      contested += p.seats_contested;
      second += p.seats_second;
      votes += p.votes;
      share +=
          r.basis == analysis::ShareBasis::kIncludingNota ? p.share_with_nota : p.share;
    }
    if (others > 0) {
      brief.AddRow({Cell::Text("Others"),
                    Cell::Text(std::to_string(others) + " parties (--all lists them)"),
                    Cell::Int(won), Cell::Int(contested), Cell::Int(second),
                    Cell::Int(votes), Cell::Number(share), Cell()});
    }
    for (const auto& n : sheet.notes()) brief.AddNote(n);
    out.text.push_back(std::move(brief));
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::PartiesJson(r);
  out.Warn(r.warnings);
  return out;
}

}  // namespace janadhar::cli
