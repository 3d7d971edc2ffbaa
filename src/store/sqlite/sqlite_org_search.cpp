// Name search, settings, the audit log and the synthetic organisation's
// removal in the SQLite store.
//
// Search: every person's names are stored as search keys (org_name_tokens,
// org/name_key.h). A query first looks for people with every query key
// exactly, driven by its rarest key; when that gives fewer than the limit,
// for people with a key starting with each query key, driven by the longest.
// Each pass reads at most kCandidates people; those are scored with
// org::MatchScore and the best come back. So a very short, common query
// ("ra") is answered from the first candidates, not from the whole state.
#include <algorithm>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "org/name_key.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"

namespace janadhar::store::sqlite {

namespace {

constexpr int kCandidates = 5000;

// The smallest string greater than every string starting with `prefix`
// (keys are lower-case ASCII).
std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0x7f) {
    prefix.pop_back();
  }
  if (!prefix.empty()) ++prefix.back();
  return prefix.empty() ? std::string(1, '\x7f') : prefix;
}

struct Scope {
  bool all = true;
  std::string state;
  int64_t lft = 0;
  int64_t rgt = 0;
};

}  // namespace

Result<std::vector<Store::PersonHit>> SqliteStore::SearchPeople(
    const PeopleQuery& query) {
  std::vector<std::string> tokens = query.tokens;
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  if (tokens.empty()) {
    return Status::InvalidArgument("the search has no letters to look for");
  }
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  Scope scope;
  if (!query.unit.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(
        Statement stmt,
        Statement::Prepare(db_, "SELECT state, lft, rgt FROM org_units WHERE code = ?"));
    stmt.Bind(1, query.unit);
    JANADHAR_ASSIGN_OR_RETURN(bool found, stmt.Step());
    if (!found) return Status::NotFound("no unit '" + query.unit + "'");
    scope = {false, stmt.Text(0), stmt.Int(1), stmt.Int(2)};
  }

  std::vector<PersonHit> hits;
  std::unordered_set<int64_t> seen;
  for (const bool prefix : {false, true}) {
    if (static_cast<int>(hits.size()) >= query.limit && query.limit > 0) break;
    // The driving key: the rarest for exact keys, the longest for prefixes.
    std::vector<std::string> order = tokens;
    if (prefix) {
      std::stable_sort(order.begin(), order.end(),
                       [](const auto& a, const auto& b) { return a.size() > b.size(); });
    } else {
      JANADHAR_ASSIGN_OR_RETURN(
          Statement count,
          Statement::Prepare(db_,
                             "SELECT count(*) FROM (SELECT 1 FROM org_name_tokens "
                             "WHERE token = ? LIMIT 100000)"));
      std::vector<std::pair<int64_t, std::string>> counted;
      for (const std::string& t : order) {
        count.Bind(1, t);
        JANADHAR_ASSIGN_OR_RETURN(bool row, count.Step());
        counted.emplace_back(row ? count.Int(0) : 0, t);
        count.Reset();
      }
      std::sort(counted.begin(), counted.end());
      if (counted.front().first == 0) continue;  // some key matches no one exactly
      order.clear();
      for (auto& [n, t] : counted) order.push_back(std::move(t));
    }
    std::vector<std::string> ends;
    for (const std::string& t : order) ends.push_back(PrefixEnd(t));
    std::string sql = "SELECT " + std::string(kPersonColumns) +
                      " FROM org_name_tokens t JOIN org_people p ON p.id = t.person_id "
                      "JOIN org_units u ON u.id = p.unit_id WHERE ";
    int arg = 0;
    sql += prefix ? "t.token >= ?" + std::to_string(++arg) + " AND t.token < ?" +
                        std::to_string(++arg)
                  : "t.token = ?" + std::to_string(++arg);
    for (size_t k = 1; k < order.size(); ++k) {
      sql += " AND EXISTS (SELECT 1 FROM org_name_tokens b WHERE b.person_id = p.id AND ";
      sql += prefix ? "b.token >= ?" + std::to_string(++arg) + " AND b.token < ?" +
                          std::to_string(++arg) + ")"
                    : "b.token = ?" + std::to_string(++arg) + ")";
    }
    if (!scope.all) {
      sql += " AND u.state = ?" + std::to_string(++arg) + " AND u.lft BETWEEN ?" +
             std::to_string(arg + 1) + " AND ?" + std::to_string(arg + 2);
      arg += 2;
    }
    if (query.active_only) sql += " AND p.status = 'active'";
    sql += " LIMIT " + std::to_string(kCandidates);
    JANADHAR_ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(db_, sql));
    int bind = 0;
    for (size_t k = 0; k < order.size(); ++k) {
      stmt.Bind(++bind, order[k]);
      if (prefix) stmt.Bind(++bind, ends[k]);
    }
    if (!scope.all) {
      stmt.Bind(++bind, scope.state);
      stmt.Bind(++bind, scope.lft);
      stmt.Bind(++bind, scope.rgt);
    }
    while (true) {
      JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
      if (!row) break;
      JANADHAR_ASSIGN_OR_RETURN(org::Person p, ReadPerson(stmt));
      if (!seen.insert(p.id).second) continue;
      // Each script's name on its own, so that the order of the words counts.
      const std::optional<int> hi =
          org::MatchScore(query.tokens, org::NameTokens(p.name_hi));
      const std::optional<int> en =
          org::MatchScore(query.tokens, org::NameTokens(p.name_en));
      if (!hi && !en) continue;
      hits.push_back({std::move(p), std::max(hi.value_or(0), en.value_or(0))});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const PersonHit& a, const PersonHit& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.person.id < b.person.id;
  });
  if (query.limit > 0 && static_cast<int>(hits.size()) > query.limit) {
    hits.resize(query.limit);
  }
  return hits;
}

Result<std::vector<std::pair<std::string, std::string>>> SqliteStore::LoadOrgSettings() {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_, "SELECT key, value FROM org_settings ORDER BY key"));
  std::vector<std::pair<std::string, std::string>> settings;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    settings.emplace_back(stmt.Text(0), stmt.Text(1));
  }
  return settings;
}

Status SqliteStore::SaveOrgSettings(
    const std::vector<std::pair<std::string, std::string>>& settings,
    const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "INSERT INTO org_settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
  for (const auto& [key, value] : settings) {
    stmt.Bind(1, key);
    stmt.Bind(2, value);
    JANADHAR_RETURN_IF_ERROR(stmt.Run());
  }
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, audit));
  return txn.Commit();
}

Result<std::vector<org::AuditEntry>> SqliteStore::LoadAudit(const std::string& subject,
                                                            int limit) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "SELECT id, at, actor, actor_unit, action, subject, before, "
                         "after, reason FROM org_audit WHERE ?1 = '' OR subject = ?1 "
                         "ORDER BY id DESC LIMIT ?2"));
  stmt.Bind(1, subject);
  stmt.Bind(2, int64_t{limit > 0 ? limit : -1});
  std::vector<org::AuditEntry> entries;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    org::AuditEntry e;
    e.id = stmt.Int(0);
    e.at = stmt.Text(1);
    e.actor = stmt.Text(2);
    e.actor_unit = stmt.Text(3);
    e.action = stmt.Text(4);
    e.subject = stmt.Text(5);
    e.before = stmt.Text(6);
    e.after = stmt.Text(7);
    e.reason = stmt.Text(8);
    entries.push_back(std::move(e));
  }
  return entries;
}

Status SqliteStore::AppendAudit(const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, audit));
  return txn.Commit();
}

Result<int64_t> SqliteStore::CountPeople(bool synthetic_only) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_, synthetic_only
                                  ? "SELECT count(*) FROM org_people WHERE synthetic = 1"
                                  : "SELECT count(*) FROM org_people"));
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.Int(0) : 0;
}

Result<int64_t> SqliteStore::WipeSyntheticOrg(const org::AuditEntry& audit) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  // Children first, each with one statement, so the deletion of people finds
  // nothing left to cascade to.
  constexpr std::string_view kWipe = R"sql(
CREATE TEMP TABLE IF NOT EXISTS wipe_people (id INTEGER PRIMARY KEY);
DELETE FROM wipe_people;
INSERT INTO wipe_people SELECT id FROM org_people WHERE synthetic = 1;
DELETE FROM org_name_tokens WHERE person_id IN (SELECT id FROM wipe_people);
DELETE FROM org_attendance WHERE person_id IN (SELECT id FROM wipe_people)
  OR session_id IN (SELECT id FROM org_training_sessions WHERE synthetic = 1);
DELETE FROM org_posts WHERE person_id IN (SELECT id FROM wipe_people) OR synthetic = 1;
DELETE FROM org_training_sessions WHERE synthetic = 1;
DELETE FROM org_people WHERE synthetic = 1;
)sql";
  JANADHAR_ASSIGN_OR_RETURN(Statement count,
                            Statement::Prepare(db_,
                                               "SELECT count(*) FROM org_people "
                                               "WHERE synthetic = 1"));
  JANADHAR_ASSIGN_OR_RETURN(bool row, count.Step());
  const int64_t people = row ? count.Int(0) : 0;
  count.Reset();
  JANADHAR_RETURN_IF_ERROR(Exec(db_, kWipe, "removing the synthetic organisation"));
  JANADHAR_RETURN_IF_ERROR(WriteAudit(db_, audit));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return people;
}

}  // namespace janadhar::store::sqlite
