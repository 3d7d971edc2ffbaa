// The posts of AddOrgBatch (sqlite_org_batch.cpp): kPostsPerInsert rows per
// INSERT, and, for a large batch, the count of current posts per unit in
// org_unit_staff added here instead of by a trigger per post.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/sqlite/sqlite_org_util.h"

namespace janadhar::store::sqlite {

namespace {

// Past kCountPostsFrom posts, the trigger that counts each new post in
// org_unit_staff is dropped for the time of the batch's transaction.
constexpr size_t kCountPostsFrom = 10000;
// Rows of one INSERT: fewer statements to step for the same rows.
constexpr int kPostsPerInsert = 32;

void BindPost(Statement& stmt, int first, const org::Post& q, int64_t person,
              int64_t unit) {
  stmt.Bind(first, person);
  stmt.Bind(first + 1, unit);
  stmt.Bind(first + 2, org::RoleName(q.role));
  stmt.Bind(first + 3, q.from);
  if (q.to.empty()) {
    stmt.BindNull(first + 4);
  } else {
    stmt.Bind(first + 4, q.to);
  }
  stmt.Bind(first + 5, int64_t{q.synthetic ? 1 : 0});
}

Status TwoPosts(const org::Post& q, int64_t person) {
  return Status::AlreadyExists("person " + std::to_string(person) +
                               " would hold two posts in " + q.unit +
                               " at once; one person holds one post per unit");
}

Status AddStaff(
    sqlite3* db,
    const std::unordered_map<int64_t, std::array<int64_t, org::kRoleCount>>& staff) {
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
  return Status::Ok();
}

}  // namespace

Status WriteBatchPosts(sqlite3* db, const std::vector<org::Post>& posts,
                       const std::vector<int64_t>& ids, PeopleWriter& writer) {
  const bool count = posts.size() >= kCountPostsFrom;
  if (count) {
    JANADHAR_RETURN_IF_ERROR(
        Exec(db, "DROP TRIGGER org_posts_held", "writing the batch's posts"));
  }
  constexpr const char* kInsert =
      "INSERT INTO org_posts (person_id, unit_id, role, from_date, to_date, synthetic) "
      "VALUES ";
  JANADHAR_ASSIGN_OR_RETURN(Statement one,
                            Statement::Prepare(db, kInsert + ValuesRows(1, 6)));
  Statement many;
  if (posts.size() >= kPostsPerInsert) {
    JANADHAR_ASSIGN_OR_RETURN(
        many, Statement::Prepare(db, kInsert + ValuesRows(kPostsPerInsert, 6)));
  }
  std::unordered_map<int64_t, std::array<int64_t, org::kRoleCount>> staff;
  std::array<int64_t, kPostsPerInsert> units{};
  for (size_t i = 0; i < posts.size(); i += kPostsPerInsert) {
    // A whole INSERT of kPostsPerInsert rows, or the last ones one by one.
    const bool whole = posts.size() - i >= kPostsPerInsert;
    const int rows = whole ? kPostsPerInsert : static_cast<int>(posts.size() - i);
    for (int r = 0; r < rows; ++r) {
      JANADHAR_ASSIGN_OR_RETURN(units[r], writer.Unit(posts[i + r].unit));
    }
    Status s = Status::Ok();
    if (whole) {
      for (int r = 0; r < rows; ++r) {
        BindPost(many, 6 * r + 1, posts[i + r], ids[posts[i + r].person], units[r]);
      }
      s = many.Run();
    }
    // One by one: the last rows, or the rows of an INSERT that broke a
    // constraint (it wrote nothing), for the error that names the post.
    for (int r = 0; r < rows && (!whole || !s.ok()); ++r) {
      if (!s.ok() && s.code() != StatusCode::kDataError) return s;
      const org::Post& q = posts[i + r];
      BindPost(one, 1, q, ids[q.person], units[r]);
      if (Status t = one.Run(); !t.ok()) {
        if (t.code() != StatusCode::kDataError) return t;
        return TwoPosts(q, ids[q.person]);
      }
    }
    if (!s.ok()) return s;
    if (!count) continue;
    for (int r = 0; r < rows; ++r) {
      const org::Post& q = posts[i + r];
      if (q.to.empty()) ++staff[units[r]][static_cast<size_t>(q.role)];
    }
  }
  if (!count) return Status::Ok();
  JANADHAR_RETURN_IF_ERROR(AddStaff(db, staff));
  return Exec(db, kStaffHeldTrigger, "writing the batch's posts");
}

}  // namespace janadhar::store::sqlite
