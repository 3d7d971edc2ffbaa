#include "org/directive.h"

#include <string>
#include <vector>

#include "org/person.h"

namespace janadhar::org {

namespace {

// Days since 1970-01-01 of a checked date (the civil calendar's count).
int DayNumber(std::string_view date) {
  const int y0 = std::stoi(std::string(date.substr(0, 4)));
  const int m = std::stoi(std::string(date.substr(5, 2)));
  const int d = std::stoi(std::string(date.substr(8, 2)));
  const int y = m <= 2 ? y0 - 1 : y0;
  const int era = y / 400;  // years from 1900 on: never negative
  const int yoe = y - era * 400;
  const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::string_view TargetStateName(TargetState state) {
  switch (state) {
    case TargetState::kPending: return "pending";
    case TargetState::kAcknowledged: return "acknowledged";
    case TargetState::kDone: return "done";
  }
  return "pending";
}

std::vector<int> TargetUnits(const UnitTree& tree, int root,
                             std::optional<UnitLevel> level, bool include_root) {
  std::vector<int> out;
  if (root < 0 || root >= tree.size()) return out;
  for (const UnitTree::Visit& v : tree.Subtree(root)) {
    if (v.depth == 0 && !include_root) continue;
    if (level && tree.unit(v.id).level != *level) continue;
    out.push_back(v.id);
  }
  return out;
}

int32_t DateNumber(std::string_view date) {
  if (date.empty()) return 0;
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return -1;
  int32_t n = 0;
  for (const size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return -1;
    n = n * 10 + (date[i] - '0');
  }
  return n;
}

Result<int> DaysBetween(std::string_view from, std::string_view to) {
  JANADHAR_RETURN_IF_ERROR(CheckDate(from).status());
  JANADHAR_RETURN_IF_ERROR(CheckDate(to).status());
  return DayNumber(to) - DayNumber(from);
}

Result<ComplianceReport> RollUpCompliance(const UnitTree& tree,
                                          const std::vector<TargetStatus>& targets,
                                          const ComplianceOptions& options) {
  JANADHAR_ASSIGN_OR_RETURN(const int start,
                            RollUpStart(tree, options.start, options.depth));
  JANADHAR_RETURN_IF_ERROR(CheckDate(options.deadline).status());
  JANADHAR_ASSIGN_OR_RETURN(const int days_past,
                            DaysBetween(options.deadline, options.as_of));
  const int32_t deadline = DateNumber(options.deadline);
  const std::vector<UnitTree::Visit> order = tree.Subtree(start);
  // Figures by tree id; -1 in `depth_of` marks a unit outside the subtree.
  std::vector<int> depth_of(tree.size(), -1);
  for (const UnitTree::Visit& v : order) depth_of[v.id] = v.depth;
  std::vector<UnitCompliance> by_id(tree.size());
  std::vector<TargetState> state_of(tree.size(), TargetState::kPending);
  std::vector<char> late(tree.size(), 0);
  for (const TargetStatus& t : targets) {
    if (t.unit < 0 || t.unit >= tree.size()) {
      return Status::InvalidArgument("a target of unit " + std::to_string(t.unit) +
                                     ", which is not in the tree");
    }
    if (depth_of[t.unit] < 0) continue;
    UnitCompliance& c = by_id[t.unit];
    ++c.targets;
    if (t.acked_on > 0 || t.done_on > 0) ++c.acknowledged;
    if (t.done_on > 0) {
      ++c.done;
      state_of[t.unit] = TargetState::kDone;
      if (t.done_on > deadline) ++c.done_late;
    } else {
      state_of[t.unit] =
          t.acked_on > 0 ? TargetState::kAcknowledged : TargetState::kPending;
      if (days_past > 0) {
        ++c.overdue;
        late[t.unit] = 1;
      }
    }
  }
  // Children before parents: the pre-order backwards.
  for (size_t i = order.size(); i-- > 1;) {
    const int id = order[i].id;
    UnitCompliance& parent = by_id[tree.unit(id).parent];
    const UnitCompliance& c = by_id[id];
    parent.targets += c.targets;
    parent.acknowledged += c.acknowledged;
    parent.done += c.done;
    parent.done_late += c.done_late;
    parent.overdue += c.overdue;
  }
  ComplianceReport report;
  report.start = start;
  for (const UnitTree::Visit& v : order) {
    UnitCompliance& c = by_id[v.id];
    c.unit = v.id;
    c.depth = v.depth;
    if (c.targets > 0) c.share = static_cast<double>(c.done) / c.targets;
    if (late[v.id]) {
      report.late.push_back({v.id, tree.unit(v.id).parent, state_of[v.id], days_past});
    }
    if (v.depth == 0) report.total = c;
    const bool listed = options.depth < 0 || v.depth <= options.depth;
    if (listed && (c.targets > 0 || v.depth == 0)) report.units.push_back(c);
  }
  return report;
}

}  // namespace janadhar::org
