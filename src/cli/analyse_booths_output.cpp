// Builder of `analyse booths` output; its JSON is api/analysis_json.h's.
#include "cli/analyse_output.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

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
  std::vector<std::string> led;
  const bool list = view.all_booths || r.scope.rfind("AC ", 0) == 0;
  const bool booth_rows =
      view.xlsx || (view.csv && !view.segments_csv) || (!view.csv && !view.json && list);
  for (const analysis::SegmentGrades& sg : g.segments) {
    const analysis::Segment& seg = r.booths.segments[sg.segment];
    const results::SegmentBooths& sb = *seg.booths;
    const std::optional<double> margin = api::SegmentMarginPp(sg);
    const auto share = analysis::Share(sg.party_votes, sg.valid);
    segments.AddRow(
        {Cell::Int(sb.ac), Cell::Text(seg.ac_name), Cell::Int(seg.pc),
         Cell::Int(sg.counts[0]), Cell::Int(sg.counts[1]), Cell::Int(sg.counts[2]),
         Cell::Int(sg.counts[3]), Cell::Int(sg.no_votes), Cell::Int(sg.excluded),
         share ? Cell::Number(*share) : Cell(),
         Cell::Text(api::SegmentRivalLabel(d, seg, sg)),
         margin ? Cell::Number(*margin) : Cell(), Cell::Text(sg.led() ? "yes" : "no")});
    if (sg.led()) led.push_back(std::to_string(sb.ac) + " " + seg.ac_name);
    for (std::size_t b = 0; b < sb.booths.size(); ++b) {
      const results::Booth& booth = sb.booths[b];
      const analysis::BoothGrade& bg = sg.booths[b];
      if (bg.excluded != analysis::Exclusion::kNone) {
        const std::string why(api::ExclusionText(bg.excluded));
        if (booth_rows) {
          booths.AddRow({Cell::Int(sb.ac), Cell::Text(seg.ac_name),
                         Cell::Text(booth.part), Cell::Text(booth.name), Cell(), Cell(),
                         Cell(), Cell(), Cell(), Cell(), Cell::Text(why)});
        }
        continue;
      }
      if (!booth_rows) continue;
      const char grade[2] = {analysis::GradeLetter(bg.grade), 0};
      booths.AddRow({Cell::Int(sb.ac), Cell::Text(seg.ac_name), Cell::Text(booth.part),
                     Cell::Text(booth.name), Cell::Int(bg.party_votes),
                     Cell::Int(bg.valid), Cell::Number(bg.share),
                     Cell::Text(api::BoothColumnLabel(d, seg, bg.rival_column)),
                     Cell::Number(bg.margin_pp), Cell::Text(grade), Cell::Text("")});
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
  api::BoothsDocument doc = api::BoothsJson(r, view.json);
  out.json = std::move(doc.json);
  out.json_text = std::move(doc.booths);
  out.warnings = std::move(doc.warnings);
  return out;
}

}  // namespace janadhar::cli
