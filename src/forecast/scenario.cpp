#include "forecast/scenario.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "forecast/kernel.h"

namespace janadhar::forecast {
namespace {

bool Finite(double x) {
  return std::isfinite(x);
}

Status Bad(const std::string& what) {
  return Status::InvalidArgument(what);
}

}  // namespace

Status ValidateScenario(const ForecastInput& input, const Scenario& s) {
  const int parties = static_cast<int>(input.parties.size());
  const int seats = static_cast<int>(input.seats.size());
  auto party_ok = [&](int p) { return p >= 0 && p < parties; };
  const std::pair<const char*, double> sigmas[] = {{"sigma_national", s.sigma_national},
                                                   {"sigma_state", s.sigma_state},
                                                   {"sigma_seat", s.sigma_seat},
                                                   {"sigma_region", s.sigma_region}};
  for (const auto& [name, value] : sigmas) {
    if (!Finite(value) || value < 0) {
      return Bad(std::string(name) + " must be a finite number of 0 or more, not " +
                 std::to_string(value));
    }
  }
  if (s.simulations < 1) {
    return Bad("simulations must be 1 or more, not " + std::to_string(s.simulations));
  }
  if (s.threads < 0) {
    return Bad("threads must be 0 (every core) or more, not " +
               std::to_string(s.threads));
  }
  if (s.majority < 0 || s.majority > seats) {
    return Bad("majority must be between 1 and " + std::to_string(seats) +
               " seats (0 for seats / 2 + 1), not " + std::to_string(s.majority));
  }
  for (const auto& [party, swing] : s.party_swing) {
    if (!party_ok(party)) return Bad("swing of unknown party " + std::to_string(party));
    if (!Finite(swing) || std::abs(swing) > 1) {
      return Bad("swing of " + input.parties[party].label +
                 " must be between -1 and 1 (a fraction: 0.02 is two points)");
    }
  }
  for (const auto& [key, swing] : s.state_swing) {
    if (input.FindState(key.first) < 0) {
      return Bad("swing in state '" + key.first + "', which has no seat in " +
                 input.election);
    }
    if (!party_ok(key.second)) {
      return Bad("swing in " + key.first + " of unknown party " +
                 std::to_string(key.second));
    }
    if (!Finite(swing) || std::abs(swing) > 1) {
      return Bad("swing in " + key.first + " of " + input.parties[key.second].label +
                 " must be between -1 and 1 (a fraction: 0.02 is two points)");
    }
  }
  const int regions = static_cast<int>(s.regions.size());
  std::set<std::pair<std::string, std::string>> region_names;
  for (const auto& r : s.regions) {
    if (r.name.empty()) return Bad("a region has no name");
    if (input.FindState(r.state) < 0) {
      return Bad("region " + r.name + " is in state '" + r.state +
                 "', which has no seat in " + input.election);
    }
    if (!region_names.insert({r.state, r.name}).second) {
      return Bad("region " + r.name + " of " + r.state + " is given twice");
    }
  }
  if (!s.seat_region.empty() && static_cast<int>(s.seat_region.size()) != seats) {
    return Bad("seat_region has " + std::to_string(s.seat_region.size()) +
               " entries for " + std::to_string(seats) + " seats");
  }
  for (std::size_t i = 0; i < s.seat_region.size(); ++i) {
    const int r = s.seat_region[i];
    if (r < -1 || r >= regions) {
      return Bad("seat " + input.seats[i].name + " has unknown region " +
                 std::to_string(r));
    }
    if (r >= 0 && s.regions[r].state != input.seats[i].state) {
      return Bad("seat " + input.seats[i].name + " of " + input.seats[i].state +
                 " is in region " + s.regions[r].name + " of " + s.regions[r].state);
    }
  }
  for (const auto& [key, swing] : s.region_swing) {
    if (key.first < 0 || key.first >= regions) {
      return Bad("swing in unknown region " + std::to_string(key.first));
    }
    const std::string& name = s.regions[key.first].name;
    if (!party_ok(key.second)) {
      return Bad("swing in region " + name + " of unknown party " +
                 std::to_string(key.second));
    }
    if (!Finite(swing) || std::abs(swing) > 1) {
      return Bad("swing in region " + name + " of " + input.parties[key.second].label +
                 " must be between -1 and 1 (a fraction: 0.02 is two points)");
    }
  }
  std::set<int> allied;
  std::set<std::string> names;
  for (const auto& a : s.alliances) {
    if (a.name.empty()) return Bad("an alliance has no name");
    if (!names.insert(a.name).second)
      return Bad("two alliances are named '" + a.name + "'");
    if (a.parties.empty()) return Bad("alliance '" + a.name + "' has no party");
    for (int p : a.parties) {
      if (!party_ok(p)) {
        return Bad("alliance '" + a.name + "' has unknown party " + std::to_string(p));
      }
      if (p == input.nota_party) return Bad("NOTA cannot join alliance '" + a.name + "'");
      if (!allied.insert(p).second) {
        return Bad(input.parties[p].label + " is in two alliances (or twice in '" +
                   a.name + "')");
      }
    }
    auto member = [&](int p) {
      return std::find(a.parties.begin(), a.parties.end(), p) != a.parties.end();
    };
    auto rate_ok = [](double t) { return Finite(t) && t >= 0 && t <= 1; };
    if (!rate_ok(a.transfer)) {
      return Bad("transfer of alliance '" + a.name + "' must be between 0 and 1");
    }
    for (const auto& [p, t] : a.transfer_from) {
      if (!member(p)) {
        return Bad("alliance '" + a.name + "' has a transfer rate for a party not in it");
      }
      if (!rate_ok(t)) {
        return Bad("transfer rates of alliance '" + a.name + "' must be between 0 and 1");
      }
    }
    auto swing_ok = [](double x) { return Finite(x) && std::abs(x) <= 1; };
    if (!swing_ok(a.swing)) {
      return Bad("swing of alliance '" + a.name +
                 "' must be between -1 and 1 (a fraction: 0.02 is two points)");
    }
    for (const auto& [state, swing] : a.state_swing) {
      if (input.FindState(state) < 0) {
        return Bad("swing of alliance '" + a.name + "' in state '" + state +
                   "', which has no seat in " + input.election);
      }
      if (!swing_ok(swing)) {
        return Bad("swing of alliance '" + a.name + "' in " + state +
                   " must be between -1 and 1 (a fraction: 0.02 is two points)");
      }
    }
    for (const auto& [seat, p] : a.fielded) {
      if (seat < 0 || seat >= seats) {
        return Bad("alliance '" + a.name + "' fields a candidate in unknown seat " +
                   std::to_string(seat));
      }
      if (!member(p)) {
        return Bad("alliance '" + a.name + "' fields a party not in it in seat " +
                   input.seats[seat].name);
      }
    }
  }
  if (s.kernel == Kernel::kAvx2 && !internal::HasAvx2()) {
    return Status::FailedPrecondition("the AVX2 kernel needs a processor with AVX2");
  }
  return Status::Ok();
}

}  // namespace janadhar::forecast
