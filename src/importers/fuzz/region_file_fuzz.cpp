// Fuzzes the region lookup parser: every (state, number) once, numbers from 1,
// regions never blank, and nothing returned after a fatal problem.
#include <cstdint>
#include <set>
#include <string>

#include "importers/fuzz/fuzz_check.h"
#include "importers/region_file.h"

using namespace janadhar;
using namespace janadhar::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  ProblemList problems;
  const RegionLookup r = ParseRegionFile("fuzz.csv", data, {}, &problems);
  if (problems.HasFatal()) FUZZ_CHECK(r.rows.empty());
  std::set<std::pair<std::string, int>> seen;
  for (const auto& row : r.rows) {
    FUZZ_CHECK(row.number >= 1 && row.line >= 1 && row.number_column >= 1);
    FUZZ_CHECK(!row.region.empty());
    FUZZ_CHECK(seen.emplace(row.state, row.number).second);
  }
  return 0;
}
