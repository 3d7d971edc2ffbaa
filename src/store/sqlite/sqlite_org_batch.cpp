// The bulk batch of the organisation in the SQLite store: many people with
// their posts, training sessions and attendance in one transaction.
//
// Speed (`org synth` writes 1.95 million people with 4.5 million search keys
// and 1.9 million posts): the people go in first, in order; their search
// keys are collected, interned and sorted, and written in (token, person)
// order, so that the rows of org_name_tokens are appended instead of
// scattered over its b-tree; a large batch's posts are counted per unit here
// instead of by a trigger per post (WritePosts); a large batch's units are
// found by one scan of their codes instead of a probe per unit.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
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
    JANADHAR_RETURN_IF_ERROR(WriteSorted(writer, ids));
    if (!rebuild) return Status::Ok();
    return Exec(db, kTokensPersonIndex, "writing the batch's search keys");
  }

 private:
  static constexpr size_t kRebuildIndexFrom = 10000;

  Status WriteSorted(PeopleWriter& writer, const std::vector<int64_t>& ids) {
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
    for (const uint64_t e : entries_) {
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

// Writes the batch's posts. Past kCountPostsFrom posts, the trigger that
// counts each new post in org_unit_staff is dropped for the time of the
// batch's transaction: the posts are counted here and added per unit.
constexpr size_t kCountPostsFrom = 10000;

Status WritePosts(sqlite3* db, const std::vector<org::Post>& posts,
                  const std::vector<int64_t>& ids, PeopleWriter& writer) {
  const bool count = posts.size() >= kCountPostsFrom;
  if (count) {
    JANADHAR_RETURN_IF_ERROR(
        Exec(db, "DROP TRIGGER org_posts_held", "writing the batch's posts"));
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement post,
      Statement::Prepare(db,
                         "INSERT INTO org_posts (person_id, unit_id, role, from_date, "
                         "to_date, synthetic) VALUES (?, ?, ?, ?, ?, ?)"));
  std::unordered_map<int64_t, std::array<int64_t, org::kRoleCount>> staff;
  for (const org::Post& q : posts) {
    JANADHAR_ASSIGN_OR_RETURN(int64_t unit, writer.Unit(q.unit));
    post.Bind(1, ids[q.person]);
    post.Bind(2, unit);
    post.Bind(3, org::RoleName(q.role));
    post.Bind(4, q.from);
    if (q.to.empty()) {
      post.BindNull(5);
    } else {
      post.Bind(5, q.to);
    }
    post.Bind(6, int64_t{q.synthetic ? 1 : 0});
    if (Status s = post.Run(); !s.ok()) {
      if (s.code() != StatusCode::kDataError) return s;
      return Status::AlreadyExists("person " + std::to_string(ids[q.person]) +
                                   " would hold two posts in " + q.unit +
                                   " at once; one person holds one post per unit");
    }
    if (count && q.to.empty()) ++staff[unit][static_cast<size_t>(q.role)];
  }
  if (!count) return Status::Ok();
  JANADHAR_ASSIGN_OR_RETURN(
      Statement add,
      Statement::Prepare(
          db,
          "INSERT INTO org_unit_staff (unit_id, president, general_secretary, "
          "election_committee_member, booth_president, booth_committee_member, "
          "polling_agent, page_in_charge) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (unit_id) DO UPDATE SET "
          "president = president + excluded.president, "
          "general_secretary = general_secretary + excluded.general_secretary, "
          "election_committee_member = "
          "election_committee_member + excluded.election_committee_member, "
          "booth_president = booth_president + excluded.booth_president, "
          "booth_committee_member = "
          "booth_committee_member + excluded.booth_committee_member, "
          "polling_agent = polling_agent + excluded.polling_agent, "
          "page_in_charge = page_in_charge + excluded.page_in_charge"));
  for (const auto& [unit, counts] : staff) {
    add.Bind(1, unit);
    // The columns in org::Role's order.
    for (size_t r = 0; r < counts.size(); ++r) {
      add.Bind(static_cast<int>(r) + 2, counts[r]);
    }
    JANADHAR_RETURN_IF_ERROR(add.Run());
  }
  return Exec(db, kStaffHeldTrigger, "writing the batch's posts");
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
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(PeopleWriter writer, PeopleWriter::Prepare(db_));
  if (large) {
    std::vector<std::string_view> codes;
    codes.reserve(batch.people.size() + batch.posts.size() + batch.sessions.size());
    for (const org::Person& p : batch.people) codes.push_back(p.unit);
    for (const org::Post& q : batch.posts) codes.push_back(q.unit);
    for (const org::TrainingSession& t : batch.sessions) codes.push_back(t.unit);
    JANADHAR_RETURN_IF_ERROR(writer.FindUnits(codes));
  }
  std::vector<int64_t> ids;
  ids.reserve(batch.people.size());
  KeyCollector keys;
  std::string joined;
  for (const org::Person& p : batch.people) {
    const PersonKeys k = KeysOf(p);
    joined = JoinKeys(k);
    JANADHAR_ASSIGN_OR_RETURN(int64_t id, writer.Insert(p, joined));
    keys.Add(static_cast<uint32_t>(ids.size()), DistinctKeys(k));
    ids.push_back(id);
  }
  JANADHAR_RETURN_IF_ERROR(keys.Write(db_, writer, ids));

  JANADHAR_RETURN_IF_ERROR(WritePosts(db_, batch.posts, ids, writer));
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
  for (size_t i = 0; i < batch.person_audit.size(); ++i) {
    org::AuditEntry e = batch.person_audit[i];
    e.subject = "person " + std::to_string(ids[i]);
    JANADHAR_RETURN_IF_ERROR(audit.Write(e));
  }
  for (const org::AuditEntry& e : batch.audit) JANADHAR_RETURN_IF_ERROR(audit.Write(e));
  JANADHAR_RETURN_IF_ERROR(txn.Commit());
  return ids;
}

}  // namespace janadhar::store::sqlite
