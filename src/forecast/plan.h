// Internal to forecast/: an input and a scenario turned into what the kernel
// reads: per (row, seat) the projected share before errors (swings and
// alliances applied), the error units, and what each row stands for.
//
// Rows of a seat: its candidates in input order (most votes first), an
// alliance's candidate in the place of its strongest member, withdrawn
// partners removed; a `fielded` party that did not stand there comes last.
// Columns are seats in an order of the plan's own: the closest races (row 1
// nearest row 0) first, so the kernel can leave out whole blocks of 16 seats
// where no later row can win (kernel.h).
// Owns its arrays; read-only after MakePlan, so threads share one plan.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <vector>

#include "base/status.h"
#include "forecast/kernel.h"
#include "forecast/model.h"
#include "forecast/scenario.h"

namespace janadhar::forecast::internal {

// A fixed-size array of a trivial type, 64-byte aligned, zero-filled.
template <typename T>
class AlignedArray {
 public:
  AlignedArray() = default;
  explicit AlignedArray(std::size_t n)
      : data_(
            static_cast<T*>(::operator new[](n * sizeof(T) + 64, std::align_val_t(64)))),
        size_(n) {
    for (std::size_t i = 0; i < n; ++i) data_[i] = T{};
  }
  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }

 private:
  struct Free {
    void operator()(T* p) const { ::operator delete[](p, std::align_val_t(64)); }
  };
  std::unique_ptr<T[], Free> data_;
  std::size_t size_ = 0;
};

struct Row {
  int party = -1;      // -1: no candidate in this row
  int candidate = -1;  // index into InputSeat::candidates; -1 for a new candidate
  int alliance = -1;   // index into Scenario::alliances
  double mean = 0;     // projected share before errors
};

struct Plan {
  int seats = 0;
  int majority = 0;
  std::vector<int> seat_of_column;  // [seats]: index into ForecastInput::seats
  int units = 0;                    // parties standing somewhere (national errors)
  std::vector<int> unit_party;      // [units], ascending party index
  std::vector<int> unit_alliance;   // [units], -1 when in no alliance
  std::vector<int> row0_seats;      // [units]: seats where the unit is in row 0
  std::vector<int> row0_units;      // the units with row0_seats > 0
  std::vector<std::vector<int>> alliance_units;  // [alliance]: its members
  // [slots][seats_padded], by column:
  std::vector<int32_t> unit_of_slot;  // -1: no candidate
  std::vector<Row> rows;
  AlignedArray<float> mean, seat_sigma, seat_reach, mean_reach, later_reach;
  AlignedArray<int32_t> pair_of_slot, pair_national, pair_middle;
  AlignedArray<float> pair_sigma_national, pair_sigma_middle, pair_sigma_state;
  KernelArgs args;  // points into the arrays above: do not copy a Plan
  Plan() = default;
  Plan(const Plan&) = delete;
  Plan& operator=(const Plan&) = delete;
};

// Validates the scenario (ValidateScenario) and builds the plan.
Result<std::unique_ptr<Plan>> MakePlan(const ForecastInput& input,
                                       const Scenario& scenario);

// The share of a candidate of `party` in seat `seat` after the scenario's
// swings (scenario.h); region_share[r][party] is the party's base share in
// region r (proportional swing divides by it).
double Swung(const ForecastInput& input, const Scenario& scenario,
             const std::vector<std::vector<double>>& region_share, int seat, int party,
             double share);

// The pieces of MakePlan that other simulations of the same model share
// (partner_wins.cpp). All expect a scenario that ValidateScenario accepted.

// The region of input seat `seat`; -1 for none.
int RegionOf(const Scenario& scenario, int seat);

// [party]: the index of its alliance in Scenario::alliances; -1 for none.
std::vector<int> AllianceOfParty(const ForecastInput& input, const Scenario& scenario);

// [region][party]: the party's share of the votes of the region's seats, on
// the input's share basis (from the candidates kept; a seat's votes are a
// candidate's votes over its share).
std::vector<std::vector<double>> RegionShares(const ForecastInput& input,
                                              const Scenario& scenario);

// An alliance candidate's `share` in a seat of state `state_index` after the
// alliance's own swings (scenario.h): `alliance` need not be one of the
// scenario's (only its parties, swing and state_swing are read).
double AllianceSwung(const ForecastInput& input, const Scenario& scenario,
                     const Alliance& alliance, int state_index, double share);

// The rows of input seat `seat` in order (see the top of this file), swings
// and the scenario's alliances applied; alliance_of_party from
// AllianceOfParty, region_share from RegionShares.
std::vector<Row> SeatRows(const ForecastInput& input, const Scenario& scenario,
                          const std::vector<std::vector<double>>& region_share, int seat,
                          const std::vector<int>& alliance_of_party);

}  // namespace janadhar::forecast::internal
