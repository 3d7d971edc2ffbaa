// Scoring a backtest's projection against the actual winners (backtest.h,
// point 4).
#include <algorithm>
#include <map>

#include "forecast/backtest.h"

namespace janadhar::forecast {

bool Contender::operator==(const Contender& o) const {
  if (alliance >= 0 || o.alliance >= 0) return alliance == o.alliance;
  return party != analysis::kNoParty && party == o.party;
}

double BacktestScore::ShareCalledRight() const {
  return seats > 0 ? static_cast<double>(called_right) / seats : 0.0;
}

double BacktestScore::NaiveShareCalledRight() const {
  return seats > 0 ? static_cast<double>(naive_called_right) / seats : 0.0;
}

namespace {

class Contenders {
 public:
  Contenders(const ForecastInput& input, const std::vector<Alliance>& alliances)
      : input_(input), alliances_(alliances) {
    for (std::size_t a = 0; a < alliances.size(); ++a) {
      for (int p : alliances[a].parties) alliance_of_[p] = static_cast<int>(a);
    }
  }

  // The contender of a base party (kNoParty: none).
  Contender Of(int party) const {
    Contender c;
    if (party == analysis::kNoParty) return c;
    c.party = party;
    if (auto it = alliance_of_.find(party); it != alliance_of_.end()) {
      c.alliance = it->second;
      c.label = alliances_[it->second].name;
    } else {
      c.label = input_.parties[party].label;
    }
    return c;
  }

  Contender Actual(const ActualSeat& a) const {
    if (a.party != analysis::kNoParty) return Of(a.party);
    Contender c;
    c.label = a.label;
    return c;
  }

 private:
  const ForecastInput& input_;
  const std::vector<Alliance>& alliances_;
  std::map<int, int> alliance_of_;
};

SeatScore ScoreSeat(const Contenders& contenders, const ForecastInput& input,
                    const SeatForecast& f, const ActualSeat& actual) {
  SeatScore s;
  s.seat = f.seat;
  s.actual = contenders.Actual(actual);
  // Win probabilities by contender, in the engine's order.
  std::vector<std::pair<Contender, double>> p;
  for (const SeatChance& c : f.chances) {
    const Contender who = contenders.Of(c.party);
    auto it =
        std::find_if(p.begin(), p.end(), [&](const auto& x) { return x.first == who; });
    if (it == p.end()) {
      p.emplace_back(who, c.probability);
    } else {
      it->second += c.probability;
    }
  }
  s.probability = f.p_no_winner;  // "no winner" unless a contender beats it
  bool found = false;
  for (const auto& [who, prob] : p) {
    if (prob > s.probability) {
      s.favourite = who;
      s.probability = prob;
    }
    const bool won = who == s.actual;
    found = found || won;
    s.brier += (prob - (won ? 1.0 : 0.0)) * (prob - (won ? 1.0 : 0.0));
  }
  s.brier += f.p_no_winner * f.p_no_winner;
  if (!found) s.brier += 1.0;
  s.called_right = s.favourite == s.actual;
  const auto& candidates = input.seats[f.seat].candidates;
  if (!candidates.empty()) s.naive = contenders.Of(candidates.front().party);
  s.naive_right = s.naive == s.actual;
  return s;
}

bool ByActualThenMean(const SeatTotal& x, const SeatTotal& y) {
  if (x.actual != y.actual) return x.actual > y.actual;
  return x.mean > y.mean;
}

}  // namespace

BacktestScore ScoreBacktest(const ForecastInput& input,
                            const std::vector<Alliance>& alliances,
                            const ForecastResult& result,
                            const std::vector<ActualSeat>& actual) {
  const Contenders contenders(input, alliances);
  BacktestScore score;
  std::map<int, int> party_actual;        // base party → seats won
  std::map<std::string, int> new_actual;  // label of a party new in the target
  std::vector<int> alliance_actual(alliances.size(), 0);
  for (const SeatForecast& f : result.seats_forecast) {
    const ActualSeat& a = actual[f.seat];
    if (!a.has_winner) {
      ++score.unscored;
      continue;
    }
    SeatScore s = ScoreSeat(contenders, input, f, a);
    ++score.seats;
    score.called_right += s.called_right ? 1 : 0;
    score.naive_called_right += s.naive_right ? 1 : 0;
    score.brier += s.brier;
    score.naive_brier += s.naive_right ? 0.0 : 2.0;
    if (a.party != analysis::kNoParty) {
      ++party_actual[a.party];
    } else {
      ++new_actual[a.label];
    }
    if (s.actual.alliance >= 0) ++alliance_actual[s.actual.alliance];
    score.seat_scores.push_back(std::move(s));
  }
  if (score.seats > 0) {
    score.brier /= score.seats;
    score.naive_brier /= score.seats;
  }
  // Seat totals: every party projected to win somewhere or that won.
  for (std::size_t p = 0; p < input.parties.size(); ++p) {
    const int party = static_cast<int>(p);
    const PartyForecast* f = result.FindParty(party);
    const int won = party_actual.count(party) ? party_actual.at(party) : 0;
    if (won == 0 && (f == nullptr || f->seats.mean <= 0)) continue;
    SeatTotal t;
    t.party = party;
    t.alliance = contenders.Of(party).alliance;
    t.label = input.parties[p].label;
    t.name = input.parties[p].name;
    if (f != nullptr) {
      t.mean = f->seats.mean;
      t.p05 = f->seats.p05;
      t.p95 = f->seats.p95;
    }
    t.actual = won;
    score.parties.push_back(std::move(t));
  }
  for (const auto& [label, won] : new_actual) {
    SeatTotal t;
    t.label = t.name = label;
    t.actual = won;
    score.parties.push_back(std::move(t));
  }
  std::stable_sort(score.parties.begin(), score.parties.end(), ByActualThenMean);
  for (std::size_t a = 0; a < alliances.size() && a < result.alliances.size(); ++a) {
    SeatTotal t;
    t.alliance = static_cast<int>(a);
    t.label = t.name = alliances[a].name;
    t.mean = result.alliances[a].seats.mean;
    t.p05 = result.alliances[a].seats.p05;
    t.p95 = result.alliances[a].seats.p95;
    t.actual = alliance_actual[a];
    score.alliances.push_back(std::move(t));
  }
  return score;
}

}  // namespace janadhar::forecast
