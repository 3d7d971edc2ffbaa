// Elections' constituency results: seats and their candidates.
#include <algorithm>
#include <string>
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
  std::vector<int64_t> ids;  // ascending: seat ids in `out` order, for the lookup below
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, seats.Step());
    if (!row) break;
    results::SeatResult s;
    s.state = seats.Text(1);
    s.state_name = seats.Text(2);
    s.number = static_cast<int>(seats.Int(3));
    s.name = seats.Text(4);
    s.uncontested = seats.Int(5) != 0;
    ids.push_back(seats.Int(0));
    out.push_back(std::move(s));
  }
  if (out.empty()) return out;
  // Seat id → position in out: ids of one election are usually one dense
  // range, so a table over [lowest, highest] (a hash map when sparse).
  const auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
  const int64_t low = *lo, high = *hi;
  const bool dense = high - low < 4 * static_cast<int64_t>(ids.size()) + 64;
  std::vector<int32_t> slot(dense ? static_cast<std::size_t>(high - low + 1) : 0, -1);
  std::unordered_map<int64_t, std::size_t> sparse;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (dense) {
      slot[static_cast<std::size_t>(ids[i] - low)] = static_cast<int32_t>(i);
    } else {
      sparse.emplace(ids[i], i);
    }
  }
  auto position = [&](int64_t id) -> int64_t {
    if (dense)
      return id < low || id > high ? -1 : slot[static_cast<std::size_t>(id - low)];
    auto it = sparse.find(id);
    return it == sparse.end() ? -1 : static_cast<int64_t>(it->second);
  };
  // Party names by id, read once (the table is small): no join per row.
  std::unordered_map<int64_t, std::string> party_name;
  {
    JANADHAR_ASSIGN_OR_RETURN(Statement parties,
                              Statement::Prepare(db_, "SELECT id, name FROM parties"));
    while (true) {
      JANADHAR_ASSIGN_OR_RETURN(bool row, parties.Step());
      if (!row) break;
      party_name.emplace(parties.Int(0), parties.Text(1));
    }
  }
  // Candidates of the seats' id range, in (seat, position) index order;
  // those of other elections' seats inside the range are skipped.
  JANADHAR_ASSIGN_OR_RETURN(
      Statement candidates,
      Statement::Prepare(db_,
                         "SELECT seat_id, name, party_id, votes, is_nota, line "
                         "FROM candidates WHERE seat_id BETWEEN ?1 AND ?2 "
                         "ORDER BY seat_id, position"));
  candidates.Bind(1, low);
  candidates.Bind(2, high);
  static const std::string kNoName;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, candidates.Step());
    if (!row) break;
    const int64_t at = position(candidates.Int(0));
    if (at < 0) continue;
    results::CandidateResult c;
    c.name = candidates.Text(1);
    if (!candidates.IsNull(2)) {
      auto it = party_name.find(candidates.Int(2));
      c.party = it == party_name.end() ? kNoName : it->second;
    }
    c.votes = candidates.Count(3);
    c.is_nota = candidates.Int(4) != 0;
    c.line = static_cast<int>(candidates.Int(5));
    out[static_cast<std::size_t>(at)].candidates.push_back(std::move(c));
  }
  return out;
}

}  // namespace janadhar::store::sqlite
