// libFuzzer target for the Form-20 parser: any bytes, no crash, and the
// result keeps its promises (one vote per column in every booth, counts that
// are whole numbers or missing, every marked row reported, nothing kept after
// a fatal problem).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string_view>

#include "importers/form20_file.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

bool Count(int64_t v) {
  return v >= 0 || v == janadhar::results::kMissing;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace janadhar;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  importers::ProblemList problems;
  const results::SegmentBooths seg =
      importers::ParseForm20File("f.csv", bytes, "S24", 1, &problems);
  Check(seg.ac == 1 && seg.state == "S24" && seg.file == "f.csv");

  std::set<int> warned, erred;
  for (const auto& p : problems.items()) {
    Check(p.file == "f.csv" && p.line >= 0 && p.column >= 0 && !p.message.empty());
    if (p.severity == importers::Severity::kWarning) warned.insert(p.line);
    if (p.severity == importers::Severity::kError) erred.insert(p.line);
  }
  if (problems.HasFatal()) Check(seg.booths.empty());
  if (!seg.booths.empty()) Check(!seg.columns.empty());

  std::set<std::string_view> parts;
  for (const auto& b : seg.booths) {
    Check(b.votes.size() == seg.columns.size());
    Check(b.line > 0 && !b.part.empty());
    Check(parts.insert(b.part).second);  // duplicates are left out
    for (int32_t v : b.votes) Check(Count(v));
    for (int64_t v : {b.electors_male, b.electors_female, b.electors_other,
                      b.electors_total, b.voters_male, b.voters_female, b.voters_other,
                      b.voters_total, b.epic_voters, b.tendered, b.total_votes}) {
      Check(Count(v));
    }
    if (b.flags & results::kBoothHasMissing) Check(warned.count(b.line) == 1);
    if (b.flags & results::kBoothHasInvalid) Check(erred.count(b.line) == 1);
  }

  const int ac = importers::AcNumberFromFileName(bytes.substr(0, 64));
  Check(ac >= 0);
  return 0;
}
