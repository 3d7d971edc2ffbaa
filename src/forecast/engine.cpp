#include "forecast/engine.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <memory>

#include "forecast/kernel.h"
#include "forecast/parallel.h"
#include "forecast/plan.h"

namespace janadhar::forecast {
namespace {

using internal::Plan;

// Integer counts of one thread; added up at the end, so the order in which
// threads ran simulations does not matter.
struct Tally {
  Tally(const Plan& p, int alliances)
      : width(p.seats + 1),
        hist(static_cast<std::size_t>(p.units) * width),
        alliance_hist(static_cast<std::size_t>(alliances) * width),
        row_wins(p.rows.size()),
        largest(p.units),
        largest_alone(p.units),
        bloc_largest(alliances),
        bloc_largest_alone(alliances) {}
  void Add(const Tally& o) {
    auto add = [](std::vector<int64_t>& a, const std::vector<int64_t>& b) {
      for (std::size_t i = 0; i < a.size(); ++i) a[i] += b[i];
    };
    add(hist, o.hist);
    add(alliance_hist, o.alliance_hist);
    add(row_wins, o.row_wins);
    add(largest, o.largest);
    add(largest_alone, o.largest_alone);
    add(bloc_largest, o.bloc_largest);
    add(bloc_largest_alone, o.bloc_largest_alone);
  }
  std::size_t width;
  std::vector<int64_t> hist;           // [unit][seats]; zeros only where active (Worker)
  std::vector<int64_t> alliance_hist;  // [alliance][seats]
  std::vector<int64_t> row_wins;       // [slot][seats_padded]
  std::vector<int64_t> largest, largest_alone;
  std::vector<int64_t> bloc_largest, bloc_largest_alone;
};

// Running best of a set of seat counts; a 0 is never largest.
struct Best {
  int seats = 0, count = 0;
  void Offer(int s) {
    if (s > seats) {
      seats = s;
      count = 1;
    } else if (s == seats && s > 0) {
      ++count;
    }
  }
};

class Worker {
 public:
  Worker(const Plan& plan, internal::SimulateFn simulate, uint64_t seed, Tally& tally)
      : p_(plan),
        simulate_(simulate),
        seed_(seed),
        tally_(tally),
        normals_(16 * static_cast<std::size_t>(plan.args.Blocks())),
        pair_error_(static_cast<std::size_t>(plan.args.pairs + 8) / 8 * 8),
        best_(plan.args.seats_padded),
        before_(plan.rows.size()),
        blocks_(2 * static_cast<std::size_t>(plan.args.Blocks())),
        winner_(plan.args.seats_padded),
        upsets_(plan.args.seats_padded + 8),
        delta_(plan.units + 1, 0),
        seats_of_(plan.units, 0),
        alliance_seats_(plan.alliance_units.size(), 0),
        active_(plan.row0_units.size() + plan.units + 2),
        active_mark_(plan.units + 1, 0) {
    std::copy(plan.row0_units.begin(), plan.row0_units.end(), active_.begin());
    for (int u : plan.row0_units) active_mark_[u] = 1;
  }

  void Run(int64_t sim) {
    internal::Scratch scratch{normals_.data(), pair_error_.data(), best_.data(),
                              blocks_.data(), before_.data()};
    const int upsets =
        simulate_(p_.args, seed_, sim, scratch, winner_.data(), upsets_.data());
    // Seats per party: row 0's, moved where a later row won. Row 0's wins
    // are counted at the end (simulations less the other rows' wins). Only
    // parties in some row 0 and those that won a seat from a later row can
    // have seats; the others' zeros are counted at the end. Raw pointers:
    // the loops run once per simulation and the vectors do not change size.
    const int stride = p_.args.seats_padded;
    const int units = p_.units;
    const int32_t* unit_of_slot = p_.unit_of_slot.data();
    const int32_t* winner = winner_.data();
    const int32_t* upset = upsets_.data();
    int64_t* row_wins = tally_.row_wins.data();
    int* delta = delta_.data();
    int* active = active_.data();
    int32_t* mark = active_mark_.data();
    const int row0_active = static_cast<int>(p_.row0_units.size());
    int n_active = row0_active;  // row 0's units stay at the front
    for (int i = 0; i < upsets; ++i) {
      const int c = upset[i];
      const std::size_t at = static_cast<std::size_t>(winner[c]) * stride + c;
      ++row_wins[at];
      const int u = unit_of_slot[at];  // never -1: an empty row cannot beat row 0
      const int gainer = u < 0 ? units : u;
      ++delta[gainer];
      active[n_active] = gainer;
      n_active += mark[gainer] == 0;
      mark[gainer] = 1;
      const int u0 = unit_of_slot[c];
      --delta[u0 < 0 ? units : u0];
    }
    const int* row0_seats = p_.row0_seats.data();
    int* seats_of = seats_of_.data();
    int64_t* hist = tally_.hist.data();
    const std::size_t width = tally_.width;
    // The largest party: the first with the most seats and how many have
    // as many (the list again only on a tie).
    int most = 0, at_most = 0, first = -1;
    for (int i = 0; i < n_active; ++i) {
      const int u = active[i];
      if (u == units) continue;
      const int s = row0_seats[u] + delta[u];
      seats_of[u] = s;
      ++hist[u * width + s];
      if (s > most) {
        most = s;
        at_most = 1;
        first = u;
      } else if (s == most) {
        ++at_most;
      }
    }
    if (most > 0 && at_most == 1) {
      ++tally_.largest[first];
      ++tally_.largest_alone[first];
    } else if (most > 0) {
      for (int i = 0; i < n_active; ++i) {
        const int u = active[i];
        if (u < units && seats_of[u] == most) ++tally_.largest[u];
      }
    }
    if (!alliance_seats_.empty()) TallyAlliances(active, n_active);
    for (int i = 0; i < n_active; ++i) {
      const int u = active[i];
      delta[u] = 0;
      if (i >= row0_active) {  // a gainer: back to no seats
        mark[u] = 0;
        if (u < units) seats_of[u] = 0;
      }
    }
  }

 private:
  void TallyAlliances(const int* active, int n_active) {
    const int units = p_.units;
    Best bloc;
    for (std::size_t a = 0; a < alliance_seats_.size(); ++a) {
      int sum = 0;
      for (int u : p_.alliance_units[a]) sum += seats_of_[u];
      alliance_seats_[a] = sum;
      ++tally_.alliance_hist[a * tally_.width + sum];
      bloc.Offer(sum);
    }
    for (int i = 0; i < n_active; ++i) {
      const int u = active[i];
      if (u < units && p_.unit_alliance[u] < 0) bloc.Offer(seats_of_[u]);
    }
    for (std::size_t a = 0; a < alliance_seats_.size(); ++a) {
      if (bloc.seats == 0 || alliance_seats_[a] != bloc.seats) continue;
      ++tally_.bloc_largest[a];
      if (bloc.count == 1) ++tally_.bloc_largest_alone[a];
    }
  }

  const Plan& p_;
  internal::SimulateFn simulate_;
  uint64_t seed_;
  Tally& tally_;
  internal::AlignedArray<float> normals_, pair_error_, best_, before_;
  internal::AlignedArray<int32_t> blocks_, winner_;
  internal::AlignedArray<int32_t> upsets_;
  std::vector<int> delta_;  // [units + 1]: change from row 0; the last for no winner
  std::vector<int> seats_of_, alliance_seats_;
  // Row 0's units (fixed), then this simulation's gainers; room for all.
  std::vector<int> active_;
  std::vector<int32_t> active_mark_;  // [units + 1]: 1 for those in active_
};

SeatDistribution Distribution(std::vector<int64_t> hist, int64_t n, int majority,
                              int64_t largest, int64_t largest_alone) {
  SeatDistribution d;
  double sum = 0;
  int64_t at_majority = 0;
  for (std::size_t k = 0; k < hist.size(); ++k) {
    sum += static_cast<double>(k) * hist[k];
    if (static_cast<int>(k) >= majority) at_majority += hist[k];
  }
  d.mean = sum / n;
  double squares = 0;
  for (std::size_t k = 0; k < hist.size(); ++k) {
    squares += (k - d.mean) * (k - d.mean) * hist[k];
  }
  d.sd = std::sqrt(squares / n);
  int64_t cum = 0;
  bool seen = false;
  bool p05 = false, median = false, p95 = false;
  for (std::size_t k = 0; k < hist.size(); ++k) {
    if (hist[k] == 0) continue;
    const int seats = static_cast<int>(k);
    if (!seen) d.min = seats;
    seen = true;
    d.max = seats;
    cum += hist[k];
    if (!p05 && cum * 100 >= 5 * n) d.p05 = seats, p05 = true;
    if (!median && cum * 100 >= 50 * n) d.median = seats, median = true;
    if (!p95 && cum * 100 >= 95 * n) d.p95 = seats, p95 = true;
  }
  d.p_majority = static_cast<double>(at_majority) / n;
  d.p_largest = static_cast<double>(largest) / n;
  d.p_largest_alone = static_cast<double>(largest_alone) / n;
  d.histogram = std::move(hist);
  return d;
}

}  // namespace

const PartyForecast* ForecastResult::FindParty(int party) const {
  for (const auto& p : parties) {
    if (p.party == party) return &p;
  }
  return nullptr;
}

Result<ForecastResult> RunForecast(const ForecastInput& input, const Scenario& scenario,
                                   const Progress& progress) {
  JANADHAR_ASSIGN_OR_RETURN(std::unique_ptr<Plan> plan_ptr,
                            internal::MakePlan(input, scenario));
  const Plan& plan = *plan_ptr;
  const int64_t n = scenario.simulations;
  ForecastResult r;
  r.simulations = n;
  r.seed = scenario.seed;
  r.seats = plan.seats;
  r.majority = plan.majority;
  internal::SimulateFn simulate = &internal::generic::Simulate;
  r.kernel = "generic";
#ifdef JANADHAR_FORECAST_AVX2
  if (scenario.kernel == Kernel::kAvx2 ||
      (scenario.kernel == Kernel::kAuto && internal::HasAvx2())) {
    simulate = &internal::avx2::Simulate;
    r.kernel = "avx2";
  }
  if (scenario.kernel == Kernel::kAuto && internal::HasAvx512()) {
    simulate = &internal::avx512::Simulate;  // the same bits, faster
    r.kernel = "avx512";
  }
#endif
  const int threads = internal::ThreadsFor(n, scenario.threads);
  const int alliances = static_cast<int>(scenario.alliances.size());
  std::vector<Tally> tallies(threads, Tally(plan, alliances));
  std::vector<std::unique_ptr<Worker>> workers(threads);
  const auto start = std::chrono::steady_clock::now();
  std::function<void(int64_t)> waiting;
  if (progress) waiting = [&](int64_t done) { progress(done, n); };
  r.threads = internal::RunSimulations(
      n, threads,
      [&](int t) -> internal::SimulateOne {
        workers[t] = std::make_unique<Worker>(plan, simulate, scenario.seed, tallies[t]);
        Worker* worker = workers[t].get();
        return [worker](int64_t sim) { worker->Run(sim); };
      },
      waiting);
  if (progress) progress(n, n);
  r.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (std::size_t t = 1; t < tallies.size(); ++t) tallies[0].Add(tallies[t]);
  const Tally& total = tallies[0];

  const std::size_t width = total.width;
  for (int u = 0; u < plan.units; ++u) {
    std::vector<int64_t> hist(total.hist.begin() + u * width,
                              total.hist.begin() + (u + 1) * width);
    int64_t counted = 0;
    for (int64_t h : hist) counted += h;
    hist[0] += n - counted;  // simulations the party was not active: no seats
    r.parties.push_back({plan.unit_party[u], plan.unit_alliance[u],
                         Distribution(std::move(hist), n, plan.majority, total.largest[u],
                                      total.largest_alone[u])});
  }
  std::stable_sort(r.parties.begin(), r.parties.end(),
                   [](const PartyForecast& a, const PartyForecast& b) {
                     return a.seats.mean > b.seats.mean;
                   });
  for (int a = 0; a < alliances; ++a) {
    std::vector<int64_t> hist(total.alliance_hist.begin() + a * width,
                              total.alliance_hist.begin() + (a + 1) * width);
    r.alliances.push_back(
        {a, scenario.alliances[a].name,
         Distribution(std::move(hist), n, plan.majority, total.bloc_largest[a],
                      total.bloc_largest_alone[a])});
  }
  const int stride = plan.args.seats_padded;
  std::vector<int64_t> row_wins = total.row_wins;
  for (int c = 0; c < plan.seats; ++c) {
    if (plan.unit_of_slot[c] < 0) continue;  // no candidate: no winner
    row_wins[c] = n;
    for (int j = 1; j < plan.args.slots; ++j) row_wins[c] -= row_wins[j * stride + c];
  }
  r.seats_forecast.resize(plan.seats);
  for (int c = 0; c < plan.seats; ++c) {
    const int seat = plan.seat_of_column[c];
    SeatForecast& f = r.seats_forecast[seat];
    f.seat = seat;
    int64_t won = 0;
    for (int j = 0; j < plan.args.slots; ++j) {
      const std::size_t at = static_cast<std::size_t>(j) * stride + c;
      const internal::Row& row = plan.rows[at];
      if (row.party < 0) continue;
      won += row_wins[at];
      auto it = std::find_if(f.chances.begin(), f.chances.end(),
                             [&](const SeatChance& s) { return s.party == row.party; });
      if (it == f.chances.end()) {
        SeatChance s;
        s.party = row.party;
        s.alliance = row.alliance;
        if (row.candidate >= 0) {
          s.candidate = input.seats[seat].candidates[row.candidate].name;
        }
        s.share = row.mean;
        f.chances.push_back(s);
        it = f.chances.end() - 1;
      }
      it->wins += row_wins[at];
    }
    for (auto& s : f.chances) s.probability = static_cast<double>(s.wins) / n;
    std::stable_sort(
        f.chances.begin(), f.chances.end(),
        [](const SeatChance& a, const SeatChance& b) { return a.wins > b.wins; });
    f.p_no_winner = static_cast<double>(n - won) / n;
  }
  return r;
}

}  // namespace janadhar::forecast
