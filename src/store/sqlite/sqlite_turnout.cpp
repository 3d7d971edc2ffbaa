// Turnout per seat: electors and voters of each seat of an election.
#include <map>
#include <utility>

#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

Status SqliteStore::ReplaceTurnout(const std::string& election,
                                   const std::vector<results::SeatTurnout>& seats,
                                   const ImportRecord& record) {
  // Checked first so that the message names the seat and both lines.
  std::map<std::pair<std::string, int>, int> lines;
  for (const results::SeatTurnout& t : seats) {
    auto [it, added] = lines.try_emplace({t.state, t.number}, t.line);
    if (!added) {
      return Status::DataError("turnout of " + election + ": seat " + t.state + "-" +
                               std::to_string(t.number) + " is listed twice (lines " +
                               std::to_string(it->second) + " and " +
                               std::to_string(t.line) + ")");
    }
  }
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(const int64_t election_id, ElectionId(election));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement remove,
      Statement::Prepare(db_, "DELETE FROM seat_turnout WHERE election_id = ?"));
  remove.Bind(1, election_id);
  JANADHAR_RETURN_IF_ERROR(remove.Run());
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO seat_turnout (election_id, state, number, name, "
                         "electors_male, voters_male, electors_female, voters_female, "
                         "electors_other, voters_other, electors_total, voters_total, "
                         "line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  for (const results::SeatTurnout& t : seats) {
    insert.Bind(1, election_id);
    insert.Bind(2, t.state);
    insert.Bind(3, int64_t{t.number});
    insert.Bind(4, t.name);
    insert.BindCount(5, t.electors_male);
    insert.BindCount(6, t.voters_male);
    insert.BindCount(7, t.electors_female);
    insert.BindCount(8, t.voters_female);
    insert.BindCount(9, t.electors_other);
    insert.BindCount(10, t.voters_other);
    insert.BindCount(11, t.electors_total);
    insert.BindCount(12, t.voters_total);
    insert.Bind(13, int64_t{t.line});
    JANADHAR_RETURN_IF_ERROR(insert.Run());
  }
  JANADHAR_RETURN_IF_ERROR(WriteImportRecord(election_id, record));
  return txn.Commit();
}

Result<std::vector<results::SeatTurnout>> SqliteStore::LoadTurnout(
    const std::string& election, const std::string& state) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(const int64_t election_id, ElectionId(election));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "SELECT state, number, name, electors_male, voters_male, "
                         "electors_female, voters_female, electors_other, voters_other, "
                         "electors_total, voters_total, line FROM seat_turnout "
                         "WHERE election_id = ?1 AND (?2 = '' OR state = ?2) "
                         "ORDER BY state, number"));
  stmt.Bind(1, election_id);
  stmt.Bind(2, state);
  std::vector<results::SeatTurnout> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    results::SeatTurnout t;
    t.state = stmt.Text(0);
    t.number = static_cast<int>(stmt.Int(1));
    t.name = stmt.Text(2);
    t.electors_male = stmt.Count(3);
    t.voters_male = stmt.Count(4);
    t.electors_female = stmt.Count(5);
    t.voters_female = stmt.Count(6);
    t.electors_other = stmt.Count(7);
    t.voters_other = stmt.Count(8);
    t.electors_total = stmt.Count(9);
    t.voters_total = stmt.Count(10);
    t.line = static_cast<int>(stmt.Int(11));
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace janadhar::store::sqlite
