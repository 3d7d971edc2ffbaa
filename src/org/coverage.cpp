#include "org/coverage.h"

#include <algorithm>
#include <string>
#include <vector>

namespace janadhar::org {
namespace {

// "no polling agent" when one is needed and none is there, else
// "4 of 10 booth committee members".
std::string Shortfall(int has, int need, Role role) {
  const std::string words(RoleWords(role));
  if (has == 0 && need == 1) return "no " + words;
  return std::to_string(has) + " of " + std::to_string(need) + " " + words +
         (need == 1 ? "" : "s");
}

}  // namespace

CoverageRules::CoverageRules() {
  (*this)[Role::kBoothPresident] = 1;
  (*this)[Role::kBoothCommitteeMember] = 10;
  (*this)[Role::kPollingAgent] = 1;
}

std::string DescribeRules(const CoverageRules& rules) {
  std::vector<std::string> parts;
  for (const Role r : kAllRoles) {
    const int n = rules[r];
    if (n == 0) continue;
    const std::string words(RoleWords(r));
    parts.push_back(n == 1 ? "a " + words : std::to_string(n) + " " + words + "s");
  }
  if (parts.empty()) return "nothing";
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) {
    s += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  }
  return s;
}

Status CheckCoverageRules(const CoverageRules& rules) {
  for (const Role r : kAllRoles) {
    const int n = rules[r];
    if (n < 0) {
      return Status::InvalidArgument("the coverage rules need counts from 0; " +
                                     std::string(RoleName(r)) + " has " +
                                     std::to_string(n));
    }
    if (n > 0 && !IsBoothRole(r)) {
      return Status::InvalidArgument(
          "a booth has no " + std::string(RoleWords(r)) +
          "; the roles a booth can "
          "need are booth_president, booth_committee_member, polling_agent and "
          "page_in_charge");
    }
  }
  if (rules[Role::kBoothPresident] > 1) {
    return Status::InvalidArgument(
        "a booth has at most one booth president; the rule asks for " +
        std::to_string(rules[Role::kBoothPresident]));
  }
  return Status::Ok();
}

bool IsCovered(const BoothStaff& has, const CoverageRules& rules) {
  for (const Role r : kAllRoles) {
    if (has[r] < rules[r]) return false;
  }
  return true;
}

std::string DescribeLack(const BoothStaff& has, const CoverageRules& rules) {
  std::string s;
  for (const Role r : kAllRoles) {
    if (has[r] >= rules[r]) continue;
    if (!s.empty()) s += "; ";
    s += Shortfall(has[r], rules[r], r);
  }
  return s;
}

std::string CoverageReport::Lacks(const UncoveredBooth& booth) const {
  return DescribeLack(booth.has, rules);
}

Result<CoverageReport> RollUpCoverage(const UnitTree& tree,
                                      const std::vector<std::optional<BoothStaff>>& staff,
                                      const CoverageOptions& options) {
  JANADHAR_RETURN_IF_ERROR(CheckCoverageRules(options.rules));
  JANADHAR_ASSIGN_OR_RETURN(const int start,
                            RollUpStart(tree, options.start, options.depth));
  for (size_t id = 0; id < staff.size(); ++id) {
    if (!staff[id]) continue;
    const auto where = [id] { return "staff given for unit " + std::to_string(id); };
    if (static_cast<int>(id) >= tree.size()) {
      return Status::InvalidArgument(where() + ", which is not in the tree");
    }
    const Unit& u = tree.unit(static_cast<int>(id));
    if (u.level != UnitLevel::kBooth) {
      return Status::InvalidArgument(where() + " '" + u.code + "', which is a " +
                                     std::string(UnitLevelName(u.level)) +
                                     ", not a booth");
    }
    for (const int n : staff[id]->posts) {
      if (n < 0) {
        return Status::InvalidArgument(where() + " '" + u.code + "': a negative count");
      }
    }
  }

  const std::vector<UnitTree::Visit> order = tree.Subtree(start);
  // Figures by id; only the ids of the subtree are touched.
  std::vector<int> booths(tree.size(), 0);
  std::vector<int> covered(tree.size(), 0);
  CoverageReport report;
  report.rules = options.rules;
  report.start = start;
  for (const UnitTree::Visit& v : order) {
    const Unit& u = tree.unit(v.id);
    if (u.level != UnitLevel::kBooth) continue;
    const BoothStaff has = static_cast<size_t>(v.id) < staff.size() && staff[v.id]
                               ? *staff[v.id]
                               : BoothStaff{};
    booths[v.id] = 1;
    if (IsCovered(has, options.rules)) {
      covered[v.id] = 1;
      continue;
    }
    UncoveredBooth ub;
    ub.unit = v.id;
    ub.has = has;
    for (const Role r : kAllRoles) ub.missing[r] = std::max(0, options.rules[r] - has[r]);
    report.uncovered.push_back(ub);
  }
  // Pre-order reversed puts every child before its parent.
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    if (it->id == start) continue;
    const int parent = tree.unit(it->id).parent;
    booths[parent] += booths[it->id];
    covered[parent] += covered[it->id];
  }
  const auto figures = [&](const UnitTree::Visit& v) {
    UnitCoverage c;
    c.unit = v.id;
    c.depth = v.depth;
    c.booths = booths[v.id];
    c.covered = covered[v.id];
    if (c.booths > 0) c.share = static_cast<double>(c.covered) / c.booths;
    return c;
  };
  for (const UnitTree::Visit& v : order) {
    if (options.depth >= 0 && v.depth > options.depth) continue;
    report.units.push_back(figures(v));
  }
  report.total = figures(order.front());
  return report;
}

}  // namespace janadhar::org
