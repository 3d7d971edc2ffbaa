// The hand-made tree of the communication tests (directive_test.cpp,
// report_test.cpp): S24 → D:A (AC1: 3 booths, AC2: 2 booths) and D:B (AC3: 2
// booths), 13 units, 7 booths, added in pre-order; and a unit's id by code.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "org/unit.h"

namespace janadhar::org::testing {

inline UnitTree HandMadeTree() {
  UnitTree tree;
  const auto add = [&tree](int parent, UnitLevel level, const std::string& code) {
    Unit u;
    u.parent = parent;
    u.level = level;
    u.code = code;
    u.name = code;
    u.state = "S24";
    auto id = tree.Add(u);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : -1;
  };
  const int s = add(-1, UnitLevel::kState, "S24");
  const int da = add(s, UnitLevel::kDistrict, "S24/D:A");
  const int ac1 = add(da, UnitLevel::kAssembly, "S24/AC1");
  for (const char* b : {"S24/AC1/B1", "S24/AC1/B2", "S24/AC1/B3"}) {
    add(ac1, UnitLevel::kBooth, b);
  }
  const int ac2 = add(da, UnitLevel::kAssembly, "S24/AC2");
  for (const char* b : {"S24/AC2/B1", "S24/AC2/B2"}) add(ac2, UnitLevel::kBooth, b);
  const int db = add(s, UnitLevel::kDistrict, "S24/D:B");
  const int ac3 = add(db, UnitLevel::kAssembly, "S24/AC3");
  for (const char* b : {"S24/AC3/B1", "S24/AC3/B2"}) add(ac3, UnitLevel::kBooth, b);
  return tree;
}

inline int Id(const UnitTree& tree, const std::string& code) {
  const auto id = tree.Find(code);
  EXPECT_TRUE(id.has_value()) << code;
  return id.value_or(-1);
}

}  // namespace janadhar::org::testing
