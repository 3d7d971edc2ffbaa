#include "store/sqlite/sqlite_org_tree.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

constexpr std::string_view kMagic = "JUT1";

void PutVarint(uint64_t v, std::string& out) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

void PutText(std::string_view text, std::string& out) {
  PutVarint(text.size(), out);
  out += text;
}

// Reads from the front of `in`, which it shortens; false when `in` ends
// first or the number has more than 64 bits.
bool GetVarint(std::string_view& in, uint64_t& v) {
  v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (in.empty()) return false;
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    v |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if (byte < 0x80) return true;
  }
  return false;
}

// Levels by their code in the BLOB. The codes are the BLOB's own, not
// org::UnitLevel's numbers, so that BLOBs written before the national level
// (state 0 … booth 6) decode to the same levels; a new level takes the next
// free code.
constexpr org::UnitLevel kLevelOfCode[] = {
    org::UnitLevel::kState, org::UnitLevel::kDistrict, org::UnitLevel::kAssembly,
    org::UnitLevel::kBlock, org::UnitLevel::kMandal,   org::UnitLevel::kShaktiKendra,
    org::UnitLevel::kBooth, org::UnitLevel::kNational};
static_assert(std::size(kLevelOfCode) == org::kUnitLevelCount);

uint64_t LevelCode(org::UnitLevel level) {
  uint64_t code = 0;
  while (kLevelOfCode[code] != level) ++code;  // every level has a code
  return code;
}

bool GetText(std::string_view& in, std::string& text) {
  uint64_t n = 0;
  if (!GetVarint(in, n) || n > in.size()) return false;
  text = std::string(in.data(), n);
  in.remove_prefix(n);
  return true;
}

}  // namespace

void RowIds::Span(int64_t low, int64_t high) {
  first = low;
  tree_id.assign(high >= low ? static_cast<size_t>(high - low + 1) : 0, -1);
}

std::string EncodeUnitTree(const org::UnitTree& tree,
                           const std::vector<org::UnitTree::Visit>& order,
                           const std::vector<int64_t>& row_ids) {
  std::vector<uint64_t> position(tree.size(), 0);
  for (size_t i = 0; i < order.size(); ++i) position[order[i].id] = i;
  std::string out(kMagic);
  PutVarint(order.size(), out);
  for (const org::UnitTree::Visit& v : order) {
    const org::Unit& u = tree.unit(v.id);
    PutVarint(static_cast<uint64_t>(row_ids[v.id]), out);
    PutVarint(u.parent < 0 ? 0 : position[u.parent] + 1, out);
    PutVarint(LevelCode(u.level), out);
    PutVarint(static_cast<uint64_t>(std::max(u.ac, 0)), out);
    PutText(u.code, out);
    PutText(u.name, out);
    PutText(u.part, out);
  }
  return out;
}

std::optional<org::UnitTree> DecodeUnitTree(std::string_view blob,
                                            const std::string& state, RowIds* ids) {
  if (blob.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  blob.remove_prefix(kMagic.size());
  uint64_t count = 0;
  // Every unit takes at least 7 bytes: a bound before reserving.
  if (!GetVarint(blob, count) || count > blob.size() / 7) return std::nullopt;
  std::vector<int64_t> rows;
  rows.reserve(count);
  std::vector<org::Unit> units(count);
  for (uint64_t i = 0; i < count; ++i) {
    uint64_t row = 0, parent = 0, level = 0, ac = 0;
    org::Unit& u = units[i];
    if (!GetVarint(blob, row) || !GetVarint(blob, parent) || !GetVarint(blob, level) ||
        !GetVarint(blob, ac) || level >= std::size(kLevelOfCode) || parent > i ||
        ac > 1'000'000 || row > static_cast<uint64_t>(INT64_MAX) ||
        !GetText(blob, u.code) || !GetText(blob, u.name) || !GetText(blob, u.part)) {
      return std::nullopt;
    }
    u.parent = static_cast<int>(parent) - 1;
    u.level = kLevelOfCode[level];
    u.ac = static_cast<int>(ac);
    u.state = state;
    rows.push_back(static_cast<int64_t>(row));
  }
  if (!blob.empty() || rows.empty()) return std::nullopt;
  auto tree = org::UnitTree::FromUnits(std::move(units));
  if (!tree.ok()) return std::nullopt;
  const auto [low, high] = std::minmax_element(rows.begin(), rows.end());
  // Row ids are dense for a tree written at once; a sparse span is refused
  // rather than allocated.
  if (*high - *low > static_cast<int64_t>(16 * rows.size() + 1024)) return std::nullopt;
  ids->Span(*low, *high);
  for (size_t i = 0; i < rows.size(); ++i) {
    int& slot = ids->tree_id[rows[i] - ids->first];
    if (slot >= 0) return std::nullopt;  // a row id twice
    slot = static_cast<int>(i);
  }
  return std::move(*tree);
}

Status WriteUnitTree(sqlite3* db, const std::string& state, std::string_view blob) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db,
                         "INSERT INTO org_unit_trees (state, units) VALUES (?, ?) "
                         "ON CONFLICT (state) DO UPDATE SET units = excluded.units"));
  stmt.Bind(1, state);
  stmt.BindBlob(2, blob.data(), static_cast<int>(blob.size()));
  return stmt.Run();
}

Result<std::optional<std::string>> ReadUnitTreeBlob(sqlite3* db,
                                                    const std::string& state) {
  JANADHAR_ASSIGN_OR_RETURN(
      Statement stmt,
      Statement::Prepare(db, "SELECT units FROM org_unit_trees WHERE state = ?"));
  stmt.Bind(1, state);
  JANADHAR_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<std::string>();
  return std::optional<std::string>(stmt.Blob(0));
}

Result<std::optional<org::UnitTree>> ReadUnitTree(sqlite3* db, const std::string& state,
                                                  int64_t units, RowIds* ids) {
  JANADHAR_ASSIGN_OR_RETURN(std::optional<std::string> blob, ReadUnitTreeBlob(db, state));
  if (!blob) return std::optional<org::UnitTree>();
  std::optional<org::UnitTree> tree = DecodeUnitTree(*blob, state, ids);
  if (tree && tree->size() != units) tree.reset();
  return tree;
}

Status TreeDecoder::Start(sqlite3* db, const std::string& state) {
  state_ = state;
  JANADHAR_ASSIGN_OR_RETURN(blob_, ReadUnitTreeBlob(db, state));
  if (blob_)
    thread_ = std::jthread([this] { decoded_ = DecodeUnitTree(*blob_, state_, &ids_); });
  return Status::Ok();
}

Result<org::UnitTree> TreeDecoder::Finish(sqlite3* db, int64_t expected, RowIds* ids) {
  if (thread_.joinable()) thread_.join();
  if (decoded_ && decoded_->size() == expected) {
    *ids = std::move(ids_);
    return std::move(*decoded_);
  }
  *ids = RowIds();
  return ReadUnits(db, state_, ids);
}

}  // namespace janadhar::store::sqlite
