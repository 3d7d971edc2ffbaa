// The kernel for any x86-64 (SSE2); see kernel.h.
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstring>
#include <type_traits>

#include "forecast/kernel.h"

// The eight-lane helpers are inline: their ABI without AVX does not matter.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace janadhar::forecast::internal::generic {
#include "forecast/kernel_impl.inc"
}  // namespace janadhar::forecast::internal::generic

namespace janadhar::forecast::internal {

bool HasAvx2() {
#if defined(JANADHAR_FORECAST_AVX2)
  return __builtin_cpu_supports("avx2");
#else
  return false;
#endif
}

bool HasAvx512() {
#if defined(JANADHAR_FORECAST_AVX2)  // with the AVX-512 kernel
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
         __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512bw");
#else
  return false;
#endif
}

}  // namespace janadhar::forecast::internal
