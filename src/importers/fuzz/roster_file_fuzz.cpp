// Fuzzes the roster reader: every good row checked by org::CheckPerson, every
// phone and EPIC once, a post's first day only with a role, and nothing
// returned after a fatal problem.
#include <cstdint>
#include <set>
#include <string>

#include "importers/fuzz/fuzz_check.h"
#include "importers/roster_file.h"

using namespace janadhar;
using namespace janadhar::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  ProblemList problems;
  RosterOptions options;
  options.default_joined = "2024-05-01";
  const Roster r = ReadRoster("fuzz.csv", data, options, &problems);
  if (problems.HasFatal()) FUZZ_CHECK(r.rows.empty());
  FUZZ_CHECK(static_cast<int>(r.rows.size()) <= r.rows_read);
  std::set<std::string> phones, epics;
  for (const auto& row : r.rows) {
    FUZZ_CHECK(row.line >= 1 && row.col.phone >= 1 && row.col.unit >= 1);
    FUZZ_CHECK(org::CheckPerson(row.person).ok());
    FUZZ_CHECK(row.role.has_value() == !row.post_from.empty());
    FUZZ_CHECK(phones.insert(row.person.phone).second);
    if (!row.person.epic.empty()) FUZZ_CHECK(epics.insert(row.person.epic).second);
  }
  return 0;
}
