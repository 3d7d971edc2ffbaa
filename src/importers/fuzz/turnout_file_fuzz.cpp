// Fuzzes the turnout parser: every (state, seat) once, counts never negative
// other than kMissing, voters never more than electors, a total never less than
// its gender counts, and nothing returned after a fatal problem.
#include <cstdint>
#include <set>
#include <string>

#include "importers/fuzz/fuzz_check.h"
#include "importers/turnout_file.h"

using namespace janadhar;
using namespace janadhar::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  ProblemList problems;
  const TurnoutData d = ParseTurnoutFile("fuzz.csv", data, {}, &problems);
  if (problems.HasFatal()) FUZZ_CHECK(d.seats.empty());
  std::set<std::pair<std::string, int>> seen;
  for (const auto& t : d.seats) {
    FUZZ_CHECK(!t.state.empty() && t.number >= 1 && t.line >= 1);
    FUZZ_CHECK(seen.emplace(t.state, t.number).second);
    for (int64_t n :
         {t.electors_male, t.voters_male, t.electors_female, t.voters_female,
          t.electors_other, t.voters_other, t.electors_total, t.voters_total}) {
      FUZZ_CHECK(n >= results::kMissing);
    }
    FUZZ_CHECK(t.voters_total < 0 || t.electors_total < 0 ||
               t.voters_total <= t.electors_total);
    int64_t parts = 0;
    for (int64_t n : {t.electors_male, t.electors_female, t.electors_other}) {
      if (n > 0) parts += n;
    }
    FUZZ_CHECK(t.electors_total < 0 || t.electors_total >= parts);
    const double turnout = t.Turnout();
    FUZZ_CHECK(turnout == results::kUnknownTurnout || (turnout >= 0 && turnout <= 1));
  }
  return 0;
}
