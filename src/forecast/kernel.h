// Internal to forecast/: the simulation kernel, compiled three times from
// kernel_impl.inc and kernel_normals.inc (SSE2 baseline, AVX2 and AVX-512,
// the widest the processor has chosen at run time). All do the same IEEE
// float operations in the same order on every lane (no FMA, no fast-math),
// so they give bit-identical results. The AVX-512 one makes two blocks of
// normals in one 16-lane vector (AMD Zen 4, 100,000 simulations of the 2014
// results: about 17% less CPU than the AVX2 one).
//
// Random numbers: counter-based. Simulation `sim` of seed `seed` has a key
// (SplitMix64 of both); its normals come in numbered blocks of 16 (Box-Muller
// over 16 hashed counters, polynomial log and sin/cos in float, |z| < 5.7683),
// so block b is the same whether or not other blocks are drawn. Blocks:
// first the national, the middle (state errors shared by regions) and the
// pairs' own errors, then row j of seats 16v .. 16v+15
// is block error_blocks + j × seats_padded / 16 + v. An error that only one
// candidate would use is drawn with the level below it (plan.cpp).
//
// The first always_rows rows of every seat are always drawn (row 1 can win
// somewhere in every block); a later row of 16 seats only when one of
// them could still win: its share plus its national and state errors plus the
// largest seat error the generator can make beats the best of the rows drawn
// before it. A row that cannot win is not drawn, so skipping changes nothing:
// `skip =
// false` gives the same results, slower (a test checks).
//
// Thread-safety: the functions are pure; each caller passes its own scratch.
#pragma once

#include <cstdint>

namespace janadhar::forecast::internal {

// The largest |z| the generator makes, rounded up.
inline constexpr float kMaxNormal = 5.7683f;

// The flat arrays of one run (see plan.h). Every array is 64-byte aligned;
// row j of a [slots][seats_padded] array starts at j * seats_padded.
struct KernelArgs {
  int seats_padded = 0;         // seats rounded up to 16
  int slots = 0;                // candidate rows per seat
  int always_rows = 0;          // rows drawn in every simulation (1 .. slots)
  int pairs = 0;                // (state, party) pairs
  int shared_pairs = 0;         // the first ones, with a normal of their own
  int middles = 0;              // (state, party) normals shared by pairs of regions
  int pairs_offset = 0;         // where the pairs' normals start (after the others)
  int error_blocks = 0;         // blocks of national and state normals
  const float* mean = nullptr;  // [slots][seats_padded]; -inf: no candidate
  const int32_t* pair_of_slot = nullptr;  // [slots][seats_padded]
  // Per pair: its national and middle normals and the sigmas of its normals
  // (0 for one drawn with the level below). Its error is
  // sigma_national · normal[national] (+ sigma_middle · normal[middle] when
  // middles > 0) + sigma_state · normal[pairs_offset + q] (q < shared_pairs).
  const int32_t* pair_national = nullptr;
  const float* pair_sigma_national = nullptr;
  const int32_t* pair_middle = nullptr;
  const float* pair_sigma_middle = nullptr;
  const float* pair_sigma_state = nullptr;
  const float* seat_sigma = nullptr;   // [slots][seats_padded]
  const float* seat_reach = nullptr;   // seat_sigma × kMaxNormal + a margin for rounding
  const float* mean_reach = nullptr;   // mean + seat_reach + the margin again
  const float* later_reach = nullptr;  // [seats_padded / 16]: max mean_reach of the
                                       // rows from always_rows on
  bool skip = true;                    // leave out rows that cannot win

  int Blocks() const { return error_blocks + slots * (seats_padded / 16); }
};

// Scratch of one thread, every array 64-byte aligned: normals (16 ×
// Blocks() floats), pair_error (pairs rounded up to 8, at least 8), best
// (seats_padded), blocks (2 × Blocks() ints), before (slots × seats_padded).
struct Scratch {
  float* normals;
  float* pair_error;
  float* best;
  int32_t* blocks;
  float* before;  // share plus national and state errors of the rows drawn
};

// Writes winner[c] for c < seats_padded: the row of the largest projected
// share max(0, mean + national + state + seat error); the first row wins ties.
// Returns how many columns a row other than 0 won, and lists them in
// ascending order in upsets (room for seats_padded + 8).
using SimulateFn = int (*)(const KernelArgs& args, uint64_t seed, int64_t sim,
                           Scratch& scratch, int32_t* winner, int32_t* upsets);

// Blocks 0 .. n/16 - 1 of stream (seed, sim) into out (n a multiple of 16).
using FillNormalsFn = void (*)(uint64_t seed, int64_t sim, float* out, int n);

namespace generic {
int Simulate(const KernelArgs& args, uint64_t seed, int64_t sim, Scratch& scratch,
             int32_t* winner, int32_t* upsets);
void FillNormals(uint64_t seed, int64_t sim, float* out, int n);
}  // namespace generic
namespace avx2 {
int Simulate(const KernelArgs& args, uint64_t seed, int64_t sim, Scratch& scratch,
             int32_t* winner, int32_t* upsets);
void FillNormals(uint64_t seed, int64_t sim, float* out, int n);
}  // namespace avx2
namespace avx512 {  // AVX-512 F, VL, DQ and BW
int Simulate(const KernelArgs& args, uint64_t seed, int64_t sim, Scratch& scratch,
             int32_t* winner, int32_t* upsets);
void FillNormals(uint64_t seed, int64_t sim, float* out, int n);
}  // namespace avx512

// Whether the build has the kernel and the processor (and the OS) can run it.
bool HasAvx2();
bool HasAvx512();

}  // namespace janadhar::forecast::internal
