// Fuzzes the column-map parser as TOML and as JSON: a map comes back exactly
// when no fatal problem was reported, and holds only known fields and valid
// references; a parsed map then drives the results parser.
#include <algorithm>
#include <cstdint>
#include <string>
#include <variant>

#include "importers/column_map.h"
#include "importers/fuzz/fuzz_check.h"
#include "importers/results_file.h"

using namespace janadhar::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  for (const char* file : {"map.toml", "map.json"}) {
    ProblemList problems;
    const auto map = ParseColumnMap(file, text, &problems);
    FUZZ_CHECK(map.has_value() != problems.HasFatal());
    if (!map) continue;
    FUZZ_CHECK(map->delimiter != '"' && map->delimiter != '\n' && map->delimiter != '\r');
    FUZZ_CHECK(map->skip_rows >= 0);
    const auto& known = ColumnMap::KnownFields();
    for (const auto& [field, ref] : map->columns) {
      FUZZ_CHECK(std::find(known.begin(), known.end(), field) != known.end());
      if (const int* n = std::get_if<int>(&ref)) FUZZ_CHECK(*n >= 1);
      if (const auto* s = std::get_if<std::string>(&ref)) FUZZ_CHECK(!s->empty());
    }
    ResultsFileOptions options;
    options.map = &*map;
    ProblemList read;
    const auto seats = ParseResultsFile(
        "r.csv", "Candidate,Party,Votes,State,Seat\nA,P,1,Goa,1\n", options, &read);
    if (read.HasFatal()) FUZZ_CHECK(seats.empty());
  }
  return 0;
}
