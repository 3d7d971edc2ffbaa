// The kernel for processors with AVX2 (compiled with -mavx2, called only
// where HasAvx2()); see kernel.h.
#include <immintrin.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <type_traits>

#include "forecast/kernel.h"

namespace janadhar::forecast::internal::avx2 {
#include "forecast/kernel_impl.inc"
}  // namespace janadhar::forecast::internal::avx2
