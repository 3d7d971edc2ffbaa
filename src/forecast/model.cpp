#include "forecast/model.h"

#include <algorithm>
#include <map>

namespace janadhar::forecast {

int ForecastInput::FindState(const std::string& state) const {
  auto it = std::lower_bound(states.begin(), states.end(), state);
  if (it == states.end() || *it != state) return -1;
  return static_cast<int>(it - states.begin());
}

Result<ForecastInput> BuildInput(const analysis::ElectionData& data,
                                 const InputOptions& options) {
  if (options.top_k < 0) {
    return Status::InvalidArgument("top_k must be 0 (all candidates) or more, not " +
                                   std::to_string(options.top_k));
  }
  ForecastInput in;
  in.election = data.election.name;
  in.options = options;
  in.parties = data.parties;
  if (options.nota_as_candidate) {
    in.nota_party = static_cast<int>(in.parties.size());
    in.parties.push_back({"NOTA", "None of the Above", false});
  }
  const int parties = static_cast<int>(in.parties.size());
  for (const auto& seat : data.seats) in.states.push_back(seat.state);
  std::sort(in.states.begin(), in.states.end());
  in.states.erase(std::unique(in.states.begin(), in.states.end()), in.states.end());

  std::vector<int64_t> national_votes(parties, 0);
  std::vector<std::vector<int64_t>> state_votes(in.states.size(),
                                                std::vector<int64_t>(parties, 0));
  int64_t national_total = 0;
  std::vector<int64_t> state_total(in.states.size(), 0);
  bool any_votes = false;

  for (const auto& seat : data.seats) {
    InputSeat& out = in.seats.emplace_back();
    out.state = seat.state;
    out.state_index = in.FindState(seat.state);
    out.number = seat.number;
    out.name = seat.name;
    const analysis::SeatVotes votes = analysis::CountSeatVotes(seat);
    const int64_t denominator = votes.Denominator(options.share_basis);
    // Candidates that stand in the simulation, and every known count for the
    // national and state shares.
    for (const auto& c : seat.candidates) {
      if (c.votes < 0) continue;
      if (c.is_nota && !options.nota_as_candidate) continue;
      const int party = c.is_nota ? in.nota_party : c.party;
      if (party < 0) continue;
      national_votes[party] += c.votes;
      state_votes[out.state_index][party] += c.votes;
      if (denominator > 0) {
        out.candidates.push_back(
            {c.name, party, c.votes, static_cast<double>(c.votes) / denominator});
      }
    }
    national_total += denominator;
    state_total[out.state_index] += denominator;
    if (denominator > 0) any_votes = true;
    if (seat.uncontested && denominator == 0) {
      for (const auto& c : seat.candidates) {
        if (!c.is_nota && c.party >= 0) {
          out.candidates.push_back({c.name, c.party, 0, 1.0});
          any_votes = true;
          break;
        }
      }
    }
    std::stable_sort(out.candidates.begin(), out.candidates.end(),
                     [](const InputCandidate& a, const InputCandidate& b) {
                       return a.votes > b.votes;
                     });
    if (options.top_k > 0 && static_cast<int>(out.candidates.size()) > options.top_k) {
      out.candidates.resize(options.top_k);
    }
  }
  if (!any_votes) {
    return Status::FailedPrecondition("election '" + data.election.name +
                                      "' has no seat with known votes to forecast from");
  }
  in.national_share.assign(parties, 0.0);
  in.state_share.assign(in.states.size(), std::vector<double>(parties, 0.0));
  for (int p = 0; p < parties; ++p) {
    if (national_total > 0) {
      in.national_share[p] = static_cast<double>(national_votes[p]) / national_total;
    }
    for (std::size_t s = 0; s < in.states.size(); ++s) {
      if (state_total[s] > 0) {
        in.state_share[s][p] = static_cast<double>(state_votes[s][p]) / state_total[s];
      }
    }
  }
  return in;
}

}  // namespace janadhar::forecast
