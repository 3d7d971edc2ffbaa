// The bulk batch of the organisation in the SQLite store: many people with
// their posts, training sessions and attendance in one transaction.
//
// Speed (`org synth` writes 1.95 million people with 4.5 million search keys
// and 1.9 million posts): the people go in first, in order, 32 rows per
// INSERT, their search keys made on a second thread meanwhile; the keys are
// collected, interned and sorted, and written in (token, person) order, so
// that the rows of org_name_tokens are appended instead of scattered over
// its b-tree; a large batch's posts are counted per unit instead of by a
// trigger per post (sqlite_org_batch_posts.cpp); a large batch's units are
// found by one scan of their codes instead of a probe per unit; a large
// batch writes its search keys 64 rows per INSERT, and checks no foreign key
// row by row (its ids come from its own transaction, see AddOrgBatch).
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"

namespace janadhar::store::sqlite {

namespace {

// The search keys of a batch's people: each distinct key once, and one
// (key, person index) entry per key of a person.
class KeyCollector {
 public:
  void Add(uint32_t person, const std::vector<std::string>& keys) {
    for (const std::string& k : keys) {
      auto [it, added] = index_.try_emplace(k, static_cast<uint32_t>(keys_.size()));
      if (added) keys_.push_back(k);
      entries_.push_back((uint64_t{it->second} << 32) | person);
    }
  }

  // Writes every entry, by key then person, as (key, ids[person]). When the
  // batch has more keys than the store, the (person, key) index is made
  // again afterwards instead of taking each key in random order.
  Status Write(sqlite3* db, PeopleWriter& writer, const std::vector<int64_t>& ids) {
    bool rebuild = false;
    if (entries_.size() >= kRebuildIndexFrom) {
      JANADHAR_ASSIGN_OR_RETURN(
          Statement count,
          Statement::Prepare(db,
                             "SELECT count(*) FROM (SELECT 1 FROM org_name_tokens "
                             "LIMIT ?)"));
      count.Bind(1, static_cast<int64_t>(entries_.size()));
      JANADHAR_ASSIGN_OR_RETURN(bool row, count.Step());
      rebuild = row && static_cast<size_t>(count.Int(0)) < entries_.size();
    }
    if (rebuild) {
      JANADHAR_RETURN_IF_ERROR(Exec(db, "DROP INDEX org_name_tokens_person",
                                    "writing the batch's search keys"));
    }
    JANADHAR_RETURN_IF_ERROR(WriteSorted(db, writer, ids));
    if (!rebuild) return Status::Ok();
    return Exec(db, kTokensPersonIndex, "writing the batch's search keys");
  }

 private:
  static constexpr size_t kRebuildIndexFrom = 10000;
  // Rows of one INSERT: fewer statements to step for the same rows.
  static constexpr int kRowsPerInsert = 64;

  Status WriteSorted(sqlite3* db, PeopleWriter& writer, const std::vector<int64_t>& ids) {
    // Rank the keys in text order, then sort the entries by (rank, person).
    std::vector<uint32_t> order(keys_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [this](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
    std::vector<uint32_t> rank(keys_.size());
    for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    for (uint64_t& e : entries_) e = (uint64_t{rank[e >> 32]} << 32) | (e & 0xffffffffu);
    std::sort(entries_.begin(), entries_.end());
    entries_.erase(std::unique(entries_.begin(), entries_.end()), entries_.end());
    // kRowsPerInsert entries per statement, the rest one by one.
    JANADHAR_ASSIGN_OR_RETURN(
        Statement many,
        Statement::Prepare(db,
                           "INSERT OR IGNORE INTO org_name_tokens (token, person_id) "
                           "VALUES " +
                               ValuesRows(kRowsPerInsert, 2)));
    size_t i = 0;
    for (; i + kRowsPerInsert <= entries_.size(); i += kRowsPerInsert) {
      for (int r = 0; r < kRowsPerInsert; ++r) {
        const uint64_t e = entries_[i + static_cast<size_t>(r)];
        many.Bind(2 * r + 1, keys_[order[e >> 32]]);
        many.Bind(2 * r + 2, ids[e & 0xffffffffu]);
      }
      JANADHAR_RETURN_IF_ERROR(many.Run());
    }
    for (; i < entries_.size(); ++i) {
      const uint64_t e = entries_[i];
      JANADHAR_RETURN_IF_ERROR(
          writer.WriteToken(keys_[order[e >> 32]], ids[e & 0xffffffffu]));
    }
    return Status::Ok();
  }

  std::unordered_map<std::string, uint32_t> index_;
  std::vector<std::string> keys_;
  std::vector<uint64_t> entries_;  // key index (then rank) << 32 | person index
};

// Internal when an index of the batch points outside it.
Status CheckIndexes(const Store::OrgBatch& batch) {
  const int64_t people = static_cast<int64_t>(batch.people.size());
  if (people >= (int64_t{1} << 32)) return Status::Internal("the batch is too large");
  for (const org::Post& q : batch.posts) {
    if (q.person < 0 || q.person >= people) {
      return Status::Internal("a post of the batch refers to person index " +
                              std::to_string(q.person));
    }
  }
  for (const auto& [s, p] : batch.attendance) {
    if (s < 0 || s >= static_cast<int>(batch.sessions.size()) || p < 0 || p >= people) {
      return Status::Internal("an attendance of the batch is out of range");
    }
  }
  if (!batch.person_audit.empty() && batch.person_audit.size() != batch.people.size()) {
    return Status::Internal("the batch has " + std::to_string(batch.person_audit.size()) +
                            " audit entries for " + std::to_string(people) + " people");
  }
  return Status::Ok();
}

// Gives `writer` the tree of every state with a tree BLOB whose code begins
// one of `codes` ("S24" for "S24/AC173/B45A").
Status UseStateTrees(sqlite3* db, const std::vector<std::string_view>& codes,
                     PeopleWriter& writer) {
  JANADHAR_ASSIGN_OR_RETURN(Statement stmt,
                            Statement::Prepare(db, "SELECT state FROM org_unit_trees"));
  std::unordered_map<std::string, bool> named;  // state → named by a code
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    named.emplace(stmt.Text(0), false);
  }
  std::string_view last;
  for (const std::string_view code : codes) {
    const std::string_view state = code.substr(0, code.find('/'));
    if (state == last) continue;
    last = state;
    const auto it = named.find(std::string(state));
    if (it != named.end()) it->second = true;
  }
  for (const auto& [state, used] : named) {
    if (!used) continue;
    RowIds ids;
    JANADHAR_ASSIGN_OR_RETURN(org::UnitTree tree, ReadUnits(db, state, &ids));
    if (!tree.empty()) writer.UseTree(std::move(tree), ids);
  }
  return Status::Ok();
}

// Inserts the batch's people kPeoplePerInsert rows per INSERT (the last one
// shorter), with the ids SQLite would give them one at a time (one more than
// the largest; a batch of fewer people is written one at a time); collects
// their search keys; returns their ids. An INSERT that breaks a constraint
// is run again row by row for the error that names the person.
constexpr int kPeoplePerInsert = 32;

void BindPerson(Statement& stmt, int first, const org::Person& p, int64_t unit,
                std::string_view name_keys) {
  stmt.Bind(first, p.name_hi);
  stmt.Bind(first + 1, p.name_en);
  stmt.Bind(first + 2, p.phone);
  if (p.epic.empty()) {
    stmt.BindNull(first + 3);
  } else {
    stmt.Bind(first + 3, p.epic);
  }
  stmt.Bind(first + 4, p.joined);
  stmt.Bind(first + 5, p.came_from);
  stmt.Bind(first + 6, org::PersonStatusName(p.status));
  stmt.Bind(first + 7, unit);
  stmt.Bind(first + 8, int64_t{p.synthetic ? 1 : 0});
  stmt.Bind(first + 9, name_keys);
}

// The search keys of many people, made on a second thread while the people
// are written (in order): Joined(i) waits for person i's. Each person's
// distinct keys go to the collector, which is the caller's again after
// Finish (or the destructor, which stops the thread early).
class KeysAhead {
 public:
  KeysAhead(const std::vector<org::Person>& people, KeyCollector& keys)
      : joined_(people.size()),
        thread_([this, &people, &keys](const std::stop_token& stop) {
          for (size_t i = 0; i < people.size() && !stop.stop_requested(); ++i) {
            const PersonKeys k = KeysOf(people[i]);
            joined_[i] = JoinKeys(k);
            keys.Add(static_cast<uint32_t>(i), DistinctKeys(k));
            ready_.store(i + 1, std::memory_order_release);
          }
        }) {}

  const std::string& Joined(size_t i) const {
    while (ready_.load(std::memory_order_acquire) <= i) std::this_thread::yield();
    return joined_[i];
  }
  void Finish() {
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::vector<std::string> joined_;
  std::atomic<size_t> ready_{0};
  std::jthread thread_;  // last: started once the members above are made
};

Result<std::vector<int64_t>> InsertPeople(sqlite3* db,
                                          const std::vector<org::Person>& people,
                                          PeopleWriter& writer, KeyCollector& keys) {
  std::vector<int64_t> ids(people.size(), 0);
  if (people.size() < kPeoplePerInsert) {
    for (size_t i = 0; i < people.size(); ++i) {
      const PersonKeys k = KeysOf(people[i]);
      JANADHAR_ASSIGN_OR_RETURN(ids[i], writer.Insert(people[i], JoinKeys(k)));
      keys.Add(static_cast<uint32_t>(i), DistinctKeys(k));
    }
    return ids;
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement next,
      Statement::Prepare(db, "SELECT coalesce(max(id), 0) + 1 FROM org_people"));
  JANADHAR_RETURN_IF_ERROR(next.Step().status());
  const int64_t first = next.Int(0);
  for (size_t i = 0; i < people.size(); ++i) ids[i] = first + static_cast<int64_t>(i);
  KeysAhead ahead(people, keys);
  Statement many;
  int prepared = 0;
  for (size_t i = 0; i < people.size(); i += kPeoplePerInsert) {
    const int rows =
        static_cast<int>(std::min<size_t>(kPeoplePerInsert, people.size() - i));
    if (rows != prepared) {
      JANADHAR_ASSIGN_OR_RETURN(
          many, Statement::Prepare(db,
                                   "INSERT INTO org_people (id, name_hi, name_en, phone, "
                                   "epic, joined, came_from, status, unit_id, synthetic, "
                                   "name_keys) VALUES " +
                                       ValuesRows(rows, 11)));
      prepared = rows;
    }
    for (int r = 0; r < rows; ++r) {
      const auto at = static_cast<uint32_t>(i + r);
      const org::Person& p = people[at];
      JANADHAR_ASSIGN_OR_RETURN(int64_t unit, writer.Unit(p.unit));
      many.Bind(11 * r + 1, ids[at]);
      BindPerson(many, 11 * r + 2, p, unit, ahead.Joined(at));
    }
    if (Status s = many.Run(); !s.ok()) {
      if (s.code() != StatusCode::kDataError) return s;
      for (int r = 0; r < rows; ++r) {
        JANADHAR_RETURN_IF_ERROR(
            writer.Insert(people[i + r], ahead.Joined(i + r)).status());
      }
      return s;
    }
  }
  ahead.Finish();
  return ids;
}

}  // namespace

Result<std::vector<int64_t>> SqliteStore::AddOrgBatch(const OrgBatch& batch) {
  JANADHAR_RETURN_IF_ERROR(CheckIndexes(batch));

  // A large batch writes millions of index entries in random order (phones):
  // a page cache of up to 2 GiB keeps them off the disk until the commit. The
  // usual cache comes back afterwards.
  const bool large = batch.people.size() > 10000;
  if (large) JANADHAR_RETURN_IF_ERROR(Exec(db_, "PRAGMA cache_size = -2097152", "cache"));
  struct RestoreCache {
    sqlite3* db;
    bool on;
    ~RestoreCache() {
      if (on) sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    }
  } restore{db_, large};
  // A large batch checks no foreign key row by row (a look-up of the unit
  // and of the person for every row): every unit id it writes was just read
  // from org_units, and every person id and session id was just inserted,
  // all in its own transaction. The pragma cannot change inside a
  // transaction, so only when the batch makes its own.
  std::optional<ForeignKeysOff> keys_off;
  if (large && sqlite3_get_autocommit(db_) != 0) {
    JANADHAR_ASSIGN_OR_RETURN(ForeignKeysOff off, ForeignKeysOff::Begin(db_));
    keys_off.emplace(std::move(off));
  }
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(PeopleWriter writer, PeopleWriter::Prepare(db_));
  if (large) {
    std::vector<std::string_view> codes;
    codes.reserve(batch.people.size() + batch.posts.size() + batch.sessions.size());
    for (const org::Person& p : batch.people) codes.push_back(p.unit);
    for (const org::Post& q : batch.posts) codes.push_back(q.unit);
    for (const org::TrainingSession& t : batch.sessions) codes.push_back(t.unit);
    // Through the states' trees; without any, one scan of org_units. A code
    // in neither is probed by itself when written.
    JANADHAR_RETURN_IF_ERROR(UseStateTrees(db_, codes, writer));
    if (!writer.UsesTrees()) JANADHAR_RETURN_IF_ERROR(writer.FindUnits(codes));
  }
  KeyCollector keys;
  JANADHAR_ASSIGN_OR_RETURN(std::vector<int64_t> ids,
                            InsertPeople(db_, batch.people, writer, keys));
  JANADHAR_RETURN_IF_ERROR(keys.Write(db_, writer, ids));

  JANADHAR_RETURN_IF_ERROR(WriteBatchPosts(db_, batch.posts, ids, writer));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement session,
      Statement::Prepare(db_,
                         "INSERT INTO org_training_sessions (unit_id, date, topic, "
                         "trainer, induction, synthetic) VALUES (?, ?, ?, ?, ?, ?)"));
  std::vector<int64_t> session_ids;
  session_ids.reserve(batch.sessions.size());
  for (const org::TrainingSession& s : batch.sessions) {
    JANADHAR_ASSIGN_OR_RETURN(int64_t unit, writer.Unit(s.unit));
    session.Bind(1, unit);
    session.Bind(2, s.date);
    session.Bind(3, s.topic);
    session.Bind(4, s.trainer);
    session.Bind(5, int64_t{s.induction ? 1 : 0});
    session.Bind(6, int64_t{s.synthetic ? 1 : 0});
    JANADHAR_RETURN_IF_ERROR(session.Run());
    session_ids.push_back(sqlite3_last_insert_rowid(db_));
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement attend,
      Statement::Prepare(db_,
                         "INSERT OR IGNORE INTO org_attendance (session_id, "
                         "person_id) VALUES (?, ?)"));
  for (const auto& [s, p] : batch.attendance) {
    attend.Bind(1, session_ids[s]);
    attend.Bind(2, ids[p]);
    JANADHAR_RETURN_IF_ERROR(attend.Run());
  }
  JANADHAR_ASSIGN_OR_RETURN(AuditWriter audit, AuditWriter::Prepare(db_));
  std::vector<std::string> subjects(batch.person_audit.size());
  for (size_t i = 0; i < subjects.size(); ++i) {
    subjects[i] = "person " + std::to_string(ids[i]);
  }
  JANADHAR_RETURN_IF_ERROR(audit.WriteMany(batch.person_audit, &subjects));
  JANADHAR_RETURN_IF_ERROR(audit.WriteMany(batch.audit));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return ids;
}

}  // namespace janadhar::store::sqlite
