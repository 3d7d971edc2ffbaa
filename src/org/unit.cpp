#include "org/unit.h"

#include <cassert>
#include <cctype>
#include <functional>

#include "base/text.h"

namespace janadhar::org {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return c < 0x80 && std::isalnum(c) != 0;
}

char Upper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

std::string LowerAscii(std::string_view text) {
  std::string s(text);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

std::string_view UnitLevelName(UnitLevel level) {
  switch (level) {
    case UnitLevel::kNational: return "national";
    case UnitLevel::kState: return "state";
    case UnitLevel::kDistrict: return "district";
    case UnitLevel::kAssembly: return "ac";
    case UnitLevel::kBlock: return "block";
    case UnitLevel::kMandal: return "mandal";
    case UnitLevel::kShaktiKendra: return "shakti_kendra";
    case UnitLevel::kBooth: return "booth";
  }
  return "unknown";
}

Result<UnitLevel> ParseUnitLevel(std::string_view text) {
  const std::string t = LowerAscii(text);
  if (t == "national") return UnitLevel::kNational;
  if (t == "state") return UnitLevel::kState;
  if (t == "district") return UnitLevel::kDistrict;
  if (t == "ac" || t == "assembly") return UnitLevel::kAssembly;
  if (t == "block") return UnitLevel::kBlock;
  if (t == "mandal" || t == "ward") return UnitLevel::kMandal;
  if (t == "shakti_kendra" || t == "kendra" || t == "sk") return UnitLevel::kShaktiKendra;
  if (t == "booth") return UnitLevel::kBooth;
  std::string hint =
      DidYouMean(t, {"national", "state", "district", "ac", "assembly", "block", "mandal",
                     "ward", "shakti_kendra", "kendra", "booth"});
  return Status::InvalidArgument("unknown unit level '" + std::string(text) + "'" +
                                 (hint.empty() ? "" : " (" + hint + ")") +
                                 "; the levels are national, state, "
                                 "district, ac, block, mandal, "
                                 "shakti_kendra and booth");
}

std::string DistrictKey(std::string_view name) {
  std::string key;
  bool gap = false;
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || IsAsciiAlnum(c)) {
      if (gap && !key.empty()) key += '-';
      gap = false;
      key += Upper(ch);
    } else {
      gap = true;
    }
  }
  return key;
}

std::string PartKey(std::string_view part) {
  const auto first = part.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = part.find_last_not_of(" \t\r\n");
  std::string key(part.substr(first, last - first + 1));
  for (char& c : key) c = Upper(c);
  return key;
}

Unit NationalUnit() {
  Unit u;
  u.level = UnitLevel::kNational;
  u.code = std::string(kNationalCode);
  u.name = std::string(kNationalName);
  u.state = std::string(kNationalCode);
  return u;
}

std::string StateCode(std::string_view state) {
  return std::string(state);
}

std::string DistrictCode(std::string_view state, std::string_view district_name) {
  return std::string(state) + "/D:" + DistrictKey(district_name);
}

std::string AcCode(std::string_view state, int ac) {
  return std::string(state) + "/AC" + std::to_string(ac);
}

std::string KendraCode(std::string_view state, int ac, int kendra) {
  return AcCode(state, ac) + "/SK" + std::to_string(kendra);
}

std::string BoothCode(std::string_view state, int ac, std::string_view part) {
  return AcCode(state, ac) + "/B" + PartKey(part);
}

void UnitTree::Reserve(size_t n) {
  units_.reserve(n);
  children_.reserve(n);
  if (2 * n > slots_.size()) GrowSlots(n);
}

namespace {

uint64_t CodeHash(std::string_view code) {
  return std::hash<std::string_view>{}(code);
}

// A slot's content: the high half of the hash above id + 1.
uint64_t SlotOf(uint64_t hash, int id) {
  return (hash >> 32 << 32) | static_cast<uint64_t>(id + 1);
}

}  // namespace

size_t UnitTree::Slot(std::string_view code, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  const uint64_t tag = hash >> 32;
  size_t i = hash & mask;
  while (slots_[i] != 0) {
    if ((slots_[i] >> 32) == tag && units_[(slots_[i] & 0xFFFFFFFF) - 1].code == code) {
      break;
    }
    i = (i + 1) & mask;
  }
  return i;
}

void UnitTree::GrowSlots(size_t min_units) {
  size_t n = 16;
  while (n < 2 * min_units) n *= 2;
  slots_.assign(n, 0);
  for (const Unit& u : units_) {
    const uint64_t hash = CodeHash(u.code);
    slots_[Slot(u.code, hash)] = SlotOf(hash, u.id);
  }
}

// Whether `unit` may follow the first `count` of `units` (its parent among
// them, of an earlier level); the message of Add's errors otherwise.
static Status CheckPlace(const std::vector<Unit>& units, size_t count, const Unit& unit) {
  if (unit.code.empty()) {
    return Status::InvalidArgument("a unit needs a code (unit '" + unit.name + "')");
  }
  if (count == 0) {
    if (unit.parent != -1) {
      return Status::InvalidArgument("the first unit '" + unit.code +
                                     "' is the root: it has no parent");
    }
    return Status::Ok();
  }
  if (unit.parent < 0 || static_cast<size_t>(unit.parent) >= count) {
    return Status::InvalidArgument(
        "unit '" + unit.code + "' names parent " + std::to_string(unit.parent) +
        ", which is not in the tree (only the first unit is the root)");
  }
  const Unit& parent = units[unit.parent];
  if (static_cast<int>(unit.level) <= static_cast<int>(parent.level)) {
    return Status::InvalidArgument("unit '" + unit.code + "' (" +
                                   std::string(UnitLevelName(unit.level)) +
                                   ") cannot be under '" + parent.code + "' (" +
                                   std::string(UnitLevelName(parent.level)) + ")");
  }
  return Status::Ok();
}

Status UnitTree::Index(int id) {
  const std::string& code = units_[id].code;
  const uint64_t hash = CodeHash(code);
  const size_t slot = Slot(code, hash);
  if (slots_[slot] != 0) {
    return Status::InvalidArgument("two units have the code '" + code + "'");
  }
  slots_[slot] = SlotOf(hash, id);
  return Status::Ok();
}

Result<int> UnitTree::Add(Unit unit) {
  JANADHAR_RETURN_IF_ERROR(CheckPlace(units_, units_.size(), unit));
  const int id = size();
  if (2 * (units_.size() + 1) > slots_.size()) GrowSlots(2 * (units_.size() + 1));
  unit.id = id;
  units_.push_back(std::move(unit));
  if (Status s = Index(id); !s.ok()) {
    units_.pop_back();
    return s;
  }
  if (units_.back().parent >= 0) children_[units_.back().parent].push_back(id);
  children_.emplace_back();
  return id;
}

Result<UnitTree> UnitTree::FromUnits(std::vector<Unit> units) {
  UnitTree tree;
  std::vector<int> child_count(units.size(), 0);
  for (size_t i = 0; i < units.size(); ++i) {
    JANADHAR_RETURN_IF_ERROR(CheckPlace(units, i, units[i]));
    units[i].id = static_cast<int>(i);
    if (units[i].parent >= 0) ++child_count[units[i].parent];
  }
  tree.GrowSlots(units.size());  // while units_ is empty: Index fills it
  tree.units_ = std::move(units);
  tree.children_.resize(tree.units_.size());
  for (size_t i = 0; i < tree.units_.size(); ++i) {
    tree.children_[i].reserve(child_count[i]);
  }
  for (int id = 0; id < tree.size(); ++id) {
    JANADHAR_RETURN_IF_ERROR(tree.Index(id));
    if (tree.units_[id].parent >= 0) tree.children_[tree.units_[id].parent].push_back(id);
  }
  return tree;
}

const Unit& UnitTree::unit(int id) const {
  assert(id >= 0 && id < size());
  return units_[id];
}

const std::vector<int>& UnitTree::children(int id) const {
  assert(id >= 0 && id < size());
  return children_[id];
}

std::optional<int> UnitTree::Find(std::string_view code) const {
  if (slots_.empty()) return std::nullopt;
  const uint64_t slot = slots_[Slot(code, CodeHash(code))];
  if (slot == 0) return std::nullopt;
  return static_cast<int>((slot & 0xFFFFFFFF) - 1);
}

std::vector<int> UnitTree::PathToRoot(int id) const {
  std::vector<int> path;
  for (int u = id; u >= 0; u = units_[u].parent) path.push_back(u);
  return path;
}

std::string UnitTree::PathName(int id) const {
  const std::vector<int> path = PathToRoot(id);
  std::string s;
  for (auto it = path.rbegin(); it != path.rend(); ++it) {
    if (!s.empty()) s += " > ";
    s += units_[*it].name;
  }
  return s;
}

std::vector<UnitTree::Visit> UnitTree::Subtree(int root, int max_depth) const {
  assert(root >= 0 && root < size());
  std::vector<Visit> out;
  std::vector<Visit> stack = {{root, 0}};
  while (!stack.empty()) {
    const Visit v = stack.back();
    stack.pop_back();
    out.push_back(v);
    if (max_depth >= 0 && v.depth >= max_depth) continue;
    const std::vector<int>& kids = children_[v.id];
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
      stack.push_back({*it, v.depth + 1});
    }
  }
  return out;
}

std::vector<int> UnitTree::CountByLevel() const {
  std::vector<int> counts(kUnitLevelCount, 0);
  for (const Unit& u : units_) ++counts[static_cast<int>(u.level)];
  return counts;
}

Result<UnitTree> JoinUnderNational(const Unit& national,
                                   const std::vector<const UnitTree*>& states) {
  if (national.level != UnitLevel::kNational) {
    return Status::InvalidArgument("the unit '" + national.code + "' is a " +
                                   std::string(UnitLevelName(national.level)) +
                                   " unit, not the national one");
  }
  size_t total = 1;
  for (const UnitTree* t : states) total += t->units().size();
  std::vector<Unit> units;
  units.reserve(total);
  units.push_back(national);
  units.back().parent = -1;
  for (const UnitTree* t : states) {
    if (t->empty()) continue;
    if (t->unit(0).level != UnitLevel::kState) {
      return Status::InvalidArgument("the tree of '" + t->unit(0).code +
                                     "' is not rooted at a state unit");
    }
    const int offset = static_cast<int>(units.size());
    for (const Unit& u : t->units()) {
      units.push_back(u);
      units.back().parent = u.parent < 0 ? 0 : u.parent + offset;
    }
  }
  return UnitTree::FromUnits(std::move(units));
}

Result<int> RollUpStart(const UnitTree& tree, int start, int depth) {
  if (tree.empty()) return Status::InvalidArgument("the unit tree is empty");
  const int at = start < 0 ? 0 : start;
  if (at >= tree.size()) {
    return Status::InvalidArgument("no unit " + std::to_string(start) +
                                   " (the tree has " + std::to_string(tree.size()) +
                                   " units)");
  }
  if (depth < -1) {
    return Status::InvalidArgument("depth " + std::to_string(depth) +
                                   " is not -1 (all) or a count from 0");
  }
  return at;
}

}  // namespace janadhar::org
