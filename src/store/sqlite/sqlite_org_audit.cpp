// The organisation's audit log in the SQLite store: reading it, newest
// first (all of it, one subject's, or one unit's subtree's), and appending
// to it (store.h).
#include <string>
#include <vector>

#include "store/sqlite/sqlite_org_util.h"
#include "store/sqlite/sqlite_store.h"

namespace janadhar::store::sqlite {

Result<std::vector<org::AuditEntry>> SqliteStore::LoadAudit(const std::string& subject,
                                                            int limit) {
  return LoadAuditOfUnit(subject, "", limit);
}

Result<std::vector<org::AuditEntry>> SqliteStore::LoadAuditOfUnit(
    const std::string& subject, const std::string& unit, int limit) {
  // ?3 = '': every unit. Else the entry's unit (actor_unit, or the unit its
  // subject names) is ?3 or starts with ?3 and '/'.
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(
          db_,
          "SELECT id, at, actor, actor_unit, action, subject, before, after, reason "
          "FROM (SELECT *, CASE WHEN coalesce(actor_unit, '') <> '' THEN actor_unit "
          "WHEN substr(subject, 1, 5) = 'unit ' THEN substr(subject, 6) "
          "WHEN substr(subject, 1, 9) = 'units of ' THEN substr(subject, 10) "
          "ELSE '' END AS of_unit FROM org_audit) "
          "WHERE (?1 = '' OR subject = ?1) AND (?3 = '' OR of_unit = ?3 OR "
          "substr(of_unit, 1, length(?3) + 1) = ?3 || '/') "
          "ORDER BY id DESC LIMIT ?2"));
  stmt.Bind(1, subject);
  stmt.Bind(2, int64_t{limit > 0 ? limit : -1});
  stmt.Bind(3, unit);
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

}  // namespace janadhar::store::sqlite
