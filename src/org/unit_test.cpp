#include "org/unit.h"

#include <gtest/gtest.h>

namespace janadhar::org {
namespace {

Unit Make(int parent, UnitLevel level, std::string code, std::string name = "") {
  Unit u;
  u.parent = parent;
  u.level = level;
  u.code = std::move(code);
  u.name = std::move(name);
  return u;
}

TEST(UnitLevelTest, NamesRoundTrip) {
  int levels = 0;
  for (UnitLevel l : {UnitLevel::kNational, UnitLevel::kState, UnitLevel::kDistrict,
                      UnitLevel::kAssembly, UnitLevel::kBlock, UnitLevel::kMandal,
                      UnitLevel::kShaktiKendra, UnitLevel::kBooth}) {
    auto parsed = ParseUnitLevel(UnitLevelName(l));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, l);
    EXPECT_EQ(static_cast<int>(l), levels++);  // from the top down
  }
  EXPECT_EQ(levels, kUnitLevelCount);
  EXPECT_EQ(UnitLevelName(UnitLevel::kNational), "national");
  EXPECT_EQ(*ParseUnitLevel("National"), UnitLevel::kNational);
  EXPECT_EQ(UnitLevelName(UnitLevel::kAssembly), "ac");
  EXPECT_EQ(UnitLevelName(UnitLevel::kShaktiKendra), "shakti_kendra");
  EXPECT_EQ(*ParseUnitLevel("SK"), UnitLevel::kShaktiKendra);
  EXPECT_EQ(*ParseUnitLevel("Assembly"), UnitLevel::kAssembly);
  EXPECT_EQ(*ParseUnitLevel("Ward"), UnitLevel::kMandal);
  auto bad = ParseUnitLevel("village");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("'village'"), std::string::npos);
  EXPECT_NE(bad.status().message().find("shakti_kendra"), std::string::npos);
  auto near = ParseUnitLevel("distrct");
  ASSERT_FALSE(near.ok());
  EXPECT_NE(near.status().message().find("did you mean 'district'"), std::string::npos)
      << near.status().message();
  auto nation = ParseUnitLevel("nationl");
  ASSERT_FALSE(nation.ok());
  EXPECT_NE(nation.status().message().find("did you mean 'national'"), std::string::npos)
      << nation.status().message();
  EXPECT_NE(nation.status().message().find("the levels are national, state,"),
            std::string::npos)
      << nation.status().message();
}

TEST(UnitLevelTest, TheNationalUnit) {
  const Unit in = NationalUnit();
  EXPECT_EQ(in.code, "IN");
  EXPECT_EQ(in.name, "India");
  EXPECT_EQ(in.level, UnitLevel::kNational);
  EXPECT_EQ(in.state, "IN");
  EXPECT_EQ(in.parent, -1);
  UnitTree tree;
  ASSERT_TRUE(tree.Add(in).ok());
  // A state may stand under it; the national unit under a state may not.
  EXPECT_TRUE(tree.Add(Make(0, UnitLevel::kState, "S24")).ok());
  auto below = tree.Add(Make(1, UnitLevel::kNational, "IN2"));
  ASSERT_FALSE(below.ok());
  EXPECT_NE(below.status().message().find("(national) cannot be under 'S24' (state)"),
            std::string::npos)
      << below.status().message();
}

TEST(UnitCodeTest, Scheme) {
  EXPECT_EQ(StateCode("S24"), "S24");
  EXPECT_EQ(DistrictCode("S24", "Agra"), "S24/D:AGRA");
  EXPECT_EQ(DistrictCode("S24", " Sant  Kabir Nagar "), "S24/D:SANT-KABIR-NAGAR");
  EXPECT_EQ(DistrictCode("S24", "Ambedkar Nagar (Akbarpur)"),
            "S24/D:AMBEDKAR-NAGAR-AKBARPUR");
  EXPECT_EQ(DistrictKey("आगरा"), "आगरा");  // non-ASCII kept
  EXPECT_EQ(AcCode("S24", 173), "S24/AC173");
  EXPECT_EQ(KendraCode("S24", 173, 12), "S24/AC173/SK12");
  EXPECT_EQ(BoothCode("S24", 173, "45a "), "S24/AC173/B45A");
  EXPECT_EQ(PartKey("  12 "), "12");
}

class UnitTreeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // 0 state; 1 AC1 (2 SK1 (3 B1, 4 B2), 5 SK2 (6 B3)); 7 AC2 (8 SK1 (9 B1))
    ASSERT_TRUE(tree_.Add(Make(-1, UnitLevel::kState, "S24", "UP")).ok());
    ASSERT_TRUE(tree_.Add(Make(0, UnitLevel::kAssembly, "S24/AC1", "Behat")).ok());
    ASSERT_TRUE(tree_.Add(Make(1, UnitLevel::kShaktiKendra, "S24/AC1/SK1", "SK 1")).ok());
    ASSERT_TRUE(tree_.Add(Make(2, UnitLevel::kBooth, "S24/AC1/B1", "School")).ok());
    ASSERT_TRUE(tree_.Add(Make(2, UnitLevel::kBooth, "S24/AC1/B2")).ok());
    ASSERT_TRUE(tree_.Add(Make(1, UnitLevel::kShaktiKendra, "S24/AC1/SK2")).ok());
    ASSERT_TRUE(tree_.Add(Make(5, UnitLevel::kBooth, "S24/AC1/B3")).ok());
    ASSERT_TRUE(tree_.Add(Make(0, UnitLevel::kAssembly, "S24/AC2")).ok());
    ASSERT_TRUE(tree_.Add(Make(7, UnitLevel::kShaktiKendra, "S24/AC2/SK1")).ok());
    ASSERT_TRUE(tree_.Add(Make(8, UnitLevel::kBooth, "S24/AC2/B1")).ok());
  }
  UnitTree tree_;
};

TEST_F(UnitTreeTest, IdsChildrenAndFind) {
  EXPECT_EQ(tree_.size(), 10);
  EXPECT_EQ(tree_.unit(4).id, 4);
  EXPECT_EQ(tree_.children(0), (std::vector<int>{1, 7}));
  EXPECT_EQ(tree_.children(1), (std::vector<int>{2, 5}));
  EXPECT_TRUE(tree_.children(9).empty());
  EXPECT_EQ(tree_.Find("S24/AC1/B3"), 6);
  EXPECT_EQ(tree_.Find("S24/AC9"), std::nullopt);
  EXPECT_EQ(tree_.CountByLevel(), (std::vector<int>{0, 1, 0, 2, 0, 0, 3, 4}));
}

TEST_F(UnitTreeTest, PathsAndSubtrees) {
  EXPECT_EQ(tree_.PathToRoot(4), (std::vector<int>{4, 2, 1, 0}));
  EXPECT_EQ(tree_.PathToRoot(0), (std::vector<int>{0}));
  EXPECT_EQ(tree_.PathName(3), "UP > Behat > SK 1 > School");
  std::vector<int> ids, depths;
  for (const auto& v : tree_.Subtree(1)) {
    ids.push_back(v.id);
    depths.push_back(v.depth);
  }
  EXPECT_EQ(ids, (std::vector<int>{1, 2, 3, 4, 5, 6}));
  EXPECT_EQ(depths, (std::vector<int>{0, 1, 2, 2, 1, 2}));
  ids.clear();
  for (const auto& v : tree_.Subtree(0, 1)) ids.push_back(v.id);
  EXPECT_EQ(ids, (std::vector<int>{0, 1, 7}));
  EXPECT_EQ(tree_.Subtree(0).size(), 10u);
  EXPECT_EQ(tree_.Subtree(9).size(), 1u);
}

TEST_F(UnitTreeTest, AddRefusesBadUnits) {
  const auto expect_error = [&](Unit u, const std::string& text) {
    auto r = tree_.Add(std::move(u));
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(text), std::string::npos) << r.status().message();
  };
  expect_error(Make(-1, UnitLevel::kState, "S09"), "not in the tree");
  expect_error(Make(42, UnitLevel::kBooth, "X"), "not in the tree");
  expect_error(Make(0, UnitLevel::kBooth, "S24/AC1/B1"), "two units have the code");
  expect_error(Make(2, UnitLevel::kAssembly, "S24/AC3"), "cannot be under");
  expect_error(Make(0, UnitLevel::kDistrict, ""), "needs a code");
  EXPECT_EQ(tree_.size(), 10);

  UnitTree empty;
  auto r = empty.Add(Make(0, UnitLevel::kState, "S24"));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("root"), std::string::npos);
  // A refused code leaves the tree as it was: the code is free again.
  EXPECT_EQ(tree_.Find("S24/AC3"), std::nullopt);
  EXPECT_TRUE(tree_.Add(Make(0, UnitLevel::kAssembly, "S24/AC3")).ok());
}

TEST_F(UnitTreeTest, FromUnitsMakesWhatAddMakes) {
  std::vector<Unit> units = tree_.units();
  for (Unit& u : units) u.id = 99;  // ignored
  auto built = UnitTree::FromUnits(units);
  ASSERT_TRUE(built.ok()) << built.status().ToString();
  ASSERT_EQ(built->size(), tree_.size());
  for (int i = 0; i < tree_.size(); ++i) {
    EXPECT_EQ(built->unit(i).id, i);
    EXPECT_EQ(built->unit(i).code, tree_.unit(i).code);
    EXPECT_EQ(built->unit(i).parent, tree_.unit(i).parent);
    EXPECT_EQ(built->children(i), tree_.children(i));
    EXPECT_EQ(built->Find(tree_.unit(i).code), i);
  }
  EXPECT_EQ(built->Find("S24/AC9"), std::nullopt);

  // Add's errors, for the first bad unit.
  const auto expect_error = [&](std::vector<Unit> bad, const std::string& text) {
    auto r = UnitTree::FromUnits(std::move(bad));
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(text), std::string::npos) << r.status().message();
  };
  std::vector<Unit> twice = units;
  twice.push_back(Make(1, UnitLevel::kShaktiKendra, "S24/AC1/SK2"));
  expect_error(twice, "two units have the code 'S24/AC1/SK2'");
  std::vector<Unit> later = units;
  later[3].parent = 5;  // a parent after it
  expect_error(later, "not in the tree");
  std::vector<Unit> upside = units;
  upside.push_back(Make(3, UnitLevel::kShaktiKendra, "S24/AC1/SK9"));
  expect_error(upside, "cannot be under");
  EXPECT_TRUE(UnitTree::FromUnits({})->empty());
}

TEST_F(UnitTreeTest, JoinUnderNationalKeepsEachStatesOrder) {
  UnitTree other;
  ASSERT_TRUE(other.Add(Make(-1, UnitLevel::kState, "S06", "Gujarat")).ok());
  ASSERT_TRUE(other.Add(Make(0, UnitLevel::kAssembly, "S06/AC1")).ok());
  const UnitTree empty;
  auto joined = JoinUnderNational(NationalUnit(), {&tree_, &empty, &other});
  ASSERT_TRUE(joined.ok()) << joined.status().ToString();
  ASSERT_EQ(joined->size(), 1 + tree_.size() + other.size());
  EXPECT_EQ(joined->unit(0).code, "IN");
  EXPECT_EQ(joined->children(0), (std::vector<int>{1, 1 + tree_.size()}));
  for (int id = 0; id < tree_.size(); ++id) {
    const Unit& u = joined->unit(1 + id);
    EXPECT_EQ(u.code, tree_.unit(id).code);
    EXPECT_EQ(u.parent, id == 0 ? 0 : 1 + tree_.unit(id).parent);
  }
  const int ac = 1 + tree_.size() + 1;
  EXPECT_EQ(joined->unit(ac).code, "S06/AC1");
  EXPECT_EQ(joined->PathName(ac), "India > Gujarat > ");
  EXPECT_EQ(joined->CountByLevel(), (std::vector<int>{1, 2, 0, 3, 0, 0, 3, 4}));

  auto twice = JoinUnderNational(NationalUnit(), {&tree_, &tree_});
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().message().find("two units have the code 'S24'"),
            std::string::npos)
      << twice.status().message();
  auto not_state = JoinUnderNational(NationalUnit(), {&*joined});
  ASSERT_FALSE(not_state.ok());
  EXPECT_NE(not_state.status().message().find("not rooted at a state unit"),
            std::string::npos);
  auto not_national = JoinUnderNational(Make(-1, UnitLevel::kState, "S09"), {&other});
  EXPECT_EQ(not_national.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace janadhar::org
