// Directives in the SQLite store: targeting by subtree and level through the
// tree, acknowledgements and completions once each, the targets read back by
// tree id, listing by unit, units kept while a directive refers to them, and
// the upgrade of a version 8 store.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_org_test_util.h"

namespace janadhar::store {
namespace {

using testing::Audit;
using testing::kAc1;
using testing::kAc2;
using testing::kB1;
using testing::kB2;
using testing::kB3;
using testing::kSk1;
using testing::OpenOrgStore;
using testing::QueryInt;

org::Directive MakeDirective(const std::string& from, const std::string& to = "",
                             std::optional<org::UnitLevel> level = std::nullopt) {
  org::Directive d;
  d.from = from;
  d.to = to;
  d.level = level;
  d.title = "बूथ संपर्क अभियान";
  d.text = "Visit every household of the booth";
  d.deadline = "2026-03-10";
  d.issued_on = "2026-03-01";
  d.issued_by = "ravi";
  return d;
}

int64_t Count(const std::string& path, const std::string& table) {
  return QueryInt(path, "SELECT count(*) FROM " + table);
}

TEST(SqliteCommsTest, TargetsEveryBoothOfTheSubtree) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  auto d = s.store->Comms().AddDirective(MakeDirective("S24", "", org::UnitLevel::kBooth),
                                         Audit("directive.send"));
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_GT(d->id, 0);
  EXPECT_EQ(d->to, "S24");
  EXPECT_EQ(d->targets, 3);
  EXPECT_EQ(Count(s.path, "comms_directive_targets"), 3);
  EXPECT_EQ(
      QueryInt(s.path, "SELECT count(*) FROM org_audit WHERE subject = 'directive " +
                           std::to_string(d->id) + "'"),
      1);
  // The send's audit entry says how many units it reached.
  EXPECT_EQ(QueryInt(s.path,
                     "SELECT json_extract(after, '$.targets') FROM org_audit WHERE "
                     "action = 'directive.send'"),
            3);
  auto got = s.store->Comms().GetDirective(d->id);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->title, "बूथ संपर्क अभियान");
  EXPECT_EQ((*got)->level, org::UnitLevel::kBooth);
  EXPECT_EQ((*got)->targets, 3);
  EXPECT_EQ((*got)->deadline, "2026-03-10");
}

TEST(SqliteCommsTest, TargetsTheWholeSubtreeOfTheSenderOrOfAUnitBelowIt) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  // AC1's own subtree: SK1, B1, B2 (not AC1 itself).
  auto own = s.store->Comms().AddDirective(MakeDirective(kAc1), Audit("directive.send"));
  ASSERT_TRUE(own.ok()) << own.status().ToString();
  EXPECT_EQ(own->targets, 3);
  // The district to AC1's subtree: AC1 itself too.
  auto below = s.store->Comms().AddDirective(MakeDirective("S24/D:AGRA", kAc1),
                                             Audit("directive.send"));
  ASSERT_TRUE(below.ok()) << below.status().ToString();
  EXPECT_EQ(below->targets, 4);
  auto t = s.store->Comms().GetDirectiveTarget(below->id, kAc1);
  ASSERT_TRUE(t.ok() && t->has_value());
  EXPECT_EQ((*t)->state(), org::TargetState::kPending);
  t = s.store->Comms().GetDirectiveTarget(below->id, kAc2);
  ASSERT_TRUE(t.ok());
  EXPECT_FALSE(t->has_value());
}

TEST(SqliteCommsTest, RefusesWhatReachesNoUnitOrGoesOutsideTheSubtree) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  const std::vector<int64_t> before = testing::OrgCounts(s.path);
  auto outside = s.store->Comms().AddDirective(MakeDirective(kAc1, kAc2), Audit("x"));
  EXPECT_EQ(outside.status().code(), StatusCode::kInvalidArgument);
  auto none = s.store->Comms().AddDirective(MakeDirective(kB1), Audit("x"));
  EXPECT_EQ(none.status().code(), StatusCode::kFailedPrecondition);
  auto no_level = s.store->Comms().AddDirective(
      MakeDirective("S24", "", org::UnitLevel::kMandal), Audit("x"));
  EXPECT_EQ(no_level.status().code(), StatusCode::kFailedPrecondition);
  auto unknown = s.store->Comms().AddDirective(MakeDirective("S24/AC9"), Audit("x"));
  EXPECT_EQ(unknown.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(testing::OrgCounts(s.path), before);
  EXPECT_EQ(Count(s.path, "comms_directives"), 0);
  EXPECT_EQ(Count(s.path, "comms_directive_targets"), 0);
}

TEST(SqliteCommsTest, AUnitAcknowledgesAndCompletesOnce) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  auto d = s.store->Comms().AddDirective(MakeDirective("S24", "", org::UnitLevel::kBooth),
                                         Audit("directive.send"));
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  CommsStore::TargetReport ack{d->id, kB1, false, "2026-03-02", "asha", "मिल गया"};
  auto acked = s.store->Comms().ReportOnDirective(ack, Audit("directive.ack"));
  ASSERT_TRUE(acked.ok()) << acked.status().ToString();
  EXPECT_EQ(acked->state(), org::TargetState::kAcknowledged);
  EXPECT_EQ(acked->acked_by, "asha");
  auto again = s.store->Comms().ReportOnDirective(ack, Audit("directive.ack"));
  EXPECT_EQ(again.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(again.status().message().find("2026-03-02"), std::string::npos);

  CommsStore::TargetReport done{d->id, kB1, true, "2026-03-05", "asha", "120 घरों में संपर्क"};
  auto completed = s.store->Comms().ReportOnDirective(done, Audit("directive.done"));
  ASSERT_TRUE(completed.ok()) << completed.status().ToString();
  EXPECT_EQ(completed->acked_on, "2026-03-02");
  EXPECT_EQ(completed->done_on, "2026-03-05");
  EXPECT_EQ(completed->note, "120 घरों में संपर्क");
  EXPECT_EQ(s.store->Comms().ReportOnDirective(done, Audit("x")).status().code(),
            StatusCode::kFailedPrecondition);
  // Completion without an acknowledgement acknowledges the same day.
  CommsStore::TargetReport direct{d->id, kB3, true, "2026-03-12", "mohan", "done"};
  auto b3 = s.store->Comms().ReportOnDirective(direct, Audit("directive.done"));
  ASSERT_TRUE(b3.ok()) << b3.status().ToString();
  EXPECT_EQ(b3->acked_on, "2026-03-12");

  CommsStore::TargetReport not_target{d->id, kAc1, false, "2026-03-02", "x", ""};
  EXPECT_EQ(s.store->Comms().ReportOnDirective(not_target, Audit("x")).status().code(),
            StatusCode::kNotFound);
  CommsStore::TargetReport no_directive{d->id + 7, kB1, false, "2026-03-02", "x", ""};
  auto missing = s.store->Comms().ReportOnDirective(no_directive, Audit("x"));
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("no directive"), std::string::npos);
  // Audit: the send, one acknowledgement and two completions.
  EXPECT_EQ(Count(s.path, "org_audit"), 4);

  auto units = s.store->Comms().LoadDirectiveTargets(d->id, "S24");
  ASSERT_TRUE(units.ok()) << units.status().ToString();
  ASSERT_EQ(units->tree.size(), 8);
  ASSERT_EQ(units->targets.size(), 3u);
  for (const org::TargetStatus& t : units->targets) {
    const std::string& code = units->tree.unit(t.unit).code;
    if (code == kB1) {
      EXPECT_EQ(t.acked_on, 20260302);
      EXPECT_EQ(t.done_on, 20260305);
    } else if (code == kB2) {
      EXPECT_EQ(t.acked_on, 0);
      EXPECT_EQ(t.done_on, 0);
    } else {
      EXPECT_EQ(code, kB3);
      EXPECT_EQ(t.done_on, 20260312);
    }
  }
  EXPECT_EQ(s.store->Comms().LoadDirectiveTargets(d->id + 7, "S24").status().code(),
            StatusCode::kNotFound);

  auto list = s.store->Comms().ListDirectives("", 0);
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].acknowledged, 2);
  EXPECT_EQ((*list)[0].done, 2);
}

TEST(SqliteCommsTest, ListsTheDirectivesThatConcernAUnit) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  org::UnitTree national;
  ASSERT_TRUE(national.Add(org::NationalUnit()).ok());
  ASSERT_TRUE(s.store->ReplaceOrgUnits("IN", national).ok());
  auto from_state = s.store->Comms().AddDirective(MakeDirective("S24"), Audit("x"));
  auto from_ac2 = s.store->Comms().AddDirective(MakeDirective(kAc2), Audit("x"));
  auto from_sk = s.store->Comms().AddDirective(MakeDirective(kSk1), Audit("x"));
  auto from_in = s.store->Comms().AddDirective(
      MakeDirective("IN", "", org::UnitLevel::kBooth), Audit("x"));
  ASSERT_TRUE(from_state.ok() && from_ac2.ok() && from_sk.ok() && from_in.ok());
  EXPECT_EQ(from_in->targets, 3);  // every state's booths
  const auto ids = [&](const std::string& unit) {
    std::vector<int64_t> out;
    auto list = s.store->Comms().ListDirectives(unit, 0);
    EXPECT_TRUE(list.ok()) << list.status().ToString();
    if (list.ok()) {
      for (const auto& d : *list) out.push_back(d.directive.id);
    }
    return out;
  };
  EXPECT_EQ(ids(kAc1), (std::vector<int64_t>{from_in->id, from_sk->id, from_state->id}));
  EXPECT_EQ(ids(kB3), (std::vector<int64_t>{from_in->id, from_ac2->id, from_state->id}));
  EXPECT_EQ(ids("").size(), 4u);
  EXPECT_EQ(ids("IN").size(), 4u);
  auto first = s.store->Comms().ListDirectives("", 1);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 1u);
  EXPECT_EQ((*first)[0].directive.id, from_in->id);
}

TEST(SqliteCommsTest, UnitsADirectiveReachesAreKept) {
  auto s = OpenOrgStore();
  ASSERT_TRUE(s.store);
  ASSERT_TRUE(s.store->Comms().AddDirective(MakeDirective(kAc2), Audit("x")).ok());
  // A tree without AC2's booth B3 (a target) is refused, naming it.
  org::UnitTree smaller;
  const org::UnitTree full = testing::OrgTree();
  for (const org::Unit& u : full.units()) {
    if (u.code != kB3) {
      ASSERT_TRUE(smaller.Add(u).ok());
    }
  }
  const Status st = s.store->ReplaceOrgUnits("S24", smaller);
  EXPECT_EQ(st.code(), StatusCode::kDataError);
  EXPECT_NE(st.message().find(kB3), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("directives"), std::string::npos) << st.message();
}

TEST(SqliteCommsTest, AVersion8StoreGetsTheTables) {
  const std::string path = testing::FreshStorePath();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  auto version = sqlite::Migrate(db, path, 8);
  ASSERT_TRUE(version.ok()) << version.status().ToString();
  sqlite3_close(db);
  EXPECT_EQ(QueryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'comms%'"),
            0);
  auto store = testing::OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->SchemaVersion(), sqlite::NewestSchemaVersion());
  EXPECT_EQ(
      QueryInt(path,
               "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
               "('comms_directives', 'comms_directive_targets')"),
      2);
}

}  // namespace
}  // namespace janadhar::store
