// Times the forecast engine on the 2014 Lok Sabha results (543 seats, top 6
// candidates). Not a test: prints figures for docs and reviews.
//
//   janadhar_forecast_timing [SIMS...]   (default 100000 1000000)
// Env JANADHAR_FORECAST_THREADS (default every core); runs the chosen kernel
// and, where AVX2 is used, the generic one too.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "forecast/engine.h"
#include "forecast/load_ls2014.h"

using namespace janadhar;

int main(int argc, char** argv) {
  std::vector<int64_t> sims;
  for (int i = 1; i < argc; ++i) sims.push_back(std::atoll(argv[i]));
  if (sims.empty()) sims = {100000, 1000000};
  const char* threads_env = std::getenv("JANADHAR_FORECAST_THREADS");
  const auto dir = std::filesystem::temp_directory_path() /
                   ("janadhar_forecast_timing_" + std::to_string(::getpid()));
  auto data = forecast::testing::LoadLs2014(JANADHAR_SOURCE_DIR, dir);
  if (!data.ok()) {
    std::fprintf(stderr, "%s\n", data.status().ToString().c_str());
    return 1;
  }
  for (const auto& options :
       {forecast::InputOptions{}, forecast::InputOptions::NumpyReference()}) {
    auto input = forecast::BuildInput(*data, options);
    if (!input.ok()) return 1;
    for (forecast::Kernel kernel :
         {forecast::Kernel::kAuto, forecast::Kernel::kGeneric}) {
      for (int64_t n : sims) {
        forecast::Scenario s;
        s.simulations = n;
        s.kernel = kernel;
        s.threads = threads_env ? std::atoi(threads_env) : 0;
        const std::clock_t cpu0 = std::clock();
        auto r = forecast::RunForecast(*input, s);
        const double cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
        if (!r.ok()) {
          std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
          return 1;
        }
        const auto& top = r->parties.front();
        std::printf(
            "%-8s %-7s threads %d sims %8lld: %.3f s wall, %.0f sims/s; cpu %.3f s, "
            "%.0f sims/cpu-s; %s mean %.2f\n",
            options.nota_as_candidate ? "numpy" : "default", r->kernel.c_str(),
            r->threads, static_cast<long long>(n), r->seconds, n / r->seconds, cpu,
            n / cpu, input->parties[top.party].label.c_str(), top.seats.mean);
      }
    }
  }
  return 0;
}
