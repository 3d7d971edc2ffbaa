#include "service/org_service.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analysis/data.h"
#include "base/text.h"
#include "geo/geo.h"
#include "importers/file_source.h"
#include "importers/region_file.h"
#include "org/bootstrap.h"
#include "service/analysis_load.h"
#include "service/import_service.h"

namespace janadhar::service {

namespace {

std::string Joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// The election named, or the only one with booth results in `state`, with
// those booth results.
struct ElectionBooths {
  results::Election election;
  std::vector<results::SegmentBooths> segments;
};

Result<ElectionBooths> FindElection(store::Store& store, const std::string& given,
                                    const std::string& state,
                                    const std::string& state_name) {
  const std::string import_hint =
      " (import its Form-20 first: janadhar import form20 DIR --election E --state " +
      state + ")";
  ElectionBooths out;
  if (!given.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(out.election, store.GetElection(given));
    JANADHAR_ASSIGN_OR_RETURN(out.segments, store.LoadBoothResults(given, state));
    if (out.segments.empty()) {
      return Status::FailedPrecondition(given + " has no booth results in " + state_name +
                                        import_hint);
    }
    return out;
  }
  JANADHAR_ASSIGN_OR_RETURN(auto summaries, store.Summarise());
  std::vector<std::string> with_booths;
  for (const store::ElectionSummary& s : summaries) {
    if (s.segments == 0) continue;
    JANADHAR_ASSIGN_OR_RETURN(auto segments,
                              store.LoadBoothResults(s.election.name, state));
    if (segments.empty()) continue;
    with_booths.push_back(s.election.name);
    if (with_booths.size() == 1) {
      out.election = s.election;
      out.segments = std::move(segments);
    }
  }
  if (with_booths.empty()) {
    return Status::FailedPrecondition("no election has booth results in " + state_name +
                                      import_hint);
  }
  if (with_booths.size() > 1) {
    return Status::InvalidArgument("several elections have booth results in " +
                                   state_name + " (" + Joined(with_booths) +
                                   "); say which with --election");
  }
  return out;
}

// AC number → district from the districts file; problems go to `problems`.
std::map<int, std::string> ReadDistricts(const std::string& file,
                                         const std::string& state,
                                         const std::vector<org::BootstrapAc>& acs,
                                         importers::ProblemList& problems,
                                         Status& status) {
  std::map<int, std::string> districts;
  auto text = importers::ReadWholeFile(file);
  if (!text.ok()) {
    status = text.status().code() == StatusCode::kNotFound
                 ? Status::NotFound("no districts file " + file)
                 : Status(text.status().code(), "cannot read the districts file " + file +
                                                    ": " + text.status().message());
    return districts;
  }
  importers::RegionFileOptions options;
  options.column = "DISTRICT";
  const importers::RegionLookup lookup =
      importers::ParseRegionFile(file, *text, options, &problems);
  if (problems.HasErrors()) return districts;
  if (lookup.by_pc) {
    problems.Add(file, 0, 0,
                 "the file gives districts of parliamentary constituencies; the "
                 "organisation needs the district of each assembly constituency (AC_NO)",
                 importers::Severity::kFatal);
    return districts;
  }
  for (const importers::RegionRow& row : lookup.rows) {
    if (row.state.empty() || row.state == state) districts[row.number] = row.region;
  }
  std::vector<std::string> missing;
  for (const org::BootstrapAc& ac : acs) {
    if (districts.count(ac.number) == 0) {
      missing.push_back(std::to_string(ac.number) + " " + ac.name);
    }
  }
  if (!missing.empty()) {
    const std::size_t shown = std::min<std::size_t>(missing.size(), 5);
    std::string msg = "no district for " + std::to_string(missing.size()) + " AC(s) of " +
                      state + ": " +
                      Joined(std::vector<std::string>(
                          missing.begin(), missing.begin() + static_cast<long>(shown)));
    if (shown < missing.size()) msg += ", …";
    problems.Add(file, 0, 0, msg, importers::Severity::kError);
  }
  return districts;
}

}  // namespace

namespace {

// FailedPrecondition naming the units of the state's stored tree that `tree`
// leaves out, when there are any.
Status CheckNothingDropped(store::Store& store, const std::string& state,
                           const org::UnitTree& tree) {
  JANADHAR_ASSIGN_OR_RETURN(org::UnitTree stored, store.LoadOrgUnits(state));
  std::vector<std::string> dropped;
  for (const org::Unit& u : stored.units()) {
    if (!tree.Find(u.code)) dropped.push_back(u.code);
  }
  if (dropped.empty()) return Status::Ok();
  std::string list;
  for (size_t i = 0; i < dropped.size() && i < 5; ++i) {
    list += (i > 0 ? ", " : "") + dropped[i];
  }
  if (dropped.size() > 5) list += " and " + std::to_string(dropped.size() - 5) + " more";
  return Status::FailedPrecondition(
      "the stored tree of " + state + " has " + CountOf(dropped.size(), "unit", "units") +
      " that this bootstrap does not build from the electoral geography (" + list +
      "), such as those of `org units import`; nothing was changed. Give --replace to "
      "rebuild the tree without them (import them again afterwards), or keep the tree "
      "as it is");
}

}  // namespace

Result<OrgBootstrapReport> BootstrapOrg(store::Store& store,
                                        const OrgBootstrapRequest& request) {
  OrgBootstrapReport report;
  auto code = ResolveStateCode(request.state);
  if (!code.ok()) return Status::NotFound(code.status().message());
  report.state = *code;
  const geo::State* known = geo::FindKnownState(report.state);
  report.state_name = known != nullptr ? known->name : report.state;
  report.districts_file = request.districts_file;

  JANADHAR_ASSIGN_OR_RETURN(
      ElectionBooths eb,
      FindElection(store, request.election, report.state, report.state_name));
  report.election = eb.election.name;
  analysis::ElectionData data;
  data.election = eb.election;
  JANADHAR_ASSIGN_OR_RETURN(geo::Delimitation delimitation,
                            LoadElectionDelimitation(store, data));

  // The state's ACs from the delimitation, with the stations of those that
  // have booth results; segments of ACs it does not list are added, warned.
  std::map<int, org::BootstrapAc> acs;
  for (const geo::Ac& ac : delimitation.acs) {
    if (ac.state == report.state) acs[ac.number] = {ac.number, ac.name, {}};
  }
  if (const geo::State* s = delimitation.FindState(report.state);
      known == nullptr && s != nullptr && !s->name.empty()) {
    report.state_name = s->name;
  }
  std::set<int> with_booths;
  for (const results::SegmentBooths& seg : eb.segments) {
    auto [it, added] = acs.try_emplace(seg.ac);
    if (added) {
      it->second.number = seg.ac;
      it->second.name = "AC " + std::to_string(seg.ac);
      report.warnings.push_back("AC " + std::to_string(seg.ac) + " of " + seg.file +
                                " is not in the " + delimitation.name +
                                " delimitation; its unit is named by its number");
    }
    it->second.stations = org::StationsOf(seg);
    with_booths.insert(seg.ac);
  }
  org::BootstrapInput input;
  input.state_code = report.state;
  input.state_name = report.state_name;
  for (auto& [number, ac] : acs) {
    if (with_booths.count(number) == 0)
      report.acs_without_booths.push_back({number, ac.name});
    input.acs.push_back(std::move(ac));
  }

  if (!request.districts_file.empty()) {
    importers::ProblemList problems;
    Status status = Status::Ok();
    input.districts =
        ReadDistricts(request.districts_file, report.state, input.acs, problems, status);
    JANADHAR_RETURN_IF_ERROR(status);
    report.problems = problems.items();
    if (problems.HasErrors()) return report;
  }

  org::BootstrapOptions options;
  options.max_booths_per_kendra = request.max_booths_per_kendra;
  JANADHAR_ASSIGN_OR_RETURN(org::UnitTree tree, org::BootstrapUnits(input, options));
  if (!request.replace)
    JANADHAR_RETURN_IF_ERROR(CheckNothingDropped(store, report.state, tree));
  org::AuditEntry entry;
  entry.actor = request.actor.user.empty() ? "unknown" : request.actor.user;
  entry.actor_unit = request.actor.unit;
  entry.action = "units.bootstrap";
  entry.subject = "units of " + report.state;
  entry.after = nlohmann::ordered_json{
      {"election", report.election},
      {"districts_file", report.districts_file},
      {"units",
       tree.size()}}.dump();
  JANADHAR_RETURN_IF_ERROR(store.ReplaceOrgUnits(report.state, tree, &entry));
  report.stored = true;
  JANADHAR_ASSIGN_OR_RETURN(report.national_created,
                            EnsureNationalUnit(store, request.actor));
  report.units = tree.CountByLevel();
  if (!report.acs_without_booths.empty()) {
    report.warnings.push_back(std::to_string(report.acs_without_booths.size()) +
                              " AC(s) have no booth results in " + report.election +
                              ": their units have no booths");
  }
  return report;
}

Result<bool> EnsureNationalUnit(store::Store& store, const OrgActor& actor) {
  const std::string code(org::kNationalCode);
  JANADHAR_ASSIGN_OR_RETURN(auto stored, store.FindOrgUnit(code));
  if (stored) {
    if (stored->level != org::UnitLevel::kNational) {
      return Status::DataError(
          "the code " + code + " of the national unit is held by " + stored->name +
          ", a " + std::string(org::UnitLevelName(stored->level)) + " unit of " +
          stored->state + "; give that unit another code");
    }
    return false;
  }
  org::UnitTree tree;
  JANADHAR_RETURN_IF_ERROR(tree.Add(org::NationalUnit()).status());
  const org::AuditEntry entry =
      AuditEntryBy(actor, "units.national", "units of " + code, "",
                   nlohmann::ordered_json{{"code", code},
                                          {"name", std::string(org::kNationalName)},
                                          {"level", "national"}}
                       .dump());
  JANADHAR_RETURN_IF_ERROR(store.ReplaceOrgUnits(code, tree, &entry));
  return true;
}

}  // namespace janadhar::service
