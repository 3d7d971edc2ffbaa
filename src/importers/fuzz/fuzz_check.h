// FUZZ_CHECK(c): the fuzz targets' assertion. When `c` is false it prints
// "check failed: <c>" to stderr and aborts, so libFuzzer reports a crash and
// keeps the input; unlike assert() it stays on in release builds. For the
// *_fuzz.cpp targets beside it only.
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(c)                                 \
  do {                                                \
    if (!(c)) {                                       \
      std::fprintf(stderr, "check failed: %s\n", #c); \
      std::abort();                                   \
    }                                                 \
  } while (false)
