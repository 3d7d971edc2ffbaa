// Internal to forecast/: runs the simulations 0 .. n-1 on worker threads in
// blocks of 256, each thread taking the next block when it is done (so a
// slow core does not hold the others up). Callers count into per-thread
// integer tallies and add them up afterwards, so the result does not depend
// on which thread ran which simulation.
//
// `threads` <= 0 means one per core; never more than there are blocks. When
// a thread cannot be started the others do its share; when none can, the
// calling thread runs everything. make(t) is called once in thread t (0 ..
// threads-1) and returns what simulates one simulation there (it may own that
// thread's scratch). `waiting`, if given, is called about every 100 ms on the
// calling thread with the number of simulations done so far.
// Returns the number of threads that ran (at least 1).
#pragma once

#include <cstdint>
#include <functional>

namespace janadhar::forecast::internal {

using SimulateOne = std::function<void(int64_t sim)>;

// How many threads a run of n simulations uses for a requested count.
int ThreadsFor(int64_t n, int threads);

int RunSimulations(int64_t n, int threads, const std::function<SimulateOne(int t)>& make,
                   const std::function<void(int64_t done)>& waiting = {});

}  // namespace janadhar::forecast::internal
