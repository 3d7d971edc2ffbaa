// For forecast tests only: small made-up elections, written as votes per
// party per seat, and short ways to run them.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "analysis/data.h"
#include "forecast/engine.h"
#include "forecast/scenario.h"

namespace janadhar::forecast::testing {

struct Votes {
  std::string party;  // a label; "" for NOTA, "IND" for an independent
  int64_t votes = 0;
};
struct SeatVotes {
  std::string state;  // ECI code
  std::vector<Votes> candidates;
};

// Parties get indices in order of first appearance; seats are numbered 1, 2,
// … within their state; candidates are named "<seat name> <party>".
inline analysis::ElectionData MakeElection(const std::vector<SeatVotes>& seats) {
  analysis::ElectionData data;
  data.election.name = "test";
  std::map<std::string, int> index;
  std::map<std::string, int> numbers;
  for (const auto& s : seats) {
    analysis::Seat& seat = data.seats.emplace_back();
    seat.state = s.state;
    seat.state_name = s.state;
    seat.number = ++numbers[s.state];
    seat.name = s.state + "-" + std::to_string(seat.number);
    for (const auto& v : s.candidates) {
      analysis::Candidate& c = seat.candidates.emplace_back();
      c.name = seat.name + " " + (v.party.empty() ? "NOTA" : v.party);
      c.votes = v.votes;
      c.is_nota = v.party.empty();
      if (c.is_nota) continue;
      auto [it, fresh] = index.emplace(v.party, static_cast<int>(data.parties.size()));
      if (fresh) data.parties.push_back({v.party, v.party, v.party == "IND"});
      c.party = it->second;
    }
  }
  return data;
}

inline Alliance MakeAlliance(std::string name, std::vector<int> parties,
                             double transfer = 1.0,
                             std::map<int, double> transfer_from = {},
                             std::map<int, int> fielded = {}) {
  Alliance a;
  a.name = std::move(name);
  a.parties = std::move(parties);
  a.transfer = transfer;
  a.transfer_from = std::move(transfer_from);
  a.fielded = std::move(fielded);
  return a;
}

// The standard normal distribution function.
inline double Phi(double x) {
  return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

// Zero sigmas: every simulation is the same deterministic projection.
inline Scenario Exact(int64_t simulations = 7) {
  Scenario s;
  s.sigma_national = s.sigma_state = s.sigma_seat = 0;
  s.simulations = simulations;
  return s;
}

inline ForecastInput Input(const analysis::ElectionData& data) {
  auto in = BuildInput(data);
  EXPECT_TRUE(in.ok()) << in.status().ToString();
  return std::move(in).value();
}

inline ForecastResult Simulate(const ForecastInput& in, const Scenario& s) {
  auto r = RunForecast(in, s);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return std::move(r).value();
}

// The label of the party that won seat `seat` in every simulation.
inline std::string Winner(const ForecastInput& in, const ForecastResult& r, int seat) {
  const SeatForecast& f = r.seats_forecast.at(seat);
  if (f.chances.empty() || f.chances[0].probability != 1.0) return "(uncertain)";
  return in.parties[f.chances[0].party].label;
}

inline double MeanSeats(const ForecastInput& in, const ForecastResult& r,
                        const std::string& label) {
  for (const auto& p : r.parties) {
    if (in.parties[p.party].label == label) return p.seats.mean;
  }
  return 0;
}

// A bigger made-up election: 150 seats in 5 states, 9 parties (two of them
// Independents), votes from a fixed LCG; with `blank_candidate` every seat
// also has a candidate without a party name.
inline analysis::ElectionData RandomElection(bool blank_candidate) {
  uint64_t x = 12345;
  auto next = [&] {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<int64_t>(x >> 44);  // 0 .. 2^20
  };
  std::vector<SeatVotes> seats;
  const char* parties[] = {"A", "B", "C", "D", "E", "F", "G", "IND", "IND"};
  for (int i = 0; i < 150; ++i) {
    SeatVotes s{"S0" + std::to_string(i % 5), {}};
    for (const char* p : parties) s.candidates.push_back({p, next() / (1 + next() % 8)});
    if (blank_candidate) s.candidates.push_back({"", next() / 50});
    seats.push_back(s);
  }
  return MakeElection(seats);
}

}  // namespace janadhar::forecast::testing
