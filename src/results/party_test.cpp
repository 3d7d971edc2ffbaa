#include "results/party.h"

#include <gtest/gtest.h>

#include <set>

#include "base/text.h"
#include "results/election.h"

namespace janadhar::results {
namespace {

PartyDirectory Sample() {
  std::vector<Party> parties = {
      {1, "BJP", "Bharatiya Janata Party"},
      {2, "INC", "Indian National Congress"},
      {3, "CPM", "Communist Party of India (Marxist)"},
  };
  return PartyDirectory(parties, {{"Congress (I)", 2}});
}

TEST(PartyDirectory, ResolvesNamesAbbreviationsAndAliases) {
  const auto dir = Sample();
  EXPECT_EQ(dir.Resolve("Indian National congress")->id, 2);
  EXPECT_EQ(dir.Resolve("bjp")->id, 1);
  EXPECT_EQ(dir.Resolve("Communist Party of India  (Marxist)")->id, 3);
  EXPECT_EQ(dir.Resolve("congress (i)")->id, 2);
  EXPECT_EQ(dir.Resolve("Samajwadi Party"), nullptr);
}

TEST(KnownParties, AbbreviationsAndNamesAreUnique) {
  std::set<std::string> keys;
  for (const auto& p : KnownParties()) {
    EXPECT_TRUE(keys.insert(NameKey(p.abbreviation)).second) << p.abbreviation;
    EXPECT_TRUE(keys.insert(NameKey(p.name)).second) << p.name;
    for (auto a : p.aliases) EXPECT_TRUE(keys.insert(NameKey(a)).second) << a;
  }
}

TEST(Election, FromName) {
  auto e = ElectionFromName("ls2014");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->kind, ElectionKind::kLokSabha);
  EXPECT_EQ(e->year, 2014);
  EXPECT_EQ(e->delimitation, "2008");
  EXPECT_EQ(ElectionFromName("vs2004")->delimitation, "");
  EXPECT_FALSE(ElectionFromName("mine").has_value());
}

TEST(SeatResult, WinnerSkipsNota) {
  SeatResult s;
  s.candidates = {
      {"NOTA", "None of the Above", 900, true}, {"A", "X", 500}, {"B", "Y", 700}};
  EXPECT_EQ(s.WinnerIndex(), 2);
}

}  // namespace
}  // namespace janadhar::results
