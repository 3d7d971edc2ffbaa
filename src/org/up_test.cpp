// Uttar Pradesh from the shipped district lookup: 75 districts, 403 ACs, and
// (made up) 300 booths each; the roll-up over its 1,20,900 booths.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "importers/file_source.h"
#include "importers/region_file.h"
#include "org/bootstrap.h"
#include "org/coverage.h"

namespace janadhar::org {
namespace {

constexpr int kBoothsPerAc = 300;

// Booth `pos` (0-based) of AC `ac`: index i = (ac - 1) * 300 + pos has a
// president when i is even, i % 11 committee members, and an agent unless
// i % 3 == 0. Covered when i % 66 is 10 or 32.
BoothStaff Pattern(int ac, int pos) {
  const int i = (ac - 1) * kBoothsPerAc + pos;
  BoothStaff s;
  s[Role::kBoothPresident] = i % 2 == 0 ? 1 : 0;
  s[Role::kBoothCommitteeMember] = i % 11;
  s[Role::kPollingAgent] = i % 3 == 0 ? 0 : 1;
  return s;
}

int CoveredBelow(int n) {  // indices 0..n-1 with i % 66 in {10, 32}
  return n / 66 * 2 + (n % 66 > 10 ? 1 : 0) + (n % 66 > 32 ? 1 : 0);
}

TEST(UttarPradeshTest, BootstrapAndRollUp) {
  auto text = importers::ReadWholeFile(std::string(JANADHAR_SOURCE_DIR) +
                                       "/data/reference/up-ac-districts.csv");
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  importers::RegionFileOptions ro;
  ro.column = "DISTRICT";
  importers::ProblemList problems;
  const importers::RegionLookup lookup =
      importers::ParseRegionFile("up-ac-districts.csv", *text, ro, &problems);
  ASSERT_TRUE(problems.items().empty());
  ASSERT_EQ(lookup.rows.size(), 403u);

  BootstrapInput in;
  in.state_code = "S24";
  in.state_name = "Uttar Pradesh";
  std::set<std::string> district_names;
  for (const importers::RegionRow& row : lookup.rows) {
    in.districts[row.number] = row.region;
    district_names.insert(row.region);
    BootstrapAc ac;
    ac.number = row.number;
    ac.name = "AC " + std::to_string(row.number);
    for (int p = 1; p <= kBoothsPerAc; ++p)
      ac.stations.push_back({std::to_string(p), ""});
    in.acs.push_back(std::move(ac));
  }
  ASSERT_EQ(district_names.size(), 75u);

  auto tree = BootstrapUnits(in);
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  const int kendras = 403 * (kBoothsPerAc / 5);
  const int booths = 403 * kBoothsPerAc;
  EXPECT_EQ(tree->CountByLevel(),
            (std::vector<int>{0, 1, 75, 403, 0, 0, kendras, booths}));
  EXPECT_EQ(tree->size(), 1 + 75 + 403 + kendras + booths);
  const auto agra_cantt = tree->Find("S24/AC87");
  ASSERT_TRUE(agra_cantt.has_value());
  EXPECT_EQ(tree->unit(tree->unit(*agra_cantt).parent).code, "S24/D:AGRA");
  EXPECT_EQ(tree->unit(*tree->Find("S24/AC1/SK60")).name, "SK 60: booths 296\u2013300");

  std::vector<std::optional<BoothStaff>> staff(tree->size());
  std::map<int, int> pos_in_ac;
  for (const Unit& u : tree->units()) {
    if (u.level == UnitLevel::kBooth) staff[u.id] = Pattern(u.ac, pos_in_ac[u.ac]++);
  }
  auto rep = RollUpCoverage(*tree, staff, {});
  ASSERT_TRUE(rep.ok()) << rep.status().ToString();
  EXPECT_EQ(rep->total.booths, booths);
  EXPECT_EQ(CoveredBelow(booths), 3664);
  EXPECT_EQ(rep->total.covered, 3664);
  EXPECT_EQ(rep->uncovered.size(), static_cast<size_t>(booths - 3664));
  EXPECT_EQ(rep->units.size(), static_cast<size_t>(tree->size()));

  // Every AC, and every district as the sum of its ACs.
  std::map<int, int> district_covered;
  int checked = 0;
  for (const UnitCoverage& c : rep->units) {
    const Unit& u = tree->unit(c.unit);
    if (u.level != UnitLevel::kAssembly) continue;
    const int first = (u.ac - 1) * kBoothsPerAc;
    EXPECT_EQ(c.booths, kBoothsPerAc);
    EXPECT_EQ(c.covered, CoveredBelow(first + kBoothsPerAc) - CoveredBelow(first))
        << u.ac;
    district_covered[u.parent] += c.covered;
    ++checked;
  }
  EXPECT_EQ(checked, 403);
  EXPECT_EQ(rep->units[*agra_cantt].covered,
            CoveredBelow(87 * kBoothsPerAc) - CoveredBelow(86 * kBoothsPerAc));
  for (const auto& [district, covered] : district_covered) {
    EXPECT_EQ(rep->units[district].covered, covered) << tree->unit(district).code;
    EXPECT_EQ(rep->units[district].booths,
              static_cast<int>(tree->children(district).size()) * kBoothsPerAc);
  }
  EXPECT_EQ(rep->units[*tree->Find("S24/AC1")].covered, 10);

  CoverageOptions shallow;
  shallow.depth = 1;
  auto top = RollUpCoverage(*tree, staff, shallow);
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(top->units.size(), 76u);
  EXPECT_EQ(top->total.covered, 3664);
}

}  // namespace
}  // namespace janadhar::org
