// The proposal use cases on a hand-made tree (org_people_test_util.h): the
// whole workflow to each decision (a member changing their view on the
// way), every refusal with its message and nothing written, the audit
// entries with before and after, and the list by subtree and status.
#include "service/comms_proposals.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "service/org_people_test_util.h"
#include "store/sqlite/sqlite_test_util.h"

namespace janadhar::service {
namespace {

using testing::Fields;
using testing::kAc;
using testing::kAgra;
using testing::kB45;
using testing::kDistrict;

class CommsProposalsTest : public testing::OrgPeopleTest {
 protected:
  void SetUp() override {
    OrgPeopleTest::SetUp();
    ram_ = Add(Fields("Ram Kumar", "9000000001"));
    sita_ = Add(Fields("Sita Devi", "9000000002"));
    PersonFields geeta = Fields("Geeta Singh", "9000000003", kAc);
    geeta.name_hi = "गीता सिंह";
    geeta_ = Add(geeta);
    gone_ = Add(Fields("Left Person", "9000000004"));
    ASSERT_TRUE(RemovePerson(*store_, "#" + std::to_string(gone_.id),
                             org::PersonStatus::kLeft, "2025-01-01", "moved", actor_)
                    .ok());
  }

  int64_t Submit(const std::string& from = kAc) {
    ProposalSubmitRequest r;
    r.from = from;
    r.title = "हर बूथ पर युवा प्रकोष्ठ";
    r.text = "हर बूथ पर युवा प्रकोष्ठ बने / a youth wing in every booth";
    r.on = "2026-03-01";
    r.actor = actor_;
    auto p = SubmitProposal(*store_, r);
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? p->id : 0;
  }
  Result<ProposalDetail> Assign(int64_t id, std::vector<int64_t> members,
                                const std::string& on = "2026-03-02") {
    return AssignCommittee(*store_, {id, std::move(members), on, actor_});
  }
  Result<ProposalDetail> View(int64_t id, const org::Person& who, const std::string& view,
                              const std::string& note = "",
                              const std::string& on = "2026-03-03") {
    return RecordView(*store_, {id, who.id, view, note, on, actor_});
  }
  Result<ProposalDetail> Decide(int64_t id, const std::string& decision,
                                const std::string& reasons,
                                const std::string& revised = "") {
    return DecideProposal(*store_,
                          {id, decision, reasons, revised, "2026-03-05", actor_});
  }
  // Rows of the proposal tables and the audit log.
  std::vector<int64_t> Counts() {
    std::vector<int64_t> out;
    for (const char* t : {"comms_proposals", "comms_proposal_members",
                          "comms_proposal_views", "comms_proposal_events", "org_audit"}) {
      out.push_back(store::testing::QueryInt((dir_ / "test.db").string(),
                                             std::string("SELECT count(*) FROM ") + t));
    }
    return out;
  }
  // The audit entries of proposal `id`, newest first.
  std::vector<org::AuditEntry> Log(int64_t id) {
    auto log = store_->LoadAudit("proposal " + std::to_string(id), 0);
    EXPECT_TRUE(log.ok()) << log.status().ToString();
    return log.ok() ? *log : std::vector<org::AuditEntry>{};
  }
  static void Fails(const Status& s, StatusCode code, const std::string& part) {
    EXPECT_EQ(s.code(), code) << s.ToString();
    EXPECT_NE(s.message().find(part), std::string::npos) << s.message();
  }

  org::Person ram_, sita_, geeta_, gone_;
};

TEST_F(CommsProposalsTest, AcceptedAfterReviewWithAChangedView) {
  const int64_t id = Submit();
  ASSERT_GT(id, 0);
  auto shown = ShowProposal(*store_, id);
  ASSERT_TRUE(shown.ok()) << shown.status().ToString();
  EXPECT_EQ(shown->record.proposal.status(), org::ProposalStatus::kSubmitted);
  EXPECT_EQ(shown->record.proposal.submitted_by, "asha");

  ASSERT_TRUE(Assign(id, {ram_.id, sita_.id}).ok());
  auto d = Assign(id, {ram_.id, sita_.id, geeta_.id});  // a change
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->record.proposal.status(), org::ProposalStatus::kUnderReview);
  ASSERT_EQ(d->members.size(), 3u);
  EXPECT_EQ(d->members[2].name_hi, "गीता सिंह");

  ASSERT_TRUE(View(id, ram_, "oppose", "खर्च ज़्यादा").ok());
  ASSERT_TRUE(View(id, sita_, "support").ok());
  d = View(id, ram_, "Support", "अब सहमत", "2026-03-04");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->tally.support, 2);
  EXPECT_EQ(d->tally.oppose, 0);
  EXPECT_EQ(d->tally.pending, 1);
  ASSERT_TRUE(d->current[0].has_value());
  EXPECT_EQ(d->current[0]->note, "अब सहमत");
  EXPECT_EQ(d->record.views.size(), 3u);  // the earlier view stays

  d = Decide(id, "accept", "समिति का बहुमत / the committee's majority");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  const org::Proposal& p = d->record.proposal;
  EXPECT_EQ(p.status(), org::ProposalStatus::kAccepted);
  EXPECT_EQ(p.decided_on, "2026-03-05");
  EXPECT_EQ(p.decided_by, "asha");
  EXPECT_TRUE(p.revised_text.empty());

  std::vector<std::string> events;
  for (const org::ProposalEvent& e : d->record.history) events.push_back(e.detail);
  ASSERT_EQ(events.size(), 7u);
  EXPECT_EQ(events[0], "submitted from S24/AC173: हर बूथ पर युवा प्रकोष्ठ");
  EXPECT_EQ(events[1].rfind("review committee assigned: #", 0), 0u) << events[1];
  EXPECT_NE(events[2].find("changed to"), std::string::npos) << events[2];
  EXPECT_NE(events[2].find("(was "), std::string::npos) << events[2];
  EXPECT_NE(events[5].find("changed their view from oppose to support (अब सहमत)"),
            std::string::npos)
      << events[5];
  EXPECT_EQ(events[6], "accepted: समिति का बहुमत / the committee's majority");

  const std::vector<org::AuditEntry> log = Log(id);
  ASSERT_EQ(log.size(), 7u);
  EXPECT_EQ(log[0].action, "proposal.decide");
  EXPECT_EQ(nlohmann::json::parse(log[0].before)["status"], "under_review");
  EXPECT_EQ(nlohmann::json::parse(log[0].after)["decision"], "accepted");
  EXPECT_EQ(log[1].action, "proposal.view");
  EXPECT_EQ(nlohmann::json::parse(log[1].before)["view"], "oppose");
  EXPECT_EQ(nlohmann::json::parse(log[1].after)["view"], "support");
  EXPECT_EQ(log[2].before, "");  // Sita's first view
  EXPECT_EQ(log[4].action, "proposal.assign");
  EXPECT_EQ(nlohmann::json::parse(log[4].before)["committee"].size(), 2u);
  EXPECT_EQ(nlohmann::json::parse(log[4].after)["committee"].size(), 3u);
  EXPECT_EQ(log[5].before, "");
  EXPECT_EQ(log[6].action, "proposal.submit");
  EXPECT_EQ(nlohmann::json::parse(log[6].after)["from"], kAc);
  EXPECT_EQ(log[6].actor, "asha");
}

TEST_F(CommsProposalsTest, RejectedAndRevisedCloseTheProposal) {
  const int64_t rejected = Submit();
  ASSERT_TRUE(Assign(rejected, {sita_.id}).ok());
  auto d = Decide(rejected, "rejected", "बजट नहीं");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->record.proposal.status(), org::ProposalStatus::kRejected);
  EXPECT_EQ(d->tally.pending, 1);  // decided without every view

  const int64_t revised = Submit(kB45);
  ASSERT_TRUE(Assign(revised, {ram_.id}).ok());
  ASSERT_TRUE(View(revised, ram_, "abstain").ok());
  d = Decide(revised, "revised", "छोटे स्तर से शुरू करें", "पहले शक्ति केंद्र स्तर पर");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->record.proposal.status(), org::ProposalStatus::kRevised);
  EXPECT_EQ(d->record.proposal.revised_text, "पहले शक्ति केंद्र स्तर पर");
  EXPECT_EQ(d->record.proposal.text,
            "हर बूथ पर युवा प्रकोष्ठ बने / a youth wing in every booth");
  EXPECT_EQ(nlohmann::json::parse(Log(revised)[0].after)["revised_text"],
            "पहले शक्ति केंद्र स्तर पर");

  // Closed: nothing more, and nothing written.
  const std::vector<int64_t> before = Counts();
  Fails(View(revised, ram_, "support").status(), StatusCode::kFailedPrecondition,
        "was revised on 2026-03-05 by asha and is closed; cannot record a view");
  Fails(Assign(revised, {sita_.id}).status(), StatusCode::kFailedPrecondition,
        "cannot change its committee");
  Fails(Decide(revised, "accepted", "again").status(), StatusCode::kFailedPrecondition,
        "cannot decide it again");
  EXPECT_EQ(Counts(), before);
}

TEST_F(CommsProposalsTest, RefusalsSayWhyAndWriteNothing) {
  ProposalSubmitRequest bad;
  bad.from = "S24/AC1733";
  bad.title = "x";
  bad.actor = actor_;
  Fails(SubmitProposal(*store_, bad).status(), StatusCode::kNotFound,
        "did you mean 'S24/AC173'");
  bad.from = kAc;
  bad.title = "  ";
  Fails(SubmitProposal(*store_, bad).status(), StatusCode::kInvalidArgument, "title");
  bad.title = "t";
  bad.on = "01-03-2026";
  Fails(SubmitProposal(*store_, bad).status(), StatusCode::kInvalidArgument,
        "YYYY-MM-DD");
  EXPECT_EQ(Counts()[0], 0);

  const int64_t id = Submit();
  std::vector<int64_t> before = Counts();
  Fails(Assign(id, {}).status(), StatusCode::kInvalidArgument, "at least one member");
  Fails(Assign(id, {ram_.id, sita_.id, ram_.id}).status(), StatusCode::kInvalidArgument,
        "named twice");
  Fails(Assign(id, {ram_.id, 999}).status(), StatusCode::kNotFound, "no person #999");
  Fails(Assign(id, {gone_.id}).status(), StatusCode::kFailedPrecondition,
        "only active members sit on a review committee");
  org::Person made;
  made.name_en = "Made Up";
  made.phone = "+919000000005";
  made.joined = "2024-01-10";
  made.unit = kB45;
  made.synthetic = true;
  auto made_id =
      store_->AddPerson(made, AuditEntryBy(actor_, "person.add", "", "", "{}"));
  ASSERT_TRUE(made_id.ok()) << made_id.status().ToString();
  const std::vector<int64_t> with_made = Counts();
  Fails(Assign(id, {ram_.id, *made_id}).status(), StatusCode::kFailedPrecondition,
        "made up by `org synth`");
  EXPECT_EQ(Counts(), with_made);
  before = with_made;
  Fails(Assign(id + 9, {ram_.id}).status(), StatusCode::kNotFound, "no proposal");
  Fails(Assign(id, {ram_.id}, "2026-02-01").status(), StatusCode::kInvalidArgument,
        "submitted on 2026-03-01");
  Fails(View(id, ram_, "support").status(), StatusCode::kFailedPrecondition,
        "no review committee yet");
  Fails(Decide(id, "accepted", "ok").status(), StatusCode::kFailedPrecondition,
        "no review committee yet");
  EXPECT_EQ(Counts(), before);

  ASSERT_TRUE(Assign(id, {ram_.id, geeta_.id}).ok());
  Fails(Assign(id, {ram_.id, geeta_.id}).status(), StatusCode::kFailedPrecondition,
        "already");
  const std::vector<int64_t> assigned = Counts();
  Fails(View(id, sita_, "support").status(), StatusCode::kFailedPrecondition,
        "its members are #" + std::to_string(ram_.id) + " Ram Kumar, #" +
            std::to_string(geeta_.id) + " गीता सिंह");
  Fails(View(id, ram_, "suport").status(), StatusCode::kInvalidArgument,
        "did you mean 'support'");
  org::Person nobody;
  nobody.id = 999;
  Fails(View(id, nobody, "support").status(), StatusCode::kNotFound, "no person #999");
  Fails(Decide(id, "acepted", "ok").status(), StatusCode::kInvalidArgument,
        "did you mean 'accepted'");
  Fails(Decide(id, "accepted", "  ").status(), StatusCode::kInvalidArgument, "reasons");
  Fails(Decide(id, "revised", "why").status(), StatusCode::kInvalidArgument,
        "revised text");
  Fails(Decide(id, "rejected", "why", "text").status(), StatusCode::kInvalidArgument,
        "only a \"revised\" decision");
  EXPECT_EQ(Counts(), assigned);
  auto d = ShowProposal(*store_, id);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->record.proposal.status(), org::ProposalStatus::kUnderReview);
}

TEST_F(CommsProposalsTest, AMemberWhoLeftGivesNoView) {
  const int64_t id = Submit();
  ASSERT_TRUE(Assign(id, {ram_.id, sita_.id}).ok());
  ASSERT_TRUE(RemovePerson(*store_, "#" + std::to_string(sita_.id),
                           org::PersonStatus::kExpelled, "2026-03-02", "indiscipline",
                           actor_)
                  .ok());
  const std::vector<int64_t> before = Counts();
  Fails(View(id, sita_, "oppose").status(), StatusCode::kFailedPrecondition,
        "no longer an active member (expelled)");
  EXPECT_EQ(Counts(), before);
  EXPECT_TRUE(View(id, ram_, "support").ok());
}

TEST_F(CommsProposalsTest, ListsBySubtreeAndStatus) {
  const int64_t ac = Submit(kAc);
  const int64_t booth = Submit(kB45);
  const int64_t agra = Submit(kAgra);
  ASSERT_TRUE(Assign(booth, {ram_.id}).ok());
  ASSERT_TRUE(Decide(booth, "accepted", "ok").ok());
  auto all = ListProposals(*store_, "", "", 0);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].id, agra);
  auto lucknow = ListProposals(*store_, kDistrict, "", 0);
  ASSERT_TRUE(lucknow.ok());
  ASSERT_EQ(lucknow->size(), 2u);
  EXPECT_EQ((*lucknow)[1].id, ac);
  auto accepted = ListProposals(*store_, "S24", "accepted", 0);
  ASSERT_TRUE(accepted.ok());
  ASSERT_EQ(accepted->size(), 1u);
  EXPECT_EQ((*accepted)[0].id, booth);
  EXPECT_EQ(ListProposals(*store_, "S24", "submitted", 0)->size(), 2u);
  Fails(ListProposals(*store_, "", "open", 0).status(), StatusCode::kInvalidArgument,
        "under_review");
  Fails(ListProposals(*store_, "S24/D:AGRAA", "", 0).status(), StatusCode::kNotFound,
        "did you mean");
  Fails(ShowProposal(*store_, 99).status(), StatusCode::kNotFound, "no proposal 99");
}

}  // namespace
}  // namespace janadhar::service
