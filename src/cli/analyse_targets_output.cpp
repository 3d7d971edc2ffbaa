// Builder of `analyse targets` output; its JSON is api/analysis_json.h's.
#include "cli/analyse_output.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

}  // namespace

Output TargetsOutput(const service::TargetsReport& r) {
  const analysis::ElectionData& d = *r.data;
  const std::string& party = d.parties[r.party].label;
  Output out;
  report::Sheet sheet("Targets " + party + " " + d.election.name,
                      {{"State"},
                       {"PC", Kind::kInteger},
                       {"Name"},
                       {party + " place", Kind::kInteger},
                       {"Winner"},
                       {"Behind", Kind::kInteger},
                       {"Behind pts", Kind::kDecimal},
                       {"Swing needed pts", Kind::kDecimal},
                       {"Booths", Kind::kInteger},
                       {"Won", Kind::kInteger},
                       {"Flip at swing", Kind::kInteger},
                       {"Largest deficits (AC/part: votes)"}});
  for (const analysis::TargetSeat& t : r.targets) {
    const analysis::Seat& s = *t.seat;
    const bool booths = t.segments_with_booths > 0;
    std::string deficits;
    for (const analysis::TargetBooth& b : t.largest_deficits) {
      const analysis::Segment& seg = r.segments[b.segment];
      const results::Booth& booth = seg.booths->booths[b.booth];
      deficits += (deficits.empty() ? "" : "; ") + std::to_string(seg.booths->ac) + "/" +
                  booth.part + ": " + report::GroupDigits(b.deficit_votes);
    }
    const std::string winner = d.parties[s.candidates[t.winner].party].label;
    sheet.AddRow({Cell::Text(s.state_name), Cell::Int(s.number), Cell::Text(s.name),
                  Cell::Int(t.party_rank), Cell::Text(winner), Cell::Int(t.deficit_votes),
                  Cell::Number(t.margin_pp), Cell::Number(t.swing_needed_pp),
                  booths ? Cell::Int(t.booths) : Cell(),
                  booths ? Cell::Int(t.booths_won) : Cell(),
                  booths ? Cell::Int(t.booths_flip) : Cell(), Cell::Text(deficits)});
  }
  sheet.AddNote(
      "Seats " + party + " lost by less than " + report::Fixed(r.options.within_pp, 1) +
      " points, ordered by the swing needed: the "
      "points it must gain from the winner (uniform swing; third candidates keep their "
      "share). Shares " +
      std::string(ShareBasisText(r.options.basis)) + ".");
  sheet.AddNote("Flip at swing: booths " + party +
                " lost that it wins at that swing; largest deficits: the lost booths "
                "furthest behind, as AC/part: votes behind the booth's leader.");
  out.sheets.push_back(std::move(sheet));
  out.json = api::TargetsJson(r);
  out.Warn(r.warnings);
  return out;
}

}  // namespace janadhar::cli
