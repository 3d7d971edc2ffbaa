// Test helpers for the organisation tests of the SQLite store: a small
// hand-made unit tree, people, posts and audit entries, and checks read
// through a second connection. Header-only; used by sqlite_org_*_test.cpp.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

#include "org/person.h"
#include "org/unit.h"
#include "store/sqlite/sqlite_test_util.h"
#include "store/store.h"

namespace janadhar::store::testing {

// Codes of the tree made by OrgTree.
inline const std::string kAc1 = "S24/AC1";
inline const std::string kAc2 = "S24/AC2";
inline const std::string kSk1 = "S24/AC1/SK1";
inline const std::string kB1 = "S24/AC1/B1";
inline const std::string kB2 = "S24/AC1/B2";
inline const std::string kB3 = "S24/AC2/B3";

// S24 → district Agra → AC1 → SK1 → booths B1, B2; AC2 → booth B3 (pre-order
// ids 0..7: S24, Agra, AC1, SK1, B1, B2, AC2, B3).
inline org::UnitTree OrgTree() {
  org::UnitTree t;
  auto add = [&t](int parent, org::UnitLevel level, const std::string& code,
                  const std::string& name, int ac = 0, const std::string& part = "") {
    org::Unit u;
    u.parent = parent;
    u.level = level;
    u.code = code;
    u.name = name;
    u.state = "S24";
    u.ac = ac;
    u.part = part;
    auto id = t.Add(u);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : -1;
  };
  using L = org::UnitLevel;
  const int root = add(-1, L::kState, "S24", "Uttar Pradesh");
  const int d = add(root, L::kDistrict, "S24/D:AGRA", "Agra");
  const int ac1 = add(d, L::kAssembly, kAc1, "Etmadpur", 1);
  const int sk = add(ac1, L::kShaktiKendra, kSk1, "SK 1", 1);
  add(sk, L::kBooth, kB1, "Booth 1", 1, "1");
  add(sk, L::kBooth, kB2, "Booth 2", 1, "2");
  const int ac2 = add(d, L::kAssembly, kAc2, "Agra Cantt", 2);
  add(ac2, L::kBooth, kB3, "Booth 3", 2, "3");
  return t;
}

// A person with a phone made from `n`: "+9198765" followed by n in 5 digits.
inline org::Person MakePerson(const std::string& name_hi, const std::string& name_en,
                              int n, const std::string& unit = kB1) {
  org::Person p;
  p.name_hi = name_hi;
  p.name_en = name_en;
  std::string digits = std::to_string(n);
  p.phone = "+9198765" + std::string(5 - digits.size(), '0') + digits;
  p.joined = "2024-01-15";
  p.unit = unit;
  return p;
}

inline org::Post MakePost(int64_t person, const std::string& unit, org::Role role,
                          const std::string& from = "2024-02-01") {
  org::Post q;
  q.person = person;
  q.unit = unit;
  q.role = role;
  q.from = from;
  return q;
}

inline org::AuditEntry Audit(const std::string& action, const std::string& subject = "") {
  org::AuditEntry e;
  e.actor = "tester";
  e.action = action;
  e.subject = subject;
  e.after = "{}";
  return e;
}

// Adds a person; a failure fails the test (0 then).
inline int64_t AddPersonOrFail(Store& store, const org::Person& p) {
  auto id = store.AddPerson(p, Audit("person.add"));
  EXPECT_TRUE(id.ok()) << id.status().ToString();
  return id.ok() ? *id : 0;
}

// A store at a fresh path with OrgTree's units.
struct OrgStore {
  std::string path;
  std::unique_ptr<Store> store;
};
inline OrgStore OpenOrgStore() {
  OrgStore s{FreshStorePath(), nullptr};
  s.store = OpenOrDie(s.path);
  if (s.store) {
    const Status st = s.store->ReplaceOrgUnits("S24", OrgTree());
    EXPECT_TRUE(st.ok()) << st.ToString();
  }
  return s;
}

// Rows of the organisation's tables, to check that a failed call changed
// nothing.
inline std::vector<int64_t> OrgCounts(const std::string& path) {
  std::vector<int64_t> counts;
  for (const char* table :
       {"org_units", "org_people", "org_name_tokens", "org_posts", "org_unit_staff",
        "org_training_sessions", "org_attendance", "org_audit", "org_settings"}) {
    counts.push_back(QueryInt(path, std::string("SELECT count(*) FROM ") + table));
  }
  counts.push_back(
      QueryInt(path,
               "SELECT coalesce(sum(president + general_secretary + "
               "election_committee_member + booth_president + booth_committee_member + "
               "polling_agent + page_in_charge), 0) FROM org_unit_staff"));
  return counts;
}

// How many (unit, role) counts of org_unit_staff differ from the current
// posts themselves (a unit without a staff row counts as all zero).
inline int64_t StaffMismatches(const std::string& path) {
  int64_t mismatches = 0;
  for (const org::Role role : org::kAllRoles) {
    const std::string r(org::RoleName(role));
    std::string sql =
        "SELECT count(*) FROM org_units u LEFT JOIN org_unit_staff s ON "
        "s.unit_id = u.id WHERE coalesce(s.";
    sql += r;
    sql +=
        ", 0) <> (SELECT count(*) FROM org_posts q WHERE q.unit_id = u.id "
        "AND q.to_date IS NULL AND q.role = '";
    sql += r;
    sql += "')";
    mismatches += QueryInt(path, sql);
  }
  return mismatches;
}

// Runs `sql` on a second connection; the error message, "" on success.
inline std::string ExecError(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string message;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    message = "cannot open";
  } else {
    char* error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      message = error ? error : "error";
    }
    sqlite3_free(error);
  }
  sqlite3_close(db);
  return message;
}

}  // namespace janadhar::store::testing
