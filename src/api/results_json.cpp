#include "api/results_json.h"

#include "analysis/seats.h"

namespace janadhar::api {

namespace {

const std::string& Label(const analysis::ElectionData& d, int party) {
  static const std::string kNone;
  return party >= 0 ? d.parties[party].label : kNone;
}

nlohmann::json CandidateJson(const analysis::ElectionData& d, const analysis::Seat& s,
                             int c, int64_t denominator) {
  if (c < 0) return nullptr;
  const analysis::Candidate& x = s.candidates[c];
  return {{"candidate", x.name},
          {"party", Label(d, x.party)},
          {"votes", CountOrNull(x.votes)},
          {"share", OrNull(analysis::Share(x.votes, denominator))}};
}

nlohmann::json StateOrNull(const std::string& state) {
  return state.empty() ? nlohmann::json(nullptr) : nlohmann::json(state);
}

}  // namespace

nlohmann::json OrNull(const std::optional<double>& x) {
  return x ? nlohmann::json(*x) : nlohmann::json(nullptr);
}

nlohmann::json CountOrNull(int64_t n) {
  return n >= 0 ? nlohmann::json(n) : nlohmann::json(nullptr);
}

nlohmann::json WarningsJson(const std::vector<std::string>& warnings) {
  nlohmann::json list = nlohmann::json::array();
  for (const std::string& w : warnings) list.push_back({{"message", w}});
  return list;
}

nlohmann::json ElectionsJson(const std::vector<store::ElectionSummary>& summary) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& s : summary) {
    rows.push_back({{"name", s.election.name},
                    {"kind", std::string(results::ElectionKindName(s.election.kind))},
                    {"year", s.election.year},
                    {"delimitation", s.election.delimitation},
                    {"seats", s.seats},
                    {"candidates", s.candidates},
                    {"segments", s.segments},
                    {"booths", s.booths},
                    {"booths_marked", s.booths_marked},
                    {"problems", s.problems}});
  }
  return {{"elections", std::move(rows)}};
}

nlohmann::json SeatsJson(const service::SeatsReport& r) {
  const analysis::ElectionData& d = *r.data;
  nlohmann::json seats = nlohmann::json::array();
  for (const analysis::SeatSummary& s : r.seats) {
    const analysis::Seat& st = *s.seat;
    const int64_t den = s.votes.Denominator(r.basis);
    nlohmann::json j = {{"state", st.state},
                        {"state_name", st.state_name},
                        {"seat", st.number},
                        {"name", st.name},
                        {"uncontested", st.uncontested},
                        {"winner", CandidateJson(d, st, s.winner, den)},
                        {"runner_up", CandidateJson(d, st, s.runner_up, den)},
                        {"margin_votes", s.runner_up >= 0 ? nlohmann::json(s.margin_votes)
                                                          : nlohmann::json(nullptr)},
                        {"margin_pp", OrNull(s.margin_pp)},
                        {"valid_votes", s.votes.valid},
                        {"nota_votes", s.votes.nota},
                        {"electors", CountOrNull(st.electors)},
                        {"voters", CountOrNull(st.voters)},
                        {"turnout", OrNull(s.turnout)}};
    if (r.party >= 0) {
      j["party_result"] = {{"rank", s.party_rank},
                           {"candidate", st.candidates[s.party_candidate].name},
                           {"votes", CountOrNull(st.candidates[s.party_candidate].votes)},
                           {"share", OrNull(s.party_share)},
                           {"margin_votes", s.party_margin_votes},
                           {"margin_pp", OrNull(s.party_margin_pp)}};
    }
    seats.push_back(std::move(j));
  }
  return {{"election", d.election.name},
          {"state", StateOrNull(r.state)},
          {"party",
           r.party >= 0 ? nlohmann::json(Label(d, r.party)) : nlohmann::json(nullptr)},
          {"share_basis", analysis::ShareBasisName(r.basis)},
          {"seats", std::move(seats)},
          {"warnings", WarningsJson(r.warnings)}};
}

nlohmann::json PartiesJson(const service::PartiesReport& r) {
  const analysis::ElectionData& d = *r.data;
  const analysis::PartySummaries& s = r.summary;
  const bool with_nota = r.basis == analysis::ShareBasis::kIncludingNota;
  nlohmann::json parties = nlohmann::json::array();
  for (const analysis::PartySummary& p : s.parties) {
    const analysis::PartyInfo& info = d.parties[p.party];
    parties.push_back({{"party", info.label},
                       {"name", info.name},
                       {"seats_won", p.seats_won},
                       {"seats_contested", p.seats_contested},
                       {"seats_second", p.seats_second},
                       {"votes", p.votes},
                       {"vote_share", with_nota ? p.share_with_nota : p.share},
                       {"vote_share_excluding_nota", p.share},
                       {"vote_share_including_nota", p.share_with_nota},
                       {"strike_rate", p.strike_rate()}});
  }
  return {{"election", d.election.name},
          {"state", StateOrNull(r.state)},
          {"share_basis", analysis::ShareBasisName(r.basis)},
          {"seats", s.seats},
          {"seats_without_result", s.seats_without_result},
          {"valid_votes", s.valid_votes},
          {"nota_votes", s.nota_votes},
          {"parties", std::move(parties)},
          {"warnings", WarningsJson(r.warnings)}};
}

}  // namespace janadhar::api
