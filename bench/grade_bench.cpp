// janadhar_grade_bench: how long analysis::GradeBooths takes to grade every
// polling station of one state for one party, apart from loading the store.
//
//   janadhar_grade_bench --db FILE [--party BJP] [--state S24] [--runs 15]
//
// Loads the election data, the delimitation and the state's booths once (timed
// as `load_seconds`, with its parts), then grades the same booths `--runs`
// times and prints one line of JSON: the median and minimum grading time, the
// load time, the booths graded and the grade counts. bench/grade runs it; the
// goal it checks is in docs/benchmarks.md.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/booths.h"
#include "service/analysis_load.h"
#include "store/store.h"

namespace {

using janadhar::Status;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point start, Clock::time_point end) {
  return std::chrono::duration<double>(end - start).count();
}

int Fail(const Status& s) {
  std::cerr << "janadhar_grade_bench: " << s.ToString() << '\n';
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  namespace analysis = janadhar::analysis;
  namespace service = janadhar::service;
  std::string db, party_name = "BJP", state_name = "S24", election = "ls2014";
  int runs = 15;
  CLI::App app{"Times GradeBooths over every booth of a state for one party"};
  app.add_option("--db", db, "the store (janadhar --db FILE demo)")->required();
  app.add_option("--party", party_name, "party to grade for")->capture_default_str();
  app.add_option("--state", state_name, "state (ECI code or name)")
      ->capture_default_str();
  app.add_option("--election", election, "election")->capture_default_str();
  app.add_option("--runs", runs, "timed grading runs")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  CLI11_PARSE(app, argc, argv);

  // Load: everything `analyse booths` reads before it grades.
  const auto t0 = Clock::now();
  auto store = janadhar::store::OpenStore(db);
  if (!store.ok()) return Fail(store.status());
  const auto t1 = Clock::now();
  auto data = service::LoadElectionData(**store, election);
  if (!data.ok()) return Fail(data.status());
  auto state = service::ResolveStateIn(*data, state_name);
  if (!state.ok()) return Fail(state.status());
  auto party = service::ResolvePartyIn(**store, *data, party_name, *state);
  if (!party.ok()) return Fail(party.status());
  const auto t2 = Clock::now();
  auto delimitation = service::LoadElectionDelimitation(**store, *data);
  if (!delimitation.ok()) return Fail(delimitation.status());
  const auto t3 = Clock::now();
  auto set = service::LoadBooths(**store, *data, *delimitation, *state);
  if (!set.ok()) return Fail(set.status());
  const auto t4 = Clock::now();
  if (set->segments.empty()) {
    return Fail(Status::NotFound("no booth results for " + *state + " in " + election));
  }

  // Grade: the same booths, `runs` times; every run must agree.
  std::vector<double> times;
  analysis::GradeSummary first;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    analysis::GradeSummary g = analysis::GradeBooths(set->segments, *party, {});
    const auto end = Clock::now();
    times.push_back(Seconds(start, end));
    if (i == 0) {
      first = std::move(g);
    } else if (g.graded != first.graded || g.counts != first.counts) {
      return Fail(Status::Internal("grading run " + std::to_string(i + 1) +
                                   " disagrees with the first"));
    }
  }
  std::vector<double> sorted = times;
  std::sort(sorted.begin(), sorted.end());
  const std::size_t n = sorted.size();
  const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;

  std::size_t booths = 0;
  for (const auto& b : set->booths) booths += b.booths.size();
  nlohmann::ordered_json out = {
      {"election", election},
      {"state", *state},
      {"party", data->parties[*party].label},
      {"runs", runs},
      {"grade_seconds_median", median},
      {"grade_seconds_min", sorted.front()},
      {"grade_seconds_max", sorted.back()},
      {"grade_seconds", times},
      {"load_seconds", Seconds(t0, t4)},
      {"load_parts_seconds",
       {{"open", Seconds(t0, t1)},
        {"election_data", Seconds(t1, t2)},
        {"delimitation", Seconds(t2, t3)},
        {"booths", Seconds(t3, t4)}}},
      {"segments", set->segments.size()},
      {"booths", booths},
      {"graded", first.graded},
      {"excluded", first.excluded},
      {"no_votes", first.no_votes},
      {"segments_not_contested", first.segments_not_contested},
      {"counts",
       {{"A", first.counts[0]},
        {"B", first.counts[1]},
        {"C", first.counts[2]},
        {"D", first.counts[3]}}},
  };
  std::cout << out.dump() << '\n';
  return 0;
}
