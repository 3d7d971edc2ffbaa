#include "org/coverage.h"

#include <algorithm>

namespace janadhar::org {
namespace {

// "no polling agent" when one is needed and none is there, else
// "1 of 2 polling agents".
std::string Shortfall(int has, int need, const std::string& one,
                      const std::string& many) {
  if (has == 0 && need == 1) return "no " + one;
  return std::to_string(has) + " of " + std::to_string(need) + " " +
         (need == 1 ? one : many);
}

Status CheckRules(const CoverageRules& r) {
  if (r.presidents < 0 || r.presidents > 1) {
    return Status::InvalidArgument(
        "a booth has at most one president; the rule asks for " +
        std::to_string(r.presidents));
  }
  if (r.committee_members < 0 || r.polling_agents < 0) {
    return Status::InvalidArgument("the coverage rules need counts from 0");
  }
  return Status::Ok();
}

}  // namespace

bool IsCovered(const BoothStaff& has, const CoverageRules& rules) {
  return (has.president ? 1 : 0) >= rules.presidents &&
         has.committee_members >= rules.committee_members &&
         has.polling_agents >= rules.polling_agents;
}

std::string DescribeLack(const BoothStaff& has, const CoverageRules& rules) {
  std::string s;
  const auto add = [&s](const std::string& part) {
    if (!s.empty()) s += "; ";
    s += part;
  };
  if ((has.president ? 1 : 0) < rules.presidents) add("no booth president");
  if (has.committee_members < rules.committee_members) {
    add(Shortfall(has.committee_members, rules.committee_members, "committee member",
                  "committee members"));
  }
  if (has.polling_agents < rules.polling_agents) {
    add(Shortfall(has.polling_agents, rules.polling_agents, "polling agent",
                  "polling agents"));
  }
  return s;
}

Result<CoverageReport> RollUpCoverage(const UnitTree& tree,
                                      const std::vector<std::optional<BoothStaff>>& staff,
                                      const CoverageOptions& options) {
  JANADHAR_RETURN_IF_ERROR(CheckRules(options.rules));
  if (tree.empty()) return Status::InvalidArgument("the unit tree is empty");
  const int start = options.start < 0 ? 0 : options.start;
  if (start >= tree.size()) {
    return Status::InvalidArgument("no unit " + std::to_string(options.start) +
                                   " (the tree has " + std::to_string(tree.size()) +
                                   " units)");
  }
  if (options.depth < -1) {
    return Status::InvalidArgument("depth " + std::to_string(options.depth) +
                                   " is not -1 (all) or a count from 0");
  }
  for (size_t id = 0; id < staff.size(); ++id) {
    if (!staff[id]) continue;
    const std::string where = "staff given for unit " + std::to_string(id);
    if (static_cast<int>(id) >= tree.size()) {
      return Status::InvalidArgument(where + ", which is not in the tree");
    }
    const Unit& u = tree.unit(static_cast<int>(id));
    if (u.level != UnitLevel::kBooth) {
      return Status::InvalidArgument(where + " '" + u.code + "', which is a " +
                                     std::string(UnitLevelName(u.level)) +
                                     ", not a booth");
    }
    if (staff[id]->committee_members < 0 || staff[id]->polling_agents < 0) {
      return Status::InvalidArgument(where + " '" + u.code + "': a negative count");
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
    ub.missing_presidents =
        std::max(0, options.rules.presidents - (has.president ? 1 : 0));
    ub.missing_committee_members =
        std::max(0, options.rules.committee_members - has.committee_members);
    ub.missing_polling_agents =
        std::max(0, options.rules.polling_agents - has.polling_agents);
    ub.lacks = DescribeLack(has, options.rules);
    report.uncovered.push_back(std::move(ub));
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
