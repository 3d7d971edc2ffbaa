#include "forecast/parallel.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace janadhar::forecast::internal {
namespace {

constexpr int64_t kBlock = 256;  // simulations a thread takes at a time

}  // namespace

int ThreadsFor(int64_t n, int threads) {
  const int64_t blocks = std::max<int64_t>(1, (n + kBlock - 1) / kBlock);
  if (threads <= 0)
    threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return static_cast<int>(std::min<int64_t>(threads, blocks));
}

int RunSimulations(int64_t n, int threads, const std::function<SimulateOne(int t)>& make,
                   const std::function<void(int64_t done)>& waiting) {
  const int64_t blocks = (n + kBlock - 1) / kBlock;
  threads = ThreadsFor(n, threads);
  std::atomic<int64_t> next_block{0}, done{0};
  std::mutex mutex;
  std::condition_variable finished_cv;
  int finished = 0;
  auto work = [&](int t) {
    const SimulateOne simulate = make(t);
    for (int64_t b = next_block++; b < blocks; b = next_block++) {
      const int64_t end = std::min(n, (b + 1) * kBlock);
      for (int64_t sim = b * kBlock; sim < end; ++sim) simulate(sim);
      done += end - b * kBlock;
    }
    std::lock_guard lock(mutex);
    ++finished;
    finished_cv.notify_one();
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    try {
      pool.emplace_back(work, t);
    } catch (const std::system_error&) {
      break;  // run with the threads there are
    }
  }
  if (pool.empty()) {
    work(0);
    return 1;
  }
  {
    std::unique_lock lock(mutex);
    while (finished < static_cast<int>(pool.size())) {
      finished_cv.wait_for(lock, std::chrono::milliseconds(100));
      if (waiting && finished < static_cast<int>(pool.size())) {
        lock.unlock();
        waiting(done.load());
        lock.lock();
      }
    }
  }
  for (auto& t : pool) t.join();
  return static_cast<int>(pool.size());
}

}  // namespace janadhar::forecast::internal
