// The normal generator: moments and tails of a standard normal, the bound
// the kernel relies on, streams that differ, and the same bits from both
// kernels.
#include "forecast/kernel.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "forecast/plan.h"

namespace janadhar::forecast::internal {
namespace {

constexpr int kPerStream = 4096;

std::vector<float> Draw(FillNormalsFn fill, uint64_t seed, int64_t sim) {
  AlignedArray<float> buffer(kPerStream);
  fill(seed, sim, buffer.data(), kPerStream);
  return std::vector<float>(buffer.data(), buffer.data() + kPerStream);
}

TEST(Normals, LookStandardNormal) {
  // 2^22 draws from 1024 simulations.
  double sum = 0, squares = 0, fourth = 0, max_abs = 0;
  int64_t beyond1 = 0, beyond2 = 0, beyond3 = 0, n = 0;
  for (int64_t sim = 0; sim < 1024; ++sim) {
    for (float z : Draw(&generic::FillNormals, 7, sim)) {
      const double x = z;
      sum += x;
      squares += x * x;
      fourth += x * x * x * x;
      max_abs = std::max(max_abs, std::abs(x));
      beyond1 += std::abs(x) > 1;
      beyond2 += std::abs(x) > 2;
      beyond3 += std::abs(x) > 3;
      ++n;
    }
  }
  const double mean = sum / n, var = squares / n - mean * mean;
  EXPECT_NEAR(mean, 0, 5 / std::sqrt(n));
  EXPECT_NEAR(var, 1, 5 * std::sqrt(2.0 / n));
  EXPECT_NEAR(fourth / n, 3, 5 * std::sqrt(96.0 / n));
  auto expect_tail = [&](int64_t count, double p) {
    EXPECT_NEAR(static_cast<double>(count) / n, p, 5 * std::sqrt(p * (1 - p) / n)) << p;
  };
  expect_tail(beyond1, 0.31731050786291410);
  expect_tail(beyond2, 0.04550026389635842);
  expect_tail(beyond3, 0.00269979606326019);
  EXPECT_LE(max_abs, kMaxNormal);
  EXPECT_GT(max_abs, 4.5);
}

TEST(Normals, NeighbouringDrawsAndStreamsAreUncorrelated) {
  double lag = 0, across = 0;
  int64_t n = 0;
  for (int64_t sim = 0; sim < 256; ++sim) {
    const auto a = Draw(&generic::FillNormals, 1, sim);
    const auto b = Draw(&generic::FillNormals, 1, sim + 1);
    const auto c = Draw(&generic::FillNormals, 2, sim);
    EXPECT_NE(a, c);
    for (int i = 0; i + 1 < kPerStream; ++i) {
      lag += a[i] * a[i + 1];
      // The same place in the next simulation, and the other half of a
      // Box-Muller pair (i and i + 8 share a radius).
      across += a[i] * b[i];
      ++n;
    }
  }
  EXPECT_NEAR(lag / n, 0, 5 / std::sqrt(n));
  EXPECT_NEAR(across / n, 0, 5 / std::sqrt(n));
}

TEST(Normals, BothKernelsGiveTheSameBits) {
  if (!HasAvx2()) GTEST_SKIP() << "no AVX2 on this processor";
  for (int64_t sim : {0, 1, 99, 123456789}) {
    EXPECT_EQ(Draw(&generic::FillNormals, 5, sim), Draw(&avx2::FillNormals, 5, sim));
  }
}

TEST(Normals, Avx512GivesTheSameBits) {
  if (!HasAvx512()) GTEST_SKIP() << "no AVX-512 on this processor";
  for (int64_t sim : {0, 1, 99, 123456789}) {
    EXPECT_EQ(Draw(&generic::FillNormals, 5, sim), Draw(&avx512::FillNormals, 5, sim));
  }
  // Lists of blocks of every length, odd ones too (FillBlocks pairs them).
  for (int n = 16; n <= 16 * 11; n += 16) {
    AlignedArray<float> a(n), b(n);
    generic::FillNormals(9, n, a.data(), n);
    avx512::FillNormals(9, n, b.data(), n);
    EXPECT_EQ(std::vector<float>(a.data(), a.data() + n),
              std::vector<float>(b.data(), b.data() + n))
        << n;
  }
}

TEST(Normals, BoundHoldsAtTheExtremes) {
  // The radius is largest for the smallest u1, 2^-24: kMaxNormal is above
  // it by more than float rounding. No draw of many goes beyond.
  EXPECT_GT(kMaxNormal, std::sqrt(-2 * std::log(std::ldexp(1.0, -24))) * (1 + 1e-5));
  float largest = 0;
  for (int64_t sim = 0; sim < 4096; ++sim) {
    for (float z : Draw(&generic::FillNormals, 3, sim))
      largest = std::max(largest, std::abs(z));
  }
  EXPECT_LE(largest, kMaxNormal);
}

}  // namespace
}  // namespace janadhar::forecast::internal
