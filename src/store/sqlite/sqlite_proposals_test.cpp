// Proposals in the SQLite store: a proposal with its committee, views and
// decision read back with its history in order; every change with its event
// and audit entry; the refusals (closed, not a member, no committee, no
// person) changing nothing; the list by subtree and status; a unit a
// proposal comes from kept by ReplaceOrgUnits; the upgrade of a version 10
// store.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_org_test_util.h"

namespace janadhar::store {
namespace {

using testing::AddPersonOrFail;
using testing::Audit;
using testing::kAc1;
using testing::kAc2;
using testing::kB1;
using testing::MakePerson;
using testing::OpenOrgStore;
using testing::QueryInt;

org::Proposal MakeProposal(const std::string& from) {
  org::Proposal p;
  p.from = from;
  p.title = "बूथ स्तर पर युवा प्रकोष्ठ";
  p.text = "हर बूथ पर युवा प्रकोष्ठ बने / a youth wing in every booth";
  p.submitted_on = "2026-03-01";
  p.submitted_by = "ravi";
  return p;
}

org::ProposalEvent Event(org::ProposalEventKind kind, const std::string& detail) {
  return {kind, "2026-03-02", "ravi", detail};
}

// Rows of the proposal tables and the audit log, to check that a refused
// change wrote nothing.
std::vector<int64_t> Counts(const std::string& path) {
  std::vector<int64_t> out;
  for (const char* t : {"comms_proposals", "comms_proposal_members",
                        "comms_proposal_views", "comms_proposal_events", "org_audit"}) {
    out.push_back(QueryInt(path, std::string("SELECT count(*) FROM ") + t));
  }
  out.push_back(QueryInt(path, "SELECT count(decision) FROM comms_proposals"));
  return out;
}

TEST(SqliteProposalsTest, KeepsTheWholeWorkflowAndItsHistory) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t a = AddPersonOrFail(*s.store, MakePerson("राम", "Ram", 1));
  const int64_t b = AddPersonOrFail(*s.store, MakePerson("सीता", "Sita", 2));
  CommsStore& comms = s.store->Comms();
  auto p = comms.AddProposal(MakeProposal(kAc1),
                             Event(org::ProposalEventKind::kSubmitted, "submitted"),
                             Audit("proposal.submit"));
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_GT(p->id, 0);
  const std::string subject = "proposal " + std::to_string(p->id);
  ASSERT_TRUE(comms
                  .SetProposalCommittee(p->id, {b, a},
                                        Event(org::ProposalEventKind::kCommittee, "c"),
                                        Audit("proposal.assign"))
                  .ok());
  const org::MemberView first{a, org::ProposalView::kOppose, "पहले विरोध", "2026-03-03",
                              "ravi"};
  const org::MemberView later{a, org::ProposalView::kSupport, "", "2026-03-04", "ravi"};
  for (const org::MemberView& v : {first, later}) {
    const Status st = comms.AddProposalView(
        p->id, v, Event(org::ProposalEventKind::kView, "v"), Audit("proposal.view"));
    ASSERT_TRUE(st.ok()) << st.ToString();
  }
  org::Proposal decided;
  decided.decision = org::ProposalDecision::kRevised;
  decided.reasons = "सहमति से";
  decided.revised_text = "हर शक्ति केंद्र पर";
  decided.decided_on = "2026-03-05";
  decided.decided_by = "asha";
  ASSERT_TRUE(comms
                  .DecideProposal(p->id, decided,
                                  Event(org::ProposalEventKind::kDecision, "d"),
                                  Audit("proposal.decide"))
                  .ok());

  auto got = comms.GetProposal(p->id);
  ASSERT_TRUE(got.ok() && got->has_value()) << got.status().ToString();
  const org::ProposalRecord& r = **got;
  EXPECT_EQ(r.proposal.from, kAc1);
  EXPECT_EQ(r.proposal.text, MakeProposal(kAc1).text);
  EXPECT_EQ(r.proposal.committee, (std::vector<int64_t>{b, a}));
  EXPECT_EQ(r.proposal.status(), org::ProposalStatus::kRevised);
  EXPECT_EQ(r.proposal.reasons, "सहमति से");
  EXPECT_EQ(r.proposal.revised_text, "हर शक्ति केंद्र पर");
  EXPECT_EQ(r.proposal.decided_by, "asha");
  ASSERT_EQ(r.views.size(), 2u);
  EXPECT_EQ(r.views[0].view, org::ProposalView::kOppose);
  EXPECT_EQ(r.views[0].note, "पहले विरोध");
  EXPECT_EQ(r.views[1].view, org::ProposalView::kSupport);
  ASSERT_EQ(r.history.size(), 5u);
  EXPECT_EQ(r.history[0].kind, org::ProposalEventKind::kSubmitted);
  EXPECT_EQ(r.history[1].kind, org::ProposalEventKind::kCommittee);
  EXPECT_EQ(r.history[3].kind, org::ProposalEventKind::kView);
  EXPECT_EQ(r.history[4].kind, org::ProposalEventKind::kDecision);
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT count(*) FROM org_audit WHERE subject = '" + subject + "'"),
            5);
  auto none = comms.GetProposal(p->id + 1);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  // Closed: nothing more is written.
  const std::vector<int64_t> before = Counts(s.path);
  const Status view = comms.AddProposalView(
      p->id, later, Event(org::ProposalEventKind::kView, "v"), Audit("proposal.view"));
  EXPECT_EQ(view.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(view.message().find("closed"), std::string::npos) << view.message();
  EXPECT_EQ(comms
                .SetProposalCommittee(p->id, {a},
                                      Event(org::ProposalEventKind::kCommittee, "c"),
                                      Audit("proposal.assign"))
                .code(),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(
      comms
          .DecideProposal(p->id, decided, Event(org::ProposalEventKind::kDecision, "d"),
                          Audit("proposal.decide"))
          .code(),
      StatusCode::kFailedPrecondition);
  EXPECT_EQ(Counts(s.path), before);
}

TEST(SqliteProposalsTest, RefusesAndWritesNothing) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t a = AddPersonOrFail(*s.store, MakePerson("राम", "Ram", 1));
  const int64_t b = AddPersonOrFail(*s.store, MakePerson("सीता", "Sita", 2));
  CommsStore& comms = s.store->Comms();
  const auto event = Event(org::ProposalEventKind::kSubmitted, "x");
  EXPECT_EQ(comms.AddProposal(MakeProposal("S24/AC9"), event, Audit("x")).status().code(),
            StatusCode::kNotFound);
  auto p = comms.AddProposal(MakeProposal(kB1), event, Audit("proposal.submit"));
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const std::vector<int64_t> before = Counts(s.path);
  org::Proposal decided;
  decided.decision = org::ProposalDecision::kAccepted;
  decided.reasons = "ok";
  decided.decided_on = "2026-03-05";
  const Status early = comms.DecideProposal(p->id, decided, event, Audit("x"));
  EXPECT_EQ(early.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(early.message().find("no review committee yet"), std::string::npos);
  const Status no_one = comms.AddProposalView(
      p->id, {a, org::ProposalView::kSupport, "", "2026-03-02", "x"}, event, Audit("x"));
  EXPECT_EQ(no_one.code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(comms.SetProposalCommittee(p->id, {a, 999}, event, Audit("x")).code(),
            StatusCode::kNotFound);
  EXPECT_EQ(comms.SetProposalCommittee(p->id, {a, a}, event, Audit("x")).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(comms.SetProposalCommittee(p->id + 7, {a}, event, Audit("x")).code(),
            StatusCode::kNotFound);
  org::Proposal no_reasons = decided;
  no_reasons.reasons = " ";
  EXPECT_EQ(comms.DecideProposal(p->id, no_reasons, event, Audit("x")).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(Counts(s.path), before);

  ASSERT_TRUE(comms.SetProposalCommittee(p->id, {a}, event, Audit("x")).ok());
  const Status outsider = comms.AddProposalView(
      p->id, {b, org::ProposalView::kSupport, "", "2026-03-02", "x"}, event, Audit("x"));
  EXPECT_EQ(outsider.code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(outsider.message().find("(#" + std::to_string(a) + ")"), std::string::npos)
      << outsider.message();
  // A new committee replaces the old one.
  ASSERT_TRUE(comms.SetProposalCommittee(p->id, {b}, event, Audit("x")).ok());
  auto got = comms.GetProposal(p->id);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->proposal.committee, (std::vector<int64_t>{b}));
}

TEST(SqliteProposalsTest, ListsBySubtreeAndStatus) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const int64_t a = AddPersonOrFail(*s.store, MakePerson("राम", "Ram", 1));
  CommsStore& comms = s.store->Comms();
  const auto event = Event(org::ProposalEventKind::kSubmitted, "x");
  std::vector<int64_t> ids;
  for (const std::string& from : {kB1, kAc2, std::string("S24")}) {
    auto p = comms.AddProposal(MakeProposal(from), event, Audit("x"));
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    ids.push_back(p->id);
  }
  ASSERT_TRUE(comms.SetProposalCommittee(ids[0], {a}, event, Audit("x")).ok());
  auto all = comms.ListProposals("", std::nullopt, 0);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].id, ids[2]);  // newest first
  EXPECT_EQ((*all)[2].committee, (std::vector<int64_t>{a}));
  auto ac1 = comms.ListProposals(kAc1, std::nullopt, 0);
  ASSERT_TRUE(ac1.ok());
  ASSERT_EQ(ac1->size(), 1u);
  EXPECT_EQ((*ac1)[0].from, kB1);
  EXPECT_EQ(comms.ListProposals("S24", std::nullopt, 2)->size(), 2u);
  auto review = comms.ListProposals("", org::ProposalStatus::kUnderReview, 0);
  ASSERT_TRUE(review.ok());
  ASSERT_EQ(review->size(), 1u);
  EXPECT_EQ((*review)[0].id, ids[0]);
  EXPECT_EQ(comms.ListProposals("S24", org::ProposalStatus::kSubmitted, 0)->size(), 2u);
  EXPECT_EQ(comms.ListProposals("", org::ProposalStatus::kAccepted, 0)->size(), 0u);
  EXPECT_EQ(comms.ListProposals("S24/NOPE", std::nullopt, 0).status().code(),
            StatusCode::kNotFound);

  // The unit a proposal comes from stays.
  org::UnitTree smaller;
  auto full = s.store->LoadOrgUnits("S24");
  ASSERT_TRUE(full.ok());
  for (const org::Unit& u : full->units()) {
    if (u.code != kAc2 && u.code != testing::kB3) {
      ASSERT_TRUE(smaller.Add(u).ok());
    }
  }
  const Status st = s.store->ReplaceOrgUnits("S24", smaller);
  EXPECT_EQ(st.code(), StatusCode::kDataError);
  EXPECT_NE(st.message().find(kAc2), std::string::npos) << st.message();
}

TEST(SqliteProposalsTest, AVersion10StoreGetsTheTables) {
  const std::string path = testing::FreshStorePath();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  auto version = sqlite::Migrate(db, path, 10);
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  sqlite3_close(db);
  EXPECT_EQ(
      QueryInt(path,
               "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'comms_proposal%'"),
      0);
  EXPECT_EQ(QueryInt(path, "PRAGMA user_version"), 10);
  auto store = testing::OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->SchemaVersion(), sqlite::NewestSchemaVersion());
  EXPECT_EQ(
      QueryInt(path,
               "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
               "('comms_proposals', 'comms_proposal_members', 'comms_proposal_views', "
               "'comms_proposal_events')"),
      4);
}

}  // namespace
}  // namespace janadhar::store
