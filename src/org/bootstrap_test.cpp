#include "org/bootstrap.h"

#include <gtest/gtest.h>

#include <numeric>

namespace janadhar::org {
namespace {

BootstrapAc Ac(int number, std::string name, int booths) {
  BootstrapAc ac;
  ac.number = number;
  ac.name = std::move(name);
  for (int i = 1; i <= booths; ++i) {
    ac.stations.push_back({std::to_string(i), "Primary School " + std::to_string(i)});
  }
  return ac;
}

std::vector<int> ChildSizes(const UnitTree& tree, int id) {
  std::vector<int> sizes;
  for (int c : tree.children(id))
    sizes.push_back(static_cast<int>(tree.children(c).size()));
  return sizes;
}

void ExpectError(const BootstrapInput& input, const std::string& text) {
  auto r = BootstrapUnits(input);
  ASSERT_FALSE(r.ok()) << text;
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find(text), std::string::npos) << r.status().message();
}

TEST(KendraSizesTest, OneToThirteenAndFortyFive) {
  const std::vector<std::vector<int>> expected = {
      {},     {1},    {2},    {3},    {4},       {5},       {3, 3},
      {4, 3}, {4, 4}, {5, 4}, {5, 5}, {4, 4, 3}, {4, 4, 4}, {5, 4, 4}};
  for (int n = 0; n <= 13; ++n) EXPECT_EQ(KendraSizes(n), expected[n]) << n;
  EXPECT_EQ(KendraSizes(45), std::vector<int>(9, 5));
  EXPECT_EQ(KendraSizes(46), (std::vector<int>{5, 5, 5, 5, 5, 5, 4, 4, 4, 4}));
  EXPECT_EQ(KendraSizes(7, 3), (std::vector<int>{3, 2, 2}));
  EXPECT_EQ(KendraSizes(3, 0), (std::vector<int>{1, 1, 1}));
}

TEST(BootstrapTest, GroupsBoothsOfEveryCountIntoKendras) {
  BootstrapInput in;
  in.state_code = "S24";
  in.state_name = "Uttar Pradesh";
  for (int n = 1; n <= 13; ++n) in.acs.push_back(Ac(n, "AC" + std::to_string(n), n));
  in.acs.push_back(Ac(45, "Forty-five", 45));
  auto r = BootstrapUnits(in);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const UnitTree& t = *r;
  ASSERT_EQ(t.children(0).size(), 14u);  // no districts: ACs under the state
  for (int n = 1; n <= 13; ++n) {
    const int ac = t.children(0)[n - 1];
    EXPECT_EQ(t.unit(ac).ac, n);
    EXPECT_EQ(ChildSizes(t, ac), KendraSizes(n)) << n;
  }
  EXPECT_EQ(ChildSizes(t, t.children(0)[13]), std::vector<int>(9, 5));
  const int booths = 13 * 14 / 2 + 45;
  const int kendras = 1 + 1 + 1 + 1 + 1 + 2 + 2 + 2 + 2 + 2 + 3 + 3 + 3 + 9;
  EXPECT_EQ(t.CountByLevel(), (std::vector<int>{0, 1, 0, 14, 0, 0, kendras, booths}));
}

TEST(BootstrapTest, UnitsCodesNamesAndOrder) {
  BootstrapInput in;
  in.state_code = "S24";
  in.state_name = "Uttar Pradesh";
  BootstrapAc ac = Ac(173, "Agra Cantt", 0);
  for (const char* p : {"7", "8", "9", "9A", "10", "11", "12"}) {
    ac.stations.push_back({p, std::string("PS ") + p});
  }
  in.acs.push_back(ac);
  in.acs.push_back(Ac(2, "Nakur", 1));
  auto r = BootstrapUnits(in);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const UnitTree& t = *r;
  std::vector<std::string> codes, names;
  for (const Unit& u : t.units()) {
    codes.push_back(u.code);
    names.push_back(u.name);
  }
  const std::vector<std::string> expected_codes = {
      "S24",           "S24/AC2",       "S24/AC2/SK1",   "S24/AC2/B1",   "S24/AC173",
      "S24/AC173/SK1", "S24/AC173/B7",  "S24/AC173/B8",  "S24/AC173/B9", "S24/AC173/B9A",
      "S24/AC173/SK2", "S24/AC173/B10", "S24/AC173/B11", "S24/AC173/B12"};
  EXPECT_EQ(codes, expected_codes);
  EXPECT_EQ(names[0], "Uttar Pradesh");
  EXPECT_EQ(names[2], "SK 1: booth 1");
  EXPECT_EQ(names[4], "Agra Cantt");
  EXPECT_EQ(names[5], "SK 1: booths 7\u20139A");
  EXPECT_EQ(names[10], "SK 2: booths 10\u201312");
  EXPECT_EQ(names[9], "PS 9A");
  const Unit& b = t.unit(9);
  EXPECT_EQ(b.level, UnitLevel::kBooth);
  EXPECT_EQ(b.state, "S24");
  EXPECT_EQ(b.ac, 173);
  EXPECT_EQ(b.part, "9A");
  EXPECT_EQ(b.parent, 5);
  EXPECT_EQ(t.unit(5).ac, 173);
  EXPECT_EQ(t.unit(5).part, "");
  EXPECT_EQ(t.unit(0).ac, 0);
  for (const Unit& u : t.units()) EXPECT_LT(u.parent, u.id);
}

TEST(BootstrapTest, DistrictsSortedByNameAcsByNumber) {
  BootstrapInput in;
  in.state_code = "S24";
  in.acs = {Ac(5, "E", 2), Ac(1, "A", 1), Ac(3, "C", 6), Ac(2, "B", 1), Ac(4, "D", 0)};
  in.districts = {{1, "Saharanpur"},       {2, "Agra"},    {3, "SAHARANPUR"}, {4, "Agra"},
                  {5, "Sant Kabir Nagar"}, {99, "Nowhere"}};
  auto r = BootstrapUnits(in);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const UnitTree& t = *r;
  EXPECT_EQ(t.unit(0).name, "S24");  // no state name: the code
  std::vector<std::string> districts;
  for (int d : t.children(0)) {
    EXPECT_EQ(t.unit(d).level, UnitLevel::kDistrict);
    districts.push_back(t.unit(d).code + "=" + t.unit(d).name);
  }
  EXPECT_EQ(districts,
            (std::vector<std::string>{"S24/D:AGRA=Agra", "S24/D:SAHARANPUR=Saharanpur",
                                      "S24/D:SANT-KABIR-NAGAR=Sant Kabir Nagar"}));
  const auto acs_of = [&](int d) {
    std::vector<int> acs;
    for (int a : t.children(d)) acs.push_back(t.unit(a).ac);
    return acs;
  };
  EXPECT_EQ(acs_of(t.children(0)[0]), (std::vector<int>{2, 4}));
  EXPECT_EQ(acs_of(t.children(0)[1]), (std::vector<int>{1, 3}));
  EXPECT_EQ(acs_of(t.children(0)[2]), (std::vector<int>{5}));
  EXPECT_TRUE(t.children(*t.Find("S24/AC4")).empty());  // an AC with no stations
  EXPECT_EQ(t.CountByLevel(), (std::vector<int>{0, 1, 3, 5, 0, 0, 1 + 1 + 2 + 1, 10}));
  // The AC codes do not depend on the districts.
  EXPECT_EQ(t.unit(*t.Find("S24/AC3")).parent, *t.Find("S24/D:SAHARANPUR"));
  // Pre-order: every subtree is contiguous.
  for (const Unit& u : t.units()) {
    const auto sub = t.Subtree(u.id);
    for (size_t i = 0; i < sub.size(); ++i)
      EXPECT_EQ(sub[i].id, u.id + static_cast<int>(i));
  }
}

TEST(BootstrapTest, OptionsSetTheKendraSize) {
  BootstrapInput in;
  in.state_code = "S24";
  in.acs = {Ac(1, "A", 10)};
  BootstrapOptions options;
  options.max_booths_per_kendra = 4;
  auto r = BootstrapUnits(in, options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(ChildSizes(*r, 1), (std::vector<int>{4, 3, 3}));
}

TEST(BootstrapTest, Errors) {
  BootstrapInput in;
  in.state_code = "S24";
  in.acs = {Ac(1, "Behat", 3), Ac(2, "Nakur", 2)};
  ASSERT_TRUE(BootstrapUnits(in).ok());

  BootstrapInput empty_state = in;
  empty_state.state_code = "";
  ExpectError(empty_state, "no state given");
  empty_state.state_code = "  ";
  ExpectError(empty_state, "no state given");

  BootstrapInput twice = in;
  twice.acs.push_back(Ac(1, "Behat again", 1));
  ExpectError(twice, "AC 1 (Behat again) is given twice");

  BootstrapInput zero = in;
  zero.acs.push_back(Ac(0, "Zero", 1));
  ExpectError(zero, "AC number 0");

  BootstrapInput part = in;
  part.acs[1].stations.push_back({"2", "Again"});
  ExpectError(part, "AC 2 (Nakur) has part '2' twice");
  part = in;
  part.acs[1].stations.push_back({"2a", "x"});
  part.acs[1].stations.push_back({" 2A", "y"});
  ExpectError(part, "AC 2 (Nakur) has part ' 2A' twice");
  part = in;
  part.acs[0].stations.push_back({" ", "Blank"});
  ExpectError(part, "AC 1 (Behat) has a polling station with no part number");

  BootstrapInput no_district = in;
  no_district.districts = {{1, "Saharanpur"}};
  ExpectError(no_district, "AC 2 (Nakur) has no district in the mapping");
  no_district.districts = {{1, "Saharanpur"}, {2, " - "}};
  ExpectError(no_district, "AC 2 (Nakur) has a blank district name");
}

TEST(BootstrapTest, StationsOfASegment) {
  results::SegmentBooths seg;
  seg.state = "S24";
  seg.ac = 1;
  seg.booths.resize(2);
  seg.booths[0].part = "1";
  seg.booths[0].name = "Pra. Vi. Behat";
  seg.booths[1].part = "1A";
  seg.booths[1].name = "Kanya Pathshala";
  const auto st = StationsOf(seg);
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[1].part, "1A");
  EXPECT_EQ(st[1].name, "Kanya Pathshala");
}

}  // namespace
}  // namespace janadhar::org
