// Name search, settings and the synthetic organisation's removal in the
// SQLite store (the audit log: sqlite_org_audit.cpp).
//
// Search: every person's names are stored as search keys (org_name_tokens,
// org/name_key.h). A query first looks for people with every query key
// exactly; when that gives fewer than the limit, for people with a key
// starting with each query key. A pass is driven by its rarest key (index
// entries counted up to kCountCap), or by the people of the scope when they
// are fewer; the other keys are probed in the index, so the candidates come
// from the index alone. Each pass takes at most kCandidates people, reads
// the keys of their names in order (org_people.name_keys, so nothing is
// transliterated) and scores them with org::MatchScore; the rows of the best
// are read last. So a very short, common query ("ra") is answered from the first
// candidates, not from the whole state.
#include <algorithm>
#include <deque>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "org/name_key.h"
#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"

namespace janadhar::store::sqlite {

namespace {

// People scored per pass, and the most index entries counted to choose
// what drives a pass.
constexpr int kCandidates = 2000;
constexpr int kCountCap = 20000;

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

// A query key as a pass looks for it: [key, end) for a prefix.
struct Term {
  std::string key;
  std::string end;  // "" for an exact key
  int64_t count = 0;
};

// Index entries matching `term`, up to kCountCap.
Result<int64_t> CountTerm(sqlite3* db, const Term& term) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db, term.end.empty()
                                 ? "SELECT count(*) FROM (SELECT 1 FROM org_name_tokens "
                                   "WHERE token = ?1 LIMIT ?3)"
                                 : "SELECT count(*) FROM (SELECT 1 FROM org_name_tokens "
                                   "WHERE token >= ?1 AND token < ?2 LIMIT ?3)"));
  stmt.Bind(1, term.key);
  if (!term.end.empty()) stmt.Bind(2, term.end);
  stmt.Bind(3, int64_t{kCountCap});
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.Int(0) : 0;
}

// People of the scope, up to kCountCap.
Result<int64_t> CountScope(sqlite3* db, const Scope& scope) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db,
                         "SELECT count(*) FROM (SELECT 1 FROM org_units u CROSS JOIN "
                         "org_people p ON p.unit_id = u.id WHERE u.state = ? AND u.lft "
                         "BETWEEN ? AND ? LIMIT ?)"));
  stmt.Bind(1, scope.state);
  stmt.Bind(2, scope.lft);
  stmt.Bind(3, scope.rgt);
  stmt.Bind(4, int64_t{kCountCap});
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.Int(0) : 0;
}

// Builds a candidate query with numbered parameters, binding as it goes.
class CandidateQuery {
 public:
  // "= ?" or ">= ? AND < ?" on `column` for `term`.
  void Match(std::string_view column, const Term& term) {
    if (term.end.empty()) {
      sql_ += std::string(column) + " = " + Param(term.key);
    } else {
      sql_ += std::string(column) + " >= " + Param(term.key) + " AND " +
              std::string(column) + " < " + Param(term.end);
    }
  }
  // Person `who` has a key matching `term` (probing the primary key for an
  // exact key, the (person_id, token) index for a prefix).
  void Has(std::string_view who, const Term& term) {
    sql_ += " AND EXISTS (SELECT 1 FROM org_name_tokens b WHERE b.person_id = " +
            std::string(who) + " AND ";
    Match("b.token", term);
    sql_ += ")";
  }
  void InScope(const Scope& scope) {
    sql_ += " AND u.state = " + Param(scope.state) + " AND u.lft BETWEEN " +
            Param(scope.lft) + " AND " + Param(scope.rgt);
  }
  void Add(std::string_view text) { sql_ += text; }
  std::string Param(std::string text) {
    params_.push_back({std::move(text), 0, false});
    return "?" + std::to_string(params_.size());
  }
  std::string Param(int64_t number) {
    params_.push_back({"", number, true});
    return "?" + std::to_string(params_.size());
  }

  Result<Statement> Prepare(sqlite3* db) const {
    JANADHAR_ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(db, sql_));
    int index = 0;
    for (const Value& v : params_) {
      if (v.is_number) {
        stmt.Bind(++index, v.number);
      } else {
        stmt.Bind(++index, v.text);
      }
    }
    return stmt;
  }

 private:
  struct Value {
    std::string text;
    int64_t number = 0;
    bool is_number = false;
  };
  std::string sql_;
  std::deque<Value> params_;  // stable addresses: binds do not copy
};

// The ids of up to kCandidates people having every term, in the scope:
// driven by the first term, or by the scope's people when there are fewer.
Result<std::vector<int64_t>> Candidates(sqlite3* db, const std::vector<Term>& terms,
                                        const Scope& scope, bool active_only) {
  bool from_scope = false;
  if (!scope.all) {
    JANADHAR_ASSIGN_OR_RETURN(int64_t people, CountScope(db, scope));
    from_scope = people < terms.front().count;
  }
  CandidateQuery q;
  if (from_scope) {
    q.Add(
        "SELECT p.id FROM org_units u CROSS JOIN org_people p ON p.unit_id = u.id "
        "WHERE 1");
    q.InScope(scope);
    for (const Term& t : terms) q.Has("p.id", t);
  } else {
    const bool rows = !scope.all || active_only;  // needs the people's rows
    q.Add(rows ? "SELECT t.person_id FROM org_name_tokens t CROSS JOIN org_people p "
                 "ON p.id = t.person_id CROSS JOIN org_units u ON u.id = p.unit_id "
                 "WHERE "
               : "SELECT t.person_id FROM org_name_tokens t WHERE ");
    q.Match("t.token", terms.front());
    for (size_t k = 1; k < terms.size(); ++k) q.Has("t.person_id", terms[k]);
    if (!scope.all) q.InScope(scope);
  }
  if (active_only) q.Add(" AND p.status = 'active'");
  q.Add(" LIMIT " + std::to_string(kCandidates));
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt, q.Prepare(db));
  std::vector<int64_t> ids;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    ids.push_back(stmt.Int(0));
  }
  // A person with several keys in a prefix's range comes once per key.
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

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
        Statement::Prepare(
            db_, "SELECT state, lft, rgt, level FROM org_units WHERE code = ?"));
    stmt.Bind(1, query.unit);
    JANADHAR_ASSIGN_OR_RETURN(bool found, stmt.Step());
    if (!found) return Status::NotFound("no unit '" + query.unit + "'");
    // The national unit is above every state's tree: everyone.
    if (stmt.TextView(3) != org::UnitLevelName(org::UnitLevel::kNational)) {
      scope = {false, stmt.Text(0), stmt.Int(1), stmt.Int(2)};
    }
  }

  // (score, id) of the people matched, scored on their names only; the rows
  // of the best are read at the end.
  std::vector<std::pair<int, int64_t>> scored;
  std::unordered_set<int64_t> seen;
  // name_keys is missing or '' in stores of development builds of version 5
  // made before it (AddNameKeysColumn): the keys are made from the names.
  auto with_keys = Statement::Prepare(
      db_, "SELECT name_keys, name_hi, name_en FROM org_people WHERE id = ?");
  JANADHAR_ASSIGN_OR_RETURN(
      Statement names,
      with_keys.ok()
          ? std::move(with_keys)
          : Statement::Prepare(
                db_, "SELECT '', name_hi, name_en FROM org_people WHERE id = ?"));
  PersonKeys keys;
  for (const bool prefix : {false, true}) {
    if (query.limit > 0 && static_cast<int>(scored.size()) >= query.limit) break;
    // The driving term: the rarest.
    std::vector<Term> terms;
    bool none = false;
    for (const std::string& t : tokens) {
      Term term{t, prefix ? PrefixEnd(t) : "", 0};
      JANADHAR_ASSIGN_OR_RETURN(term.count, CountTerm(db_, term));
      none |= term.count == 0;
      terms.push_back(std::move(term));
    }
    if (none) continue;  // some key matches no one
    std::stable_sort(terms.begin(), terms.end(),
                     [](const Term& a, const Term& b) { return a.count < b.count; });
    JANADHAR_ASSIGN_OR_RETURN(std::vector<int64_t> ids,
                              Candidates(db_, terms, scope, query.active_only));
    for (const int64_t id : ids) {
      if (!seen.insert(id).second) continue;
      names.Bind(1, id);
      JANADHAR_ASSIGN_OR_RETURN(bool row, names.Step());
      if (!row) continue;
      // Each script's name on its own, so that the order of the words counts.
      const std::string stored = names.Text(0);
      if (!stored.empty()) {
        SplitKeys(stored, &keys);
      } else {
        keys.hi = org::NameTokens(names.Text(1));
        keys.en = org::NameTokens(names.Text(2));
      }
      names.Reset();
      const std::optional<int> hi = org::MatchScore(query.tokens, keys.hi);
      const std::optional<int> en = org::MatchScore(query.tokens, keys.en);
      if (!hi && !en) continue;
      scored.emplace_back(std::max(hi.value_or(0), en.value_or(0)), id);
    }
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second < b.second;
  });
  if (query.limit > 0 && static_cast<int>(scored.size()) > query.limit) {
    scored.resize(query.limit);
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement person,
      Statement::Prepare(db_, "SELECT " + std::string(kPersonColumns) + " FROM " +
                                  std::string(kPersonFrom) + " WHERE p.id = ?"));
  std::vector<PersonHit> hits;
  hits.reserve(scored.size());
  for (const auto& [score, id] : scored) {
    person.Bind(1, id);
    JANADHAR_ASSIGN_OR_RETURN(bool row, person.Step());
    if (!row) return Status::Internal("person " + std::to_string(id) + " went away");
    JANADHAR_ASSIGN_OR_RETURN(org::Person p, ReadPerson(person));
    person.Reset();
    hits.push_back({std::move(p), score});
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
