// The national unit IN above the states' trees: coverage of the whole
// country, search, readmission and posts scoped to it, on a fresh store with
// two hand-made states: S24 → AC173 → booths B45, B46, B47; S06 → AC1 →
// booth B1.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "org/unit.h"
#include "service/org_import.h"
#include "service/org_people.h"
#include "service/org_report.h"
#include "service/org_service.h"
#include "service/service_test_util.h"

namespace janadhar::service {
namespace {

using org::Role;
using org::UnitLevel;

const std::string kB45 = "S24/AC173/B45";
const std::string kB46 = "S24/AC173/B46";
const std::string kB47 = "S24/AC173/B47";
const std::string kS06Booth = "S06/AC1/B1";

org::UnitTree Tree(const std::string& state) {
  org::UnitTree t;
  const auto add = [&](int parent, UnitLevel level, const std::string& code,
                       const std::string& part = "") {
    org::Unit u;
    u.parent = parent;
    u.level = level;
    u.code = code;
    u.name = code;
    u.state = state;
    u.part = part;
    return t.Add(u).value();
  };
  const int ac = add(add(-1, UnitLevel::kState, state), UnitLevel::kAssembly,
                     state == "S06" ? "S06/AC1" : "S24/AC173");
  if (state == "S06") {
    add(ac, UnitLevel::kBooth, kS06Booth, "1");
    return t;
  }
  for (const std::string& b : {kB45, kB46, kB47})
    add(ac, UnitLevel::kBooth, b, b.substr(b.size() - 2));
  return t;
}

class OrgNationalTest : public testing::StoreTest {
 protected:
  OrgNationalTest() : StoreTest("janadhar_org_national_") {}

  void SetUp() override {
    StoreTest::SetUp();
    for (const std::string state : {"S24", "S06"}) {
      const Status s = store_->ReplaceOrgUnits(state, Tree(state));
      ASSERT_TRUE(s.ok()) << s.ToString();
    }
  }

  void StoreNational() {
    auto made = EnsureNationalUnit(*store_, {"asha", ""});
    ASSERT_TRUE(made.ok()) << made.status().ToString();
  }

  // A new person (phone from `n`) of `unit`; holding `role` there unless
  // `role` is nullopt.
  org::Person Person(int n, const std::string& unit, std::optional<Role> role,
                     const std::string& name_en = "Worker") {
    PersonFields f;
    f.name_en = name_en;
    f.phone = "90000" + std::to_string(10000 + n);
    f.unit = unit;
    f.joined = "2024-01-01";
    auto p = AddPerson(*store_, f, {});
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    if (role) {
      auto q = AssignPost(*store_, f.phone.value(), unit, *role, "2024-02-01", {});
      EXPECT_TRUE(q.ok()) << q.status().ToString();
    }
    return p.ok() ? *p : org::Person{};
  }

  // Each listed unit as "code covered/booths@depth".
  static std::vector<std::string> Rows(const OrgCoverageResult& r) {
    std::vector<std::string> out;
    for (const org::UnitCoverage& u : r.report.units) {
      out.push_back(r.tree.unit(u.unit).code + " " + std::to_string(u.covered) + "/" +
                    std::to_string(u.booths) + "@" + std::to_string(u.depth));
    }
    return out;
  }
};

TEST_F(OrgNationalTest, EnsureNationalUnitStoresItOnce) {
  auto made = EnsureNationalUnit(*store_, {"asha", ""});
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  EXPECT_TRUE(*made);
  made = EnsureNationalUnit(*store_, {"asha", ""});
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  EXPECT_FALSE(*made);
  auto in = store_->FindOrgUnit("IN");
  ASSERT_TRUE(in.ok() && in->has_value());
  EXPECT_EQ((*in)->level, UnitLevel::kNational);
  EXPECT_EQ((*in)->name, "India");
  EXPECT_EQ((*in)->state, "IN");
  EXPECT_EQ((*in)->parent, -1);
  EXPECT_EQ(store_->LoadOrgUnits("IN")->size(), 1);
  EXPECT_EQ(*store_->LoadOrgStates(), (std::vector<std::string>{"S06", "S24"}));
  auto log = store_->LoadAudit("units of IN", 0);
  ASSERT_TRUE(log.ok()) << log.status().ToString();
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ((*log)[0].action, "units.national");
  EXPECT_EQ((*log)[0].actor, "asha");
}

TEST_F(OrgNationalTest, TheNationalTreeHoldsTheNationalUnitAlone) {
  org::UnitTree tree;
  ASSERT_TRUE(tree.Add(org::NationalUnit()).ok());
  org::Unit state;
  state.parent = 0;
  state.code = "S09";
  state.level = UnitLevel::kState;
  ASSERT_TRUE(tree.Add(state).ok());
  Status st = store_->ReplaceOrgUnits("IN", tree);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("holds the national unit alone; 'S09'"), std::string::npos)
      << st.message();
  st = store_->ReplaceOrgUnits("IN", Tree("S06"));
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("not the national unit 'IN'"), std::string::npos)
      << st.message();
  org::UnitTree national_as_state;
  ASSERT_TRUE(national_as_state.Add(org::NationalUnit()).ok());
  st = store_->ReplaceOrgUnits("S09", national_as_state);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("not the state unit 'S09'"), std::string::npos)
      << st.message();
}

TEST_F(OrgNationalTest, CoverageOfTheNationIsTheSumOfTheStates) {
  StoreNational();
  // Covered: a booth president and a polling agent (no committee needed).
  ASSERT_TRUE(
      ChangeSettings(*store_, {{"booth.need.booth_committee_member", "0"}}, {}).ok());
  Person(1, kB45, Role::kBoothPresident);
  Person(2, kB45, Role::kPollingAgent);
  Person(3, kB46, Role::kBoothPresident);
  Person(4, kS06Booth, Role::kBoothPresident);
  Person(5, kS06Booth, Role::kPollingAgent);
  // S24: 1 of 3 booths (B45); S06: 1 of 1; the nation: 2 of 4.
  auto r = OrgCoverage(*store_, {"", "IN", 1});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->state, "IN");
  EXPECT_EQ(r->tree.unit(r->report.start).code, "IN");
  EXPECT_EQ(r->report.total.booths, 4);
  EXPECT_EQ(r->report.total.covered, 2);
  ASSERT_TRUE(r->report.total.share.has_value());
  EXPECT_DOUBLE_EQ(*r->report.total.share, 0.5);
  EXPECT_EQ(Rows(*r), (std::vector<std::string>{"IN 2/4@0", "S06 1/1@1", "S24 1/3@1"}));
  ASSERT_EQ(r->report.uncovered.size(), 2u);
  EXPECT_EQ(r->tree.unit(r->report.uncovered[0].unit).code, kB46);
  EXPECT_EQ(r->tree.unit(r->report.uncovered[1].unit).code, kB47);

  // The same by --state IN, to every depth.
  r = OrgCoverage(*store_, {"in", "", -1});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(Rows(*r), (std::vector<std::string>{"IN 2/4@0", "S06 1/1@1", "S06/AC1 1/1@2",
                                                kS06Booth + " 1/1@3", "S24 1/3@1",
                                                "S24/AC173 1/3@2", kB45 + " 1/1@3",
                                                kB46 + " 0/1@3", kB47 + " 0/1@3"}));
  // A state's own report is unchanged.
  r = OrgCoverage(*store_, {"S24", "", 0});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(Rows(*r), std::vector<std::string>{"S24 1/3@0"});
}

TEST_F(OrgNationalTest, CoverageOfTheNationNeedsItsUnit) {
  auto r = OrgCoverage(*store_, {"IN", "", -1});
  ASSERT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("the national unit IN is not stored"),
            std::string::npos)
      << r.status().message();
  r = OrgCoverage(*store_, {"", "IN", -1});
  ASSERT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("stored by `janadhar org bootstrap` of any state"),
            std::string::npos)
      << r.status().message();
  r = OrgCoverage(*store_, {"", "", -1});
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("--unit IN for the whole country"),
            std::string::npos)
      << r.status().message();
  StoreNational();
  r = OrgCoverage(*store_, {"S24", "IN", -1});
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("the unit IN is of IN, not S24"), std::string::npos)
      << r.status().message();
}

TEST_F(OrgNationalTest, SearchWithinTheNationFindsEveryState) {
  StoreNational();
  Person(1, kB45, std::nullopt, "Ram Kumar");
  Person(2, kS06Booth, std::nullopt, "Ram Singh");
  Person(3, "IN", std::nullopt, "Ram Lal");
  const auto found = [&](const std::string& unit) {
    auto hits = OrgSearch(*store_, {"Ram", unit, 20, false});
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    std::vector<std::string> names;
    for (const auto& h : hits.ok() ? *hits : std::vector<store::Store::PersonHit>{})
      names.push_back(h.person.name_en);
    std::sort(names.begin(), names.end());
    return names;
  };
  EXPECT_EQ(found("IN"), (std::vector<std::string>{"Ram Kumar", "Ram Lal", "Ram Singh"}));
  EXPECT_EQ(found(""), found("IN"));
  EXPECT_EQ(found("S24"), std::vector<std::string>{"Ram Kumar"});
  EXPECT_EQ(found("S06"), std::vector<std::string>{"Ram Singh"});
}

TEST_F(OrgNationalTest, TheNationReadmitsAtAnyConfiguredLevel) {
  StoreNational();
  const org::Person p = Person(1, kB45, std::nullopt, "Ram Kumar");
  const std::string who = "#" + std::to_string(p.id);
  for (const std::string level : {"district", "state", "national"}) {
    ASSERT_TRUE(ChangeSettings(*store_, {{"readmit.level", level}}, {}).ok());
    ASSERT_TRUE(RemovePerson(*store_, who, org::PersonStatus::kLeft, "", "", {}).ok());
    auto r = ReadmitPerson(*store_, who, "appeal", {"asha", "IN"});
    ASSERT_TRUE(r.ok()) << level << ": " << r.status().ToString();
    EXPECT_EQ(r->status, org::PersonStatus::kActive);
  }
  // At the national level a state may not readmit.
  ASSERT_TRUE(RemovePerson(*store_, who, org::PersonStatus::kExpelled, "", "", {}).ok());
  auto r = ReadmitPerson(*store_, who, "appeal", {"asha", "S24"});
  ASSERT_EQ(r.status().code(), StatusCode::kPermissionDenied);
  EXPECT_NE(r.status().message().find("national level or above"), std::string::npos)
      << r.status().message();
  auto log = store_->LoadAudit("person " + std::to_string(p.id), 0);
  ASSERT_TRUE(log.ok());
  ASSERT_FALSE(log->empty());
  EXPECT_EQ(log->front().action, "person.expel");
  EXPECT_EQ((*log)[1].action, "person.readmit");
  EXPECT_EQ((*log)[1].actor_unit, "IN");
}

TEST_F(OrgNationalTest, PostsAtTheNationalUnit) {
  StoreNational();
  const org::Person p = Person(1, kB45, std::nullopt, "Ram Kumar");
  const std::string who = "#" + std::to_string(p.id);
  auto q = AssignPost(*store_, who, "IN", Role::kPresident, "2024-02-01", {});
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  auto booth_role = AssignPost(*store_, who, "IN", Role::kPollingAgent, "2024-02-01", {});
  ASSERT_EQ(booth_role.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(booth_role.status().message().find("IN is a national"), std::string::npos)
      << booth_role.status().message();
  auto posts = store_->LoadUnitPosts("IN", true);
  ASSERT_TRUE(posts.ok()) << posts.status().ToString();
  ASSERT_EQ(posts->size(), 1u);
  EXPECT_EQ((*posts)[0].role, Role::kPresident);
  // Holding a post without training: due for it, seen from the nation too.
  Person(2, kS06Booth, Role::kBoothPresident, "Sita Devi");
  auto pending = store_->LoadPendingTraining("IN", 0);
  ASSERT_TRUE(pending.ok()) << pending.status().ToString();
  ASSERT_EQ(pending->size(), 2u);
  EXPECT_EQ((*pending)[0].person.name_en, "Sita Devi");  // S06 before S24
  EXPECT_EQ((*pending)[1].person.name_en, "Ram Kumar");
  EXPECT_EQ(store_->LoadPendingTraining("S24", 0)->size(), 1u);
}

TEST_F(OrgNationalTest, AUnitsFileHoldsNoNationalUnits) {
  StoreNational();
  const std::string file = Write("units.csv",
                                 "code,parent,level,name\n"
                                 "IN,,national,Bharat\n"
                                 "IN/X,IN,district,X\n"
                                 "S24/AC173/BLK:A,S24/AC173,block,A\n");
  UnitsImportRequest q;
  q.file = file;
  q.actor = {"importer", "S24"};
  auto r = ImportUnits(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->written);
  ASSERT_EQ(r->problems.size(), 2u);
  EXPECT_EQ(r->problems[0].line, 2);
  EXPECT_NE(r->problems[0].message.find("the national unit is not imported"),
            std::string::npos)
      << r->problems[0].message;
  EXPECT_EQ(r->problems[1].line, 3);
  EXPECT_NE(r->problems[1].message.find("is of the national unit IN"), std::string::npos)
      << r->problems[1].message;
  EXPECT_EQ((*store_->FindOrgUnit("IN"))->name, "India");
}

}  // namespace
}  // namespace janadhar::service
