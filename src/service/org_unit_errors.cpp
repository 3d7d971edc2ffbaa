// NoSuchUnit and StoredUnit (org_people.h): the error for a unit code that
// is not stored, with the closest stored codes.
#include <algorithm>
#include <string>
#include <vector>

#include "base/text.h"
#include "service/org_people.h"

namespace janadhar::service {

namespace {

// The codes of `tree` as deep as `code` (as many '/') below the deepest unit
// `code` begins with; empty when it begins with none.
std::vector<std::string> CodesNear(const org::UnitTree& tree, const std::string& code) {
  const auto depth = std::count(code.begin(), code.end(), '/');
  std::string prefix = code;
  for (size_t slash = prefix.rfind('/'); slash != std::string::npos;
       slash = prefix.rfind('/')) {
    prefix.resize(slash);
    if (!tree.Find(prefix)) continue;
    std::vector<std::string> near;
    for (const org::Unit& u : tree.units()) {
      if (u.code.size() > prefix.size() &&
          u.code.compare(0, prefix.size(), prefix) == 0 && u.code[prefix.size()] == '/' &&
          std::count(u.code.begin(), u.code.end(), '/') == depth) {
        near.push_back(u.code);
      }
    }
    return near;
  }
  return {};
}

Status NoUnitWithHint(const std::string& code, const std::vector<std::string>& near) {
  const std::string hint = DidYouMean(code, near);
  return Status::NotFound("no unit '" + code + "'" + (hint.empty() ? "" : "; " + hint) +
                          (hint.empty() ? "; units come from `janadhar org bootstrap` or "
                                          "`janadhar org units import`"
                                        : ""));
}

}  // namespace

Status NoSuchUnit(const std::string& code, const org::UnitTree* tree) {
  if (code == org::kNationalCode) {
    return Status::NotFound("no unit '" + code +
                            "' in this store yet: the national unit is stored by "
                            "`janadhar org bootstrap` of any state");
  }
  return NoUnitWithHint(code, tree ? CodesNear(*tree, code) : std::vector<std::string>());
}

Status NoSuchUnit(store::Store& store, const std::string& code) {
  if (code == org::kNationalCode || code.empty()) return NoSuchUnit(code);
  const std::string state = code.substr(0, code.find('/'));
  // Only for the message: a store that cannot be read gives no hint.
  auto tree = store.LoadOrgUnits(state);
  if (tree.ok() && !tree->empty()) return NoSuchUnit(code, &*tree);
  auto states = store.LoadOrgStates();
  if (code.find('/') != std::string::npos || !states.ok()) return NoSuchUnit(code);
  return NoUnitWithHint(code, *states);
}

Result<org::Unit> StoredUnit(store::Store& store, const std::string& code) {
  if (code.empty()) return Status::InvalidArgument("no unit given: name a unit code");
  JANADHAR_ASSIGN_OR_RETURN(auto unit, store.FindOrgUnit(code));
  if (!unit) return NoSuchUnit(store, code);
  return *unit;
}

}  // namespace janadhar::service
