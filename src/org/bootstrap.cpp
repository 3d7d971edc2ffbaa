#include "org/bootstrap.h"

#include <algorithm>
#include <set>
#include <utility>

#include "base/text.h"

namespace janadhar::org {
namespace {

std::string AcLabel(const BootstrapAc& ac) {
  std::string s = "AC " + std::to_string(ac.number);
  if (!ac.name.empty()) s += " (" + ac.name + ")";
  return s;
}

// Checks the ACs and their parts; returns the ACs sorted by number.
Result<std::vector<const BootstrapAc*>> CheckAcs(const BootstrapInput& input) {
  std::vector<const BootstrapAc*> acs;
  std::set<int> seen;
  for (const BootstrapAc& ac : input.acs) {
    if (ac.number < 1) {
      return Status::InvalidArgument("AC number " + std::to_string(ac.number) +
                                     " is not a whole number from 1");
    }
    if (!seen.insert(ac.number).second) {
      return Status::InvalidArgument(AcLabel(ac) + " is given twice");
    }
    std::set<std::string> parts;
    for (const BootstrapStation& st : ac.stations) {
      std::string key = PartKey(st.part);
      if (key.empty()) {
        return Status::InvalidArgument(AcLabel(ac) +
                                       " has a polling station with no part "
                                       "number ('" +
                                       st.name + "')");
      }
      if (!parts.insert(std::move(key)).second) {
        return Status::InvalidArgument(AcLabel(ac) + " has part '" + st.part + "' twice");
      }
    }
    acs.push_back(&ac);
  }
  std::sort(acs.begin(), acs.end(), [](const BootstrapAc* a, const BootstrapAc* b) {
    return a->number < b->number;
  });
  return acs;
}

Status AddAc(const BootstrapInput& input, const BootstrapAc& ac, int parent,
             const BootstrapOptions& options, UnitTree* tree) {
  const std::string& state = input.state_code;
  Unit acu;
  acu.parent = parent;
  acu.level = UnitLevel::kAssembly;
  acu.code = AcCode(state, ac.number);
  acu.name = ac.name.empty() ? "AC " + std::to_string(ac.number) : ac.name;
  acu.state = state;
  acu.ac = ac.number;
  JANADHAR_ASSIGN_OR_RETURN(const int ac_id, tree->Add(std::move(acu)));

  const std::vector<int> sizes =
      KendraSizes(static_cast<int>(ac.stations.size()), options.max_booths_per_kendra);
  size_t next = 0;
  for (size_t k = 0; k < sizes.size(); ++k) {
    const auto n = static_cast<size_t>(sizes[k]);
    const std::string& first = ac.stations[next].part;
    const std::string& last = ac.stations[next + n - 1].part;
    Unit sk;
    sk.parent = ac_id;
    sk.level = UnitLevel::kShaktiKendra;
    sk.code = KendraCode(state, ac.number, static_cast<int>(k) + 1);
    sk.name = "SK " + std::to_string(k + 1) + ": ";
    if (n == 1) {
      sk.name += "booth ";
      sk.name += first;
    } else {
      sk.name += "booths ";
      sk.name += first;
      sk.name += "\u2013";  // en dash
      sk.name += last;
    }
    sk.state = state;
    sk.ac = ac.number;
    JANADHAR_ASSIGN_OR_RETURN(const int sk_id, tree->Add(std::move(sk)));
    for (size_t i = next; i < next + n; ++i) {
      const BootstrapStation& st = ac.stations[i];
      Unit b;
      b.parent = sk_id;
      b.level = UnitLevel::kBooth;
      b.code = BoothCode(state, ac.number, st.part);
      b.name = st.name.empty() ? "Booth " + st.part : st.name;
      b.state = state;
      b.ac = ac.number;
      b.part = st.part;
      JANADHAR_RETURN_IF_ERROR(tree->Add(std::move(b)).status());
    }
    next += n;
  }
  return Status::Ok();
}

}  // namespace

std::vector<int> KendraSizes(int booths, int max) {
  max = std::max(max, 1);
  if (booths <= 0) return {};
  const int k = (booths + max - 1) / max;
  std::vector<int> sizes(k, booths / k);
  for (int i = 0; i < booths % k; ++i) ++sizes[i];
  return sizes;
}

std::vector<BootstrapStation> StationsOf(const results::SegmentBooths& segment) {
  std::vector<BootstrapStation> out;
  out.reserve(segment.booths.size());
  for (const results::Booth& b : segment.booths) out.push_back({b.part, b.name});
  return out;
}

Result<UnitTree> BootstrapUnits(const BootstrapInput& input,
                                const BootstrapOptions& options) {
  const std::string state = CollapseSpaces(input.state_code);
  if (state.empty()) return Status::InvalidArgument("no state given (its code is empty)");
  if (state != input.state_code) {
    return Status::InvalidArgument("state code '" + input.state_code +
                                   "' has spaces in it");
  }
  JANADHAR_ASSIGN_OR_RETURN(const std::vector<const BootstrapAc*> acs, CheckAcs(input));

  // District key → (display name, ACs in number order).
  std::map<std::string, std::pair<std::string, std::vector<const BootstrapAc*>>>
      districts;
  if (!input.districts.empty()) {
    for (const BootstrapAc* ac : acs) {
      const auto it = input.districts.find(ac->number);
      if (it == input.districts.end()) {
        return Status::InvalidArgument(AcLabel(*ac) + " has no district in the mapping");
      }
      const std::string key = DistrictKey(it->second);
      if (key.empty()) {
        return Status::InvalidArgument(AcLabel(*ac) + " has a blank district name");
      }
      auto& d = districts[key];
      if (d.first.empty()) d.first = CollapseSpaces(it->second);
      d.second.push_back(ac);
    }
  }

  UnitTree tree;
  Unit root;
  root.level = UnitLevel::kState;
  root.code = StateCode(state);
  root.name = input.state_name.empty() ? state : input.state_name;
  root.state = state;
  JANADHAR_ASSIGN_OR_RETURN(const int root_id, tree.Add(std::move(root)));

  if (input.districts.empty()) {
    for (const BootstrapAc* ac : acs) {
      JANADHAR_RETURN_IF_ERROR(AddAc(input, *ac, root_id, options, &tree));
    }
    return tree;
  }
  for (const auto& [key, d] : districts) {
    Unit du;
    du.parent = root_id;
    du.level = UnitLevel::kDistrict;
    du.code = DistrictCode(state, d.first);
    du.name = d.first;
    du.state = state;
    JANADHAR_ASSIGN_OR_RETURN(const int d_id, tree.Add(std::move(du)));
    for (const BootstrapAc* ac : d.second) {
      JANADHAR_RETURN_IF_ERROR(AddAc(input, *ac, d_id, options, &tree));
    }
  }
  return tree;
}

}  // namespace janadhar::org
