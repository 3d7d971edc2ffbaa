// The shared row readers, audit writer and people writer of the SQLite
// store's organisation files (sqlite_org_util.h).
#include "store/sqlite/sqlite_org_util.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "org/name_key.h"

namespace janadhar::store::sqlite {

Result<org::Person> ReadPerson(const Statement& stmt, int first) {
  org::Person p;
  p.id = stmt.Int(first);
  p.name_hi = stmt.Text(first + 1);
  p.name_en = stmt.Text(first + 2);
  p.phone = stmt.Text(first + 3);
  p.epic = stmt.Text(first + 4);
  p.joined = stmt.Text(first + 5);
  p.came_from = stmt.Text(first + 6);
  auto status = org::ParsePersonStatus(stmt.Text(first + 7));
  if (!status.ok())
    return Status::Internal("person " + std::to_string(p.id) + ": " +
                            status.status().message());
  p.status = *status;
  p.unit = stmt.Text(first + 8);
  p.synthetic = stmt.Int(first + 9) != 0;
  return p;
}

Result<org::Post> ReadPost(const Statement& stmt) {
  org::Post q;
  q.id = stmt.Int(0);
  q.person = stmt.Int(1);
  q.unit = stmt.Text(2);
  JANADHAR_ASSIGN_OR_RETURN(q.role, ReadRole(stmt, 3));
  q.from = stmt.Text(4);
  q.to = stmt.Text(5);
  q.synthetic = stmt.Int(6) != 0;
  return q;
}

Result<org::UnitLevel> ReadUnitLevel(const Statement& stmt, int column, int code_column) {
  const std::string text = stmt.Text(column);
  if (text == "booth") return org::UnitLevel::kBooth;  // most units: no more work
  auto level = org::ParseUnitLevel(stmt.Text(column));
  if (!level.ok()) {
    return Status::Internal("org unit " + stmt.Text(code_column) + ": " +
                            level.status().message());
  }
  return *level;
}

Result<org::Role> ReadRole(const Statement& stmt, int column) {
  auto role = org::ParseRole(stmt.Text(column));
  if (!role.ok()) return Status::Internal("stored post: " + role.status().message());
  return *role;
}

Result<int64_t> UnitRowId(sqlite3* db, const std::string& code) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt, Statement::Prepare(db, "SELECT id FROM org_units WHERE code = ?"));
  stmt.Bind(1, code);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) {
    return Status::NotFound(
        "no unit '" + code +
        "'; `janadhar org bootstrap` or `org units import` makes units");
  }
  return stmt.Int(0);
}

Result<AuditWriter> AuditWriter::Prepare(sqlite3* db) {
  AuditWriter w;
  w.db_ = db;
  JANADHAR_ASSIGN_OR_RETURN(
      w.insert_,
      Statement::Prepare(db,
                         "INSERT INTO org_audit (at, actor, actor_unit, action, "
                         "subject, before, after, reason) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
  return w;
}

Status AuditWriter::Write(const org::AuditEntry& e) {
  const std::string at = e.at.empty() ? org::NowUtc() : e.at;
  insert_.Bind(1, at);
  insert_.Bind(2, e.actor);
  insert_.Bind(3, e.actor_unit);
  insert_.Bind(4, e.action);
  insert_.Bind(5, e.subject);
  insert_.Bind(6, e.before);
  insert_.Bind(7, e.after);
  insert_.Bind(8, e.reason);
  return insert_.Run();
}

Status AuditWriter::WriteMany(const std::vector<org::AuditEntry>& entries,
                              const std::vector<std::string>* subjects) {
  const std::string now = org::NowUtc();
  const auto bind = [&](Statement& stmt, size_t i, int first) {
    const org::AuditEntry& e = entries[i];
    stmt.Bind(first, e.at.empty() ? std::string_view(now) : std::string_view(e.at));
    stmt.Bind(first + 1, e.actor);
    stmt.Bind(first + 2, e.actor_unit);
    stmt.Bind(first + 3, e.action);
    stmt.Bind(first + 4, subjects != nullptr ? (*subjects)[i] : e.subject);
    stmt.Bind(first + 5, e.before);
    stmt.Bind(first + 6, e.after);
    stmt.Bind(first + 7, e.reason);
  };
  size_t i = 0;
  if (entries.size() >= kRowsPerInsert && !many_ready_) {
    JANADHAR_ASSIGN_OR_RETURN(
        many_, Statement::Prepare(db_,
                                  "INSERT INTO org_audit (at, actor, actor_unit, action, "
                                  "subject, before, after, reason) VALUES " +
                                      ValuesRows(kRowsPerInsert, 8)));
    many_ready_ = true;
  }
  for (; i + kRowsPerInsert <= entries.size(); i += kRowsPerInsert) {
    for (int r = 0; r < kRowsPerInsert; ++r) bind(many_, i + r, 8 * r + 1);
    JANADHAR_RETURN_IF_ERROR(many_.Run());
  }
  for (; i < entries.size(); ++i) {
    bind(insert_, i, 1);
    JANADHAR_RETURN_IF_ERROR(insert_.Run());
  }
  return Status::Ok();
}

Status WriteAudit(sqlite3* db, const org::AuditEntry& e) {
  JANADHAR_ASSIGN_OR_RETURN(AuditWriter w, AuditWriter::Prepare(db));
  return w.Write(e);
}

PersonKeys KeysOf(const org::Person& p) {
  return {org::NameTokens(p.name_hi), org::NameTokens(p.name_en)};
}

std::string JoinKeys(const PersonKeys& keys) {
  std::string out;
  for (const std::vector<std::string>* part : {&keys.hi, &keys.en}) {
    if (part == &keys.en) out += '|';
    for (size_t i = 0; i < part->size(); ++i) {
      if (i > 0) out += ' ';
      out += (*part)[i];
    }
  }
  return out;
}

void SplitKeys(std::string_view stored, PersonKeys* keys) {
  keys->hi.clear();
  keys->en.clear();
  std::vector<std::string>* part = &keys->hi;
  size_t start = 0;
  for (size_t i = 0; i <= stored.size(); ++i) {
    if (i < stored.size() && stored[i] != ' ' && stored[i] != '|') continue;
    if (i > start) part->emplace_back(stored.substr(start, i - start));
    if (i < stored.size() && stored[i] == '|') part = &keys->en;
    start = i + 1;
  }
}

std::vector<std::string> DistinctKeys(const PersonKeys& keys) {
  std::vector<std::string> tokens = keys.hi;
  tokens.insert(tokens.end(), keys.en.begin(), keys.en.end());
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  return tokens;
}

std::vector<std::string> PersonTokens(const org::Person& p) {
  return DistinctKeys(KeysOf(p));
}

Status AddNameKeysColumn(sqlite3* db) {
  JANADHAR_ASSIGN_OR_RETURN(
      std::vector<std::string> columns,
      ListTexts(db, "SELECT name FROM pragma_table_info('org_people')"));
  if (std::find(columns.begin(), columns.end(), "name_keys") != columns.end()) {
    return Status::Ok();
  }
  return Exec(db, "ALTER TABLE org_people ADD COLUMN name_keys TEXT NOT NULL DEFAULT ''",
              "adding the people's search keys");
}

Result<PeopleWriter> PeopleWriter::Prepare(sqlite3* db) {
  PeopleWriter w(db);
  JANADHAR_RETURN_IF_ERROR(AddNameKeysColumn(db));
  JANADHAR_ASSIGN_OR_RETURN(
      w.insert_, Statement::Prepare(db,
                                    "INSERT INTO org_people (name_hi, name_en, "
                                    "phone, epic, joined, came_from, status, "
                                    "unit_id, synthetic, name_keys) VALUES "
                                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  JANADHAR_ASSIGN_OR_RETURN(w.token_, Statement::Prepare(db,
                                                         "INSERT OR IGNORE INTO "
                                                         "org_name_tokens "
                                                         "(token, person_id) VALUES "
                                                         "(?, ?)"));
  JANADHAR_ASSIGN_OR_RETURN(
      w.unit_, Statement::Prepare(db, "SELECT id FROM org_units WHERE code = ?"));
  return w;
}

void PeopleWriter::UseTree(org::UnitTree tree, const RowIds& ids) {
  KnownTree known{std::move(tree), {}};
  known.row.assign(known.tree.size(), 0);
  for (size_t i = 0; i < ids.tree_id.size(); ++i) {
    const int id = ids.tree_id[i];
    if (id >= 0 && id < static_cast<int>(known.row.size())) {
      known.row[id] = ids.first + static_cast<int64_t>(i);
    }
  }
  trees_.push_back(std::move(known));
}

int64_t PeopleWriter::FromTrees(std::string_view code) const {
  for (const KnownTree& t : trees_) {
    if (const std::optional<int> id = t.tree.Find(code)) return t.row[*id];
  }
  return 0;
}

Result<int64_t> PeopleWriter::Unit(const std::string& code) {
  if (const int64_t row = FromTrees(code); row != 0) return row;
  const auto it = units_.find(code);
  if (it != units_.end()) return it->second;
  unit_.Bind(1, code);
  JANADHAR_ASSIGN_OR_RETURN(bool row, unit_.Step());
  const int64_t id = row ? unit_.Int(0) : 0;
  unit_.Reset();
  if (!row) return UnitRowId(db_, code);  // NotFound with its message
  units_.emplace(code, id);
  return id;
}

Status PeopleWriter::FindUnits(const std::vector<std::string_view>& codes) {
  std::unordered_set<std::string_view> wanted;
  wanted.reserve(codes.size());
  wanted.insert(codes.begin(), codes.end());
  units_.reserve(units_.size() + wanted.size());
  JANADHAR_ASSIGN_OR_RETURN(Statement all,
                            Statement::Prepare(db_, "SELECT code, id FROM org_units"));
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, all.Step());
    if (!row) break;
    const std::string_view code = all.TextView(0);
    if (wanted.count(code) != 0) units_.try_emplace(std::string(code), all.Int(1));
  }
  return Status::Ok();
}

Result<int64_t> PeopleWriter::Insert(const org::Person& p, std::string_view name_keys) {
  JANADHAR_ASSIGN_OR_RETURN(int64_t unit, Unit(p.unit));
  insert_.Bind(1, p.name_hi);
  insert_.Bind(2, p.name_en);
  insert_.Bind(3, p.phone);
  if (p.epic.empty()) {
    insert_.BindNull(4);
  } else {
    insert_.Bind(4, p.epic);
  }
  insert_.Bind(5, p.joined);
  insert_.Bind(6, p.came_from);
  insert_.Bind(7, org::PersonStatusName(p.status));
  insert_.Bind(8, unit);
  insert_.Bind(9, int64_t{p.synthetic ? 1 : 0});
  insert_.Bind(10, name_keys);
  if (Status s = insert_.Run(); !s.ok()) {
    insert_.Reset();
    if (s.code() == StatusCode::kDataError) return Duplicate(p);
    return s;
  }
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

Result<int64_t> PeopleWriter::Write(const org::Person& p) {
  const PersonKeys keys = KeysOf(p);
  const std::string joined = JoinKeys(keys);
  JANADHAR_ASSIGN_OR_RETURN(int64_t id, Insert(p, joined));
  JANADHAR_RETURN_IF_ERROR(WriteTokens(id, DistinctKeys(keys)));
  return id;
}

Status PeopleWriter::WriteTokens(int64_t id, const std::vector<std::string>& tokens) {
  for (const std::string& t : tokens) JANADHAR_RETURN_IF_ERROR(WriteToken(t, id));
  return Status::Ok();
}

Status PeopleWriter::WriteToken(std::string_view token, int64_t id) {
  token_.Bind(1, token);
  token_.Bind(2, id);
  return token_.Run();
}

Status PeopleWriter::Duplicate(const org::Person& p, int64_t except) {
  for (const bool epic : {false, true}) {
    const std::string& value = epic ? p.epic : p.phone;
    if (value.empty()) continue;
    auto stmt = Statement::Prepare(
        db_, std::string("SELECT id, CASE WHEN name_hi = '' THEN name_en ELSE name_hi "
                         "END FROM org_people WHERE ") +
                 (epic ? "epic" : "phone") + " = ? AND id <> ?");
    if (!stmt.ok()) return stmt.status();
    stmt->Bind(1, value);
    stmt->Bind(2, except);
    auto row = stmt->Step();
    if (row.ok() && *row) {
      return Status::AlreadyExists(
          (epic ? "EPIC " : "phone ") + value + " is already held by person " +
          std::to_string(stmt->Int(0)) + " (" + stmt->Text(1) + ")");
    }
  }
  return Status::AlreadyExists("the person is already stored");
}

}  // namespace janadhar::store::sqlite
