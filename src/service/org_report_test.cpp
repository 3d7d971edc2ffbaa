// Coverage, search and the synthetic organisation (service/org_report.h) on a
// fresh store with a small hand-made tree: S24 → district Lucknow → AC173 →
// kendra SK12 → booths B45, B46, B47; district Agra → AC88 (no booths); and a
// second state S06 → AC1 → booth B1. Posts are given through AssignPost.
#include "service/org_report.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "org/unit.h"
#include "service/org_people.h"
#include "service/service_test_util.h"

namespace janadhar::service {
namespace {

using org::Role;
using org::UnitLevel;

const std::string kSk = "S24/AC173/SK12";
const std::string kB45 = "S24/AC173/B45";
const std::string kB46 = "S24/AC173/B46";
const std::string kB47 = "S24/AC173/B47";

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
  const int root = add(-1, UnitLevel::kState, state);
  if (state == "S06") {
    add(add(root, UnitLevel::kAssembly, "S06/AC1"), UnitLevel::kBooth, "S06/AC1/B1", "1");
    return t;
  }
  const int ac = add(add(root, UnitLevel::kDistrict, "S24/D:LUCKNOW"),
                     UnitLevel::kAssembly, "S24/AC173");
  const int sk = add(ac, UnitLevel::kShaktiKendra, kSk);
  for (const std::string& b : {kB45, kB46, kB47})
    add(sk, UnitLevel::kBooth, b, b.substr(b.size() - 2));
  add(add(root, UnitLevel::kDistrict, "S24/D:AGRA"), UnitLevel::kAssembly, "S24/AC88");
  return t;
}

class OrgReportTest : public testing::StoreTest {
 protected:
  OrgReportTest() : StoreTest("janadhar_org_report_") {}

  void SetUp() override {
    StoreTest::SetUp();
    for (const std::string state : {"S24", "S06"}) {
      const Status s = store_->ReplaceOrgUnits(state, Tree(state));
      ASSERT_TRUE(s.ok()) << s.ToString();
    }
  }

  // A new person (phone from `n`) holding `role` in `unit`; returns the post.
  org::Post Staff(int n, const std::string& unit, Role role,
                  const std::string& name_en = "Worker",
                  const std::string& name_hi = "") {
    PersonFields f;
    f.name_en = name_en;
    if (!name_hi.empty()) f.name_hi = name_hi;
    f.phone = "90000" + std::to_string(10000 + n);
    f.unit = unit;
    f.joined = "2024-01-01";
    auto p = AddPerson(*store_, f, {});
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    auto q = AssignPost(*store_, f.phone.value(), unit, role, "2024-02-01", {});
    EXPECT_TRUE(q.ok()) << q.status().ToString();
    return q.ok() ? *q : org::Post{};
  }

  Result<OrgCoverageResult> Coverage(const std::string& state,
                                     const std::string& unit = "", int depth = -1) {
    return OrgCoverage(*store_, {state, unit, depth});
  }
  // Each listed unit as "code booths/covered@depth".
  static std::vector<std::string> Rows(const OrgCoverageResult& r) {
    std::vector<std::string> out;
    for (const org::UnitCoverage& u : r.report.units) {
      out.push_back(r.tree.unit(u.unit).code + " " + std::to_string(u.covered) + "/" +
                    std::to_string(u.booths) + "@" + std::to_string(u.depth));
    }
    return out;
  }
  static std::vector<std::string> Lacks(const OrgCoverageResult& r) {
    std::vector<std::string> out;
    for (const org::UncoveredBooth& b : r.report.uncovered)
      out.push_back(r.tree.unit(b.unit).code + ": " + r.report.Lacks(b));
    return out;
  }
};

TEST_F(OrgReportTest, CoverageRollsUpThePostsWithTheStoredRules) {
  Staff(1, kB45, Role::kBoothPresident);
  Staff(2, kB45, Role::kBoothCommitteeMember);
  Staff(3, kB45, Role::kBoothCommitteeMember);
  const org::Post agent = Staff(4, kB45, Role::kPollingAgent);
  Staff(5, kB46, Role::kBoothPresident);
  Staff(6, kB46, Role::kPageInCharge);
  Staff(7, kSk, Role::kPresident);  // not a booth post: counts for nothing

  auto r = Coverage("S24");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->state, "S24");
  EXPECT_EQ(r->report.total.booths, 3);
  EXPECT_EQ(r->report.total.covered, 0);
  EXPECT_EQ(Lacks(*r), (std::vector<std::string>{
                           kB45 + ": 2 of 10 booth committee members",
                           kB46 + ": 0 of 10 booth committee members; no polling agent",
                           kB47 + ": no booth president; 0 of 10 booth committee "
                                  "members; no polling agent"}));
  EXPECT_EQ(r->report.uncovered[0].has[Role::kBoothCommitteeMember], 2);
  EXPECT_EQ(r->report.uncovered[0].missing[Role::kBoothCommitteeMember], 8);
  EXPECT_EQ(r->report.uncovered[1].has[Role::kPageInCharge], 1);

  ASSERT_TRUE(
      ChangeSettings(*store_, {{"booth.need.booth_committee_member", "2"}}, {}).ok());
  r = Coverage("UP");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->settings.booth[Role::kBoothCommitteeMember], 2);
  EXPECT_EQ(Rows(*r), (std::vector<std::string>{
                          "S24 1/3@0", "S24/D:LUCKNOW 1/3@1", "S24/AC173 1/3@2",
                          kSk + " 1/3@3", kB45 + " 1/1@4", kB46 + " 0/1@4",
                          kB47 + " 0/1@4", "S24/D:AGRA 0/0@1", "S24/AC88 0/0@2"}));
  ASSERT_TRUE(r->report.total.share.has_value());
  EXPECT_DOUBLE_EQ(*r->report.total.share, 1.0 / 3);
  EXPECT_FALSE(r->report.units.back().share.has_value());
  EXPECT_EQ(Lacks(*r)[0], kB46 + ": 0 of 2 booth committee members; no polling agent");

  // Ending a post, or the holder leaving, uncovers the booth.
  ASSERT_TRUE(EndPost(*store_, agent.id, "2024-03-01", {}).ok());
  r = Coverage("S24");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->report.total.covered, 0);
  EXPECT_EQ(Lacks(*r)[0], kB45 + ": no polling agent");
  Staff(8, kB45, Role::kPollingAgent);
  EXPECT_EQ(Coverage("S24")->report.total.covered, 1);
  ASSERT_TRUE(
      RemovePerson(*store_, "9000010001", org::PersonStatus::kLeft, "2024-04-01", "", {})
          .ok());
  r = Coverage("S24");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->report.total.covered, 0);
  EXPECT_EQ(Lacks(*r)[0], kB45 + ": no booth president");
}

TEST_F(OrgReportTest, CoverageOfAUnitToADepth) {
  auto r = Coverage("", kSk, 0);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->state, "S24");
  EXPECT_EQ(Rows(*r), std::vector<std::string>{kSk + " 0/3@0"});
  EXPECT_EQ(r->report.uncovered.size(), 3u);  // never cut by depth
  r = Coverage("S24", "S24/AC173", 1);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(Rows(*r), (std::vector<std::string>{"S24/AC173 0/3@0", kSk + " 0/3@1"}));
  r = Coverage("Uttar Pradesh", "", 1);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->report.units.size(), 3u);
  r = Coverage("S06");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->report.total.booths, 1);

  EXPECT_EQ(Coverage("S24", "S24/AC999").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(Coverage("S24", kSk, -2).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(OrgReportTest, CoverageNamesTheState) {
  auto r = Coverage("");
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("--state"), std::string::npos);
  r = Coverage("Utar Pradesh");
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("did you mean 'Uttar Pradesh'"), std::string::npos)
      << r.status().message();
  r = Coverage("UP", "S06/AC1");
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("is of S06, not S24"), std::string::npos)
      << r.status().message();
  r = Coverage("Bihar");
  ASSERT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("janadhar org bootstrap"), std::string::npos);
}

TEST_F(OrgReportTest, SearchFindsNamesInEitherScriptWithinAScope) {
  Staff(1, kB45, Role::kBoothPresident, "", "राम कुमार");
  Staff(2, kB46, Role::kBoothPresident, "Ram Prasad");
  Staff(3, "S24/AC88", Role::kPresident, "Ram Kumar Yadav");
  Staff(4, kB47, Role::kBoothPresident, "Sunita Devi", "सुनीता देवी");
  const auto names = [&](const OrgSearchRequest& q) {
    auto hits = OrgSearch(*store_, q);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    std::vector<std::string> out;
    for (const auto& h : hits.ok() ? *hits : std::vector<store::Store::PersonHit>{})
      out.push_back(h.person.phone.substr(8));
    return out;
  };
  OrgSearchRequest q;
  q.query = "Ram Kumar";
  std::vector<std::string> got = names(q);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "10001");  // exact in the other script, before the longer name
  EXPECT_EQ(got[1], "10003");
  q.query = "राम";
  EXPECT_EQ(names(q).size(), 3u);
  q.query = "sunita";
  EXPECT_EQ(names(q), std::vector<std::string>{"10004"});
  q.query = "Sun";  // a prefix
  EXPECT_EQ(names(q), std::vector<std::string>{"10004"});
  q.query = "सुनी";
  EXPECT_EQ(names(q), std::vector<std::string>{"10004"});
  q.query = "Ram";
  q.unit = "S24/AC173";
  EXPECT_EQ(names(q).size(), 2u);
  q.limit = 1;
  EXPECT_EQ(names(q).size(), 1u);
  q.unit = "";
  q.limit = 20;
  ASSERT_TRUE(
      RemovePerson(*store_, "9000010002", org::PersonStatus::kLeft, "", "", {}).ok());
  q.active_only = true;
  EXPECT_EQ(names(q).size(), 2u);

  for (const std::string empty : {"", "  ", "--"}) {
    q.query = empty;
    EXPECT_EQ(OrgSearch(*store_, q).status().code(), StatusCode::kInvalidArgument);
  }
  q.query = "Ram";
  q.limit = 0;
  EXPECT_EQ(OrgSearch(*store_, q).status().code(), StatusCode::kInvalidArgument);
  q.limit = 20;
  q.unit = "S24/AC999";
  EXPECT_EQ(OrgSearch(*store_, q).status().code(), StatusCode::kNotFound);
}

TEST_F(OrgReportTest, SynthAndWipeKeepTheRealOrganisation) {
  const org::Post real = Staff(1, kB45, Role::kBoothPresident, "Ram Kumar");
  auto r = SynthesiseOrg(*store_, {"UP", 7, {"demo", ""}});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->state, "S24");
  EXPECT_EQ(r->seed, 7u);
  EXPECT_GT(r->people, 0);
  EXPECT_GT(r->posts, 0);
  EXPECT_GT(r->sessions, 0);
  EXPECT_EQ(store_->CountPeople(true).value(), r->people);
  EXPECT_EQ(store_->CountPeople(false).value(), r->people + 1);
  auto cov = Coverage("S24");
  ASSERT_TRUE(cov.ok());
  EXPECT_EQ(cov->report.total.booths, 3);

  auto again = SynthesiseOrg(*store_, {"S24", 8, {}});
  ASSERT_EQ(again.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(again.status().message().find("wipe-synthetic"), std::string::npos);
  EXPECT_EQ(SynthesiseOrg(*store_, {"Bihar", 1, {}}).status().code(),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(SynthesiseOrg(*store_, {"Atlantis", 1, {}}).status().code(),
            StatusCode::kInvalidArgument);

  auto wiped = WipeSyntheticOrg(*store_, {"demo", ""});
  ASSERT_TRUE(wiped.ok()) << wiped.status().ToString();
  EXPECT_EQ(*wiped, r->people);
  EXPECT_EQ(store_->CountPeople(false).value(), 1);
  EXPECT_EQ(store_->CountPeople(true).value(), 0);
  auto kept = store_->GetPost(real.id);
  ASSERT_TRUE(kept.ok() && kept->has_value());
  EXPECT_TRUE((*kept)->to.empty());
  EXPECT_EQ(store_->LoadUnitPosts(kB45, true).value().size(), 1u);
  cov = Coverage("S24");
  ASSERT_TRUE(cov.ok());
  EXPECT_EQ(cov->report.uncovered[0].has[Role::kBoothPresident], 1);
  EXPECT_EQ(cov->report.uncovered[0].has[Role::kBoothCommitteeMember], 0);
  auto log = store_->LoadAudit("synthetic organisation", 0);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ((*log)[0].action, "org.wipe_synthetic");
  EXPECT_EQ((*log)[1].action, "org.synth");
  EXPECT_TRUE(SynthesiseOrg(*store_, {"S24", 7, {}}).ok());  // again after the wipe
}

}  // namespace
}  // namespace janadhar::service
