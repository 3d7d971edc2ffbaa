// The kernel for processors with AVX-512 F, VL, DQ and BW (compiled with
// them, called only where HasAvx512()); see kernel.h.
#include <immintrin.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <type_traits>

#include "forecast/kernel.h"

namespace janadhar::forecast::internal::avx512 {
#include "forecast/kernel_impl.inc"
}  // namespace janadhar::forecast::internal::avx512
