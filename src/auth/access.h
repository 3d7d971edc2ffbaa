// The access predicate: whether a user's grants (a role held at a unit) let
// them act at a target unit. A grant covers its unit and every unit below it
// in the unit tree given — the stored tree, not the codes: a district's ACs
// lie below it though their codes ("S24/AC173") do not begin with the
// district's ("S24/D:AGRA"). A grant at the national unit IN covers every
// unit, whether or not the tree given holds IN (a state's tree does not).
// What each role allows is in auth/role.h.
//
// Pure: nothing is read from the store; the caller loads the tree of the
// target's state (Store::LoadOrgUnits) or the national tree
// (org::JoinUnderNational) and the user's grants.
// Ownership: values; the functions keep no reference to their arguments.
// Thread-safety: pure functions. Errors: none — a target or a grant unit not
// in the tree is simply not covered (access is denied, never assumed).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/role.h"
#include "org/unit.h"

namespace janadhar::auth {

// A role held at a unit (by its code).
struct Grant {
  Role role = Role::kViewer;
  std::string unit;
  friend bool operator==(const Grant&, const Grant&) = default;
};

// Whether a grant at `grant_unit` covers `target`: `target` is `grant_unit`
// or below it in `tree`, or `grant_unit` is IN. False when `target` is not
// in `tree` (and is not IN itself with a grant at IN).
bool Covers(const org::UnitTree& tree, std::string_view grant_unit,
            std::string_view target);

// Whether some grant of `grants` covers `target` and its role allows `action`.
bool MayAct(const org::UnitTree& tree, const std::vector<Grant>& grants,
            std::string_view target, Action action);

// Everything `grants` allow at `target`, in one pass over its path to the root.
struct Access {
  bool read = false;
  bool write = false;
  bool unmasked = false;
  bool grant = false;
  friend bool operator==(const Access&, const Access&) = default;
};
Access AccessAt(const org::UnitTree& tree, const std::vector<Grant>& grants,
                std::string_view target);

// The same from the target's path instead of a tree: the codes from the root
// of its tree down to the target (store::AccessStore::UnitPath), so that a
// request need not load a state's tree. An empty path allows nothing; a
// grant at IN covers every path.
Access AccessOnPath(const std::vector<std::string>& path,
                    const std::vector<Grant>& grants);

// The strongest role (auth::AtLeastAsStrong) of the grants that cover the
// end of `path` (as AccessOnPath), or nullopt when none does.
std::optional<Role> StrongestRoleOnPath(const std::vector<std::string>& path,
                                        const std::vector<Grant>& grants);

}  // namespace janadhar::auth
