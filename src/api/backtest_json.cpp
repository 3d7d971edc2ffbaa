#include "api/backtest_json.h"

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "api/analysis_json.h"

namespace janadhar::api {

namespace {

nlohmann::json TotalJson(const forecast::SeatTotal& t, const char* key) {
  return {{key, t.label},
          {"name", t.name},
          {"projected", {{"mean", t.mean}, {"p05", t.p05}, {"p95", t.p95}}},
          {"actual", t.actual}};
}

nlohmann::json SeatJson(const analysis::Seat& s) {
  return {{"state", s.state}, {"seat", s.number}, {"name", s.name}};
}

// seats_matched, seat_matches (those matched with another spelling or
// number) and unmatched.
void AddMatching(const service::BacktestReport& r, nlohmann::json& out) {
  const auto& m = r.setup.matching;
  nlohmann::json jm = nlohmann::json::array();
  for (const auto& x : m.matched) {
    if (x.kind == forecast::SeatMatchKind::kSame) continue;
    const analysis::Seat& a = r.base->seats[x.base];
    const analysis::Seat& b = r.target->seats[x.target];
    jm.push_back({{"state", a.state},
                  {"base_seat", a.number},
                  {"base_name", a.name},
                  {"target_seat", b.number},
                  {"target_name", b.name},
                  {"matched_as", forecast::SeatMatchKindName(x.kind)}});
  }
  nlohmann::json jb = nlohmann::json::array(), jt = nlohmann::json::array();
  for (int i : m.base_only) jb.push_back(SeatJson(r.base->seats[i]));
  for (int i : m.target_only) jt.push_back(SeatJson(r.target->seats[i]));
  out["seats_matched"] = m.matched.size();
  out["seat_matches"] = std::move(jm);
  out["unmatched"] = {{"base", std::move(jb)}, {"target", std::move(jt)}};
}

}  // namespace

nlohmann::json BacktestJson(const service::BacktestReport& r) {
  const forecast::BacktestScore& sc = r.score;
  const forecast::Scenario& s = r.scenario;
  const bool proportional = s.swing_mode == forecast::SwingMode::kProportional;
  nlohmann::json out = {
      {"base", r.base->election.name},
      {"target", r.target->election.name},
      {"swing_mode", proportional ? "proportional" : "uniform"},
      {"sigma_national_pp", s.sigma_national * 100},
      {"sigma_state_pp", s.sigma_state * 100},
      {"sigma_seat_pp", s.sigma_seat * 100},
      {"simulations", r.result.simulations},
      {"seed", r.result.seed},
      {"share_basis",
       std::string(analysis::ShareBasisName(r.setup.input.options.share_basis))}};
  AddMatching(r, out);
  out["seats_scored"] = sc.seats;
  out["seats_unscored"] = sc.unscored;
  out["called_right"] = sc.called_right;
  out["share_called_right"] = sc.ShareCalledRight();
  out["brier"] = sc.brier;
  out["naive_called_right"] = sc.naive_called_right;
  out["naive_share_called_right"] = sc.NaiveShareCalledRight();
  out["naive_brier"] = sc.naive_brier;
  nlohmann::json jp = nlohmann::json::array(), ja = nlohmann::json::array();
  for (const auto& t : sc.parties) jp.push_back(TotalJson(t, "party"));
  for (const auto& t : sc.alliances) ja.push_back(TotalJson(t, "alliance"));
  out["parties"] = std::move(jp);
  out["alliances"] = std::move(ja);
  nlohmann::json jmiss = nlohmann::json::array(), jseats = nlohmann::json::array();
  for (const auto& x : sc.seat_scores) {
    const analysis::Seat& t = r.target->seats[r.setup.matching.matched[x.seat].target];
    const forecast::ActualSeat& a = r.setup.actual[x.seat];
    nlohmann::json j = SeatJson(t);
    j["projected"] =
        x.favourite.label.empty() ? nlohmann::json() : nlohmann::json(x.favourite.label);
    j["probability"] = x.probability;
    j["actual_winner"] = x.actual.label;
    j["actual_party"] = a.label;
    j["actual_candidate"] = a.candidate;
    j["actual_margin_pp"] =
        std::isnan(a.margin_pp) ? nlohmann::json() : nlohmann::json(a.margin_pp);
    j["called_right"] = x.called_right;
    j["brier"] = x.brier;
    if (!x.called_right) jmiss.push_back(j);
    jseats.push_back(std::move(j));
  }
  out["misses"] = std::move(jmiss);
  out["seats"] = std::move(jseats);
  std::vector<Warning> warnings;
  for (const auto& p : r.problems) warnings.push_back({p.message, p.file, p.line});
  for (const auto& w : r.warnings) warnings.push_back({w, "", 0});
  out["warnings"] = WarningsJson(warnings);
  return out;
}

}  // namespace janadhar::api
