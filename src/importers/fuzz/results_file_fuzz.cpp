// Fuzzes the results parser with the default layout and with a headerless
// column map, checking the shape of what it returns and of its problems.
#include <algorithm>
#include <cstdint>
#include <string>

#include "importers/fuzz/fuzz_check.h"
#include "importers/results_file.h"

namespace {

using namespace janadhar;
using namespace janadhar::importers;

void Check(std::string_view data, const ColumnMap* map) {
  ProblemList problems;
  ResultsFileOptions options;
  options.map = map;
  const auto seats = ParseResultsFile("fuzz.csv", data, options, &problems);
  const long lines = 1 + std::count(data.begin(), data.end(), '\n') +
                     std::count(data.begin(), data.end(), '\r');
  for (const auto& p : problems.items()) {
    FUZZ_CHECK(p.file == "fuzz.csv");
    FUZZ_CHECK(p.line >= 0 && p.line <= lines);
    FUZZ_CHECK(p.column >= 0);
    FUZZ_CHECK(!p.message.empty());
  }
  if (problems.HasFatal()) FUZZ_CHECK(seats.empty());
  for (const auto& s : seats) {
    FUZZ_CHECK(!s.candidates.empty());
    FUZZ_CHECK(s.number >= 1);
    FUZZ_CHECK(s.state.size() == 3);
    FUZZ_CHECK(!s.uncontested || s.candidates.size() == 1);
    const int w = s.WinnerIndex();
    FUZZ_CHECK(w >= -1 && w < static_cast<int>(s.candidates.size()));
    for (const auto& c : s.candidates) {
      FUZZ_CHECK(!c.name.empty());
      FUZZ_CHECK(c.votes >= results::kMissing);
      FUZZ_CHECK(c.line >= 1 && c.line <= lines);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  Check(data, nullptr);
  ColumnMap map;
  map.header = false;
  map.columns = {{"state_code", 1}, {"seat_code", 2}, {"seat_name", 3},
                 {"candidate", 4},  {"party", 5},     {"votes", 6}};
  Check(data, &map);
  return 0;
}
