// Geography: delimitations (states, PCs, ACs) and electors per roll.
#include <set>
#include <tuple>
#include <utility>

#include "base/text.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

std::string SeatLabel(const std::string& state, int number) {
  return state + "-" + std::to_string(number);
}

// The rules the schema enforces, checked first so that the message names the
// offending constituency instead of a constraint.
Status CheckDelimitation(const geo::Delimitation& d) {
  if (d.name.empty()) return Status::InvalidArgument("the delimitation has no name");
  std::set<std::string> states;
  for (const geo::State& s : d.states) {
    if (!states.insert(s.code).second) {
      return Status::DataError("delimitation " + d.name + ": state " + s.code +
                               " is listed twice");
    }
  }
  std::set<std::pair<std::string, int>> pcs;
  for (const geo::Pc& pc : d.pcs) {
    if (!states.contains(pc.state)) {
      return Status::DataError("delimitation " + d.name + ": PC " +
                               SeatLabel(pc.state, pc.number) + " (" + pc.name +
                               ") is in state " + pc.state + ", which is not listed");
    }
    if (!pcs.emplace(pc.state, pc.number).second) {
      return Status::DataError("delimitation " + d.name + ": PC " +
                               SeatLabel(pc.state, pc.number) + " is listed twice");
    }
  }
  std::set<std::pair<std::string, int>> acs;
  for (const geo::Ac& ac : d.acs) {
    if (!pcs.contains({ac.state, ac.pc})) {
      return Status::DataError("delimitation " + d.name + ": AC " +
                               SeatLabel(ac.state, ac.number) + " (" + ac.name +
                               ") belongs to PC " + SeatLabel(ac.state, ac.pc) +
                               ", which is not listed");
    }
    if (!acs.emplace(ac.state, ac.number).second) {
      return Status::DataError("delimitation " + d.name + ": AC " +
                               SeatLabel(ac.state, ac.number) + " is listed twice");
    }
  }
  return Status::Ok();
}

geo::Reservation ReadReservation(const Statement& stmt, int column) {
  return geo::ParseReservation(stmt.Text(column)).value_or(geo::Reservation::kGeneral);
}

}  // namespace

Status SqliteStore::ReplaceDelimitation(const geo::Delimitation& d,
                                        const ImportRecord& record) {
  JANADHAR_RETURN_IF_ERROR(CheckDelimitation(d));
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement remove,
      Statement::Prepare(db_, "DELETE FROM delimitations WHERE name = ?"));
  remove.Bind(1, d.name);
  JANADHAR_RETURN_IF_ERROR(remove.Run());
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_,
                         "INSERT INTO delimitations (name) VALUES (?) RETURNING id"));
  insert.Bind(1, d.name);
  JANADHAR_ASSIGN_OR_RETURN(const int64_t id, insert.StepReturningId("delimitation"));

  JANADHAR_ASSIGN_OR_RETURN(
      Statement state,
      Statement::Prepare(db_,
                         "INSERT INTO states (delimitation_id, code, abbr, name) "
                         "VALUES (?, ?, ?, ?)"));
  for (const geo::State& s : d.states) {
    state.Bind(1, id);
    state.Bind(2, s.code);
    state.Bind(3, s.abbr);
    state.Bind(4, s.name);
    JANADHAR_RETURN_IF_ERROR(state.Run());
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement pc,
      Statement::Prepare(db_,
                         "INSERT INTO pcs (delimitation_id, state, number, name, "
                         "reservation) VALUES (?, ?, ?, ?, ?)"));
  for (const geo::Pc& p : d.pcs) {
    pc.Bind(1, id);
    pc.Bind(2, p.state);
    pc.Bind(3, int64_t{p.number});
    pc.Bind(4, p.name);
    pc.Bind(5, geo::ReservationName(p.reservation));
    JANADHAR_RETURN_IF_ERROR(pc.Run());
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement ac,
      Statement::Prepare(db_,
                         "INSERT INTO acs (delimitation_id, state, number, name, "
                         "reservation, pc) VALUES (?, ?, ?, ?, ?, ?)"));
  for (const geo::Ac& a : d.acs) {
    ac.Bind(1, id);
    ac.Bind(2, a.state);
    ac.Bind(3, int64_t{a.number});
    ac.Bind(4, a.name);
    ac.Bind(5, geo::ReservationName(a.reservation));
    ac.Bind(6, int64_t{a.pc});
    JANADHAR_RETURN_IF_ERROR(ac.Run());
  }
  JANADHAR_RETURN_IF_ERROR(WriteImportRecord(0, record));
  return txn.Commit();
}

Result<geo::Delimitation> SqliteStore::LoadDelimitation(const std::string& name) {
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement find,
      Statement::Prepare(db_, "SELECT id FROM delimitations WHERE name = ?"));
  find.Bind(1, name);
  JANADHAR_ASSIGN_OR_RETURN(bool found, find.Step());
  if (!found) {
    JANADHAR_ASSIGN_OR_RETURN(std::vector<std::string> names, ListDelimitations());
    const std::string suggestion = DidYouMean(name, names);
    return Status::NotFound("no delimitation '" + name + "' in the store; " +
                            (suggestion.empty() ? "import it first" : suggestion));
  }
  const int64_t id = find.Int(0);
  geo::Delimitation d;
  d.name = name;

  JANADHAR_ASSIGN_OR_RETURN(
      Statement states,
      Statement::Prepare(
          db_,
          "SELECT code, abbr, name FROM states WHERE delimitation_id = ? ORDER BY id"));
  states.Bind(1, id);
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, states.Step());
    if (!row) break;
    d.states.push_back(geo::State{states.Text(0), states.Text(1), states.Text(2)});
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement pcs,
      Statement::Prepare(db_,
                         "SELECT state, number, name, reservation FROM pcs "
                         "WHERE delimitation_id = ? ORDER BY id"));
  pcs.Bind(1, id);
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, pcs.Step());
    if (!row) break;
    d.pcs.push_back(geo::Pc{pcs.Text(0), static_cast<int>(pcs.Int(1)), pcs.Text(2),
                            ReadReservation(pcs, 3)});
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement acs,
      Statement::Prepare(db_,
                         "SELECT state, number, name, reservation, pc FROM acs "
                         "WHERE delimitation_id = ? ORDER BY id"));
  acs.Bind(1, id);
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, acs.Step());
    if (!row) break;
    d.acs.push_back(geo::Ac{acs.Text(0), static_cast<int>(acs.Int(1)), acs.Text(2),
                            ReadReservation(acs, 3), static_cast<int>(acs.Int(4))});
  }
  return d;
}

Result<std::vector<std::string>> SqliteStore::ListDelimitations() {
  return ListTexts(db_, "SELECT name FROM delimitations ORDER BY name");
}

Status SqliteStore::ReplaceElectors(const std::string& roll,
                                    const std::vector<geo::AcElectors>& electors,
                                    const ImportRecord& record) {
  if (roll.empty()) return Status::InvalidArgument("the electoral roll has no name");
  std::set<std::pair<std::string, int>> seen;
  for (const geo::AcElectors& e : electors) {
    if (!seen.emplace(e.state, e.ac).second) {
      return Status::DataError("electors of roll " + roll + ": AC " +
                               SeatLabel(e.state, e.ac) + " is listed twice");
    }
  }
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(Statement remove,
                            Statement::Prepare(db_, "DELETE FROM rolls WHERE name = ?"));
  remove.Bind(1, roll);
  JANADHAR_RETURN_IF_ERROR(remove.Run());
  JANADHAR_ASSIGN_OR_RETURN(
      Statement insert,
      Statement::Prepare(db_, "INSERT INTO rolls (name) VALUES (?) RETURNING id"));
  insert.Bind(1, roll);
  JANADHAR_ASSIGN_OR_RETURN(const int64_t id, insert.StepReturningId("roll"));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement ac, Statement::Prepare(
                        db_,
                        "INSERT INTO ac_electors (roll_id, state, ac, male, female, "
                        "other, with_epic, with_photo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
  for (const geo::AcElectors& e : electors) {
    ac.Bind(1, id);
    ac.Bind(2, e.state);
    ac.Bind(3, int64_t{e.ac});
    ac.Bind(4, e.male);
    ac.Bind(5, e.female);
    ac.Bind(6, e.other);
    ac.BindCount(7, e.with_epic);
    ac.BindCount(8, e.with_photo);
    JANADHAR_RETURN_IF_ERROR(ac.Run());
  }
  JANADHAR_RETURN_IF_ERROR(WriteImportRecord(0, record));
  return txn.Commit();
}

Result<std::vector<geo::AcElectors>> SqliteStore::LoadElectors(const std::string& roll) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement find, Statement::Prepare(db_, "SELECT id FROM rolls WHERE name = ?"));
  find.Bind(1, roll);
  JANADHAR_ASSIGN_OR_RETURN(bool found, find.Step());
  if (!found) {
    JANADHAR_ASSIGN_OR_RETURN(std::vector<std::string> names,
                              ListTexts(db_, "SELECT name FROM rolls ORDER BY name"));
    const std::string suggestion = DidYouMean(roll, names);
    return Status::NotFound("no electors of roll '" + roll + "' in the store; " +
                            (suggestion.empty() ? "import them first" : suggestion));
  }
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db_,
                         "SELECT state, ac, male, female, other, with_epic, with_photo "
                         "FROM ac_electors WHERE roll_id = ? ORDER BY id"));
  stmt.Bind(1, find.Int(0));
  std::vector<geo::AcElectors> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    geo::AcElectors e;
    e.state = stmt.Text(0);
    e.ac = static_cast<int>(stmt.Int(1));
    e.male = stmt.Int(2);
    e.female = stmt.Int(3);
    e.other = stmt.Int(4);
    e.with_epic = stmt.Count(5);
    e.with_photo = stmt.Count(6);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace janadhar::store::sqlite
