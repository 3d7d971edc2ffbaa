#include "auth/access.h"

#include <gtest/gtest.h>

namespace janadhar::auth {
namespace {

using org::Unit;
using org::UnitLevel;
using org::UnitTree;

Unit Make(int parent, UnitLevel level, std::string code) {
  Unit u;
  u.parent = parent;
  u.level = level;
  u.code = std::move(code);
  u.name = u.code;
  return u;
}

// S24 > D:AGRA > AC173 > B45A, S24 > D:AGRA > AC174, S24 > D:MATHURA > AC80.
// The ACs' codes do not begin with their district's.
UnitTree StateTree() {
  UnitTree tree;
  const int s = *tree.Add(Make(-1, UnitLevel::kState, "S24"));
  const int agra = *tree.Add(Make(s, UnitLevel::kDistrict, "S24/D:AGRA"));
  const int ac173 = *tree.Add(Make(agra, UnitLevel::kAssembly, "S24/AC173"));
  EXPECT_TRUE(tree.Add(Make(ac173, UnitLevel::kBooth, "S24/AC173/B45A")).ok());
  EXPECT_TRUE(tree.Add(Make(agra, UnitLevel::kAssembly, "S24/AC174")).ok());
  const int mathura = *tree.Add(Make(s, UnitLevel::kDistrict, "S24/D:MATHURA"));
  EXPECT_TRUE(tree.Add(Make(mathura, UnitLevel::kAssembly, "S24/AC80")).ok());
  return tree;
}

TEST(AccessTest, DistrictGrantCoversItsAcsByTreeNotByCode) {
  const UnitTree tree = StateTree();
  const std::vector<Grant> grants = {{Role::kOfficeBearer, "S24/D:AGRA"}};
  EXPECT_TRUE(MayAct(tree, grants, "S24/D:AGRA", Action::kWrite));
  EXPECT_TRUE(MayAct(tree, grants, "S24/AC173", Action::kWrite));
  EXPECT_TRUE(MayAct(tree, grants, "S24/AC173/B45A", Action::kSeeUnmasked));
  EXPECT_TRUE(MayAct(tree, grants, "S24/AC174", Action::kRead));
  // Not the other district's AC, not the state above, and no granting.
  EXPECT_FALSE(MayAct(tree, grants, "S24/AC80", Action::kRead));
  EXPECT_FALSE(MayAct(tree, grants, "S24/D:MATHURA", Action::kRead));
  EXPECT_FALSE(MayAct(tree, grants, "S24", Action::kRead));
  EXPECT_FALSE(MayAct(tree, grants, "S24/AC173", Action::kGrant));
  EXPECT_TRUE(Covers(tree, "S24/D:AGRA", "S24/AC173/B45A"));
  EXPECT_FALSE(Covers(tree, "S24/AC173", "S24/D:AGRA"));
}

TEST(AccessTest, NationalGrantCoversEveryState) {
  const UnitTree tree = StateTree();  // a state's tree: IN is not in it
  const std::vector<Grant> grants = {{Role::kAdmin, "IN"}};
  EXPECT_TRUE(MayAct(tree, grants, "S24/AC80", Action::kGrant));
  EXPECT_TRUE(MayAct(tree, grants, "S24", Action::kWrite));
  EXPECT_TRUE(MayAct(tree, grants, "IN", Action::kGrant));
  // A grant in a state does not reach the national unit.
  EXPECT_FALSE(MayAct(tree, {{Role::kAdmin, "S24"}}, "IN", Action::kRead));

  auto joined = org::JoinUnderNational(org::NationalUnit(), {&tree});
  ASSERT_TRUE(joined.ok());
  EXPECT_TRUE(MayAct(*joined, grants, "S24/AC173/B45A", Action::kSeeUnmasked));
  EXPECT_FALSE(MayAct(*joined, {{Role::kAdmin, "S24/AC80"}}, "IN", Action::kRead));
}

TEST(AccessTest, UnknownUnitsAreDenied) {
  const UnitTree tree = StateTree();
  const std::vector<Grant> grants = {{Role::kAdmin, "S24"}};
  EXPECT_FALSE(MayAct(tree, grants, "S24/AC999", Action::kRead));
  EXPECT_FALSE(MayAct(tree, grants, "S09", Action::kRead));
  EXPECT_FALSE(MayAct(tree, {{Role::kAdmin, "S09"}}, "S24/AC173", Action::kRead));
  EXPECT_FALSE(MayAct(tree, {}, "S24/AC173", Action::kRead));
}

TEST(AccessTest, GrantsCombine) {
  const UnitTree tree = StateTree();
  // A viewer of the state who works in one AC: writes only there, and never
  // sees phones unmasked.
  const std::vector<Grant> grants = {{Role::kViewer, "S24"},
                                     {Role::kWorker, "S24/AC173"}};
  EXPECT_EQ(AccessAt(tree, grants, "S24/AC173/B45A"), (Access{true, true, false, false}));
  EXPECT_EQ(AccessAt(tree, grants, "S24/AC80"), (Access{true, false, false, false}));
  EXPECT_EQ(AccessAt(tree, grants, "S24/AC999"), Access{});
  EXPECT_FALSE(MayAct(tree, grants, "S24/AC173", Action::kSeeUnmasked));
}

}  // namespace
}  // namespace janadhar::auth

namespace janadhar::auth {
namespace {

// AccessOnPath agrees with AccessAt on every unit of the tree and every
// grant, and allows nothing on an empty path.
TEST(AccessTest, OnPathAgreesWithTheTree) {
  const UnitTree tree = StateTree();
  const std::vector<std::vector<Grant>> grant_sets = {
      {{Role::kOfficeBearer, "S24/D:AGRA"}},
      {{Role::kViewer, "S24/AC173"}, {Role::kWorker, "S24/D:MATHURA"}},
      {{Role::kAdmin, "IN"}},
      {{Role::kAdmin, "S24/AC80"}},
      {}};
  for (int id = 0; id < tree.size(); ++id) {
    std::vector<std::string> path;
    for (const int up : tree.PathToRoot(id))
      path.insert(path.begin(), tree.unit(up).code);
    for (const auto& grants : grant_sets) {
      EXPECT_EQ(AccessOnPath(path, grants), AccessAt(tree, grants, tree.unit(id).code))
          << tree.unit(id).code;
    }
  }
  EXPECT_EQ(AccessOnPath({}, {{Role::kAdmin, "IN"}}), Access{});
  EXPECT_TRUE(AccessOnPath({"S29", "S29/AC1"}, {{Role::kViewer, "IN"}}).read);
  EXPECT_FALSE(AccessOnPath({"S29", "S29/AC1"}, {{Role::kViewer, "S24"}}).read);
}

// The strongest role covering a unit, from its own grants and those above.
TEST(AccessTest, StrongestRoleOnPath) {
  const std::vector<std::string> ac = {"S24", "S24/D:LUCKNOW", "S24/AC173"};
  EXPECT_EQ(StrongestRoleOnPath(ac, {}), std::nullopt);
  EXPECT_EQ(StrongestRoleOnPath(ac, {{Role::kWorker, "S24"}, {Role::kAdmin, "S24/AC80"}}),
            Role::kWorker);
  EXPECT_EQ(StrongestRoleOnPath(ac, {{Role::kViewer, "S24/AC173"},
                                     {Role::kOfficeBearer, "S24/D:LUCKNOW"}}),
            Role::kOfficeBearer);
  EXPECT_EQ(StrongestRoleOnPath(ac, {{Role::kWorker, "S24"}, {Role::kAdmin, "IN"}}),
            Role::kAdmin);
  EXPECT_EQ(StrongestRoleOnPath({}, {{Role::kAdmin, "IN"}}), std::nullopt);
}

}  // namespace
}  // namespace janadhar::auth
