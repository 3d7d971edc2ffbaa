#include "forecast/partner_wins.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <set>
#include <tuple>
#include <utility>

#include "forecast/kernel.h"
#include "forecast/parallel.h"
#include "forecast/plan.h"

namespace janadhar::forecast {
namespace {

Status Bad(const std::string& what) {
  return Status::InvalidArgument(what);
}

std::string Number(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", x);
  return text;
}

double Rate(const PartnerWinsRequest& r, std::size_t from, std::size_t to) {
  return r.transfer.empty() ? 1.0 : r.transfer[from][to];
}

Status ValidateRequest(const ForecastInput& in, const Scenario& s,
                       const PartnerWinsRequest& r) {
  const int parties = static_cast<int>(in.parties.size());
  const int seats = static_cast<int>(in.seats.size());
  if (r.partners.empty()) return Bad("partners is empty: name at least one party");
  const std::vector<int> alliance_of_party = internal::AllianceOfParty(in, s);
  std::set<int> partners;
  for (int p : r.partners) {
    if (p < 0 || p >= parties) {
      return Bad("unknown partner party " + std::to_string(p) + " (parties are 0 to " +
                 std::to_string(parties - 1) + ")");
    }
    const std::string& label = in.parties[p].label;
    if (p == in.nota_party) return Bad("NOTA cannot be a partner");
    if (in.parties[p].is_independent) {
      return Bad("partner " + label + " is Independents, who stand alone");
    }
    if (!partners.insert(p).second) return Bad("partner " + label + " is given twice");
    if (alliance_of_party[p] >= 0) {
      return Bad("partner " + label + " is in the scenario's alliance '" +
                 s.alliances[alliance_of_party[p]].name +
                 "'; a partner must be in none of them");
    }
  }
  if (r.seats.empty()) return Bad("seats is empty: name at least one seat");
  std::set<int> seen;
  for (int seat : r.seats) {
    if (seat < 0 || seat >= seats) {
      return Bad("unknown seat " + std::to_string(seat) + " (seats are 0 to " +
                 std::to_string(seats - 1) + ")");
    }
    if (!seen.insert(seat).second) {
      return Bad("seat " + in.seats[seat].name + " is given twice");
    }
  }
  const std::size_t n = r.partners.size();
  if (!r.transfer.empty() && r.transfer.size() != n) {
    return Bad("transfer has " + std::to_string(r.transfer.size()) + " rows for " +
               std::to_string(n) + " partners (one per partner, or none for rates of 1)");
  }
  for (std::size_t q = 0; q < r.transfer.size(); ++q) {
    const std::string& from = in.parties[r.partners[q]].label;
    if (r.transfer[q].size() != n) {
      return Bad("transfer row " + std::to_string(q) + " (from " + from + ") has " +
                 std::to_string(r.transfer[q].size()) + " rates for " +
                 std::to_string(n) + " partners");
    }
    for (std::size_t k = 0; k < n; ++k) {
      const double t = r.transfer[q][k];
      if (k != q && !(std::isfinite(t) && t >= 0 && t <= 1)) {
        return Bad("transfer from " + from + " to " + in.parties[r.partners[k]].label +
                   " must be between 0 and 1, not " + Number(t));
      }
    }
  }
  auto swing_ok = [](double x) { return std::isfinite(x) && std::abs(x) <= 1; };
  if (!swing_ok(r.alliance_swing)) {
    return Bad(
        "alliance_swing must be between -1 and 1 (a fraction: 0.02 is two "
        "points), not " +
        Number(r.alliance_swing));
  }
  for (const auto& [state, swing] : r.alliance_state_swing) {
    if (in.FindState(state) < 0) {
      return Bad("alliance_state_swing in state '" + state + "', which has no seat in " +
                 in.election);
    }
    if (!swing_ok(swing)) {
      return Bad("alliance_state_swing in " + state +
                 " must be between -1 and 1 (a fraction: 0.02 is two points), not " +
                 Number(swing));
    }
  }
  return Status::Ok();
}

// A candidate: its share before errors and the normals of its errors.
struct Entry {
  double mean = 0;
  int national = 0, state = 0, region = -1;  // error units; region -1: none
  int seat = 0;                              // its seat normal
};

// What every simulation reads; built once, read-only while threads run.
struct Layout {
  std::vector<double> unit_sigma;  // [units]: national, then state, then region units
  int normals = 0;                 // units + seat normals, rounded up to 16
  double sigma_seat = 0;
  std::vector<std::vector<Entry>> opponents;  // [i]
  std::vector<std::vector<Entry>> alliance;   // [i][k]: the same seat normal for every k
};

// Fills the layout and the result's projected shares.
Layout MakeLayout(const ForecastInput& in, const Scenario& s, const PartnerWinsRequest& r,
                  PartnerWins& out) {
  const std::vector<int> alliance_of_party = internal::AllianceOfParty(in, s);
  const auto region_share = internal::RegionShares(in, s);
  Alliance bloc;  // the alliance under negotiation, for its swings
  bloc.parties = r.partners;
  bloc.swing = r.alliance_swing;
  bloc.state_swing = r.alliance_state_swing;
  const std::size_t n = r.partners.size();
  const std::set<int> partners(r.partners.begin(), r.partners.end());

  // Per seat: the opponents' rows (party, mean) and the alliance's means.
  std::vector<std::vector<std::pair<int, double>>> rows(r.seats.size());
  std::vector<std::vector<double>> means(r.seats.size(), std::vector<double>(n));
  std::set<int> national_keys(r.partners.begin(), r.partners.end());
  std::set<std::pair<int, int>> state_keys, region_keys;
  for (std::size_t i = 0; i < r.seats.size(); ++i) {
    const int seat = r.seats[i];
    const InputSeat& st = in.seats[seat];
    const int region = internal::RegionOf(s, seat);
    for (const internal::Row& row :
         internal::SeatRows(in, s, region_share, seat, alliance_of_party)) {
      if (partners.count(row.party) == 0) rows[i].emplace_back(row.party, row.mean);
    }
    std::vector<bool> stood(n, false);
    std::vector<double> swung(n, 0.0);
    for (std::size_t q = 0; q < n; ++q) {
      double share = 0;
      for (const InputCandidate& c : st.candidates) {
        if (c.party == r.partners[q]) {
          stood[q] = true;
          share = c.share;
          break;
        }
      }
      swung[q] = internal::Swung(in, s, region_share, seat, r.partners[q], share);
    }
    for (std::size_t k = 0; k < n; ++k) {
      double mean = swung[k];
      for (std::size_t q = 0; q < n; ++q) {
        if (q != k && stood[q]) mean += Rate(r, q, k) * std::max(0.0, swung[q]);
      }
      means[i][k] = internal::AllianceSwung(in, s, bloc, st.state_index, mean);
    }
    auto note = [&](int party) {
      national_keys.insert(party);
      state_keys.insert({st.state_index, party});
      if (region >= 0) region_keys.insert({region, party});
    };
    for (const auto& [party, mean] : rows[i]) note(party);
    for (int p : r.partners) note(p);
  }

  // Error units in a fixed order: national, (state, party), (region, party).
  Layout l;
  l.sigma_seat = s.sigma_seat;
  std::map<int, int> national_of;
  std::map<std::pair<int, int>, int> state_of, region_of;
  for (int p : national_keys) {
    national_of[p] = static_cast<int>(l.unit_sigma.size());
    l.unit_sigma.push_back(s.sigma_national);
  }
  for (const auto& key : state_keys) {
    state_of[key] = static_cast<int>(l.unit_sigma.size());
    l.unit_sigma.push_back(s.sigma_state);
  }
  for (const auto& key : region_keys) {
    region_of[key] = static_cast<int>(l.unit_sigma.size());
    l.unit_sigma.push_back(s.sigma_region);
  }
  int next = static_cast<int>(l.unit_sigma.size());  // seat normals after the units
  l.opponents.resize(r.seats.size());
  l.alliance.resize(r.seats.size());
  out.mean_share = means;
  out.best_opponent_mean.assign(r.seats.size(), 0.0);
  out.best_opponent_party.assign(r.seats.size(), -1);
  for (std::size_t i = 0; i < r.seats.size(); ++i) {
    const int seat = r.seats[i];
    const int state = in.seats[seat].state_index;
    const int region = internal::RegionOf(s, seat);
    auto entry = [&](int party, double mean) {
      return Entry{mean, national_of.at(party), state_of.at({state, party}),
                   region >= 0 ? region_of.at({region, party}) : -1, next};
    };
    for (const auto& [party, mean] : rows[i]) {
      l.opponents[i].push_back(entry(party, mean));
      ++next;
      if (out.best_opponent_party[i] < 0 || mean > out.best_opponent_mean[i]) {
        out.best_opponent_mean[i] = mean;
        out.best_opponent_party[i] = party;
      }
    }
    for (std::size_t k = 0; k < n; ++k) {
      l.alliance[i].push_back(entry(r.partners[k], means[i][k]));
    }
    ++next;  // the alliance's seat normal, whichever partner fields
  }
  l.normals = (next + 15) / 16 * 16;
  return l;
}

// One thread's simulations: wins[i × partners + k] counted.
class Worker {
 public:
  Worker(const Layout& layout, uint64_t seed, std::vector<int64_t>& wins)
      : l_(layout),
        seed_(seed),
        wins_(wins),
        normals_(layout.normals),
        errors_(layout.unit_sigma.size()) {}

  void Run(int64_t sim) {
    internal::generic::FillNormals(seed_, sim, normals_.data(), l_.normals);
    for (std::size_t u = 0; u < errors_.size(); ++u) {
      errors_[u] = l_.unit_sigma[u] * static_cast<double>(normals_[u]);
    }
    std::size_t at = 0;
    for (std::size_t i = 0; i < l_.opponents.size(); ++i) {
      double best = -__builtin_inf();
      for (const Entry& e : l_.opponents[i]) best = std::max(best, Share(e));
      for (const Entry& e : l_.alliance[i]) wins_[at++] += Share(e) > best ? 1 : 0;
    }
  }

 private:
  double Share(const Entry& e) const {
    double x = e.mean + errors_[e.national] + errors_[e.state];
    if (e.region >= 0) x += errors_[e.region];
    x += l_.sigma_seat * static_cast<double>(normals_[e.seat]);
    return std::max(0.0, x);
  }

  const Layout& l_;
  uint64_t seed_;
  std::vector<int64_t>& wins_;
  std::vector<float> normals_;
  std::vector<double> errors_;
};

}  // namespace

Result<PartnerWins> SimulatePartnerWins(const ForecastInput& input,
                                        const Scenario& scenario,
                                        const PartnerWinsRequest& request) {
  JANADHAR_RETURN_IF_ERROR(ValidateScenario(input, scenario));
  JANADHAR_RETURN_IF_ERROR(ValidateRequest(input, scenario, request));
  PartnerWins out;
  const Layout layout = MakeLayout(input, scenario, request, out);
  const int64_t n = scenario.simulations;
  out.simulations = n;
  out.seed = scenario.seed;
  const std::size_t partners = request.partners.size();
  const std::size_t cells = request.seats.size() * partners;

  const int threads = internal::ThreadsFor(n, scenario.threads);
  std::vector<std::vector<int64_t>> wins(threads, std::vector<int64_t>(cells, 0));
  std::vector<std::unique_ptr<Worker>> workers(threads);
  const auto start = std::chrono::steady_clock::now();
  out.threads = internal::RunSimulations(n, threads, [&](int t) -> internal::SimulateOne {
    workers[t] = std::make_unique<Worker>(layout, scenario.seed, wins[t]);
    Worker* worker = workers[t].get();
    return [worker](int64_t sim) { worker->Run(sim); };
  });
  out.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  for (std::size_t t = 1; t < wins.size(); ++t) {
    for (std::size_t c = 0; c < cells; ++c) wins[0][c] += wins[t][c];
  }
  out.p_win.assign(request.seats.size(), std::vector<double>(partners, 0.0));
  for (std::size_t i = 0; i < request.seats.size(); ++i) {
    for (std::size_t k = 0; k < partners; ++k) {
      out.p_win[i][k] = static_cast<double>(wins[0][i * partners + k]) / n;
    }
  }
  return out;
}

}  // namespace janadhar::forecast
