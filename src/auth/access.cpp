#include "auth/access.h"

namespace janadhar::auth {
namespace {

// The codes of `target` and of every unit above it in `tree`, from `target`
// up; empty when `target` is not in the tree. IN is always the last one: it
// stands above every state's tree without being its stored parent.
std::vector<std::string_view> CodesAbove(const org::UnitTree& tree,
                                         std::string_view target) {
  std::vector<std::string_view> codes;
  if (target == org::kNationalCode) {
    codes.push_back(org::kNationalCode);
    return codes;
  }
  const std::optional<int> id = tree.Find(target);
  if (!id) return codes;
  for (const int up : tree.PathToRoot(*id)) codes.push_back(tree.unit(up).code);
  if (codes.back() != org::kNationalCode) codes.push_back(org::kNationalCode);
  return codes;
}

bool Contains(const std::vector<std::string_view>& codes, std::string_view code) {
  for (const std::string_view c : codes) {
    if (c == code) return true;
  }
  return false;
}

}  // namespace

bool Covers(const org::UnitTree& tree, std::string_view grant_unit,
            std::string_view target) {
  return Contains(CodesAbove(tree, target), grant_unit);
}

namespace {

Access AccessAbove(const std::vector<std::string_view>& above,
                   const std::vector<Grant>& grants) {
  Access access;
  for (const Grant& g : grants) {
    if (!Contains(above, g.unit)) continue;
    access.read = access.read || RoleAllows(g.role, Action::kRead);
    access.write = access.write || RoleAllows(g.role, Action::kWrite);
    access.unmasked = access.unmasked || RoleAllows(g.role, Action::kSeeUnmasked);
    access.grant = access.grant || RoleAllows(g.role, Action::kGrant);
  }
  return access;
}

}  // namespace

Access AccessAt(const org::UnitTree& tree, const std::vector<Grant>& grants,
                std::string_view target) {
  return AccessAbove(CodesAbove(tree, target), grants);
}

namespace {

// The codes from the end of `path` up to IN (IN added when not there).
std::vector<std::string_view> PathUp(const std::vector<std::string>& path) {
  std::vector<std::string_view> above;
  for (auto it = path.rbegin(); it != path.rend(); ++it) above.emplace_back(*it);
  if (!above.empty() && above.back() != org::kNationalCode) {
    above.push_back(org::kNationalCode);
  }
  return above;
}

}  // namespace

Access AccessOnPath(const std::vector<std::string>& path,
                    const std::vector<Grant>& grants) {
  if (path.empty()) return {};
  return AccessAbove(PathUp(path), grants);
}

std::optional<Role> StrongestRoleOnPath(const std::vector<std::string>& path,
                                        const std::vector<Grant>& grants) {
  const std::vector<std::string_view> above = PathUp(path);
  std::optional<Role> strongest;
  for (const Grant& g : grants) {
    if (!Contains(above, g.unit)) continue;
    if (!strongest || AtLeastAsStrong(g.role, *strongest)) strongest = g.role;
  }
  return strongest;
}

bool MayAct(const org::UnitTree& tree, const std::vector<Grant>& grants,
            std::string_view target, Action action) {
  const Access a = AccessAt(tree, grants, target);
  switch (action) {
    case Action::kRead: return a.read;
    case Action::kWrite: return a.write;
    case Action::kSeeUnmasked: return a.unmasked;
    case Action::kGrant: return a.grant;
  }
  return false;
}

}  // namespace janadhar::auth
