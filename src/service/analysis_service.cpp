#include "service/analysis_service.h"

#include <algorithm>
#include <set>

namespace janadhar::service {

namespace {

Result<std::unique_ptr<analysis::ElectionData>> Load(store::Store& store,
                                                     const std::string& election) {
  if (election.empty()) {
    return Status::InvalidArgument("an election is needed, such as ls2014");
  }
  JANADHAR_ASSIGN_OR_RETURN(auto data, LoadElectionData(store, election));
  return std::make_unique<analysis::ElectionData>(std::move(data));
}

// "" stays "" (every state); otherwise the ECI code, checked.
Result<std::string> OptionalState(const analysis::ElectionData& data,
                                  const std::string& state) {
  if (state.empty()) return std::string();
  return ResolveStateIn(data, state);
}

std::string StateName(const analysis::ElectionData& data, const std::string& code) {
  for (const auto& s : data.seats) {
    if (s.state == code) return s.state_name;
  }
  return code;
}

void WarnMissingVotes(const analysis::ElectionData& data, const std::string& state,
                      std::vector<std::string>& warnings) {
  for (const auto& s : data.seats) {
    if (!state.empty() && s.state != state) continue;
    if (analysis::CountSeatVotes(s).has_missing && !s.uncontested) {
      warnings.push_back(s.state + " PC " + std::to_string(s.number) + " " + s.name +
                         ": some candidates' votes are not known; counted without them");
    }
  }
}

}  // namespace

Result<SeatsReport> AnalyseSeats(store::Store& store, const SeatsRequest& request) {
  SeatsReport r;
  JANADHAR_ASSIGN_OR_RETURN(r.data, Load(store, request.election));
  JANADHAR_ASSIGN_OR_RETURN(r.state, OptionalState(*r.data, request.state));
  if (!request.party.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(r.party,
                              ResolvePartyIn(store, *r.data, request.party, r.state));
  }
  r.basis = request.basis;
  analysis::SeatSummaryOptions o;
  o.state = r.state;
  o.party = r.party;
  o.basis = request.basis;
  r.seats = analysis::SummariseSeats(*r.data, o);
  const bool any_turnout = std::any_of(r.seats.begin(), r.seats.end(), [](const auto& s) {
    return s.turnout.has_value();
  });
  if (!any_turnout) {
    r.warnings.push_back("turnout and electors are not in the store for " +
                         request.election + " (janadhar import turnout --election " +
                         request.election + " FILE)");
  }
  WarnMissingVotes(*r.data, r.state, r.warnings);
  return r;
}

Result<PartiesReport> AnalyseParties(store::Store& store, const PartiesRequest& request) {
  PartiesReport r;
  JANADHAR_ASSIGN_OR_RETURN(r.data, Load(store, request.election));
  JANADHAR_ASSIGN_OR_RETURN(r.state, OptionalState(*r.data, request.state));
  r.basis = request.basis;
  analysis::PartySummaryOptions o;
  o.state = r.state;
  r.summary = analysis::SummariseParties(*r.data, o);
  WarnMissingVotes(*r.data, r.state, r.warnings);
  return r;
}

Result<BoothsReport> AnalyseBooths(store::Store& store, const BoothsRequest& request) {
  BoothsReport r;
  JANADHAR_RETURN_IF_ERROR(request.thresholds.Validate());
  if (!request.ac.empty() && !request.pc.empty()) {
    return Status::InvalidArgument("give either an AC or a PC, not both");
  }
  if (request.state.empty() && request.ac.empty() && request.pc.empty()) {
    return Status::InvalidArgument(
        "booth grades need a place: a state (S24), a PC or an AC (a number or a name; "
        "with the state when the number alone is not enough)");
  }
  JANADHAR_ASSIGN_OR_RETURN(r.data, Load(store, request.election));
  JANADHAR_ASSIGN_OR_RETURN(geo::Delimitation d,
                            LoadElectionDelimitation(store, *r.data));
  if (request.state.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(
        r.state, StateOfConstituency(store, *r.data, d, request.ac, request.pc));
  } else {
    JANADHAR_ASSIGN_OR_RETURN(r.state, ResolveStateIn(*r.data, request.state));
  }
  JANADHAR_ASSIGN_OR_RETURN(r.party,
                            ResolvePartyIn(store, *r.data, request.party, r.state));
  std::vector<int> acs;
  r.scope = StateName(*r.data, r.state);
  if (!request.ac.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(const geo::Ac* ac, ResolveAc(d, r.state, request.ac));
    acs.push_back(ac->number);
    r.scope = "AC " + std::to_string(ac->number) + " " + ac->name;
  } else if (!request.pc.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(const geo::Pc* pc, ResolvePc(d, r.state, request.pc));
    for (const geo::Ac* ac : d.AcsOfPc(r.state, pc->number)) acs.push_back(ac->number);
    r.pc = pc->number;
    r.scope = "PC " + std::to_string(pc->number) + " " + pc->name;
  }
  JANADHAR_ASSIGN_OR_RETURN(r.booths, LoadBooths(store, *r.data, d, r.state, acs));
  if (r.booths.segments.empty()) {
    return Status::NotFound("no booth results for " + r.scope + " in " +
                            request.election + " (janadhar import form20 --election " +
                            request.election + " --state " + r.state + " DIR)");
  }
  r.warnings = r.booths.warnings;
  if (!acs.empty()) {
    std::set<int> have;
    for (const auto& s : r.booths.segments) have.insert(s.booths->ac);
    for (int ac : acs) {
      if (!have.count(ac)) {
        const geo::Ac* a = d.FindAc(r.state, ac);
        r.warnings.push_back("AC " + std::to_string(ac) + (a ? " " + a->name : "") +
                             ": no booth results in the store");
      }
    }
  }
  r.thresholds = request.thresholds;
  r.grades = analysis::GradeBooths(r.booths.segments, r.party, request.thresholds);
  for (const auto& sg : r.grades.segments) {
    if (sg.contested) continue;
    const analysis::Segment& seg = r.booths.segments[sg.segment];
    r.warnings.push_back("AC " + std::to_string(seg.booths->ac) + " " + seg.ac_name +
                         ": " + r.data->parties[r.party].label +
                         " had no candidate in PC " + std::to_string(seg.seat->number) +
                         " " + seg.seat->name +
                         "; its booths are graded with 0 votes for it");
  }
  return r;
}

Result<TargetsReport> AnalyseTargets(store::Store& store, const TargetsRequest& request) {
  TargetsReport r;
  if (!(request.options.within_pp > 0)) {
    return Status::InvalidArgument(
        "within: the margin must be above 0 (percentage points)");
  }
  JANADHAR_ASSIGN_OR_RETURN(r.data, Load(store, request.election));
  JANADHAR_ASSIGN_OR_RETURN(r.state, OptionalState(*r.data, request.state));
  JANADHAR_ASSIGN_OR_RETURN(r.party,
                            ResolvePartyIn(store, *r.data, request.party, r.state));
  analysis::TargetOptions o = request.options;
  o.state = r.state;
  r.options = o;
  // First without booths, to learn which states need theirs loaded.
  const auto first = analysis::FindTargets(*r.data, r.party, {}, o);
  std::set<std::string> states;
  for (const auto& t : first) states.insert(t.seat->state);
  auto d = LoadElectionDelimitation(store, *r.data);
  if (!d.ok() && !states.empty()) {
    r.warnings.push_back(d.status().message() + "; booths left out");
  }
  if (d.ok()) {
    for (const std::string& state : states) {
      JANADHAR_ASSIGN_OR_RETURN(BoothSet set, LoadBooths(store, *r.data, *d, state));
      for (auto& w : set.warnings) r.warnings.push_back(w);
      if (!set.segments.empty()) r.booths.emplace(state, std::move(set));
    }
    for (const auto& [state, set] : r.booths) {
      r.segments.insert(r.segments.end(), set.segments.begin(), set.segments.end());
    }
  }
  r.targets = analysis::FindTargets(*r.data, r.party, r.segments, o);
  int without = 0;
  for (const auto& t : r.targets) without += t.segments_with_booths == 0 ? 1 : 0;
  if (without > 0) {
    r.warnings.push_back(std::to_string(without) + " of " +
                         std::to_string(r.targets.size()) +
                         " target seats have no booth results in the store; their booth "
                         "columns are empty");
  }
  return r;
}

Result<SwingReport> AnalyseSwing(store::Store& store, const SwingRequest& request) {
  SwingReport r;
  if (request.from.empty() || request.to.empty()) {
    return Status::InvalidArgument(
        "swing needs two elections, from one to another (such as ls2009 to ls2014)");
  }
  JANADHAR_ASSIGN_OR_RETURN(r.from, Load(store, request.from));
  JANADHAR_ASSIGN_OR_RETURN(r.to, Load(store, request.to));
  JANADHAR_ASSIGN_OR_RETURN(r.state, OptionalState(*r.to, request.state));
  analysis::SwingOptions o;
  o.state = r.state;
  o.basis = request.basis;
  for (const std::string& p : request.parties) {
    int in_from = r.from->FindParty(p), in_to = r.to->FindParty(p);
    if (in_from == analysis::kNoParty && in_to == analysis::kNoParty) {
      // Not contested in either: resolve against the later one for the message.
      JANADHAR_ASSIGN_OR_RETURN(in_to, ResolvePartyIn(store, *r.to, p, r.state));
    }
    o.parties.push_back(in_to != analysis::kNoParty ? r.to->parties[in_to].label
                                                    : r.from->parties[in_from].label);
  }
  JANADHAR_ASSIGN_OR_RETURN(r.swing, analysis::ComputeSwing(*r.from, *r.to, o));
  for (const auto& u : r.swing.unmatched)
    r.warnings.push_back("seat " + u + ": no swing");
  return r;
}

Result<IouReport> AnalyseIou(store::Store& store, const IouRequest& request) {
  IouReport r;
  if (request.ruling.empty()) {
    return Status::InvalidArgument(
        "the Index of Opposition Unity needs the ruling party, such as BJP (several "
        "for an alliance)");
  }
  JANADHAR_ASSIGN_OR_RETURN(r.data, Load(store, request.election));
  JANADHAR_ASSIGN_OR_RETURN(r.state, OptionalState(*r.data, request.state));
  for (const std::string& p : request.ruling) {
    JANADHAR_ASSIGN_OR_RETURN(int idx, ResolvePartyIn(store, *r.data, p, r.state));
    r.ruling.push_back(idx);
  }
  analysis::IouOptions o;
  o.state = r.state;
  o.ruling = r.ruling;
  r.iou = analysis::ComputeIou(*r.data, o);
  return r;
}

}  // namespace janadhar::service
