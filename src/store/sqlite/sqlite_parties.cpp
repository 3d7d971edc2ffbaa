// Parties: the directory, name resolution, and user-added aliases.
#include "store/sqlite/sqlite_parties.h"

#include <utility>

#include "base/text.h"
#include "store/sqlite/sqlite_store.h"

namespace janadhar::store::sqlite {

Result<results::PartyDirectory> ReadPartyDirectory(sqlite3* db) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement parties,
      Statement::Prepare(db,
                         "SELECT id, abbreviation, name, is_independent, is_nota "
                         "FROM parties ORDER BY id"));
  std::vector<results::Party> list;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, parties.Step());
    if (!row) break;
    results::Party p;
    p.id = parties.Int(0);
    p.abbreviation = parties.Text(1);
    p.name = parties.Text(2);
    p.is_independent = parties.Int(3) != 0;
    p.is_nota = parties.Int(4) != 0;
    list.push_back(std::move(p));
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement aliases,
      Statement::Prepare(db, "SELECT alias, party_id FROM party_aliases ORDER BY id"));
  std::vector<results::PartyAlias> alias_list;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, aliases.Step());
    if (!row) break;
    alias_list.push_back(results::PartyAlias{aliases.Text(0), aliases.Int(1)});
  }
  return results::PartyDirectory(std::move(list), alias_list);
}

Result<PartyResolver> PartyResolver::Load(sqlite3* db) {
  JANADHAR_ASSIGN_OR_RETURN(results::PartyDirectory directory, ReadPartyDirectory(db));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db,
                         "INSERT INTO parties (abbreviation, name, name_key) "
                         "VALUES (NULL, ?, ?) RETURNING id"));
  return PartyResolver(std::move(directory), std::move(insert));
}

Result<int64_t> PartyResolver::IdFor(std::string_view name) {
  if (auto it = memo_.find(std::string(name)); it != memo_.end()) return it->second;
  const std::string key = NameKey(name);
  int64_t id = 0;
  if (key.empty()) {
    id = 0;
  } else if (const results::Party* p = directory_.Resolve(name); p != nullptr) {
    id = p->id;
  } else if (auto it = created_.find(key); it != created_.end()) {
    id = it->second;
  } else {
    const std::string clean = CollapseSpaces(name);
    insert_.Bind(1, clean);
    insert_.Bind(2, key);
    JANADHAR_ASSIGN_OR_RETURN(id,
                              insert_.StepReturningId("adding party '" + clean + "'"));
    created_.emplace(key, id);
  }
  memo_.emplace(std::string(name), id);
  return id;
}

Result<results::PartyDirectory> SqliteStore::LoadParties() {
  return ReadPartyDirectory(db_);
}

Status SqliteStore::AddPartyAlias(const std::string& alias, const std::string& target) {
  const std::string alias_key = NameKey(alias);
  if (alias_key.empty()) {
    return Status::InvalidArgument("the alias '" + alias +
                                   "' has no letters or digits; give a party's spelling");
  }
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(results::PartyDirectory directory, ReadPartyDirectory(db_));
  const results::Party* party = directory.Resolve(target);
  if (party == nullptr) {
    std::string message = "no party named '" + target + "'";
    const std::string suggestion = DidYouMean(target, directory.AllNames());
    if (!suggestion.empty()) message += "; " + suggestion;
    return Status::NotFound(message);
  }
  for (const results::Party& other : directory.parties()) {
    const bool is_name = NameKey(other.name) == alias_key;
    const bool is_abbreviation =
        !other.abbreviation.empty() && NameKey(other.abbreviation) == alias_key;
    if (!is_name && !is_abbreviation) continue;
    if (other.id == party->id) return Status::Ok();  // already what it means
    return Status::InvalidArgument(
        "'" + alias + "' is the " + (is_name ? "name" : "abbreviation") + " of " +
        other.name + "; it cannot be an alias of " + party->name);
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement upsert,
      Statement::Prepare(db_,
                         "INSERT INTO party_aliases (alias_key, alias, party_id) "
                         "VALUES (?, ?, ?) ON CONFLICT (alias_key) DO UPDATE SET "
                         "alias = excluded.alias, party_id = excluded.party_id"));
  const std::string clean = CollapseSpaces(alias);
  upsert.Bind(1, alias_key);
  upsert.Bind(2, clean);
  upsert.Bind(3, party->id);
  JANADHAR_RETURN_IF_ERROR(upsert.Run());
  return txn.Commit();
}

}  // namespace janadhar::store::sqlite
