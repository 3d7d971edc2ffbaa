// The directive use cases on a hand-made tree (org_people_test_util.h):
// targeting by subtree and by level, the refusals and their messages,
// acknowledgement and completion with their audit entries, the compliance
// roll-up of a state, a unit and the whole country, and escalation.
#include "service/comms_directives.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "service/org_people_test_util.h"

namespace janadhar::service {
namespace {

using testing::kAc;
using testing::kAgra;
using testing::kB45;
using testing::kB46;
using testing::kDistrict;
using testing::kMandal;
using testing::kSk;

const std::string kAgraBooth = "S24/AC88/B1";

class CommsDirectivesTest : public testing::OrgPeopleTest {
 protected:
  DirectiveRequest Request(const std::string& from, const std::string& level = "booth") {
    DirectiveRequest r;
    r.from = from;
    r.level = level;
    r.title = "मतदाता संपर्क अभियान";
    r.text = "हर घर तक पहुँचें / reach every household";
    r.deadline = "2026-03-10";
    r.issued_on = "2026-03-01";
    r.actor = actor_;
    return r;
  }
  org::Directive Send(const DirectiveRequest& r) {
    auto d = SendDirective(*store_, r);
    EXPECT_TRUE(d.ok()) << d.status().ToString();
    return d.ok() ? *d : org::Directive{};
  }
  Status Report(int64_t id, const std::string& unit, bool done, const std::string& on,
                const std::string& note = "") {
    DirectiveReportRequest r{id, unit, done, on, note, actor_};
    return ReportOnDirective(*store_, r).status();
  }
  ComplianceResult Compliance(int64_t id, const std::string& unit,
                              const std::string& as_of) {
    ComplianceRequest r;
    r.directive = id;
    r.unit = unit;
    r.as_of = as_of;
    auto c = DirectiveCompliance(*store_, r);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? std::move(*c) : ComplianceResult{};
  }
};

TEST_F(CommsDirectivesTest, TargetsALevelOrAWholeSubtree) {
  EXPECT_EQ(Send(Request("S24")).targets, 3);
  EXPECT_EQ(Send(Request(kDistrict)).targets, 2);
  EXPECT_EQ(Send(Request("S24", "ac")).targets, 2);
  EXPECT_EQ(Send(Request("S24", "ward")).level, org::UnitLevel::kMandal);
  // The whole subtree below the sender: block, mandal, kendra, two booths.
  EXPECT_EQ(Send(Request(kAc, "")).targets, 5);
  // A unit below the sender: its subtree, itself included.
  DirectiveRequest to = Request("S24", "");
  to.to = kSk;
  const org::Directive d = Send(to);
  EXPECT_EQ(d.targets, 3);
  EXPECT_EQ(d.to, kSk);
  auto got = GetDirective(*store_, d.id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->title, "मतदाता संपर्क अभियान");
  EXPECT_EQ(got->text, "हर घर तक पहुँचें / reach every household");
  EXPECT_EQ(got->issued_by, "asha");
}

TEST_F(CommsDirectivesTest, RefusesBadDirectivesSayingWhy) {
  const auto fails = [&](const DirectiveRequest& r, StatusCode code,
                         const std::string& part) {
    auto d = SendDirective(*store_, r);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.status().code(), code) << d.status().ToString();
    EXPECT_NE(d.status().message().find(part), std::string::npos) << d.status().message();
  };
  DirectiveRequest r = Request("S24");
  r.deadline = "10-03-2026";
  fails(r, StatusCode::kInvalidArgument,
        "deadline: date '10-03-2026' is not written YYYY-MM-DD");
  r.deadline = "2026-02-28";
  fails(r, StatusCode::kInvalidArgument, "before the day");
  r.deadline = "";
  fails(r, StatusCode::kInvalidArgument, "a directive needs a deadline (YYYY-MM-DD)");
  fails(Request("S24/AC999"), StatusCode::kNotFound, "no unit 'S24/AC999'");
  fails(Request("S24", "boot"), StatusCode::kInvalidArgument, "booth");
  r = Request("S24");
  r.title = "  ";
  fails(r, StatusCode::kInvalidArgument, "title");
  r.title = std::string("bad \xff byte");
  fails(r, StatusCode::kInvalidArgument, "UTF-8");
  r = Request(kAc);
  r.to = kAgra;
  fails(r, StatusCode::kInvalidArgument, "not in it");
  fails(Request(kB45, ""), StatusCode::kFailedPrecondition, "reach no unit");
  EXPECT_TRUE(Actions("directive 1").empty());
}

TEST_F(CommsDirectivesTest, UnitsAcknowledgeAndComplete) {
  const org::Directive d = Send(Request("S24"));
  ASSERT_GT(d.id, 0);
  EXPECT_TRUE(Report(d.id, kB45, false, "2026-03-02").ok());
  EXPECT_TRUE(Report(d.id, kB45, true, "2026-03-04", "४२ घर, 3 नए सदस्य").ok());
  EXPECT_EQ(Report(d.id, kB45, true, "2026-03-05", "again").code(),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(Report(d.id, kAc, false, "2026-03-02").code(), StatusCode::kNotFound);
  EXPECT_EQ(Report(d.id, "S24/AC1/B9", false, "2026-03-02").code(),
            StatusCode::kNotFound);
  EXPECT_EQ(Report(d.id + 5, kB45, false, "2026-03-02").code(), StatusCode::kNotFound);
  EXPECT_EQ(Report(d.id, kB46, false, "2026-02-20").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Report(d.id, kB46, false, "2026/03/02").code(), StatusCode::kInvalidArgument);
  auto t = store_->Comms().GetDirectiveTarget(d.id, kB45);
  ASSERT_TRUE(t.ok() && t->has_value());
  EXPECT_EQ((*t)->note, "४२ घर, 3 नए सदस्य");
  EXPECT_EQ((*t)->done_by, "asha");
  EXPECT_EQ(
      Actions("directive " + std::to_string(d.id)),
      (std::vector<std::string>{"directive.done", "directive.ack", "directive.send"}));
}

TEST_F(CommsDirectivesTest, ComplianceRollsUpAndLateUnitsGoToTheirParents) {
  const org::Directive d = Send(Request("S24"));
  ASSERT_TRUE(Report(d.id, kB45, true, "2026-03-09", "done").ok());
  ASSERT_TRUE(Report(d.id, kB46, false, "2026-03-03").ok());
  // S24/AC88/B1: nothing.
  ComplianceResult r = Compliance(d.id, "", "2026-03-12");
  EXPECT_EQ(r.as_of, "2026-03-12");
  EXPECT_EQ(r.report.total.targets, 3);
  EXPECT_EQ(r.report.total.acknowledged, 2);
  EXPECT_EQ(r.report.total.done, 1);
  EXPECT_EQ(r.report.total.overdue, 2);
  ASSERT_FALSE(r.report.units.empty());
  for (const org::UnitCompliance& c : r.report.units) {
    const std::string& code = r.tree.unit(c.unit).code;
    if (code == kDistrict || code == kMandal) {
      EXPECT_EQ(c.targets, 2) << code;
      EXPECT_EQ(c.done, 1) << code;
      EXPECT_EQ(c.overdue, 1) << code;
    }
    if (code == kAgra) {
      EXPECT_EQ(c.overdue, 1);
    }
  }
  const std::vector<Escalation> up = EscalateLate(r.report);
  ASSERT_EQ(up.size(), 2u);
  EXPECT_EQ(r.tree.unit(up[0].parent).code, kSk);
  ASSERT_EQ(up[0].late.size(), 1u);
  EXPECT_EQ(r.tree.unit(r.report.late[up[0].late[0]].unit).code, kB46);
  EXPECT_EQ(r.report.late[up[0].late[0]].state, org::TargetState::kAcknowledged);
  EXPECT_EQ(r.tree.unit(up[1].parent).code, "S24/AC88");
  EXPECT_EQ(r.report.late[up[1].late[0]].days_late, 2);

  // One district's subtree; on the deadline nothing is late.
  ComplianceResult agra = Compliance(d.id, kAgra, "2026-03-12");
  EXPECT_EQ(agra.report.total.targets, 1);
  EXPECT_EQ(agra.report.total.overdue, 1);
  EXPECT_EQ(Compliance(d.id, "", "2026-03-10").report.late.size(), 0u);
}

TEST_F(CommsDirectivesTest, TheNationalUnitSendsToEveryState) {
  org::UnitTree national;
  ASSERT_TRUE(national.Add(org::NationalUnit()).ok());
  ASSERT_TRUE(store_->ReplaceOrgUnits("IN", national).ok());
  const org::Directive d = Send(Request("IN", "district"));
  EXPECT_EQ(d.targets, 3);  // two in S24, one in S06
  ASSERT_TRUE(Report(d.id, "S06/D:KACHCHH", true, "2026-03-02", "ok").ok());
  ComplianceResult all = Compliance(d.id, "IN", "2026-03-11");
  EXPECT_EQ(all.tree.unit(all.report.start).code, "IN");
  EXPECT_EQ(all.report.total.targets, 3);
  EXPECT_EQ(all.report.total.done, 1);
  EXPECT_EQ(all.report.total.overdue, 2);
  ComplianceResult s06 = Compliance(d.id, "S06", "2026-03-11");
  EXPECT_EQ(s06.report.total.targets, 1);
  EXPECT_EQ(s06.report.total.done, 1);
}

TEST_F(CommsDirectivesTest, ListsAndFindsDirectives) {
  Send(Request("S24"));
  Send(Request(kAgra));
  auto all = ListDirectives(*store_, "", 0);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  EXPECT_EQ(all->size(), 2u);
  auto lucknow = ListDirectives(*store_, kB45, 0);
  ASSERT_TRUE(lucknow.ok());
  EXPECT_EQ(lucknow->size(), 1u);
  EXPECT_EQ(ListDirectives(*store_, "S24/NOPE", 0).status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(GetDirective(*store_, 99).status().code(), StatusCode::kNotFound);
  ComplianceRequest none;
  none.directive = 99;
  EXPECT_EQ(DirectiveCompliance(*store_, none).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace janadhar::service
