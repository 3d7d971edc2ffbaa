// Shared by the SQLite store's organisation files (sqlite_org*.cpp): reading
// the organisation's rows into org/ values and writing the audit log.
// Internal to store/sqlite. Thread-safety: as the connection given.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "org/person.h"
#include "org/unit.h"
#include "store/sqlite/sqlite_org_tree.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

// The trigger that counts a new current post in org_unit_staff (the other
// triggers of the counts are in migration_org.cpp). AddOrgBatch drops it for
// a large batch, counts the posts itself and makes it again.
inline constexpr std::string_view kStaffHeldTrigger = R"sql(
CREATE TRIGGER org_posts_held AFTER INSERT ON org_posts WHEN NEW.to_date IS NULL
BEGIN
  INSERT INTO org_unit_staff (unit_id, president, general_secretary,
      election_committee_member, booth_president, booth_committee_member,
      polling_agent, page_in_charge)
    VALUES (NEW.unit_id, NEW.role = 'president', NEW.role = 'general_secretary',
      NEW.role = 'election_committee_member', NEW.role = 'booth_president',
      NEW.role = 'booth_committee_member', NEW.role = 'polling_agent',
      NEW.role = 'page_in_charge')
    ON CONFLICT (unit_id) DO UPDATE SET
      president = president + excluded.president,
      general_secretary = general_secretary + excluded.general_secretary,
      election_committee_member =
        election_committee_member + excluded.election_committee_member,
      booth_president = booth_president + excluded.booth_president,
      booth_committee_member = booth_committee_member + excluded.booth_committee_member,
      polling_agent = polling_agent + excluded.polling_agent,
      page_in_charge = page_in_charge + excluded.page_in_charge;
END;
)sql";

// The index of each person's search keys (for a person's keys on update and
// removal, and the prefix probes of search). AddOrgBatch drops it while it
// writes more keys than are stored, and makes it again after.
inline constexpr std::string_view kTokensPersonIndex =
    "CREATE INDEX org_name_tokens_person ON org_name_tokens(person_id, token)";

// Columns read by ReadPerson, for "SELECT <kPersonColumns> FROM kPersonFrom".
inline constexpr std::string_view kPersonColumns =
    "p.id, p.name_hi, p.name_en, p.phone, p.epic, p.joined, p.came_from, p.status, "
    "u.code, p.synthetic";
inline constexpr std::string_view kPersonFrom =
    "org_people p JOIN org_units u ON u.id = p.unit_id";
// The person of the row, from column `first` on (kPersonColumns' order).
Result<org::Person> ReadPerson(const Statement& stmt, int first = 0);

// Columns read by ReadPost: "q.id, q.person_id, u.code, q.role, q.from_date,
// q.to_date, q.synthetic" of org_posts q JOIN org_units u.
inline constexpr std::string_view kPostColumns =
    "q.id, q.person_id, u.code, q.role, q.from_date, q.to_date, q.synthetic";
Result<org::Post> ReadPost(const Statement& stmt);

// Internal when the stored text is not a level, role or status.
Result<org::UnitLevel> ReadUnitLevel(const Statement& stmt, int column, int code_column);
Result<org::Role> ReadRole(const Statement& stmt, int column);

// The row id of the unit with this code; NotFound naming it otherwise.
Result<int64_t> UnitRowId(sqlite3* db, const std::string& code);

// Appends entries to org_audit inside the caller's transaction, with one
// prepared statement. Fills in the time when `entry.at` is empty.
class AuditWriter {
 public:
  static Result<AuditWriter> Prepare(sqlite3* db);
  Status Write(const org::AuditEntry& entry);
  // Writes entries[i] with subject subjects[i] (when given, else its own),
  // many rows per INSERT; one time for the entries without one.
  Status WriteMany(const std::vector<org::AuditEntry>& entries,
                   const std::vector<std::string>* subjects = nullptr);

 private:
  static constexpr int kRowsPerInsert = 32;
  sqlite3* db_ = nullptr;
  Statement insert_;
  Statement many_;  // prepared by the first WriteMany that needs it
  bool many_ready_ = false;
};
// One entry (AuditWriter for many).
Status WriteAudit(sqlite3* db, const org::AuditEntry& entry);

// The search keys of a person's names (org/name_key.h), in order, each
// script's on its own.
struct PersonKeys {
  std::vector<std::string> hi;
  std::vector<std::string> en;
};
PersonKeys KeysOf(const org::Person& p);
// As stored in org_people.name_keys: "ram kumr|ram kumr" (keys are lower-case
// ASCII letters and digits), and back.
std::string JoinKeys(const PersonKeys& keys);
void SplitKeys(std::string_view stored, PersonKeys* keys);
// The distinct keys of both scripts, sorted (the rows of org_name_tokens).
std::vector<std::string> DistinctKeys(const PersonKeys& keys);
std::vector<std::string> PersonTokens(const org::Person& p);

// Adds org_people.name_keys (as '') to a store made by a development build
// of version 5 before the column was in it, inside the caller's write
// transaction; nothing when it is there. Search computes the keys of a row
// whose name_keys is ''.
Status AddNameKeysColumn(sqlite3* db);

// Writes people and their search keys inside the caller's transaction, with
// prepared statements, resolving unit codes (cached). Prepare adds
// name_keys first when it is missing (AddNameKeysColumn).
class PeopleWriter {
 public:
  static Result<PeopleWriter> Prepare(sqlite3* db);

  // The row id of the unit with this code; NotFound naming it otherwise.
  Result<int64_t> Unit(const std::string& code);
  // Looks up the row ids of these units (repeats allowed) for a batch that
  // names many: one scan of the units' codes instead of a probe per unit.
  // Codes not stored are left to Unit() to report.
  Status FindUnits(const std::vector<std::string_view>& codes);
  // Finds units in `tree` (read in the caller's transaction, its row ids in
  // `ids`) before anywhere else: a batch naming thousands of units of a
  // state reads the state's tree once instead of scanning org_units.
  void UseTree(org::UnitTree tree, const RowIds& ids);
  bool UsesTrees() const { return !trees_.empty(); }

  // Inserts `p` (its id ignored) with `name_keys` (JoinKeys of its keys) but
  // without its rows of org_name_tokens, and returns its id; AlreadyExists
  // naming the holder of its phone or EPIC.
  Result<int64_t> Insert(const org::Person& p, std::string_view name_keys);
  // Insert, then the person's search keys.
  Result<int64_t> Write(const org::Person& p);
  // Stores each of `tokens` as a search key of person `id` (present ones are
  // left as they are).
  Status WriteTokens(int64_t id, const std::vector<std::string>& tokens);
  Status WriteToken(std::string_view token, int64_t id);

  // AlreadyExists naming the person other than `except` who holds `p`'s
  // phone or EPIC.
  Status Duplicate(const org::Person& p, int64_t except = 0);

 private:
  explicit PeopleWriter(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
  Statement insert_;
  Statement token_;
  Statement unit_;
  std::unordered_map<std::string, int64_t> units_;
  struct KnownTree {
    org::UnitTree tree;
    std::vector<int64_t> row;  // by tree id
  };
  std::vector<KnownTree> trees_;
  // The row id of `code` from trees_; 0 when none has it.
  int64_t FromTrees(std::string_view code) const;
};

// Writes a batch's posts (person indexes into `ids`) inside the caller's
// transaction (sqlite_org_batch_posts.cpp). AlreadyExists when a person would
// hold two posts in one unit at once; the caller rolls back.
Status WriteBatchPosts(sqlite3* db, const std::vector<org::Post>& posts,
                       const std::vector<int64_t>& ids, PeopleWriter& writer);

}  // namespace janadhar::store::sqlite
