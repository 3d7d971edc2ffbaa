// Builders of `analyse swing` and `analyse iou` output.
#include "cli/analyse_output.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

Cell OptNumber(const std::optional<double>& x) {
  return x ? Cell::Number(*x) : Cell::Missing();
}

}  // namespace

Output SwingOutput(const service::SwingReport& r, const std::string& level) {
  const std::string& a = r.from->election.name;
  const std::string& b = r.to->election.name;
  Output out;
  // Text and CSV show one level: seats within a state, else states and nation.
  const std::string shown = !level.empty() ? level : r.state.empty() ? "state" : "seat";
  report::Sheet sheet("Swing " + a + " to " + b, {{"Level"},
                                                  {"State"},
                                                  {"Seat", Kind::kInteger},
                                                  {"Name"},
                                                  {"Party"},
                                                  {"Share " + a, Kind::kPercent},
                                                  {"Share " + b, Kind::kPercent},
                                                  {"Swing pts", Kind::kPoints}});
  nlohmann::json rows = nlohmann::json::array();
  for (const analysis::SwingRow& row : r.swing.rows) {
    const std::string lv(analysis::SwingLevelName(row.level));
    rows.push_back(
        {{"level", lv},
         {"state", row.state.empty() ? nlohmann::json() : nlohmann::json(row.state)},
         {"state_name", row.state_name},
         {"seat", row.seat > 0 ? nlohmann::json(row.seat) : nlohmann::json()},
         {"seat_name", row.seat_name},
         {"party", row.party},
         {"votes_from", row.votes_from},
         {"votes_to", row.votes_to},
         {"share_from", OrNull(row.share_from)},
         {"share_to", OrNull(row.share_to)},
         {"swing_pp", OrNull(row.swing_pp)}});
    const bool show = lv == shown || (shown == "state" && lv == "nation");
    if (!show) continue;
    sheet.AddRow({Cell::Text(lv),
                  Cell::Text(row.level == analysis::SwingLevel::kNation ? "India"
                                                                        : row.state_name),
                  row.seat > 0 ? Cell::Int(row.seat) : Cell(), Cell::Text(row.seat_name),
                  Cell::Text(row.party), OptNumber(row.share_from),
                  OptNumber(row.share_to), OptNumber(row.swing_pp)});
  }
  sheet.AddNote("Swing = share in " + b + " − share in " + a + ", in points; shares " +
                std::string(ShareBasisText(analysis::ShareBasis::kExcludingNota)) + ". " +
                std::to_string(r.swing.seats_matched) + " seats matched.");
  if (level.empty()) {
    sheet.AddNote("--level seat|state|nation picks the rows; --json has every level.");
  }
  out.sheets.push_back(std::move(sheet));
  out.json = {{"from", a},
              {"to", b},
              {"state", r.state.empty() ? nlohmann::json() : nlohmann::json(r.state)},
              {"parties", r.swing.parties},
              {"seats_matched", r.swing.seats_matched},
              {"swing", std::move(rows)}};
  out.Warn(r.warnings);
  return out;
}

Output IouOutput(const service::IouReport& r) {
  const analysis::ElectionData& d = *r.data;
  std::string ruling;
  for (int p : r.ruling) ruling += (ruling.empty() ? "" : "+") + d.parties[p].label;
  Output out;
  report::Sheet seats("IOU seats " + d.election.name,
                      {{"State"},
                       {"Seat", Kind::kInteger},
                       {"Name"},
                       {ruling + " share", Kind::kPercent},
                       {ruling + " won"},
                       {"Largest opposition"},
                       {"Opposition votes", Kind::kInteger},
                       {"IOU", Kind::kDecimal, 1}});
  report::Sheet states("IOU states " + d.election.name,
                       {{"State"},
                        {"Seats", Kind::kInteger},
                        {ruling + " won", Kind::kInteger},
                        {"Largest opposition"},
                        {"IOU", Kind::kDecimal, 1},
                        {"Mean seat IOU", Kind::kDecimal, 1}});
  nlohmann::json jseats = nlohmann::json::array(), jstates = nlohmann::json::array();
  for (const analysis::IouSeat& s : r.iou.seats) {
    const analysis::Seat& st = *s.seat;
    std::string largest;
    if (s.largest_candidate >= 0) {
      const auto& c = st.candidates[s.largest_candidate];
      largest = d.parties[c.party].is_independent ? c.name + " (IND)"
                                                  : d.parties[c.party].label;
    }
    seats.AddRow({Cell::Text(st.state_name), Cell::Int(st.number), Cell::Text(st.name),
                  OptNumber(s.ruling_share), Cell::Text(s.ruling_won ? "yes" : "no"),
                  Cell::Text(largest), Cell::Int(s.opposition_votes), OptNumber(s.iou)});
    jseats.push_back({{"state", st.state},
                      {"seat", st.number},
                      {"name", st.name},
                      {"ruling_share", OrNull(s.ruling_share)},
                      {"ruling_won", s.ruling_won},
                      {"largest_opposition", largest},
                      {"largest_opposition_votes", s.largest_votes},
                      {"opposition_votes", s.opposition_votes},
                      {"iou", OrNull(s.iou)}});
  }
  for (const analysis::IouState& s : r.iou.states) {
    const std::string largest = s.largest >= 0 ? d.parties[s.largest].label : "";
    states.AddRow({Cell::Text(s.state_name), Cell::Int(s.seats), Cell::Int(s.ruling_won),
                   Cell::Text(largest), OptNumber(s.iou), OptNumber(s.mean_seat_iou)});
    jstates.push_back({{"state", s.state},
                       {"state_name", s.state_name},
                       {"seats", s.seats},
                       {"ruling_won", s.ruling_won},
                       {"largest_opposition", largest},
                       {"iou", OrNull(s.iou)},
                       {"mean_seat_iou", OrNull(s.mean_seat_iou)}});
  }
  const std::string note =
      "Index of Opposition Unity = votes of the largest opposition party ÷ votes of all "
      "opposition parties × 100 (opposition: all but " +
      ruling +
      "; NOTA left out; each independent counts alone). State IOU over the state's "
      "summed votes.";
  seats.AddNote(note);
  states.AddNote(note);
  out.sheets.push_back(std::move(seats));
  out.sheets.push_back(std::move(states));
  out.json = {{"election", d.election.name},
              {"ruling", ruling},
              {"state", r.state.empty() ? nlohmann::json() : nlohmann::json(r.state)},
              {"seats", std::move(jseats)},
              {"states", std::move(jstates)}};
  out.Warn(r.warnings);
  return out;
}

}  // namespace janadhar::cli
