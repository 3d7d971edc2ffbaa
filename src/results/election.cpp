#include "results/election.h"

#include <cctype>

#include "base/text.h"

namespace janadhar::results {

std::string_view ElectionKindName(ElectionKind kind) {
  return kind == ElectionKind::kLokSabha ? "lok_sabha" : "vidhan_sabha";
}

std::optional<ElectionKind> ParseElectionKind(std::string_view text) {
  const std::string key = NameKey(text);
  if (key == "LS" || key == "LOKSABHA") return ElectionKind::kLokSabha;
  if (key == "VS" || key == "VIDHANSABHA" || key == "AE" || key == "ASSEMBLY") {
    return ElectionKind::kVidhanSabha;
  }
  return std::nullopt;
}

std::optional<Election> ElectionFromName(std::string_view name) {
  if (name.size() < 6) return std::nullopt;
  Election e;
  e.name = std::string(name);
  const std::string prefix = NameKey(name.substr(0, 2));
  if (prefix == "LS") {
    e.kind = ElectionKind::kLokSabha;
  } else if (prefix == "VS" || prefix == "AE") {
    e.kind = ElectionKind::kVidhanSabha;
  } else {
    return std::nullopt;
  }
  int year = 0;
  for (std::size_t i = 2; i < 6; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(name[i]))) return std::nullopt;
    year = year * 10 + (name[i] - '0');
  }
  if (year < 1951 || year > 2100) return std::nullopt;
  e.year = year;
  if (year >= 2009) e.delimitation = "2008";
  return e;
}

int SeatResult::WinnerIndex() const {
  int best = -1;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const auto& c = candidates[i];
    if (c.is_nota) continue;
    if (best < 0 || c.votes > candidates[best].votes) best = static_cast<int>(i);
  }
  return best;
}

std::string_view LinkMethodName(LinkMethod m) {
  switch (m) {
    case LinkMethod::kUnlinked: return "unlinked";
    case LinkMethod::kName: return "name";
    case LinkMethod::kFuzzyName: return "fuzzy_name";
    case LinkMethod::kVotes: return "votes";
    case LinkMethod::kNota: return "nota";
    case LinkMethod::kParty: return "party";
  }
  return "unlinked";
}

}  // namespace janadhar::results
