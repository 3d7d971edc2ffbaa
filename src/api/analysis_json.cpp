#include "api/analysis_json.h"

#include <utility>

#include "api/results_json.h"

namespace janadhar::api {

std::string SegmentRivalLabel(const analysis::ElectionData& d,
                              const analysis::Segment& seg,
                              const analysis::SegmentGrades& sg) {
  if (sg.rival_candidate < 0) return "";
  return d.parties[seg.seat->candidates[sg.rival_candidate].party].label;
}

std::optional<double> SegmentMarginPp(const analysis::SegmentGrades& sg) {
  if (sg.valid <= 0) return std::nullopt;
  return static_cast<double>(sg.party_votes - sg.rival_votes) * 100.0 /
         static_cast<double>(sg.valid);
}

namespace {

using F = JsonField;

std::string_view ExclusionKey(analysis::Exclusion e) {
  switch (e) {
    case analysis::Exclusion::kMissingCells: return "blank_cells";
    case analysis::Exclusion::kInvalidCells: return "invalid_cells";
    case analysis::Exclusion::kNoVotes: return "no_votes";
    case analysis::Exclusion::kNone: break;
  }
  return "";
}

nlohmann::json SegmentJson(const analysis::ElectionData& d, const analysis::Segment& seg,
                           const analysis::SegmentGrades& sg) {
  return {{"ac", seg.booths->ac},
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
          {"share", OrNull(analysis::Share(sg.party_votes, sg.valid))},
          {"strongest_rival", SegmentRivalLabel(d, seg, sg)},
          {"margin_pp", OrNull(SegmentMarginPp(sg))},
          {"led", sg.led()}};
}

}  // namespace

nlohmann::json WarningsJson(const std::vector<Warning>& warnings) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& w : warnings) {
    nlohmann::json j = {{"message", w.message}};
    if (!w.file.empty()) {
      j["file"] = w.file;
      j["line"] = w.line;
      j["severity"] = "warning";
    }
    list.push_back(std::move(j));
  }
  return list;
}

nlohmann::json ProblemsJson(const std::vector<importers::ImportProblem>& problems) {
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& p : problems) {
    errors.push_back({{"file", p.file},
                      {"line", p.line},
                      {"column", p.column},
                      {"message", p.message},
                      {"severity", std::string(importers::SeverityName(p.severity))}});
  }
  return errors;
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

std::string BoothColumnLabel(const analysis::ElectionData& d,
                             const analysis::Segment& segment, int column) {
  if (column < 0) return "";
  const int c = segment.column_candidate[column];
  if (c >= 0) return d.parties[segment.seat->candidates[c].party].label;
  const auto& col = segment.booths->columns[column];
  return col.candidate.empty() ? col.label : col.candidate;
}

BoothsDocument BoothsJson(const service::BoothsReport& r, bool with_booths) {
  const analysis::ElectionData& d = *r.data;
  const analysis::GradeSummary& g = r.grades;
  BoothsDocument doc;
  for (const auto& w : r.warnings) doc.warnings.push_back({w, "", 0});
  std::string jbooths;
  nlohmann::json jsegments = nlohmann::json::array();
  nlohmann::json excluded = nlohmann::json::array();
  int led = 0;
  for (const analysis::SegmentGrades& sg : g.segments) {
    const analysis::Segment& seg = r.booths.segments[sg.segment];
    const results::SegmentBooths& sb = *seg.booths;
    jsegments.push_back(SegmentJson(d, seg, sg));
    led += sg.led() ? 1 : 0;
    for (std::size_t b = 0; b < sb.booths.size(); ++b) {
      const results::Booth& booth = sb.booths[b];
      const analysis::BoothGrade& bg = sg.booths[b];
      if (bg.excluded != analysis::Exclusion::kNone) {
        if (bg.excluded != analysis::Exclusion::kNoVotes) {
          doc.warnings.push_back({"AC " + std::to_string(sb.ac) + " polling station " +
                                      booth.part + " (" + booth.name +
                                      "): " + std::string(ExclusionText(bg.excluded)) +
                                      "; not graded",
                                  sb.file, booth.line});
          excluded.push_back({{"ac", sb.ac},
                              {"part", booth.part},
                              {"name", booth.name},
                              {"file", sb.file},
                              {"line", booth.line},
                              {"reason", ExclusionKey(bg.excluded)}});
        }
        if (with_booths) {
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
      if (!with_booths) continue;
      const std::string rival_label = BoothColumnLabel(d, seg, bg.rival_column);
      const char grade[2] = {analysis::GradeLetter(bg.grade), 0};
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
    // Many booths without votes in one segment: its file is likely incomplete.
    if (sg.no_votes >= 20 ||
        (sg.no_votes > 0 && sg.no_votes * 10 >= static_cast<int>(sb.booths.size()))) {
      doc.warnings.push_back(
          {std::to_string(sg.no_votes) + " of " + std::to_string(sb.booths.size()) +
               " polling stations of AC " + std::to_string(sb.ac) + " " + seg.ac_name +
               " recorded no votes (every count 0): the file may be "
               "incomplete; they have no grade",
           sb.file, 0});
    }
  }
  doc.json = {
      {"election", d.election.name},
      {"party", d.parties[r.party].label},
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
      {"excluded", std::move(excluded)},
      {"warnings", WarningsJson(doc.warnings)}};
  if (r.pc > 0) doc.json["segments_led"] = led;
  if (with_booths) {
    CloseJsonArray(jbooths);
    doc.booths.emplace_back("booths", std::move(jbooths));
  }
  return doc;
}

nlohmann::json TargetsJson(const service::TargetsReport& r) {
  const analysis::ElectionData& d = *r.data;
  nlohmann::json targets = nlohmann::json::array();
  for (const analysis::TargetSeat& t : r.targets) {
    const analysis::Seat& s = *t.seat;
    nlohmann::json jdeficits = nlohmann::json::array();
    for (const analysis::TargetBooth& b : t.largest_deficits) {
      const analysis::Segment& seg = r.segments[b.segment];
      const results::Booth& booth = seg.booths->booths[b.booth];
      jdeficits.push_back({{"ac", seg.booths->ac},
                           {"ac_name", seg.ac_name},
                           {"part", booth.part},
                           {"name", booth.name},
                           {"deficit_votes", b.deficit_votes},
                           {"margin_pp", b.margin_pp}});
    }
    nlohmann::json j = {{"state", s.state},
                        {"state_name", s.state_name},
                        {"seat", s.number},
                        {"name", s.name},
                        {"party_rank", t.party_rank},
                        {"candidate", s.candidates[t.party_candidate].name},
                        {"winner",
                         {{"candidate", s.candidates[t.winner].name},
                          {"party", d.parties[s.candidates[t.winner].party].label}}},
                        {"deficit_votes", t.deficit_votes},
                        {"margin_pp", t.margin_pp},
                        {"swing_needed_pp", t.swing_needed_pp}};
    if (t.segments_with_booths > 0) {
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
  return {{"election", d.election.name},
          {"party", d.parties[r.party].label},
          {"state", r.state.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.state)},
          {"share_basis", analysis::ShareBasisName(r.options.basis)},
          {"within_pp", r.options.within_pp},
          {"targets", std::move(targets)},
          {"warnings", WarningsJson(r.warnings)}};
}

nlohmann::json SwingJson(const service::SwingReport& r) {
  nlohmann::json rows = nlohmann::json::array();
  for (const analysis::SwingRow& row : r.swing.rows) {
    rows.push_back(
        {{"level", analysis::SwingLevelName(row.level)},
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
  }
  return {{"from", r.from->election.name},
          {"to", r.to->election.name},
          {"state", r.state.empty() ? nlohmann::json() : nlohmann::json(r.state)},
          {"parties", r.swing.parties},
          {"seats_matched", r.swing.seats_matched},
          {"swing", std::move(rows)},
          {"warnings", WarningsJson(r.warnings)}};
}

std::string IouRulingLabel(const service::IouReport& r) {
  std::string ruling;
  for (const int p : r.ruling) {
    ruling += (ruling.empty() ? "" : "+") + r.data->parties[p].label;
  }
  return ruling;
}

std::string IouLargestLabel(const service::IouReport& r, const analysis::IouSeat& s) {
  if (s.largest_candidate < 0) return "";
  const analysis::Candidate& c = s.seat->candidates[s.largest_candidate];
  const analysis::PartyInfo& p = r.data->parties[c.party];
  return p.is_independent ? c.name + " (IND)" : p.label;
}

nlohmann::json IouJson(const service::IouReport& r) {
  const analysis::ElectionData& d = *r.data;
  nlohmann::json seats = nlohmann::json::array(), states = nlohmann::json::array();
  for (const analysis::IouSeat& s : r.iou.seats) {
    const analysis::Seat& st = *s.seat;
    seats.push_back({{"state", st.state},
                     {"seat", st.number},
                     {"name", st.name},
                     {"ruling_share", OrNull(s.ruling_share)},
                     {"ruling_won", s.ruling_won},
                     {"largest_opposition", IouLargestLabel(r, s)},
                     {"largest_opposition_votes", s.largest_votes},
                     {"opposition_votes", s.opposition_votes},
                     {"iou", OrNull(s.iou)}});
  }
  for (const analysis::IouState& s : r.iou.states) {
    states.push_back(
        {{"state", s.state},
         {"state_name", s.state_name},
         {"seats", s.seats},
         {"ruling_won", s.ruling_won},
         {"largest_opposition", s.largest >= 0 ? d.parties[s.largest].label : ""},
         {"iou", OrNull(s.iou)},
         {"mean_seat_iou", OrNull(s.mean_seat_iou)}});
  }
  return {{"election", d.election.name},
          {"ruling", IouRulingLabel(r)},
          {"state", r.state.empty() ? nlohmann::json() : nlohmann::json(r.state)},
          {"seats", std::move(seats)},
          {"states", std::move(states)},
          {"warnings", WarningsJson(r.warnings)}};
}

}  // namespace janadhar::api
