#include "service/org_report.h"

#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "org/name_key.h"
#include "org/synth.h"
#include "service/import_service.h"
#include "service/org_people.h"

namespace janadhar::service {

namespace {

// The ECI code of `state`, or org::kNationalCode for it ("IN", "in").
Result<std::string> StateOrNational(const std::string& state) {
  std::string upper = CollapseSpaces(state);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  if (upper == org::kNationalCode) return upper;
  return ResolveStateCode(state);
}

// The state of the request: the ECI code of `state`, or the state of `unit`
// (org::kNationalCode for the national unit).
Result<std::string> StateOf(store::Store& store, const std::string& state,
                            const std::string& unit) {
  if (!unit.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(auto u, store.FindOrgUnit(unit));
    if (!u) return NoSuchUnit(store, unit);
    if (!state.empty()) {
      JANADHAR_ASSIGN_OR_RETURN(std::string code, StateOrNational(state));
      if (code != u->state) {
        return Status::InvalidArgument("the unit " + unit + " is of " + u->state +
                                       ", not " + code);
      }
    }
    return u->state;
  }
  if (state.empty()) {
    return Status::InvalidArgument(
        "say whose organisation: --state (S24, UP), --unit CODE, or --unit " +
        std::string(org::kNationalCode) + " for the whole country");
  }
  return StateOrNational(state);
}

// The national unit with every stored state's tree and booth staff below it
// (org::JoinUnderNational).
Result<store::Store::StaffedUnits> NationalUnits(store::Store& store) {
  const std::string code(org::kNationalCode);
  JANADHAR_ASSIGN_OR_RETURN(auto national, store.FindOrgUnit(code));
  if (!national) {
    return Status::FailedPrecondition(
        "the national unit " + code +
        " is not stored; janadhar org bootstrap --state S24 stores it with a state's "
        "units");
  }
  JANADHAR_ASSIGN_OR_RETURN(std::vector<std::string> states, store.LoadOrgStates());
  if (states.empty()) {
    return Status::FailedPrecondition(
        "no state has organisation's units; build them first: janadhar org bootstrap "
        "--state S24");
  }
  std::vector<store::Store::StaffedUnits> parts;
  parts.reserve(states.size());
  std::vector<const org::UnitTree*> trees;
  for (const std::string& state : states) {
    JANADHAR_ASSIGN_OR_RETURN(parts.emplace_back(), store.LoadStaffedUnits(state));
    trees.push_back(&parts.back().tree);
  }
  store::Store::StaffedUnits out;
  JANADHAR_ASSIGN_OR_RETURN(out.tree, org::JoinUnderNational(*national, trees));
  out.staff.resize(out.tree.size());
  size_t offset = 1;  // ids as JoinUnderNational gives them
  for (store::Store::StaffedUnits& part : parts) {
    for (size_t id = 0; id < part.staff.size(); ++id) {
      out.staff[offset + id] = part.staff[id];
    }
    offset += part.tree.units().size();
  }
  return out;
}

Result<org::UnitTree> TreeOf(store::Store& store, const std::string& state) {
  JANADHAR_ASSIGN_OR_RETURN(org::UnitTree tree, store.LoadOrgUnits(state));
  if (tree.empty()) {
    return Status::FailedPrecondition(
        state +
        " has no organisation's units; build them first: janadhar org bootstrap "
        "--state " +
        state);
  }
  return tree;
}

org::AuditEntry Entry(const OrgActor& actor, std::string action, std::string after) {
  return AuditEntryBy(actor, std::move(action), "synthetic organisation", "",
                      std::move(after));
}

}  // namespace

Result<OrgCoverageResult> OrgCoverage(store::Store& store,
                                      const OrgCoverageRequest& request) {
  OrgCoverageResult result;
  JANADHAR_ASSIGN_OR_RETURN(result.state, StateOf(store, request.state, request.unit));
  JANADHAR_ASSIGN_OR_RETURN(result.settings, LoadSettings(store));
  store::Store::StaffedUnits units;
  if (result.state == org::kNationalCode) {
    JANADHAR_ASSIGN_OR_RETURN(units, NationalUnits(store));
  } else {
    JANADHAR_ASSIGN_OR_RETURN(units, store.LoadStaffedUnits(result.state));
    if (units.tree.empty()) return TreeOf(store, result.state).status();
  }
  result.tree = std::move(units.tree);
  const auto& staff = units.staff;
  org::CoverageOptions options;
  options.rules = result.settings.booth;
  options.depth = request.depth;
  if (!request.unit.empty()) {
    const auto id = result.tree.Find(request.unit);
    if (!id) return NoSuchUnit(request.unit, &result.tree);
    options.start = *id;
  }
  JANADHAR_ASSIGN_OR_RETURN(result.report,
                            org::RollUpCoverage(result.tree, staff, options));
  return result;
}

Result<std::vector<store::Store::PersonHit>> OrgSearch(store::Store& store,
                                                       const OrgSearchRequest& request) {
  store::Store::PeopleQuery query;
  query.tokens = org::NameTokens(request.query);
  if (query.tokens.empty()) {
    return Status::InvalidArgument("search for a name: '" + request.query +
                                   "' has no letters");
  }
  if (request.limit < 1) {
    return Status::InvalidArgument("--limit needs a count from 1");
  }
  query.unit = CollapseSpaces(request.unit);
  query.limit = request.limit;
  query.active_only = request.active_only;
  return store.SearchPeople(query);
}

Result<OrgSynthReport> SynthesiseOrg(store::Store& store,
                                     const OrgSynthRequest& request) {
  OrgSynthReport report;
  report.seed = request.seed;
  JANADHAR_ASSIGN_OR_RETURN(report.state, ResolveStateCode(request.state));
  JANADHAR_ASSIGN_OR_RETURN(org::UnitTree tree, TreeOf(store, report.state));
  JANADHAR_ASSIGN_OR_RETURN(int64_t existing, store.CountPeople(true));
  if (existing > 0) {
    return Status::FailedPrecondition(
        "a synthetic organisation of " + std::to_string(existing) +
        " people is already stored; remove it first: janadhar org wipe-synthetic");
  }
  org::SynthOptions options;
  options.seed = request.seed;
  JANADHAR_ASSIGN_OR_RETURN(org::SynthOrganisation synth,
                            org::SynthesiseOrganisation(tree, options));
  store::Store::OrgBatch batch;
  batch.people = std::move(synth.people);
  batch.posts = std::move(synth.posts);
  batch.sessions = std::move(synth.sessions);
  batch.attendance = std::move(synth.attendance);
  report.people = static_cast<int64_t>(batch.people.size());
  report.posts = static_cast<int64_t>(batch.posts.size());
  report.sessions = static_cast<int64_t>(batch.sessions.size());
  report.attendance = static_cast<int64_t>(batch.attendance.size());
  batch.audit.push_back(Entry(request.actor, "org.synth",
                              "{\"state\":\"" + report.state +
                                  "\",\"seed\":" + std::to_string(request.seed) +
                                  ",\"people\":" + std::to_string(report.people) +
                                  ",\"posts\":" + std::to_string(report.posts) + "}"));
  JANADHAR_RETURN_IF_ERROR(store.AddOrgBatch(batch).status());
  return report;
}

Result<int64_t> WipeSyntheticOrg(store::Store& store, const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(int64_t people, store.CountPeople(true));
  return store.WipeSyntheticOrg(
      Entry(actor, "org.wipe_synthetic", "{\"people\":" + std::to_string(people) + "}"));
}

}  // namespace janadhar::service
