// Builders of `analyse swing` and `analyse iou` output; their JSON is
// api/analysis_json.h's.
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
  for (const analysis::SwingRow& row : r.swing.rows) {
    const std::string lv(analysis::SwingLevelName(row.level));
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
  out.json = api::SwingJson(r);
  out.Warn(r.warnings);
  return out;
}

Output IouOutput(const service::IouReport& r) {
  const analysis::ElectionData& d = *r.data;
  const std::string ruling = api::IouRulingLabel(r);
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
  for (const analysis::IouSeat& s : r.iou.seats) {
    const analysis::Seat& st = *s.seat;
    const std::string largest = api::IouLargestLabel(r, s);
    seats.AddRow({Cell::Text(st.state_name), Cell::Int(st.number), Cell::Text(st.name),
                  OptNumber(s.ruling_share), Cell::Text(s.ruling_won ? "yes" : "no"),
                  Cell::Text(largest), Cell::Int(s.opposition_votes), OptNumber(s.iou)});
  }
  for (const analysis::IouState& s : r.iou.states) {
    const std::string largest = s.largest >= 0 ? d.parties[s.largest].label : "";
    states.AddRow({Cell::Text(s.state_name), Cell::Int(s.seats), Cell::Int(s.ruling_won),
                   Cell::Text(largest), OptNumber(s.iou), OptNumber(s.mean_seat_iou)});
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
  out.json = api::IouJson(r);
  out.Warn(r.warnings);
  return out;
}

}  // namespace janadhar::cli
