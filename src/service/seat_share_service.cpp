#include "service/seat_share_service.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "alliance/feasibility.h"
#include "base/text.h"
#include "importers/file_source.h"
#include "importers/scenario_file.h"
#include "service/analysis_load.h"
#include "service/forecast_service.h"

namespace janadhar::service {

namespace {

using importers::Severity;

bool HasErrors(const std::vector<importers::ImportProblem>& problems) {
  return std::any_of(problems.begin(), problems.end(),
                     [](const auto& p) { return p.severity != Severity::kWarning; });
}

std::string Number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", x);
  return buf;
}

// A whole number written alone ("37"), into *out.
bool ParseNumber(const std::string& text, int* out) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, *out);
  return ec == std::errc() && ptr == end && !text.empty();
}

// Resolves the names of a request against the loaded election.
class Names {
 public:
  Names(store::Store& store, SeatShareReport& r) : store_(store), r_(r) {}

  Result<int> Party(const std::string& name) {
    return ResolvePartyIn(store_, *r_.data, name, r_.state);
  }

  // The partner's position in r.partners.
  Result<int> Partner(const std::string& name, const char* flag) {
    JANADHAR_ASSIGN_OR_RETURN(int party, Party(name));
    auto it = std::find(r_.partners.begin(), r_.partners.end(), party);
    if (it != r_.partners.end()) return static_cast<int>(it - r_.partners.begin());
    return Status::InvalidArgument(std::string(flag) + ": " + name +
                                   " is not a partner (" + PartnerList() + ")");
  }

  std::string PartnerList() const {
    std::string out;
    for (int p : r_.partners)
      out += (out.empty() ? "" : ", ") + r_.input.parties[p].label;
    return out;
  }

  // A seat of the state by number or name: its input index.
  Result<int> StateSeat(const std::string& text) {
    const std::string t = CollapseSpaces(text);
    int number = 0;
    const bool by_number = ParseNumber(t, &number);
    std::vector<std::string> names;
    for (std::size_t i = 0; i < r_.input.seats.size(); ++i) {
      const auto& s = r_.input.seats[i];
      if (s.state != r_.state) continue;
      if (by_number ? s.number == number : NameKey(s.name) == NameKey(t))
        return static_cast<int>(i);
      names.push_back(s.name);
    }
    std::string msg = "no seat " + t + " in " + r_.state + " in " + r_.input.election;
    if (!by_number) {
      const std::string hint = DidYouMean(t, names);
      if (!hint.empty()) msg += "; " + hint;
    }
    return Status::NotFound(msg);
  }

  // A seat among the problem's: its position in r.seats.
  Result<int> ProblemSeat(const std::string& text, const char* flag) {
    JANADHAR_ASSIGN_OR_RETURN(int seat, StateSeat(text));
    auto it = std::find(r_.seats.begin(), r_.seats.end(), seat);
    if (it != r_.seats.end()) return static_cast<int>(it - r_.seats.begin());
    return Status::InvalidArgument(std::string(flag) + ": " + r_.input.seats[seat].name +
                                   " is not among the seats shared");
  }

 private:
  store::Store& store_;
  SeatShareReport& r_;
};

Status CheckRate(double rate, const std::string& what) {
  if (std::isfinite(rate) && rate >= 0 && rate <= 1) return Status::Ok();
  return Status::InvalidArgument(what +
                                 ": a transfer rate is between 0 and 1 (0.7 for "
                                 "70%), not " +
                                 Number(rate));
}

// Partners, transfer rates and the alliance's swings; the seats the file's
// alliance has `fielded` go to *fielded (seat index → party).
Status ResolvePartners(const SeatShareRequest& req, Names& names, SeatShareReport& r,
                       std::map<int, int>* fielded) {
  std::vector<std::vector<double>>& t = r.transfer;
  if (!req.alliance.empty()) {
    if (req.scenario_file.empty()) {
      return Status::InvalidArgument(
          "an alliance is one of the scenario file's: "
          "give the scenario file too");
    }
    if (!req.partners.empty()) {
      return Status::InvalidArgument("give either the partners or an alliance, not both");
    }
    auto& all = r.scenario.alliances;
    auto it = std::find_if(all.begin(), all.end(), [&](const forecast::Alliance& a) {
      return NameKey(a.name) == NameKey(req.alliance);
    });
    if (it == all.end()) {
      std::vector<std::string> known;
      known.reserve(all.size());
      for (const auto& a : all) known.push_back(a.name);
      std::string msg = "no alliance " + req.alliance + " in " + r.scenario_file;
      const std::string hint = DidYouMean(req.alliance, known);
      std::string listed;
      for (const auto& k : known) listed += (listed.empty() ? "" : ", ") + k;
      msg += !hint.empty()   ? "; " + hint
             : known.empty() ? " (it has none)"
                             : "; its alliances: " + listed;
      return Status::NotFound(msg);
    }
    r.partners = it->parties;
    const std::size_t n = r.partners.size();
    t.assign(n, std::vector<double>(n, it->transfer));
    for (std::size_t q = 0; q < n; ++q) {
      auto f = it->transfer_from.find(r.partners[q]);
      if (f != it->transfer_from.end()) t[q].assign(n, f->second);
    }
    *fielded = it->fielded;
    r.alliance_swing = it->swing;
    auto s = it->state_swing.find(r.state);
    if (s != it->state_swing.end()) r.alliance_swing += s->second;
    all.erase(it);
  } else {
    for (const std::string& name : req.partners) {
      JANADHAR_ASSIGN_OR_RETURN(int party, names.Party(name));
      if (std::find(r.partners.begin(), r.partners.end(), party) != r.partners.end()) {
        return Status::InvalidArgument("partners: " + name + " is given twice");
      }
      r.partners.push_back(party);
    }
    t.assign(r.partners.size(), std::vector<double>(r.partners.size(), 1.0));
  }
  if (r.partners.empty()) {
    return Status::InvalidArgument(
        "which parties share the seats? name the partners, such as SP and BSP (or an "
        "alliance of the scenario file)");
  }
  if (!req.friendly.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(r.friendly, names.Party(req.friendly));
    if (std::find(r.partners.begin(), r.partners.end(), r.friendly) != r.partners.end()) {
      return Status::InvalidArgument("friendly party: " + req.friendly +
                                     " is a partner; the friendly party is outside the "
                                     "alliance");
    }
  }
  const std::size_t n = r.partners.size();
  if (req.transfer) {
    JANADHAR_RETURN_IF_ERROR(CheckRate(*req.transfer, "transfer"));
    for (auto& row : t) row.assign(n, *req.transfer);
  }
  for (const auto& [name, rate] : req.transfer_from) {
    JANADHAR_RETURN_IF_ERROR(CheckRate(rate, "transfer from " + name));
    JANADHAR_ASSIGN_OR_RETURN(int q, names.Partner(name, "transfer from"));
    t[q].assign(n, rate);
  }
  for (const TransferPair& p : req.transfer_pairs) {
    const std::string what = "transfer pair " + p.from + ":" + p.to;
    JANADHAR_RETURN_IF_ERROR(CheckRate(p.rate, what));
    JANADHAR_ASSIGN_OR_RETURN(int q, names.Partner(p.from, "transfer pair"));
    JANADHAR_ASSIGN_OR_RETURN(int k, names.Partner(p.to, "transfer pair"));
    if (q == k)
      return Status::InvalidArgument(what +
                                     ": a partner does not transfer to "
                                     "itself");
    t[q][k] = p.rate;
  }
  for (std::size_t q = 0; q < n; ++q) t[q][q] = 0;
  return Status::Ok();
}

// The seats, limits, locks and left seats: the optimiser's problem (p_win
// filled after the simulation) and the base election's facts.
Status BuildProblem(const SeatShareRequest& req, Names& names, SeatShareReport& r,
                    const std::map<int, int>& fielded) {
  if (req.seats.empty()) {
    for (std::size_t i = 0; i < r.input.seats.size(); ++i) {
      if (r.input.seats[i].state == r.state) r.seats.push_back(static_cast<int>(i));
    }
  } else {
    for (const std::string& text : req.seats) {
      JANADHAR_ASSIGN_OR_RETURN(int seat, names.StateSeat(text));
      if (std::find(r.seats.begin(), r.seats.end(), seat) != r.seats.end()) {
        return Status::InvalidArgument("seats: " + r.input.seats[seat].name +
                                       " is given twice");
      }
      r.seats.push_back(seat);
    }
  }
  alliance::SeatShareProblem& p = r.problem;
  const std::size_t n = r.partners.size();
  for (int party : r.partners) p.partners.push_back(r.input.parties[party].label);
  for (int seat : r.seats) p.seats.push_back(r.input.seats[seat].name);
  p.p_win.assign(r.seats.size(), std::vector<double>(n, 0.0));
  p.limits.assign(n, {});
  p.locked.assign(r.seats.size(), -1);
  p.left.assign(r.seats.size(), false);
  for (const auto& [name, min] : req.min_seats) {
    JANADHAR_ASSIGN_OR_RETURN(int k, names.Partner(name, "min"));
    p.limits[k].min = min;
  }
  for (const auto& [name, max] : req.max_seats) {
    JANADHAR_ASSIGN_OR_RETURN(int k, names.Partner(name, "max"));
    p.limits[k].max = max;
  }
  for (const auto& [seat_text, partner] : req.locked) {
    JANADHAR_ASSIGN_OR_RETURN(int s, names.ProblemSeat(seat_text, "lock"));
    JANADHAR_ASSIGN_OR_RETURN(int k, names.Partner(partner, "lock"));
    if (p.locked[s] >= 0 && p.locked[s] != k) {
      return Status::InvalidArgument("lock: " + p.seats[s] + " is locked to both " +
                                     p.partners[p.locked[s]] + " and " + p.partners[k]);
    }
    p.locked[s] = k;
  }
  // The file's `fielded` seats are locks, where no --lock is given.
  for (const auto& [seat, party] : fielded) {
    auto at = std::find(r.seats.begin(), r.seats.end(), seat);
    auto k = std::find(r.partners.begin(), r.partners.end(), party);
    if (at == r.seats.end() || k == r.partners.end()) continue;
    int& lock = p.locked[at - r.seats.begin()];
    if (lock < 0) lock = static_cast<int>(k - r.partners.begin());
  }
  for (const std::string& seat_text : req.left) {
    JANADHAR_ASSIGN_OR_RETURN(int s, names.ProblemSeat(seat_text, "leave"));
    p.left[s] = true;
  }
  alliance::BaseElection& b = r.base;
  b.base_share.assign(r.seats.size(), std::vector<double>(n, 0.0));
  b.sitting.assign(r.seats.size(), -1);
  for (std::size_t i = 0; i < r.seats.size(); ++i) {
    const auto& candidates = r.input.seats[r.seats[i]].candidates;
    for (std::size_t k = 0; k < n; ++k) {
      for (std::size_t c = 0; c < candidates.size(); ++c) {
        if (candidates[c].party != r.partners[k]) continue;
        b.base_share[i][k] = candidates[c].share;  // most votes first: the strongest
        if (c == 0 && candidates[c].votes > 0) b.sitting[i] = static_cast<int>(k);
        break;
      }
    }
  }
  p.preference = b.base_share;  // ties go to the partner that polled best
  JANADHAR_RETURN_IF_ERROR(alliance::ValidateProblem(p));
  JANADHAR_ASSIGN_OR_RETURN(auto conflicts, alliance::FindConflicts(p));
  if (!conflicts.empty()) {
    return Status::FailedPrecondition(alliance::DescribeConflicts(conflicts));
  }
  return Status::Ok();
}

}  // namespace

Result<SeatShareReport> RunSeatShare(store::Store& store, const SeatShareRequest& req) {
  SeatShareReport r;
  r.scenario_file = req.scenario_file;
  importers::ScenarioSpec spec;
  if (!req.scenario_file.empty()) {
    importers::ProblemList problems;
    JANADHAR_ASSIGN_OR_RETURN(
        spec, ReadScenario(req.scenario_file, req.scenario_text, &problems));
    r.problems = problems.items();
    if (problems.HasErrors()) return r;
  }
  if (CollapseSpaces(req.state).empty()) {
    return Status::InvalidArgument(
        "which state are the seats in? name the state (an ECI code such as S24, or a "
        "name such as \"Uttar Pradesh\")");
  }
  JANADHAR_ASSIGN_OR_RETURN(
      std::string base,
      GivenOrOnlyElection(store, req.election.empty() ? spec.base_election : req.election,
                          "which election are the seats shared on? name the election (or "
                          "write base = \"ls2014\" in the scenario file)"));
  JANADHAR_ASSIGN_OR_RETURN(auto data, LoadElectionData(store, base));
  r.data = std::make_unique<analysis::ElectionData>(std::move(data));
  forecast::InputOptions options;
  options.top_k = 0;  // every candidate: a small partner's share counts
  JANADHAR_ASSIGN_OR_RETURN(r.input, forecast::BuildInput(*r.data, options));
  if (!req.scenario_file.empty()) {
    ResolveScenario(store, spec, req.scenario_file, *r.data, r.input, &r.scenario,
                    &r.problems);
    if (HasErrors(r.problems)) return r;
  }
  if (req.simulations > 0) r.scenario.simulations = req.simulations;
  if (req.seed >= 0) r.scenario.seed = static_cast<uint64_t>(req.seed);
  if (req.threads >= 0) r.scenario.threads = req.threads;
  JANADHAR_ASSIGN_OR_RETURN(r.state, ResolveStateIn(*r.data, req.state));
  Names names(store, r);
  std::map<int, int> fielded;
  JANADHAR_RETURN_IF_ERROR(ResolvePartners(req, names, r, &fielded));
  JANADHAR_RETURN_IF_ERROR(BuildProblem(req, names, r, fielded));

  const auto start = std::chrono::steady_clock::now();
  forecast::PartnerWinsRequest wr;
  wr.seats = r.seats;
  wr.partners = r.partners;
  wr.transfer = r.transfer;
  wr.alliance_swing = r.alliance_swing;
  JANADHAR_ASSIGN_OR_RETURN(r.wins,
                            forecast::SimulatePartnerWins(r.input, r.scenario, wr));
  r.problem.p_win = r.wins.p_win;
  alliance::OptimiseOptions oo;
  oo.concession_prices = req.concession_prices;
  JANADHAR_ASSIGN_OR_RETURN(r.optimum, alliance::Optimise(r.problem, oo));
  JANADHAR_ASSIGN_OR_RETURN(r.polled_best,
                            alliance::AllocateWherePolledBest(r.problem, r.base));
  JANADHAR_ASSIGN_OR_RETURN(r.sitting_keeps,
                            alliance::AllocateSittingKeeps(r.problem, r.base));
  r.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.ran = true;
  return r;
}

}  // namespace janadhar::service
