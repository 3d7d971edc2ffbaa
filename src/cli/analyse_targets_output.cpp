// Builder of `analyse targets` output.
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
  nlohmann::json targets = nlohmann::json::array();
  for (const analysis::TargetSeat& t : r.targets) {
    const analysis::Seat& s = *t.seat;
    const bool booths = t.segments_with_booths > 0;
    std::string deficits;
    nlohmann::json jdeficits = nlohmann::json::array();
    for (const analysis::TargetBooth& b : t.largest_deficits) {
      const analysis::Segment& seg = r.segments[b.segment];
      const results::Booth& booth = seg.booths->booths[b.booth];
      deficits += (deficits.empty() ? "" : "; ") + std::to_string(seg.booths->ac) + "/" +
                  booth.part + ": " + report::GroupDigits(b.deficit_votes);
      jdeficits.push_back({{"ac", seg.booths->ac},
                           {"ac_name", seg.ac_name},
                           {"part", booth.part},
                           {"name", booth.name},
                           {"deficit_votes", b.deficit_votes},
                           {"margin_pp", b.margin_pp}});
    }
    const std::string winner = d.parties[s.candidates[t.winner].party].label;
    sheet.AddRow({Cell::Text(s.state_name), Cell::Int(s.number), Cell::Text(s.name),
                  Cell::Int(t.party_rank), Cell::Text(winner), Cell::Int(t.deficit_votes),
                  Cell::Number(t.margin_pp), Cell::Number(t.swing_needed_pp),
                  booths ? Cell::Int(t.booths) : Cell(),
                  booths ? Cell::Int(t.booths_won) : Cell(),
                  booths ? Cell::Int(t.booths_flip) : Cell(), Cell::Text(deficits)});
    nlohmann::json j = {
        {"state", s.state},
        {"state_name", s.state_name},
        {"seat", s.number},
        {"name", s.name},
        {"party_rank", t.party_rank},
        {"candidate", s.candidates[t.party_candidate].name},
        {"winner", {{"candidate", s.candidates[t.winner].name}, {"party", winner}}},
        {"deficit_votes", t.deficit_votes},
        {"margin_pp", t.margin_pp},
        {"swing_needed_pp", t.swing_needed_pp}};
    if (booths) {
      j["booths"] = {{"segments", t.segments_with_booths},
                     {"usable", t.booths},
                     {"won", t.booths_won},
                     {"flip_at_swing", t.booths_flip},
                     {"largest_deficits", std::move(jdeficits)}};
    } else {
      j["booths"] = nullptr;
    }
    targets.push_back(std::move(j));
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
  out.json = {
      {"election", d.election.name},
      {"party", party},
      {"state", r.state.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.state)},
      {"share_basis", ShareBasisName(r.options.basis)},
      {"within_pp", r.options.within_pp},
      {"targets", std::move(targets)}};
  out.Warn(r.warnings);
  return out;
}

}  // namespace janadhar::cli
