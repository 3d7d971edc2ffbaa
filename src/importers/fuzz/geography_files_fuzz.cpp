// Fuzzes the delimitation and electors parsers: every AC is listed once and
// belongs to a PC of the result; elector counts are never negative.
#include <cstdint>
#include <set>
#include <string>

#include "importers/fuzz/fuzz_check.h"
#include "importers/geography_files.h"

using namespace janadhar;
using namespace janadhar::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  {
    ProblemList problems;
    const geo::Delimitation d =
        ParseDelimitationFile("fuzz.csv", data, "2008", &problems);
    FUZZ_CHECK(d.name == "2008");
    if (problems.HasFatal())
      FUZZ_CHECK(d.acs.empty() && d.pcs.empty() && d.states.empty());
    std::set<std::pair<std::string, int>> acs, pcs;
    std::set<std::string> states;
    for (const auto& s : d.states) FUZZ_CHECK(states.insert(s.code).second);
    for (const auto& p : d.pcs) {
      FUZZ_CHECK(p.number >= 1);
      FUZZ_CHECK(states.count(p.state) == 1);
      FUZZ_CHECK(pcs.emplace(p.state, p.number).second);
    }
    for (const auto& a : d.acs) {
      FUZZ_CHECK(a.number >= 1);
      FUZZ_CHECK(acs.emplace(a.state, a.number).second);
      FUZZ_CHECK(pcs.count({a.state, a.pc}) == 1);
    }
  }
  {
    ProblemList problems;
    const auto rows = ParseElectorsFile("fuzz.csv", data, &problems);
    if (problems.HasFatal()) FUZZ_CHECK(rows.empty());
    for (const auto& r : rows) {
      FUZZ_CHECK(!r.state_name.empty());
      FUZZ_CHECK(r.ac >= 1 && r.line >= 1);
      FUZZ_CHECK(r.electors.male >= 0 && r.electors.female >= 0 && r.electors.other >= 0);
      FUZZ_CHECK(r.electors.with_epic >= -1 && r.electors.with_photo >= -1);
    }
  }
  return 0;
}
