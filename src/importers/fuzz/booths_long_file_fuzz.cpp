// Fuzzes the long booth-file parser: segments by AC number, one vote per
// column in every booth, and a missing cell always flagged.
#include <cstdint>
#include <string>

#include "importers/booths_long_file.h"
#include "importers/fuzz/fuzz_check.h"

using namespace janadhar;
using namespace janadhar::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  ProblemList problems;
  const BoothsLongData d = ParseBoothsLongFile("fuzz.csv", data, "S06", {}, &problems);
  if (problems.HasFatal()) FUZZ_CHECK(d.segments.empty());
  FUZZ_CHECK(d.pc_of_segment.size() == d.segments.size());
  int last_ac = 0;
  for (std::size_t i = 0; i < d.segments.size(); ++i) {
    const auto& s = d.segments[i];
    FUZZ_CHECK(s.ac > last_ac);
    last_ac = s.ac;
    FUZZ_CHECK(s.state == "S06");
    FUZZ_CHECK(d.pc_of_segment[i] >= 0);
    FUZZ_CHECK(!s.columns.empty() && !s.booths.empty());
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
      FUZZ_CHECK(s.columns[c].ballot == static_cast<int>(c) + 1);
      FUZZ_CHECK(!s.columns[c].candidate.empty());
    }
    for (const auto& b : s.booths) {
      FUZZ_CHECK(!b.part.empty());
      FUZZ_CHECK(b.votes.size() == s.columns.size());
      for (int32_t v : b.votes) {
        FUZZ_CHECK(v >= results::kMissing);
        if (v == results::kMissing) {
          FUZZ_CHECK(
              (b.flags & (results::kBoothHasMissing | results::kBoothHasInvalid)) != 0);
        }
      }
    }
  }
  return 0;
}
