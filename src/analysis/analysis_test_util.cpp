#include "analysis/analysis_test_util.h"

namespace janadhar::analysis::testing {

ElectionData MakeElection(const std::string& name, const std::vector<S>& seats,
                          const std::string& delimitation) {
  std::vector<results::Party> parties;
  int64_t id = 1;
  for (const auto& k : results::KnownParties()) {
    results::Party p;
    p.id = id++;
    p.abbreviation = std::string(k.abbreviation);
    p.name = std::string(k.name);
    p.is_independent = k.abbreviation == "IND";
    p.is_nota = k.abbreviation == "NOTA";
    parties.push_back(p);
  }
  const results::PartyDirectory directory(parties, {});
  std::vector<results::SeatResult> out;
  for (const S& s : seats) {
    results::SeatResult r;
    r.state = s.state;
    r.state_name = s.state == "S24" ? "Uttar Pradesh" : "Andhra Pradesh";
    r.number = s.number;
    r.name = s.name;
    for (const C& c : s.candidates) {
      results::CandidateResult cr;
      cr.name = c.name;
      cr.party = c.party.empty() ? "None of the Above" : c.party;
      cr.votes = c.votes;
      cr.is_nota = c.party.empty();
      r.candidates.push_back(cr);
    }
    out.push_back(r);
  }
  results::Election e;
  e.name = name;
  e.year = 2014;
  e.delimitation = delimitation;
  return BuildElectionData(e, out, directory);
}

ElectionData SampleElection() {
  return MakeElection(
      "ls2014",
      {
          // valid 1000, NOTA 20: BJP wins by 200 (20.00 points; 19.61 with NOTA).
          {"S24",
           1,
           "Alpha",
           {{"A BJP", "BJP", 500},
            {"A INC", "Indian National congress", 300},
            {"A BSP", "BSP", 150},
            {"A IND", "Independent", 50},
            {"NOTA", "", 20}}},
          // valid 1000: BJP second, 50 behind INC (5 points; swing needed 2.5).
          {"S24",
           2,
           "Beta",
           {{"B INC", "INC", 450},
            {"B BJP", "BJP", 400},
            {"B SP", "Samajwadi Party", 100},
            {"B IND", "Independent", 50},
            {"NOTA", "", 0}}},
          // valid 1000: BJP third, 50 points behind.
          {"S01",
           1,
           "Gamma",
           {{"G TDP", "TDP", 600}, {"G BJP", "BJP", 100}, {"G INC", "INC", 300}}},
      });
}

}  // namespace janadhar::analysis::testing
