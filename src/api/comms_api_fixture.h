// The store of the communication endpoints' tests (comms_api_test.cpp,
// comms_rollup_api_test.cpp): each test has a store of its own
// (api_write_fixture.h) holding directive 1, report 1 and proposal 1 from
// S24/AC173 (to its booths; the proposal's committee persons 8 and 9) and
// proposal 2 from S24/D:AGRA; EveryEndpoint is a call of each endpoint about
// a unit of S24/AC173, and Written what the endpoints can write.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "api/api_write_fixture.h"
#include "nlohmann/json.hpp"
#include "service/comms_directives.h"
#include "service/comms_proposals.h"
#include "service/comms_reports.h"

namespace janadhar::api::testing_util {

// method, target, body (for a POST).
using Call3 = std::tuple<std::string, std::string, nlohmann::json>;

class CommsApiTest : public ApiWriteTest {
 protected:
  void SetUp() override {
    ApiWriteTest::SetUp();
    auto s = Open();
    const service::OrgActor tester{"tester", "S24/AC173"};
    service::DirectiveRequest d;
    d.from = "S24/AC173";
    d.level = "booth";
    d.title = "बूथ संपर्क अभियान";
    d.text = "हर घर तक पहुँचें";
    d.deadline = "2099-12-31";
    d.issued_on = "2026-01-05";
    d.actor = tester;
    Check(service::SendDirective(*s, d));
    service::ReportDefineRequest r;
    r.from = "S24/AC173";
    r.level = "booth";
    r.title = "Weekly";
    r.fields = {"households_visited:Households visited", "new_members:New members"};
    r.on = "2026-01-05";
    r.actor = tester;
    Check(service::DefineReport(*s, r));
    for (const char* from : {"S24/AC173", "S24/D:AGRA"}) {
      service::ProposalSubmitRequest p;
      p.from = from;
      p.title = "हर बूथ पर युवा प्रकोष्ठ";
      p.text = "हर बूथ पर पाँच युवा सदस्य";
      p.on = "2026-01-06";
      p.actor = {"tester", from};
      Check(service::SubmitProposal(*s, p));
    }
    Check(service::AssignCommittee(*s, {1, {8, 9}, "2026-01-07", tester}));
  }

  // Every endpoint as a user of S24/AC173 would call it, each about a unit
  // of S24/AC173, in an order in which each call succeeds.
  static std::vector<Call3> EveryEndpoint() {
    using nlohmann::json;
    return {
        {"GET", "/api/comms/directives?unit=S24/AC173", nullptr},
        {"GET", "/api/comms/directives/1?unit=S24/AC173/B45", nullptr},
        {"GET", "/api/comms/directives/1/compliance?unit=S24/AC173&depth=1", nullptr},
        {"GET", "/api/comms/directives/1/overdue?unit=S24/AC173&as_of=2100-01-01",
         nullptr},
        {"POST",
         "/api/comms/directives",
         {{"unit", "S24/AC173"}, {"title", "t"}, {"deadline", "2099-01-01"}}},
        {"POST", "/api/comms/directives/1/ack", {{"unit", "S24/AC173/B45"}}},
        {"POST",
         "/api/comms/directives/1/done",
         {{"unit", "S24/AC173/B45"}, {"note", "n"}}},
        {"GET", "/api/comms/reports?unit=S24/AC173", nullptr},
        {"GET", "/api/comms/reports/1?unit=S24/AC173/B45&period=2026-W02", nullptr},
        {"GET", "/api/comms/reports/1/rollup?unit=S24/AC173&period=2026-W02&depth=1",
         nullptr},
        {"GET", "/api/comms/reports/1/missing?unit=S24/AC173&period=2026-W02", nullptr},
        {"POST",
         "/api/comms/reports",
         {{"unit", "S24/AC173"}, {"title", "t"}, {"fields", {"visits"}}}},
        {"POST",
         "/api/comms/reports/1/submissions",
         {{"unit", "S24/AC173/B45"},
          {"period", "2026-W02"},
          {"values", {{"households_visited", 120}, {"new_members", 4}}}}},
        {"GET", "/api/comms/proposals?unit=S24/AC173", nullptr},
        {"GET", "/api/comms/proposals/1", nullptr},
        {"POST", "/api/comms/proposals", {{"from", "S24/AC173"}, {"title", "t"}}},
        {"POST", "/api/comms/proposals/1/views", {{"member", 8}, {"view", "support"}}},
        {"POST", "/api/comms/proposals/1/committee", {{"members", {9}}}},
        {"POST",
         "/api/comms/proposals/1/decision",
         {{"decision", "accepted"}, {"reasons", "r"}}},
    };
  }
  http::Response Send(const Call3& c, const std::string& as) const {
    const auto& [method, target, body] = c;
    return Do(target, method, as, method == "POST" ? body.dump() : "");
  }
  // What the endpoints write: the directives, directive 1's acknowledged and
  // done targets, the reports and report 1's submissions, the proposals and
  // proposal 1's views, committee and decision.
  std::vector<int64_t> Written() const {
    auto s = Open();
    auto directives = s->Comms().ListDirectives("", 0);
    auto reports = s->Comms().ListReportTemplates("", 0);
    auto proposals = s->Comms().ListProposals("", std::nullopt, 0);
    auto proposal = s->Comms().GetProposal(1);
    EXPECT_TRUE(directives.ok() && reports.ok() && proposals.ok() && proposal.ok());
    const org::Proposal& p = (*proposal)->proposal;
    return {static_cast<int64_t>(directives->size()),
            directives->back().acknowledged,
            directives->back().done,
            static_cast<int64_t>(reports->size()),
            reports->back().submissions,
            static_cast<int64_t>(proposals->size()),
            static_cast<int64_t>((*proposal)->views.size()),
            static_cast<int64_t>(p.committee.size()),
            p.decision.has_value()};
  }
};

}  // namespace janadhar::api::testing_util
