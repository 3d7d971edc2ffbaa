#include "org/report.h"

#include <string>
#include <vector>

#include "base/text.h"

namespace janadhar::org {

namespace {

constexpr size_t kMaxName = 40;
constexpr size_t kMaxPeriod = 40;
constexpr int64_t kMaxValue = 1'000'000'000'000'000;  // 10^15

bool IsName(std::string_view name) {
  if (name.empty() || name.size() > kMaxName) return false;
  if (name[0] < 'a' || name[0] > 'z') return false;
  for (const char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::vector<std::string> Names(const std::vector<ReportField>& fields) {
  std::vector<std::string> out;
  out.reserve(fields.size());
  for (const ReportField& f : fields) out.push_back(f.name);
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

}  // namespace

Result<ReportField> ParseReportField(std::string_view spec) {
  const size_t colon = spec.find(':');
  ReportField f;
  f.name = CollapseSpaces(spec.substr(0, colon));
  f.label =
      colon == std::string_view::npos ? f.name : CollapseSpaces(spec.substr(colon + 1));
  if (!IsName(f.name)) {
    return Status::InvalidArgument(
        "the field '" + f.name +
        "' is not a name: lower-case letters, digits and '_', starting with a letter, "
        "up to 40 (e.g. households_visited:\"Households visited\")");
  }
  if (FindInvalidUtf8(f.label)) {
    return Status::InvalidArgument("the label of field '" + f.name +
                                   "' is not UTF-8 text");
  }
  if (f.label.empty()) f.label = f.name;
  return f;
}

Status CheckReportFields(const std::vector<ReportField>& fields) {
  if (fields.empty()) {
    return Status::InvalidArgument(
        "a report needs at least one field (--field name:\"Label\")");
  }
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!IsName(fields[i].name)) {
      return Status::InvalidArgument("the field '" + fields[i].name + "' is not a name");
    }
    for (size_t j = 0; j < i; ++j) {
      if (fields[j].name == fields[i].name) {
        return Status::InvalidArgument("the field '" + fields[i].name +
                                       "' is given twice");
      }
    }
  }
  return Status::Ok();
}

Result<std::vector<int64_t>> CheckReportValues(
    const std::vector<ReportField>& fields,
    const std::vector<std::pair<std::string, std::string>>& given) {
  std::vector<std::optional<int64_t>> values(fields.size());
  for (const auto& [raw_name, raw_value] : given) {
    const std::string name = CollapseSpaces(raw_name);
    size_t index = fields.size();
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].name == name) index = i;
    }
    if (index == fields.size()) {
      const std::string hint = DidYouMean(name, Names(fields));
      return Status::InvalidArgument("the report has no field '" + name + "'" +
                                     (hint.empty() ? "" : "; " + hint) +
                                     " (its fields: " + Join(Names(fields), ", ") + ")");
    }
    if (values[index]) {
      return Status::InvalidArgument("the field '" + name + "' is given twice");
    }
    const std::string text = CollapseSpaces(raw_value);
    const bool digits = !text.empty() && text.size() <= 16 &&
                        text.find_first_not_of("0123456789") == std::string::npos;
    const int64_t n = digits ? std::stoll(text) : -1;
    if (!digits || n > kMaxValue) {
      std::string message = "the field '";
      message += name;
      message += "' is '";
      message += text;
      message += "': a report's values are whole numbers from 0";
      return Status::InvalidArgument(message);
    }
    values[index] = n;
  }
  std::vector<int64_t> out;
  std::vector<std::string> missing;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!values[i]) missing.push_back(fields[i].name);
    out.push_back(values[i].value_or(0));
  }
  if (!missing.empty()) {
    return Status::InvalidArgument("no value for " + Join(missing, ", ") +
                                   " (give every field, 0 when none: --value name=0)");
  }
  return out;
}

Result<std::string> CheckReportPeriod(std::string_view period) {
  std::string p = CollapseSpaces(period);
  if (p.empty()) {
    return Status::InvalidArgument(
        "a report needs a period (--period 2026-W10, 2026-03, …)");
  }
  if (FindInvalidUtf8(p) || p.size() > kMaxPeriod) {
    return Status::InvalidArgument("the period '" + p +
                                   "' is not UTF-8 text of up to 40 bytes");
  }
  return p;
}

std::string JoinReportValues(const std::vector<int64_t>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(values[i]);
  }
  return out;
}

std::optional<std::vector<int64_t>> SplitReportValues(std::string_view text) {
  std::vector<int64_t> out;
  if (text.empty()) return out;
  int64_t n = 0;
  bool any = false;
  for (const char c : text) {
    if (c == ',') {
      if (!any) return std::nullopt;
      out.push_back(n);
      n = 0;
      any = false;
    } else if (c >= '0' && c <= '9' && n <= kMaxValue) {
      n = n * 10 + (c - '0');
      any = true;
    } else {
      return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  out.push_back(n);
  return out;
}

Result<ReportRollUp> RollUpReport(const UnitTree& tree, const std::vector<int>& targets,
                                  const std::vector<SubmittedValues>& submissions,
                                  size_t fields, const ReportRollUpOptions& options) {
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
  const std::vector<UnitTree::Visit> order = tree.Subtree(start);
  std::vector<int> depth_of(tree.size(), -1);
  for (const UnitTree::Visit& v : order) depth_of[v.id] = v.depth;
  const auto check = [&tree](int id) -> Status {
    if (id >= 0 && id < tree.size()) return Status::Ok();
    return Status::InvalidArgument("unit " + std::to_string(id) + " is not in the tree");
  };
  // 0: not a target; 1: a target; 2: a target that reported.
  std::vector<char> target(tree.size(), 0);
  for (const int id : targets) {
    JANADHAR_RETURN_IF_ERROR(check(id));
    target[id] = 1;
  }
  std::vector<UnitReportSums> by_id(tree.size());
  for (const UnitTree::Visit& v : order) by_id[v.id].sums.assign(fields, 0);
  for (const SubmittedValues& s : submissions) {
    JANADHAR_RETURN_IF_ERROR(check(s.unit));
    if (s.values.size() != fields) {
      return Status::InvalidArgument("a submission of unit " + std::to_string(s.unit) +
                                     " has " + std::to_string(s.values.size()) +
                                     " values for " + std::to_string(fields) + " fields");
    }
    if (target[s.unit] != 1 || depth_of[s.unit] < 0) continue;
    target[s.unit] = 2;
    UnitReportSums& u = by_id[s.unit];
    ++u.reported;
    for (size_t f = 0; f < fields; ++f) u.sums[f] += s.values[f];
  }
  for (const UnitTree::Visit& v : order) {
    if (target[v.id]) ++by_id[v.id].expected;
  }
  // Children before parents: the pre-order backwards.
  for (size_t i = order.size(); i-- > 1;) {
    const int id = order[i].id;
    UnitReportSums& parent = by_id[tree.unit(id).parent];
    const UnitReportSums& c = by_id[id];
    parent.expected += c.expected;
    parent.reported += c.reported;
    for (size_t f = 0; f < fields; ++f) parent.sums[f] += c.sums[f];
  }
  ReportRollUp out;
  out.start = start;
  for (const UnitTree::Visit& v : order) {
    UnitReportSums& u = by_id[v.id];
    u.unit = v.id;
    u.depth = v.depth;
    if (target[v.id] == 1) out.missing.push_back(v.id);
    if (v.depth == 0) out.total = u;
    const bool listed = options.depth < 0 || v.depth <= options.depth;
    if (listed && (u.expected > 0 || v.depth == 0)) out.units.push_back(std::move(u));
  }
  return out;
}

}  // namespace janadhar::org
