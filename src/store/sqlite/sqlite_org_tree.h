// A state's unit tree as one BLOB, kept in org_unit_trees beside the rows of
// org_units (schema 6, store/README.md): ReplaceOrgUnits writes it in the
// transaction that writes the rows, and loading the tree reads it instead of
// scanning 167,170 rows for Uttar Pradesh. The rows stay the truth: a store
// without a tree BLOB (written before schema 6), or with one that does not
// match the rows' count or does not decode, is read from the rows.
//
// The BLOB: "JUT1", then the number of units, then each unit in pre-order
// (its position = its lft = its tree id): row id, parent's position + 1 (0 for
// the root), level, AC number, and code, name and part as length + bytes;
// every number an unsigned LEB128 varint. A level is stored by a code of the
// BLOB's own, stable across changes of org::UnitLevel: state 0, district 1,
// ac 2, block 3, mandal 4, shakti kendra 5, booth 6, national 7.
//
// Internal to store/sqlite. Thread-safety: as the connection given. Errors:
// SQLite errors as the store's; a BLOB that does not decode is not an error
// (nullopt: read the rows).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/status.h"
#include "org/unit.h"

namespace janadhar::store::sqlite {

// Tree ids by row id for the rows first..first+size()-1 (-1: not of the tree).
struct RowIds {
  int64_t first = 0;
  std::vector<int> tree_id;

  int Find(int64_t row) const {
    if (row < first || row - first >= static_cast<int64_t>(tree_id.size())) return -1;
    return tree_id[row - first];
  }
  // Sized for the rows low..high, every entry -1.
  void Span(int64_t low, int64_t high);
};

// The BLOB of `tree` whose unit `id` is stored as row `row_ids[id]`, its units
// in the pre-order `order` (tree.Subtree(0)).
std::string EncodeUnitTree(const org::UnitTree& tree,
                           const std::vector<org::UnitTree::Visit>& order,
                           const std::vector<int64_t>& row_ids);

// The tree of `state` from a BLOB of EncodeUnitTree, its units in pre-order,
// the row ids into `ids`; nullopt when the bytes are not such a BLOB or do not
// make a tree.
std::optional<org::UnitTree> DecodeUnitTree(std::string_view blob,
                                            const std::string& state, RowIds* ids);

// The tree BLOB of `state` as stored, a copy, or nullopt when there is none.
Result<std::optional<std::string>> ReadUnitTreeBlob(sqlite3* db,
                                                    const std::string& state);

// Writes (or replaces) the tree BLOB of `state`, inside the caller's transaction.
Status WriteUnitTree(sqlite3* db, const std::string& state, std::string_view blob);

// How many units `state` has, inside the caller's transaction: lft runs
// 0..n-1, and the largest is read from the (state, lft) index.
Result<int64_t> CountUnits(sqlite3* db, const std::string& state);

// The tree of `state` inside the caller's transaction: from its BLOB when
// that is stored, decodes and has as many units as the rows, else from the
// rows; the row ids into `ids` (when given). An empty tree for a state with
// no units.
Result<org::UnitTree> ReadUnits(sqlite3* db, const std::string& state, RowIds* ids);
// The tree of `state` from its BLOB, inside the caller's read transaction, if
// one is stored, decodes and has `units` units; else nullopt.
Result<std::optional<org::UnitTree>> ReadUnitTree(sqlite3* db, const std::string& state,
                                                  int64_t units, RowIds* ids);

// A state's tree decoded from its BLOB on a second thread while the caller
// reads other rows in the same read transaction (the thread touches no
// SQLite). Start reads the BLOB; Finish waits for the thread and gives the
// tree with its row ids, read again by ReadUnits when there was no BLOB or it
// did not decode to `expected` units. Destroying it waits for the thread.
class TreeDecoder {
 public:
  TreeDecoder() = default;
  TreeDecoder(const TreeDecoder&) = delete;
  TreeDecoder& operator=(const TreeDecoder&) = delete;

  Status Start(sqlite3* db, const std::string& state);
  Result<org::UnitTree> Finish(sqlite3* db, int64_t expected, RowIds* ids);

 private:
  std::string state_;
  std::optional<std::string> blob_;
  RowIds ids_;
  std::optional<org::UnitTree> decoded_;
  std::jthread thread_;  // last: joined before the members above go
};

}  // namespace janadhar::store::sqlite
