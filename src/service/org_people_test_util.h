// The fixture of the tests of the organisation's people and posts
// (org_people_test.cpp, org_posts_test.cpp): a fresh store with a small
// hand-made tree: S24 → district Lucknow → AC173 → block → mandal → kendra
// SK12 → booths B45, B46; district Agra → AC88 → booth B1; and a second state
// S06 with one district.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "org/unit.h"
#include "service/org_people.h"
#include "service/service_test_util.h"

namespace janadhar::service::testing {

inline const std::string kDistrict = "S24/D:LUCKNOW";
inline const std::string kAc = "S24/AC173";
inline const std::string kBlock = "S24/AC173/BLK:CHINHAT";
inline const std::string kMandal = "S24/AC173/MDL:MATIYARI";
inline const std::string kSk = "S24/AC173/SK12";
inline const std::string kB45 = "S24/AC173/B45";
inline const std::string kB46 = "S24/AC173/B46";
inline const std::string kAgra = "S24/D:AGRA";

inline org::UnitTree Tree(const std::string& state) {
  org::UnitTree t;
  const auto add = [&](int parent, org::UnitLevel level, const std::string& code,
                       int ac = 0, const std::string& part = "") {
    org::Unit u;
    u.parent = parent;
    u.level = level;
    u.code = code;
    u.name = code;
    u.state = state;
    u.ac = ac;
    u.part = part;
    auto id = t.Add(u);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : -1;
  };
  const int root = add(-1, org::UnitLevel::kState, state);
  if (state != "S24") {
    add(root, org::UnitLevel::kDistrict, state + "/D:KACHCHH");
    return t;
  }
  const int d = add(root, org::UnitLevel::kDistrict, kDistrict);
  const int ac = add(d, org::UnitLevel::kAssembly, kAc, 173);
  const int block = add(ac, org::UnitLevel::kBlock, kBlock, 173);
  const int mandal = add(block, org::UnitLevel::kMandal, kMandal, 173);
  const int sk = add(mandal, org::UnitLevel::kShaktiKendra, kSk, 173);
  add(sk, org::UnitLevel::kBooth, kB45, 173, "45");
  add(sk, org::UnitLevel::kBooth, kB46, 173, "46");
  const int agra = add(root, org::UnitLevel::kDistrict, kAgra);
  const int ac88 = add(agra, org::UnitLevel::kAssembly, "S24/AC88", 88);
  add(ac88, org::UnitLevel::kBooth, "S24/AC88/B1", 88, "1");
  return t;
}

inline PersonFields Fields(const std::string& name_en, const std::string& phone,
                           const std::string& unit = kB45) {
  PersonFields f;
  f.name_en = name_en;
  f.phone = phone;
  f.unit = unit;
  f.joined = "2024-01-10";
  return f;
}

class OrgPeopleTest : public StoreTest {
 protected:
  OrgPeopleTest() : StoreTest("janadhar_org_people_") {}

  void SetUp() override {
    StoreTest::SetUp();
    for (const std::string state : {"S24", "S06"}) {
      const Status s = store_->ReplaceOrgUnits(state, Tree(state));
      ASSERT_TRUE(s.ok()) << s.ToString();
    }
  }

  org::Person Add(const PersonFields& f) {
    auto p = AddPerson(*store_, f, actor_);
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? *p : org::Person{};
  }
  org::Post Assign(const org::Person& p, const std::string& unit, org::Role role,
                   const std::string& from = "2024-02-01") {
    auto q = AssignPost(*store_, "#" + std::to_string(p.id), unit, role, from, actor_);
    EXPECT_TRUE(q.ok()) << q.status().ToString();
    return q.ok() ? *q : org::Post{};
  }
  // Audit entries of `subject`, newest first; actions only.
  std::vector<std::string> Actions(const std::string& subject) {
    auto log = store_->LoadAudit(subject, 0);
    EXPECT_TRUE(log.ok()) << log.status().ToString();
    std::vector<std::string> out;
    for (const auto& e : log.ok() ? *log : std::vector<org::AuditEntry>{})
      out.push_back(e.action);
    return out;
  }
  int64_t People() { return store_->CountPeople(false).value(); }

  OrgActor actor_{"asha", ""};
};

}  // namespace janadhar::service::testing
