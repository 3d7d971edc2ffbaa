#include "api/seat_share_json.h"

#include <optional>
#include <utility>
#include <vector>

#include "api/analysis_json.h"
#include "report/sheet.h"

namespace janadhar::api {

namespace {

std::string Label(const service::SeatShareReport& r, int partner) {
  return partner < 0 ? "" : r.problem.partners[partner];
}

nlohmann::json LabelOrNull(const service::SeatShareReport& r, int partner) {
  return partner < 0 ? nlohmann::json() : nlohmann::json(Label(r, partner));
}

nlohmann::json PartnerSeats(const service::SeatShareReport& r,
                            const alliance::Allocation& a) {
  nlohmann::json j = nlohmann::json::object();
  for (std::size_t k = 0; k < a.seats_of_partner.size(); ++k)
    j[r.problem.partners[k]] = a.seats_of_partner[k];
  return j;
}

nlohmann::json AllocationJson(const service::SeatShareReport& r,
                              const alliance::Allocation& a,
                              const std::vector<std::string>& notes) {
  nlohmann::json seats = nlohmann::json::array();
  for (int k : a.partner_of_seat) seats.push_back(LabelOrNull(r, k));
  return {{"expected_seats", a.expected_seats},
          {"seats_of_partner", PartnerSeats(r, a)},
          {"partner_of_seat", std::move(seats)},
          {"notes", notes}};
}

nlohmann::json Optional(const std::optional<double>& x) {
  return x ? nlohmann::json(*x) : nlohmann::json();
}

const char* ReasonCode(alliance::SeatReasonCode code) {
  switch (code) {
    case alliance::SeatReasonCode::kLeft: return "left";
    case alliance::SeatReasonCode::kLocked: return "locked";
    case alliance::SeatReasonCode::kBest: return "best";
    case alliance::SeatReasonCode::kLimit: break;
  }
  return "limit";
}

}  // namespace

std::string FriendlyName(const service::SeatShareReport& r) {
  return r.friendly >= 0 ? r.input.parties[r.friendly].label : "a friendly party";
}

std::string SeatReasonText(const service::SeatShareReport& r,
                           const alliance::SeatReason& w) {
  switch (w.code) {
    case alliance::SeatReasonCode::kLeft: return "left to " + FriendlyName(r);
    case alliance::SeatReasonCode::kLocked: return "locked";
    case alliance::SeatReasonCode::kBest: return "best chance";
    case alliance::SeatReasonCode::kLimit: break;
  }
  return "limits (" + Label(r, w.best) + " " + report::Percent(w.best_p_win, 1) +
         " here, placed where it gains more)";
}

nlohmann::json SeatShareJson(const service::SeatShareReport& r) {
  const alliance::SeatShareProblem& p = r.problem;
  const std::size_t n = p.partners.size();
  const forecast::Scenario& s = r.scenario;
  nlohmann::json jpartners = nlohmann::json::array();
  for (std::size_t k = 0; k < n; ++k) {
    const alliance::Limits& l = p.limits[k];
    alliance::ConcessionPrice c;
    if (k < r.optimum.concession_prices.size()) c = r.optimum.concession_prices[k];
    jpartners.push_back({{"party", p.partners[k]},
                         {"name", r.input.parties[r.partners[k]].name},
                         {"seats", r.optimum.allocation.seats_of_partner[k]},
                         {"min", l.min},
                         {"max", l.max < 0 ? nlohmann::json() : nlohmann::json(l.max)},
                         {"one_more_costs", Optional(c.one_more)},
                         {"one_fewer_costs", Optional(c.one_fewer)}});
  }
  nlohmann::json jseats = nlohmann::json::array();
  for (std::size_t i = 0; i < p.seats.size(); ++i) {
    const auto& seat = r.input.seats[r.seats[i]];
    const alliance::SeatReason& w = r.optimum.reasons[i];
    nlohmann::json pw = nlohmann::json::object(), share = nlohmann::json::object();
    for (std::size_t k = 0; k < n; ++k) {
      pw[p.partners[k]] = p.p_win[i][k];
      share[p.partners[k]] = r.base.base_share[i][k];
    }
    jseats.push_back(
        {{"state", seat.state},
         {"seat", seat.number},
         {"name", seat.name},
         {"left", static_cast<bool>(p.left[i])},
         {"locked", LabelOrNull(r, p.locked[i])},
         {"optimal", LabelOrNull(r, r.optimum.allocation.partner_of_seat[i])},
         {"reason", ReasonCode(w.code)},
         {"reason_text", SeatReasonText(r, w)},
         {"loss", w.loss},
         {"p_win", std::move(pw)},
         {"base_share", std::move(share)},
         {"sitting", r.base.sitting[i] < 0 ? nlohmann::json()
                                           : nlohmann::json(Label(r, r.base.sitting[i]))},
         {"polled_best", LabelOrNull(r, r.polled_best.allocation.partner_of_seat[i])},
         {"sitting_keeps",
          LabelOrNull(r, r.sitting_keeps.allocation.partner_of_seat[i])}});
  }
  nlohmann::json jt = nlohmann::json::array();
  for (std::size_t q = 0; q < n; ++q) {
    for (std::size_t k = 0; k < n; ++k) {
      if (q != k)
        jt.push_back(
            {{"from", p.partners[q]}, {"to", p.partners[k]}, {"rate", r.transfer[q][k]}});
    }
  }
  std::vector<Warning> warnings;
  for (const auto& x : r.problems) warnings.push_back({x.message, x.file, x.line});
  return {
      {"election", r.input.election},
      {"state", r.state},
      {"friendly", r.friendly >= 0 ? nlohmann::json(FriendlyName(r)) : nlohmann::json()},
      {"simulations", r.wins.simulations},
      {"seed", r.wins.seed},
      {"threads", r.wins.threads},
      {"sigma_national_pp", s.sigma_national * 100},
      {"sigma_state_pp", s.sigma_state * 100},
      {"sigma_seat_pp", s.sigma_seat * 100},
      {"alliance_swing_pp", r.alliance_swing * 100},
      {"transfer", std::move(jt)},
      {"solver_status", r.optimum.solver_status},
      {"partners", std::move(jpartners)},
      {"allocations",
       {{"optimal", AllocationJson(r, r.optimum.allocation, {})},
        {"polled_best", AllocationJson(r, r.polled_best.allocation, r.polled_best.notes)},
        {"sitting_keeps",
         AllocationJson(r, r.sitting_keeps.allocation, r.sitting_keeps.notes)}}},
      {"seats", std::move(jseats)},
      {"seconds", r.seconds},
      {"warnings", WarningsJson(warnings)}};
}

}  // namespace janadhar::api
