// Builders of `analyse booths` and `analyse targets` output.
#include "cli/analyse_output.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;
using F = JsonField;

// Who a booth column is: the linked candidate's party, else the header's name.
std::string ColumnLabel(const analysis::ElectionData& d, const analysis::Segment& seg,
                        int column) {
  if (column < 0) return "";
  const int c = seg.column_candidate[column];
  if (c >= 0) return d.parties[seg.seat->candidates[c].party].label;
  const auto& col = seg.booths->columns[column];
  return col.candidate.empty() ? col.label : col.candidate;
}

std::string_view ExclusionText(analysis::Exclusion e) {
  switch (e) {
    case analysis::Exclusion::kMissingCells: return "blank cells";
    case analysis::Exclusion::kInvalidCells: return "invalid cells";
    case analysis::Exclusion::kNoVotes: return "no votes recorded";
    case analysis::Exclusion::kNone: break;
  }
  return "";
}

std::string_view ExclusionKey(analysis::Exclusion e) {
  switch (e) {
    case analysis::Exclusion::kMissingCells: return "blank_cells";
    case analysis::Exclusion::kInvalidCells: return "invalid_cells";
    case analysis::Exclusion::kNoVotes: return "no_votes";
    case analysis::Exclusion::kNone: break;
  }
  return "";
}

std::string GradeCounts(const std::array<int, 4>& c) {
  return "A " + report::GroupDigits(c[0]) + ", B " + report::GroupDigits(c[1]) + ", C " +
         report::GroupDigits(c[2]) + ", D " + report::GroupDigits(c[3]);
}

}  // namespace

Output BoothsOutput(const service::BoothsReport& r, const BoothsView& view) {
  const analysis::ElectionData& d = *r.data;
  const std::string& party = d.parties[r.party].label;
  const analysis::GradeSummary& g = r.grades;
  Output out;
  report::Sheet booths("Booths " + party + " " + d.election.name,
                       {{"AC", Kind::kInteger},
                        {"AC name"},
                        {"Part"},
                        {"Polling station"},
                        {party + " votes", Kind::kInteger},
                        {"Valid votes", Kind::kInteger},
                        {party + " share", Kind::kPercent},
                        {"Strongest rival"},
                        {"Margin pts", Kind::kPoints},
                        {"Grade"},
                        {"Not graded"}});
  report::Sheet segments("Segments " + party + " " + d.election.name,
                         {{"AC", Kind::kInteger},
                          {"AC name"},
                          {"PC", Kind::kInteger},
                          {"A", Kind::kInteger},
                          {"B", Kind::kInteger},
                          {"C", Kind::kInteger},
                          {"D", Kind::kInteger},
                          {"No votes", Kind::kInteger},
                          {"Blank cells", Kind::kInteger},
                          {party + " share", Kind::kPercent},
                          {"Strongest rival"},
                          {"Margin pts", Kind::kPoints},
                          {"Led by " + party}});
  std::string jbooths;  // JSON text: a state has 1,38,771 booths
  nlohmann::json jsegments = nlohmann::json::array();
  nlohmann::json excluded = nlohmann::json::array();
  std::vector<std::string> led;
  const bool list = view.all_booths || r.scope.rfind("AC ", 0) == 0;
  const bool booth_rows =
      view.xlsx || (view.csv && !view.segments_csv) || (!view.csv && !view.json && list);
  for (const analysis::SegmentGrades& sg : g.segments) {
    const analysis::Segment& seg = r.booths.segments[sg.segment];
    const results::SegmentBooths& sb = *seg.booths;
    std::string rival;
    if (sg.rival_candidate >= 0) {
      rival = d.parties[seg.seat->candidates[sg.rival_candidate].party].label;
    }
    const double margin = sg.valid > 0
                              ? static_cast<double>(sg.party_votes - sg.rival_votes) *
                                    100.0 / static_cast<double>(sg.valid)
                              : 0.0;
    const auto share = analysis::Share(sg.party_votes, sg.valid);
    segments.AddRow({Cell::Int(sb.ac), Cell::Text(seg.ac_name), Cell::Int(seg.pc),
                     Cell::Int(sg.counts[0]), Cell::Int(sg.counts[1]),
                     Cell::Int(sg.counts[2]), Cell::Int(sg.counts[3]),
                     Cell::Int(sg.no_votes), Cell::Int(sg.excluded),
                     share ? Cell::Number(*share) : Cell(), Cell::Text(rival),
                     sg.valid > 0 ? Cell::Number(margin) : Cell(),
                     Cell::Text(sg.led() ? "yes" : "no")});
    if (sg.led()) led.push_back(std::to_string(sb.ac) + " " + seg.ac_name);
    jsegments.push_back(
        {{"ac", sb.ac},
         {"ac_name", seg.ac_name},
         {"pc", seg.pc},
         {"grades",
          {{"A", sg.counts[0]},
           {"B", sg.counts[1]},
           {"C", sg.counts[2]},
           {"D", sg.counts[3]}}},
         {"contested", sg.contested},
         {"no_votes", sg.no_votes},
         {"blank_cells", sg.excluded},
         {"party_votes", sg.party_votes},
         {"valid_votes", sg.valid},
         {"share", OrNull(share)},
         {"strongest_rival", rival},
         {"margin_pp", sg.valid > 0 ? nlohmann::json(margin) : nlohmann::json()},
         {"led", sg.led()}});
    for (std::size_t b = 0; b < sb.booths.size(); ++b) {
      const results::Booth& booth = sb.booths[b];
      const analysis::BoothGrade& bg = sg.booths[b];
      if (bg.excluded != analysis::Exclusion::kNone) {
        const std::string why = std::string(ExclusionText(bg.excluded));
        if (bg.excluded != analysis::Exclusion::kNoVotes) {
          out.warnings.push_back({"AC " + std::to_string(sb.ac) + " polling station " +
                                      booth.part + " (" + booth.name + "): " + why +
                                      "; not graded",
                                  sb.file, booth.line});
          excluded.push_back({{"ac", sb.ac},
                              {"part", booth.part},
                              {"name", booth.name},
                              {"file", sb.file},
                              {"line", booth.line},
                              {"reason", ExclusionKey(bg.excluded)}});
        }
        if (booth_rows) {
          booths.AddRow({Cell::Int(sb.ac), Cell::Text(seg.ac_name),
                         Cell::Text(booth.part), Cell::Text(booth.name), Cell(), Cell(),
                         Cell(), Cell(), Cell(), Cell(), Cell::Text(why)});
        }
        if (view.json) {
          AppendJsonObject(
              jbooths,
              {F::Int("ac", sb.ac), F::String("part", booth.part),
               F::String("name", booth.name), F::Null("party_votes"),
               F::Null("rival_votes"), F::Null("valid_votes"), F::Null("share"),
               F::Null("strongest_rival"), F::Null("margin_pp"), F::Null("grade"),
               F::String("not_graded", ExclusionKey(bg.excluded))},
              jbooths.empty());
        }
        continue;
      }
      const std::string rival_label = ColumnLabel(d, seg, bg.rival_column);
      const char grade[2] = {analysis::GradeLetter(bg.grade), 0};
      if (booth_rows)
        booths.AddRow({Cell::Int(sb.ac), Cell::Text(seg.ac_name), Cell::Text(booth.part),
                       Cell::Text(booth.name), Cell::Int(bg.party_votes),
                       Cell::Int(bg.valid), Cell::Number(bg.share),
                       Cell::Text(rival_label), Cell::Number(bg.margin_pp),
                       Cell::Text(grade), Cell::Text("")});
      if (view.json) {
        AppendJsonObject(
            jbooths,
            {F::Int("ac", sb.ac), F::String("part", booth.part),
             F::String("name", booth.name), F::Int("party_votes", bg.party_votes),
             F::Int("rival_votes", bg.rival_votes), F::Int("valid_votes", bg.valid),
             F::Number("share", bg.share), F::String("strongest_rival", rival_label),
             F::Number("margin_pp", bg.margin_pp), F::String("grade", grade),
             F::Null("not_graded")},
            jbooths.empty());
      }
    }
    // Many booths without votes in one segment: its file is likely incomplete.
    if (sg.no_votes >= 20 ||
        (sg.no_votes > 0 && sg.no_votes * 10 >= static_cast<int>(sb.booths.size()))) {
      out.warnings.push_back(
          {std::to_string(sg.no_votes) + " of " + std::to_string(sb.booths.size()) +
               " polling stations of AC " + std::to_string(sb.ac) + " " + seg.ac_name +
               " recorded no votes (every count 0): the file may be "
               "incomplete; they have no grade",
           sb.file, 0});
    }
  }
  const std::string counts = GradeCounts(g.counts);
  std::string summary = party + " in " + r.scope + ", " + d.election.name + ": " +
                        report::GroupDigits(g.graded) + " polling stations graded (" +
                        counts + ")";
  if (g.no_votes > 0) {
    summary += "; " + report::GroupDigits(g.no_votes) + " recorded no votes (no grade)";
  }
  if (g.excluded > 0) {
    summary += "; " + report::GroupDigits(g.excluded) +
               " with blank or invalid cells not graded (listed below)";
  }
  out.lines.push_back(summary + ".");
  const std::string rule = "Grades by " + party +
                           "'s margin over the strongest rival, in points of the booth's "
                           "valid votes (NOTA excluded).";
  booths.AddNote(rule);
  segments.AddNote(rule);
  if (r.pc > 0) {
    const std::string text = party + " led in " + std::to_string(led.size()) + " of " +
                             std::to_string(g.segments.size()) + " assembly segments" +
                             (led.empty() ? "" : ": ") +
                             [&] {
                               std::string s;
                               for (const auto& x : led) s += (s.empty() ? "" : ", ") + x;
                               return s;
                             }() +
                             ".";
    segments.AddNote(text);
  }
  out.sheets.push_back(std::move(booths));
  out.sheets.push_back(std::move(segments));
  out.csv_sheet = view.segments_csv ? 1 : 0;
  out.text_sheets = list ? std::vector<std::size_t>{0, 1} : std::vector<std::size_t>{1};
  if (!list) {
    out.lines.emplace_back(
        "Per assembly segment below; --all-booths lists every polling "
        "station (also in --csv, --json, --xlsx).");
  }
  std::vector<Warning> first;
  for (const auto& w : r.warnings) first.push_back({w, "", 0});
  out.warnings.insert(out.warnings.begin(), first.begin(), first.end());
  out.json = {
      {"election", d.election.name},
      {"party", party},
      {"state", r.state},
      {"scope", r.scope},
      {"thresholds",
       {{"a", r.thresholds.a}, {"b", r.thresholds.b}, {"c", r.thresholds.c}}},
      {"polling_stations", g.graded + g.no_votes + g.excluded},
      {"graded", g.graded},
      {"no_votes", g.no_votes},
      {"blank_or_invalid", g.excluded},
      {"grades",
       {{"A", g.counts[0]}, {"B", g.counts[1]}, {"C", g.counts[2]}, {"D", g.counts[3]}}},
      {"segments", std::move(jsegments)},
      {"excluded", std::move(excluded)}};
  if (r.pc > 0) out.json["segments_led"] = led.size();
  if (view.json) {
    CloseJsonArray(jbooths);
    out.json_text.emplace_back("booths", std::move(jbooths));
  }
  return out;
}

}  // namespace janadhar::cli
