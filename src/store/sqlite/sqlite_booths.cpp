// Booth (Form-20) results: segments, their candidate columns, and booths with
// their votes packed in one BLOB per booth (see store/README.md).
#include <algorithm>
#include <array>
#include <utility>

#include "store/sqlite/sqlite_parties.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

constexpr std::array<results::LinkMethod, 6> kLinkMethods = {
    results::LinkMethod::kUnlinked,  results::LinkMethod::kName,
    results::LinkMethod::kFuzzyName, results::LinkMethod::kVotes,
    results::LinkMethod::kNota,      results::LinkMethod::kParty,
};

results::LinkMethod ParseLinkMethod(std::string_view text) {
  for (results::LinkMethod m : kLinkMethods) {
    if (results::LinkMethodName(m) == text) return m;
  }
  return results::LinkMethod::kUnlinked;
}

Status CheckSegments(const std::string& state,
                     const std::vector<results::SegmentBooths>& segments) {
  if (state.empty()) return Status::InvalidArgument("booth results need a state");
  for (const results::SegmentBooths& seg : segments) {
    if (!seg.state.empty() && seg.state != state) {
      return Status::InvalidArgument(seg.file + ": the segment is of state " + seg.state +
                                     ", not " + state);
    }
    for (const results::Booth& b : seg.booths) {
      if (b.votes.size() != seg.columns.size()) {
        return Status::InvalidArgument(
            seg.file + ":" + std::to_string(b.line) + ": booth part " + b.part + " has " +
            std::to_string(b.votes.size()) + " votes for " +
            std::to_string(seg.columns.size()) + " candidate columns");
      }
    }
  }
  return Status::Ok();
}

// The statements that write one (election, state)'s segments, prepared once.
class BoothWriter {
 public:
  static Result<BoothWriter> Prepare(sqlite3* db) {
    JANADHAR_ASSIGN_OR_RETURN(
        Statement segment,
        Statement::Prepare(db,
                           "INSERT INTO booth_segments (election_id, state, ac, file) "
                           "VALUES (?, ?, ?, ?) RETURNING id"));
    JANADHAR_ASSIGN_OR_RETURN(
        Statement column,
        Statement::Prepare(db,
                           "INSERT INTO booth_columns (segment_id, position, ballot, "
                           "label, candidate, linked_candidate, party_id, link, is_nota) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    JANADHAR_ASSIGN_OR_RETURN(
        Statement booth,
        Statement::Prepare(
            db,
            "INSERT INTO booths (segment_id, position, part, name, electors_male, "
            "electors_female, electors_other, electors_total, voters_male, "
            "voters_female, voters_other, voters_total, epic_voters, "
            "tendered, total_votes, flags, line, votes) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return BoothWriter(std::move(segment), std::move(column), std::move(booth));
  }

  Status Write(int64_t election_id, const std::string& state,
               const results::SegmentBooths& seg, PartyResolver& parties) {
    segment_.Bind(1, election_id);
    segment_.Bind(2, state);
    segment_.Bind(3, int64_t{seg.ac});
    segment_.Bind(4, seg.file);
    const Result<int64_t> inserted = segment_.StepReturningId("segment");
    if (!inserted.ok()) {
      if (inserted.status().code() != StatusCode::kDataError) return inserted.status();
      return Status::DataError(seg.file + ": AC " + state + "-" + std::to_string(seg.ac) +
                               " appears twice in the booth results");
    }
    const int64_t segment_id = *inserted;

    int64_t position = 0;
    for (const results::BoothColumn& c : seg.columns) {
      JANADHAR_ASSIGN_OR_RETURN(int64_t party_id, parties.IdFor(c.party));
      column_.Bind(1, segment_id);
      column_.Bind(2, position++);
      column_.Bind(3, int64_t{c.ballot});
      column_.Bind(4, c.label);
      column_.Bind(5, c.candidate);
      column_.Bind(6, c.linked_candidate);
      column_.BindId(7, party_id);
      column_.Bind(8, results::LinkMethodName(c.link));
      column_.Bind(9, int64_t{c.is_nota});
      JANADHAR_RETURN_IF_ERROR(column_.Run());
    }
    position = 0;
    for (const results::Booth& b : seg.booths) {
      PackVotes(b.votes, &packed_);
      booth_.Bind(1, segment_id);
      booth_.Bind(2, position++);
      booth_.Bind(3, b.part);
      booth_.Bind(4, b.name);
      const int64_t counts[] = {b.electors_male,  b.electors_female, b.electors_other,
                                b.electors_total, b.voters_male,     b.voters_female,
                                b.voters_other,   b.voters_total,    b.epic_voters,
                                b.tendered,       b.total_votes};
      int index = 5;
      for (int64_t count : counts) booth_.BindCount(index++, count);
      booth_.Bind(16, int64_t{b.flags});
      booth_.Bind(17, int64_t{b.line});
      booth_.BindBlob(18, packed_.data(), static_cast<int>(packed_.size()));
      Status s = booth_.Run();
      if (s.code() == StatusCode::kDataError) {
        return Status::DataError(seg.file + ":" + std::to_string(b.line) +
                                 ": booth part '" + b.part + "' appears twice in AC " +
                                 state + "-" + std::to_string(seg.ac));
      }
      JANADHAR_RETURN_IF_ERROR(s);
    }
    return Status::Ok();
  }

 private:
  BoothWriter(Statement segment, Statement column, Statement booth)
      : segment_(std::move(segment)),
        column_(std::move(column)),
        booth_(std::move(booth)) {}

  Statement segment_, column_, booth_;
  std::string packed_;  // reused buffer for one booth's votes
};

// Reads the columns and booths of one segment at a time.
class BoothReader {
 public:
  static Result<BoothReader> Prepare(sqlite3* db) {
    JANADHAR_ASSIGN_OR_RETURN(
        Statement columns,
        Statement::Prepare(db,
                           "SELECT c.ballot, c.label, c.candidate, coalesce(p.name, ''), "
                           "c.linked_candidate, c.link, c.is_nota FROM booth_columns c "
                           "LEFT JOIN parties p ON p.id = c.party_id "
                           "WHERE c.segment_id = ? ORDER BY c.position"));
    JANADHAR_ASSIGN_OR_RETURN(
        Statement booths,
        Statement::Prepare(db,
                           "SELECT part, name, electors_male, electors_female, "
                           "electors_other, electors_total, voters_male, voters_female, "
                           "voters_other, voters_total, epic_voters, tendered, "
                           "total_votes, flags, line, votes, position FROM booths "
                           "WHERE segment_id = ?"));
    return BoothReader(std::move(columns), std::move(booths));
  }

  Status Read(int64_t segment_id, results::SegmentBooths* seg) {
    order_.clear();
    columns_.Bind(1, segment_id);
    while (true) {
      JANADHAR_ASSIGN_OR_RETURN(bool row, columns_.Step());
      if (!row) break;
      results::BoothColumn c;
      c.ballot = static_cast<int>(columns_.Int(0));
      c.label = columns_.Text(1);
      c.candidate = columns_.Text(2);
      c.party = columns_.Text(3);
      c.linked_candidate = columns_.Text(4);
      c.link = ParseLinkMethod(columns_.Text(5));
      c.is_nota = columns_.Int(6) != 0;
      seg->columns.push_back(std::move(c));
    }
    columns_.Reset();

    booths_.Bind(1, segment_id);
    while (true) {
      JANADHAR_ASSIGN_OR_RETURN(bool row, booths_.Step());
      if (!row) break;
      results::Booth& b = seg->booths.emplace_back();
      b.part = booths_.Text(0);
      b.name = booths_.Text(1);
      b.electors_male = booths_.Count(2);
      b.electors_female = booths_.Count(3);
      b.electors_other = booths_.Count(4);
      b.electors_total = booths_.Count(5);
      b.voters_male = booths_.Count(6);
      b.voters_female = booths_.Count(7);
      b.voters_other = booths_.Count(8);
      b.voters_total = booths_.Count(9);
      b.epic_voters = booths_.Count(10);
      b.tendered = booths_.Count(11);
      b.total_votes = booths_.Count(12);
      b.flags = static_cast<uint32_t>(booths_.Int(13));
      b.line = static_cast<int>(booths_.Int(14));
      if (!UnpackVotes(booths_.Blob(15), &b.votes) ||
          b.votes.size() != seg->columns.size()) {
        booths_.Reset();
        return Status::IoError("the store is damaged: booth part " + b.part + " of " +
                               seg->file + " has votes that do not match its " +
                               std::to_string(seg->columns.size()) + " columns");
      }
      order_.emplace_back(booths_.Int(16), order_.size());
    }
    booths_.Reset();
    PutInFileOrder(&seg->booths);
    return Status::Ok();
  }

 private:
  BoothReader(Statement columns, Statement booths)
      : columns_(std::move(columns)), booths_(std::move(booths)) {}

  // The booths come in the order of the (segment_id, part) index, which is
  // cheaper than asking SQLite to sort whole rows; this puts them back in
  // file order by `order_` (position, index read).
  void PutInFileOrder(std::vector<results::Booth>* booths) {
    if (std::is_sorted(order_.begin(), order_.end())) return;
    std::sort(order_.begin(), order_.end());
    std::vector<results::Booth> sorted;
    sorted.reserve(booths->size());
    for (const auto& [position, index] : order_)
      sorted.push_back(std::move((*booths)[index]));
    booths->swap(sorted);
  }

  Statement columns_, booths_;
  std::vector<std::pair<int64_t, std::size_t>> order_;
};

}  // namespace

Status SqliteStore::ReplaceBoothResults(
    const std::string& election, const std::string& state,
    const std::vector<results::SegmentBooths>& segments, const ImportRecord& record) {
  JANADHAR_RETURN_IF_ERROR(CheckSegments(state, segments));
  JANADHAR_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db_));
  JANADHAR_ASSIGN_OR_RETURN(int64_t election_id, ElectionId(election));
  // Only the segments being imported are replaced: booth files of other
  // segments of the state (imported one PC at a time, say) stay.
  JANADHAR_ASSIGN_OR_RETURN(
      Statement remove,
      Statement::Prepare(db_,
                         "DELETE FROM booth_segments WHERE election_id = ? AND state = ? "
                         "AND ac = ?"));
  for (const results::SegmentBooths& seg : segments) {
    remove.Bind(1, election_id);
    remove.Bind(2, state);
    remove.Bind(3, int64_t{seg.ac});
    JANADHAR_RETURN_IF_ERROR(remove.Run());
  }

  JANADHAR_ASSIGN_OR_RETURN(PartyResolver parties, PartyResolver::Load(db_));
  JANADHAR_ASSIGN_OR_RETURN(BoothWriter writer, BoothWriter::Prepare(db_));
  for (const results::SegmentBooths& seg : segments) {
    JANADHAR_RETURN_IF_ERROR(writer.Write(election_id, state, seg, parties));
  }
  ImportRecord of_state = record;
  if (of_state.state.empty()) of_state.state = state;
  JANADHAR_RETURN_IF_ERROR(WriteImportRecord(election_id, of_state));
  return txn.Commit();
}

Result<std::vector<results::SegmentBooths>> SqliteStore::LoadBoothResults(
    const std::string& election, const std::string& state, int ac) {
  // One snapshot, so that a concurrent writer cannot show half its segments.
  JANADHAR_ASSIGN_OR_RETURN(Transaction snapshot, Transaction::BeginRead(db_));
  JANADHAR_ASSIGN_OR_RETURN(int64_t election_id, ElectionId(election));
  JANADHAR_ASSIGN_OR_RETURN(
      Statement segments,
      Statement::Prepare(db_,
                         "SELECT id, ac, file FROM booth_segments WHERE election_id = ?1 "
                         "AND state = ?2 AND (?3 = 0 OR ac = ?3) ORDER BY ac"));
  segments.Bind(1, election_id);
  segments.Bind(2, state);
  segments.Bind(3, int64_t{ac});
  JANADHAR_ASSIGN_OR_RETURN(BoothReader reader, BoothReader::Prepare(db_));
  std::vector<results::SegmentBooths> out;
  while (true) {
    JANADHAR_ASSIGN_OR_RETURN(bool row, segments.Step());
    if (!row) break;
    results::SegmentBooths& seg = out.emplace_back();
    seg.state = state;
    seg.ac = static_cast<int>(segments.Int(1));
    seg.file = segments.Text(2);
    JANADHAR_RETURN_IF_ERROR(reader.Read(segments.Int(0), &seg));
  }
  return out;
}

}  // namespace janadhar::store::sqlite
