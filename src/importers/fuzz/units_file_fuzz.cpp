// Fuzzes the units file reader: every code once and never blank, names never
// blank, a parent only a state may lack and no unit its own, AC numbers from
// 1, and nothing returned after a fatal problem.
#include <cstdint>
#include <set>
#include <string>

#include "importers/fuzz/fuzz_check.h"
#include "importers/units_file.h"

using namespace janadhar;
using namespace janadhar::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  ProblemList problems;
  const std::vector<UnitRow> rows = ReadUnitsFile("fuzz.csv", data, &problems);
  if (problems.HasFatal()) FUZZ_CHECK(rows.empty());
  std::set<std::string> codes;
  for (const auto& row : rows) {
    FUZZ_CHECK(row.line >= 1 && row.col.code >= 1 && row.col.level >= 1);
    FUZZ_CHECK(!row.unit.code.empty() && !row.unit.name.empty());
    FUZZ_CHECK(row.unit.ac >= 0);
    FUZZ_CHECK(row.parent_code != row.unit.code);
    FUZZ_CHECK(!row.parent_code.empty() || row.unit.level == org::UnitLevel::kState ||
               row.unit.level == org::UnitLevel::kNational);
    FUZZ_CHECK(codes.insert(row.unit.code).second);
  }
  return 0;
}
