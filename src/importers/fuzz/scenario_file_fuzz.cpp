// Fuzzes the scenario-file parser: never crashes; after a fatal problem the
// result is all defaults; every problem and recorded place is in the file;
// every value kept is within its documented range whatever else was wrong;
// and a scenario without errors has named alliances with unique names and no
// party in two of them.
#include <cmath>
#include <cstdint>
#include <set>
#include <string>

#include "base/text.h"
#include "importers/fuzz/fuzz_check.h"
#include "importers/scenario_file.h"

using namespace janadhar::importers;

namespace {

bool In(double x, double lo, double hi) {
  return x >= lo && x <= hi;
}

bool Placed(const Located& at) {
  return at.line >= 1 && at.column >= 1;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  ProblemList problems;
  const ScenarioSpec s = ParseScenarioFile("s.toml", text, &problems);
  for (const ImportProblem& p : problems.items()) {
    FUZZ_CHECK(p.file == "s.toml" && p.line >= 1 && p.column >= 1 && !p.message.empty());
    FUZZ_CHECK(p.severity != Severity::kWarning);
  }
  if (problems.HasFatal()) {
    FUZZ_CHECK(problems.items().size() == 1);
    FUZZ_CHECK(s.base_election.empty() && s.swings.empty() && s.alliances.empty() &&
               s.where.empty() && s.simulations == 10000 && s.seed == 1);
    return 0;
  }
  FUZZ_CHECK(s.swing_mode == "uniform" || s.swing_mode == "proportional");
  FUZZ_CHECK(In(s.sigma_national, 0, 100) && In(s.sigma_state, 0, 100) &&
             In(s.sigma_seat, 0, 100) && In(s.sigma_region, 0, 100));
  FUZZ_CHECK(s.simulations >= 1 && s.simulations <= 100000000);
  FUZZ_CHECK(s.seed <= static_cast<uint64_t>(INT64_MAX));
  FUZZ_CHECK(s.majority >= 0 && s.threads >= 0 && s.threads <= 4096);
  for (const auto& [path, at] : s.where) FUZZ_CHECK(!path.empty() && Placed(at));
  for (const SwingSpec& w : s.swings) {
    FUZZ_CHECK(In(w.points, -100, 100) && Placed(w.at));
    FUZZ_CHECK(!janadhar::CollapseSpaces(w.party).empty());
    FUZZ_CHECK(w.state.empty() != Placed(w.state_at));
    FUZZ_CHECK(w.region.empty() != Placed(w.region_at));
    FUZZ_CHECK(w.region.empty() || !w.state.empty());
    std::string parent = w.state.empty() ? "swings" : "swings." + TomlKey(w.state);
    if (!w.region.empty()) parent += "." + TomlKey(w.region);
    FUZZ_CHECK(s.where.count(parent + "." + TomlKey(w.party)) == 1);
  }
  for (const RegionSpec& r : s.regions) {
    FUZZ_CHECK(!janadhar::CollapseSpaces(r.file).empty() && Placed(r.at) &&
               Placed(r.file_at));
    FUZZ_CHECK(r.state.empty() != Placed(r.state_at));
    FUZZ_CHECK(r.column.empty() != Placed(r.column_at));
  }
  std::set<std::string> names, parties;
  for (const AllianceSpec& a : s.alliances) {
    FUZZ_CHECK(Placed(a.at) && In(a.transfer, 0, 1));
    FUZZ_CHECK(a.party_at.size() == a.parties.size());
    FUZZ_CHECK(a.fielded_at.size() == a.fielded.size() &&
               a.fielded_party_at.size() == a.fielded.size());
    FUZZ_CHECK(a.transfer_from_at.size() == a.transfer_from.size());
    for (const auto& [party, rate] : a.transfer_from) FUZZ_CHECK(In(rate, 0, 1));
    if (problems.HasErrors()) continue;
    FUZZ_CHECK(!a.name.empty() && !a.parties.empty() && Placed(a.name_at));
    const std::string key = janadhar::NameKey(a.name);
    FUZZ_CHECK(names.insert(key.empty() ? a.name : key).second);
    for (const std::string& p : a.parties) {
      const std::string pk = janadhar::NameKey(p);
      FUZZ_CHECK(parties.insert(pk.empty() ? p : pk).second);
    }
  }
  return 0;
}
