#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "importers/region_file.h"
#include "service/scenario_resolver.h"

namespace janadhar::service::internal {

// The [[regions]] lookups: every seat's region, then the region swings.
void ResolveRegions(const importers::ScenarioSpec& spec, Resolver& res,
                    forecast::Scenario& s) {
  const forecast::ForecastInput& in = res.input();
  std::map<std::pair<std::string, std::string>, int> region_of;  // (state, NameKey)
  auto region_index = [&](const std::string& state, const std::string& name) {
    const auto [it, fresh] =
        region_of.emplace(std::make_pair(state, NameKey(name)), int(s.regions.size()));
    if (fresh) s.regions.push_back({state, name});
    return it->second;
  };
  std::optional<geo::Delimitation> delimitation;
  std::set<std::string> states_with_regions;
  for (const importers::RegionSpec& r : spec.regions) {
    std::string path = r.file;
    const std::string dir = std::filesystem::path(std::string(res.file())).parent_path();
    if (std::filesystem::path(path).is_relative() && !dir.empty()) {
      path = (std::filesystem::path(dir) / path).string();
    }
    auto text = importers::ReadWholeFile(path);
    if (!text.ok()) {
      res.Error(r.file_at, "cannot read the region lookup: " + text.status().message());
      continue;
    }
    importers::ProblemList problems;
    const importers::RegionLookup lookup = importers::ParseRegionFile(
        importers::BaseName(path), *text, {r.column}, &problems);
    res.Add(problems);
    if (problems.HasErrors()) continue;
    std::string state;
    if (!r.state.empty()) {
      state = res.State(r.state, r.state_at);
      if (state.empty()) continue;
    } else if (!lookup.rows.empty() && lookup.rows.front().state.empty()) {
      res.Error(r.at, "the region lookup " + r.file +
                          " has no state column: say which state, state = \"UP\"");
      continue;
    }
    // Each seat's region; a PC of a lookup of ACs takes the region most of
    // its segments are in (the lowest-numbered segment's among equals).
    const bool by_ac = !lookup.by_pc;
    const bool seats_are_pcs =
        res.data().election.kind == results::ElectionKind::kLokSabha;
    std::map<std::pair<std::string, int>, std::string> listed;
    for (const auto& row : lookup.rows) {
      listed[{row.state.empty() ? state : row.state, row.number}] = row.region;
    }
    if (by_ac && seats_are_pcs && !delimitation) {
      auto d = LoadElectionDelimitation(res.store(), res.data());
      if (!d.ok()) {
        res.Error(r.file_at, "the lookup lists assembly constituencies: the election's " +
                                 std::string("delimitation is needed (") +
                                 d.status().message() + ")");
        continue;
      }
      delimitation = std::move(*d);
    }
    if (!by_ac && !seats_are_pcs) {
      res.Error(r.file_at,
                "the lookup lists parliamentary constituencies, but the "
                "seats of " +
                    in.election + " are assembly constituencies");
      continue;
    }
    std::set<std::string> covered;
    for (const auto& [key, region] : listed) covered.insert(key.first);
    bool twice = false;
    for (const std::string& st : covered) twice |= !states_with_regions.insert(st).second;
    if (twice) {
      res.Error(r.at, "two region lookups give regions of the same state");
      continue;
    }
    int unplaced = 0;
    std::string example;
    for (std::size_t i = 0; i < in.seats.size(); ++i) {
      const forecast::InputSeat& seat = in.seats[i];
      if (covered.count(seat.state) == 0) continue;
      std::string region;
      if (by_ac && seats_are_pcs) {  // ACs of a PC
        std::map<std::string, int> count;
        std::string first;
        for (const geo::Ac* ac : delimitation->AcsOfPc(seat.state, seat.number)) {
          auto it = listed.find({seat.state, ac->number});
          if (it == listed.end()) continue;
          if (first.empty()) first = it->second;
          ++count[it->second];
        }
        int best = 0;
        for (const auto& [name, n] : count) best = std::max(best, n);
        if (best > 0) region = count[first] == best ? first : "";
        for (const auto& [name, n] : count) {
          if (region.empty() && n == best) region = name;
        }
      } else {
        auto it = listed.find({seat.state, seat.number});
        if (it != listed.end()) region = it->second;
      }
      if (region.empty()) {
        if (unplaced++ == 0) example = seat.name;
        continue;
      }
      if (s.seat_region.empty()) s.seat_region.assign(in.seats.size(), -1);
      s.seat_region[i] = region_index(seat.state, region);
    }
    if (unplaced > 0) {
      res.Warn(std::to_string(unplaced) + " seat(s) the region lookup " + r.file +
               " does not place, e.g. " + example +
               ": they get no region error or swing");
    }
  }
  for (const auto& w : spec.swings) {
    if (w.region.empty()) continue;
    if (AllianceNamed(spec, w.party) < spec.alliances.size()) {
      res.Error(w.at, "alliance " + w.party +
                          " swings nationally or per state, not per region: give its "
                          "parties' swings here");
      continue;
    }
    const int party = res.Party(w.party, w.at);
    const std::string state = res.State(w.state, w.state_at);
    if (party < 0 || state.empty()) continue;
    std::vector<std::string> names;
    for (const auto& r : s.regions) {
      if (r.state == state) names.push_back(r.name);
    }
    auto it = region_of.find({state, NameKey(w.region)});
    if (it == region_of.end()) {
      std::string msg = names.empty() ? "no [[regions]] lookup gives regions of " + state
                                      : "no region '" + w.region + "' in " + state;
      const std::string hint = DidYouMean(w.region, names);
      if (!hint.empty()) msg += "; " + hint;
      res.Error(w.region_at, msg);
      continue;
    }
    if (!s.region_swing.emplace(std::make_pair(it->second, party), w.points / 100.0)
             .second) {
      res.Error(w.at, "a swing of " + w.party + " in " + w.region + " is given twice");
    }
  }
}

}  // namespace janadhar::service::internal
