// The org bootstrap use case through a temporary store filled with the store
// API: three made-up ACs of Uttar Pradesh, two with booth results, and
// districts files good and bad.
#include "service/org_service.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "org/unit.h"
#include "service/service_test_util.h"

namespace janadhar::service {
namespace {

results::SegmentBooths Segment(int ac, const std::vector<std::string>& parts) {
  results::SegmentBooths seg;
  seg.state = "S24";
  seg.ac = ac;
  seg.file = std::to_string(ac) + ".csv";
  results::BoothColumn col;
  col.ballot = 1;
  col.label = "1 - A";
  col.candidate = "A";
  seg.columns.push_back(col);
  int line = 2;
  for (const std::string& part : parts) {
    results::Booth b;
    b.part = part;
    b.name = "Booth " + part;
    b.votes = {10};
    b.total_votes = 10;
    b.line = line++;
    seg.booths.push_back(b);
  }
  return seg;
}

class OrgServiceTest : public testing::StoreTest {
 protected:
  OrgServiceTest() : StoreTest("janadhar_org_svc_") {}

  void SetUp() override {
    StoreTest::SetUp();
    geo::Delimitation d;
    d.name = "2008";
    d.states = {{"S24", "UP", "Uttar Pradesh"}};
    d.pcs = {{"S24", 1, "Saharanpur", geo::Reservation::kGeneral}};
    d.acs = {{"S24", 1, "Behat", geo::Reservation::kGeneral, 1},
             {"S24", 2, "Nakur", geo::Reservation::kGeneral, 1},
             {"S24", 3, "Saharanpur Nagar", geo::Reservation::kGeneral, 1}};
    ASSERT_TRUE(store_->ReplaceDelimitation(d, {"delimitation", "", "d.csv", {}}).ok());
    AddElection("ls2014");
  }

  void AddElection(const std::string& name) {
    results::Election e{name, results::ElectionKind::kLokSabha, 2014, "2008", ""};
    results::SeatResult seat;
    seat.state = "S24";
    seat.state_name = "Uttar Pradesh";
    seat.number = 1;
    seat.name = "Saharanpur";
    results::CandidateResult c;
    c.name = "A";
    c.party = "BJP";
    c.votes = 30;
    seat.candidates = {c};
    ASSERT_TRUE(store_->ReplaceSeatResults(e, {seat}, {"results", "", "r.csv", {}}).ok());
    const Status s = store_->ReplaceBoothResults(
        name, "S24",
        {Segment(1, {"1", "2", "3", "4", "5", "6", "6A"}), Segment(2, {"1", "2", "3"})},
        {"form20", "S24", "form20", {}});
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  static OrgBootstrapRequest Request(const std::string& districts = "") {
    OrgBootstrapRequest q;
    q.state = "UP";
    q.districts_file = districts;
    return q;
  }

  std::string GoodDistricts() {
    return Write("districts.csv",
                 "AC_NO,AC_NAME,DISTRICT,SUB_REGION\n"
                 "1,Behat,Saharanpur,West\n"
                 "2,Nakur,Saharanpur,West\n"
                 "3,Saharanpur Nagar,Saharanpur,West\n"
                 "4,Agra Cantt,Agra,West\n");
  }
};

TEST_F(OrgServiceTest, BuildsAndStoresTheTreeWithoutDistricts) {
  auto r = BootstrapOrg(*store_, Request());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->stored);
  EXPECT_EQ(r->state, "S24");
  EXPECT_EQ(r->state_name, "Uttar Pradesh");
  EXPECT_EQ(r->election, "ls2014");
  // 7 booths → kendras of 4 and 3; 3 booths → one; AC 3 has none.
  EXPECT_EQ(r->units, (std::vector<int>{0, 1, 0, 3, 0, 0, 3, 10}));
  ASSERT_EQ(r->acs_without_booths.size(), 1u);
  EXPECT_EQ(r->acs_without_booths[0].number, 3);
  EXPECT_EQ(r->acs_without_booths[0].name, "Saharanpur Nagar");
  EXPECT_TRUE(r->problems.empty());

  auto tree = store_->LoadOrgUnits("S24");
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  EXPECT_EQ(tree->size(), 17);
  const auto booth = tree->Find("S24/AC1/B6A");
  ASSERT_TRUE(booth.has_value());
  EXPECT_EQ(tree->PathName(*booth),
            "Uttar Pradesh > Behat > SK 2: booths 5–6A > Booth 6A");
  EXPECT_EQ(tree->unit(*booth).part, "6A");
  const auto empty_ac = tree->Find("S24/AC3");
  ASSERT_TRUE(empty_ac.has_value());
  EXPECT_TRUE(tree->children(*empty_ac).empty());
}

TEST_F(OrgServiceTest, StoresTheNationalUnitOnceAboveTheStates) {
  auto r = BootstrapOrg(*store_, Request());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->national_created);
  r = BootstrapOrg(*store_, Request());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->national_created);
  auto national = store_->LoadOrgUnits("IN");
  ASSERT_TRUE(national.ok()) << national.status().ToString();
  ASSERT_EQ(national->size(), 1);
  EXPECT_EQ(national->unit(0).code, "IN");
  EXPECT_EQ(national->unit(0).name, "India");
  EXPECT_EQ(national->unit(0).level, org::UnitLevel::kNational);
  // The state keeps its own tree, rooted at the state.
  EXPECT_EQ(store_->LoadOrgUnits("S24")->unit(0).code, "S24");
  EXPECT_EQ(*store_->LoadOrgStates(), std::vector<std::string>{"S24"});
  auto log = store_->LoadAudit("units of IN", 0);
  ASSERT_TRUE(log.ok()) << log.status().ToString();
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ(log->front().action, "units.national");
}

TEST_F(OrgServiceTest, AddsTheDistrictsAndReplacesTheEarlierTree) {
  ASSERT_TRUE(BootstrapOrg(*store_, Request()).ok());
  auto r = BootstrapOrg(*store_, Request(GoodDistricts()));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->stored);
  EXPECT_EQ(r->units, (std::vector<int>{0, 1, 1, 3, 0, 0, 3, 10}));
  auto tree = store_->LoadOrgUnits("S24");
  ASSERT_TRUE(tree.ok());
  EXPECT_EQ(tree->size(), 18);
  const auto ac = tree->Find("S24/AC2");
  ASSERT_TRUE(ac.has_value());
  EXPECT_EQ(tree->PathName(*ac), "Uttar Pradesh > Saharanpur > Nakur");
}

TEST_F(OrgServiceTest, ABadDistrictsFileIsReportedAtItsPlaceAndChangesNothing) {
  ASSERT_TRUE(BootstrapOrg(*store_, Request()).ok());
  const std::string file = Write("bad.csv",
                                 "AC_NO,AC_NAME,DISTRICT\n"
                                 "1,Behat,Saharanpur\n"
                                 "2,Nakur,\n"
                                 "x,Saharanpur Nagar,Saharanpur\n");
  auto r = BootstrapOrg(*store_, Request(file));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->stored);
  ASSERT_GE(r->problems.size(), 2u);
  EXPECT_EQ(r->problems[0].file, file);
  EXPECT_EQ(r->problems[0].line, 3);
  EXPECT_EQ(r->problems[0].column, 3);
  EXPECT_EQ(r->problems[1].line, 4);
  EXPECT_EQ(r->problems[1].column, 1);
  auto tree = store_->LoadOrgUnits("S24");
  ASSERT_TRUE(tree.ok());
  EXPECT_EQ(tree->size(), 17);  // the tree without districts, as before
}

TEST_F(OrgServiceTest, AnAcTheDistrictsFileDoesNotPlaceIsAnError) {
  const std::string file = Write("short.csv",
                                 "AC_NO,AC_NAME,DISTRICT\n"
                                 "1,Behat,Saharanpur\n"
                                 "2,Nakur,Saharanpur\n");
  auto r = BootstrapOrg(*store_, Request(file));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->stored);
  ASSERT_EQ(r->problems.size(), 1u);
  EXPECT_EQ(r->problems[0].line, 0);
  EXPECT_EQ(r->problems[0].message, "no district for 1 AC(s) of S24: 3 Saharanpur Nagar");
  auto tree = store_->LoadOrgUnits("S24");
  ASSERT_TRUE(tree.ok());
  EXPECT_TRUE(tree->empty());
}

TEST_F(OrgServiceTest, WhatIsMissingOrAmbiguousIsAnError) {
  auto r = BootstrapOrg(*store_, Request(dir_.string() + "/none.csv"));
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);

  OrgBootstrapRequest q = Request();
  q.state = "Utar Pradesh";
  r = BootstrapOrg(*store_, q);
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);

  q = Request();
  q.state = "Bihar";
  r = BootstrapOrg(*store_, q);
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition) << r.status().ToString();

  q = Request();
  q.election = "ls2019";
  r = BootstrapOrg(*store_, q);
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);

  AddElection("ls2015");
  r = BootstrapOrg(*store_, Request());
  ASSERT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("(ls2014, ls2015); say which with --election"),
            std::string::npos)
      << r.status().message();
  q = Request();
  q.election = "ls2015";
  r = BootstrapOrg(*store_, q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->election, "ls2015");
}

// A party's own units (or a district level) that a new bootstrap would not
// build are not removed unless asked: the error names them.
TEST_F(OrgServiceTest, ABootstrapKeepsUnitsItDoesNotBuildUnlessToldToReplace) {
  ASSERT_TRUE(BootstrapOrg(*store_, Request()).ok());
  org::UnitTree tree = store_->LoadOrgUnits("S24").value();
  org::Unit mandal;
  mandal.parent = *tree.Find("S24/AC1");
  mandal.level = org::UnitLevel::kMandal;
  mandal.code = "S24/AC1/M:GANGOH";
  mandal.name = "Gangoh";
  mandal.state = "S24";
  ASSERT_TRUE(tree.Add(mandal).ok());
  ASSERT_TRUE(store_->ReplaceOrgUnits("S24", tree).ok());

  auto r = BootstrapOrg(*store_, Request());
  ASSERT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("1 unit that this bootstrap does not build"),
            std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("S24/AC1/M:GANGOH"), std::string::npos);
  EXPECT_NE(r.status().message().find("--replace"), std::string::npos);
  EXPECT_TRUE(store_->LoadOrgUnits("S24")->Find("S24/AC1/M:GANGOH").has_value());

  OrgBootstrapRequest replace = Request();
  replace.replace = true;
  r = BootstrapOrg(*store_, replace);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(store_->LoadOrgUnits("S24")->Find("S24/AC1/M:GANGOH").has_value());

  // Districts added, then a bootstrap without them: refused the same way.
  ASSERT_TRUE(BootstrapOrg(*store_, Request(GoodDistricts())).ok());
  r = BootstrapOrg(*store_, Request());
  ASSERT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("S24/D:SAHARANPUR"), std::string::npos)
      << r.status().message();
}

}  // namespace
}  // namespace janadhar::service
