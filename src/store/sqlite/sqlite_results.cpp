// Elections' constituency results: seats and their candidates.
#include <unordered_map>
#include <utility>

#include "store/sqlite/sqlite_parties.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

Status SqliteStore::ReplaceSeatResults(const results::Election& election,
                                       const std::vector<results::SeatResult>& seats,
                                       const ImportRecord& record) {
  if (election.name.empty()) return Status::InvalidArgument("the election has no name");
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  // Updated in place, never deleted: its booth results hang on its id.
  JANADHAR_ASSIGN_OR_RETURN(
      Statement upsert,
      Statement::Prepare(db_,
                         "INSERT INTO elections (name, kind, year, delimitation, state) "
                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                         "kind = excluded.kind, year = excluded.year, "
                         "delimitation = excluded.delimitation, state = excluded.state "
                         "RETURNING id"));
  upsert.Bind(1, election.name);
  upsert.Bind(2, results::ElectionKindName(election.kind));
  upsert.Bind(3, int64_t{election.year});
  upsert.Bind(4, election.delimitation);
  upsert.Bind(5, election.state);
  JANADHAR_ASSIGN_OR_RETURN(const int64_t election_id,
                            upsert.StepReturningId("election"));

  JANADHAR_ASSIGN_OR_RETURN(
      Statement remove,
      Statement::Prepare(db_, "DELETE FROM seats WHERE election_id = ?"));
  remove.Bind(1, election_id);
  JANADHAR_RETURN_IF_ERROR(remove.Run());
  JANADHAR_ASSIGN_OR_RETURN(PartyResolver parties, PartyResolver::Load(db_));
  JANADHAR_RETURN_IF_ERROR(InsertSeats(election_id, seats, parties));
  JANADHAR_RETURN_IF_ERROR(WriteImportRecord(election_id, record));
  return txn.Commit();
}

Status SqliteStore::InsertSeats(int64_t election_id,
                                const std::vector<results::SeatResult>& seats,
                                PartyResolver& parties) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement seat,
      Statement::Prepare(db_,
                         "INSERT INTO seats (election_id, state, state_name, number, "
                         "name, uncontested) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement candidate,
      Statement::Prepare(db_,
                         "INSERT INTO candidates (seat_id, position, name, party_id, "
                         "votes, is_nota, line) VALUES (?, ?, ?, ?, ?, ?, ?)"));
  for (const results::SeatResult& s : seats) {
    seat.Bind(1, election_id);
    seat.Bind(2, s.state);
    seat.Bind(3, s.state_name);
    seat.Bind(4, int64_t{s.number});
    seat.Bind(5, s.name);
    seat.Bind(6, int64_t{s.uncontested});
    const Result<int64_t> seat_id = seat.StepReturningId("seat");
    if (!seat_id.ok()) {
      if (seat_id.status().code() == StatusCode::kDataError) {
        return Status::DataError("seat " + s.state + "-" + std::to_string(s.number) +
                                 " (" + s.name + ") appears twice in the results");
      }
      return seat_id.status();
    }
    int64_t position = 0;
    for (const results::CandidateResult& c : s.candidates) {
      JANADHAR_ASSIGN_OR_RETURN(int64_t party_id, parties.IdFor(c.party));
      candidate.Bind(1, *seat_id);
      candidate.Bind(2, position++);
      candidate.Bind(3, c.name);
      candidate.BindId(4, party_id);
      candidate.BindCount(5, c.votes);
      candidate.Bind(6, int64_t{c.is_nota});
      candidate.Bind(7, int64_t{c.line});
      JANADHAR_RETURN_IF_ERROR(candidate.Run());
    }
  }
  return Status::Ok();
}

Result<std::vector<results::SeatResult>> SqliteStore::LoadSeatResults(
    const std::string& election, const std::string& state) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(int64_t election_id, ElectionId(election));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement seats,
      Statement::Prepare(db_,
                         "SELECT id, state, state_name, number, name, uncontested "
                         "FROM seats WHERE election_id = ?1 AND (?2 = '' OR state = ?2) "
                         "ORDER BY state, number"));
  seats.Bind(1, election_id);
  seats.Bind(2, state);
  std::vector<results::SeatResult> out;
  std::unordered_map<int64_t, std::size_t> index;  // seat id → position in out
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, seats.Step());
    if (!row) break;
    results::SeatResult s;
    s.state = seats.Text(1);
    s.state_name = seats.Text(2);
    s.number = static_cast<int>(seats.Int(3));
    s.name = seats.Text(4);
    s.uncontested = seats.Int(5) != 0;
    index.emplace(seats.Int(0), out.size());
    out.push_back(std::move(s));
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement candidates,
      Statement::Prepare(db_,
                         "SELECT c.seat_id, c.name, coalesce(p.name, ''), c.votes, "
                         "c.is_nota, c.line FROM candidates c "
                         "JOIN seats s ON s.id = c.seat_id "
                         "LEFT JOIN parties p ON p.id = c.party_id "
                         "WHERE s.election_id = ?1 AND (?2 = '' OR s.state = ?2) "
                         "ORDER BY s.state, s.number, c.position"));  // index order
  candidates.Bind(1, election_id);
  candidates.Bind(2, state);
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, candidates.Step());
    if (!row) break;
    auto it = index.find(candidates.Int(0));
    if (it == index.end()) continue;
    results::CandidateResult c;
    c.name = candidates.Text(1);
    c.party = candidates.Text(2);
    c.votes = candidates.Count(3);
    c.is_nota = candidates.Int(4) != 0;
    c.line = static_cast<int>(candidates.Int(5));
    out[it->second].candidates.push_back(std::move(c));
  }
  return out;
}

}  // namespace janadhar::store::sqlite
