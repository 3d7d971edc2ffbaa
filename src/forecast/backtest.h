// A backtest: how good the forecast's projection of a past election would
// have been. Election E2 (the target) is projected from an earlier election
// E1 (the base) with E2's actual state-level vote shares as the scenario (a
// perfect statewide poll), and the projection is scored against E2's actual
// winners (../shared/DESIGN.md, "Forecast model"). This is the pure part: it
// knows neither the store nor the files; service/backtest_service.h runs it.
//
// 1. Seats are matched by state (ECI code), constituency number and name
//    (compared by NameKey, base/text.h), in three passes, each over the seats
//    no earlier pass matched:
//    a. same state, same number, same name: kSame;
//    b. same state, same name, another number: kRenumbered (several seats of
//       one name in a state pair up in number order);
//    c. same state, same number, names close by ClosestNames (an edit
//       distance of at most a third of the longer key, or one name a good
//       part of the other: "Jalore"/"Jalor", "Mavelikkara"/"Mavelikara",
//       "Bangalore North"/"Bengaluru North"): kRespelled.
//    Anything else is not matched: a number with a very different name
//    ("Gulbarga"/"Kalaburagi"), a name both respelled and renumbered, a seat
//    in another state (a state split or renamed). Only matched seats are
//    projected and scored; the rest are listed.
// 2. Parties are one across the elections when their directory name (or,
//    failing that, label) has the same NameKey: both elections' parties are
//    resolved through the same party directory, so "INC" is one party.
// 3. The swing of (state, party) is the party's share in the target minus
//    its share in the base, both over the matched seats of the state (the
//    whole state when every seat matched), on the input's share basis. It is
//    given for every party with a candidate in the base input in that state
//    (a party that did not stand in the target swings by minus its base
//    share). A party standing in the target in a state where it had no
//    candidate in the base input cannot be projected there: it is listed
//    with its target share.
// 4. Scoring. A contender is an alliance (its members together) or a party in
//    no alliance. Per seat, the favourite is the contender with the highest
//    projected win probability (on equal probabilities the one the engine
//    lists first: most wins, then its own order); the seat is called right
//    when the favourite is the actual winner's contender. The Brier score of
//    a seat is the multi-category one: the sum over contenders (and "no
//    winner") of (p - 1[actual winner])^2, the actual winner's contender
//    counted with p = 0 when the projection never had it. It is 0 for a
//    certain right call, 2 for a certain wrong one, 1 - 1/k for an even
//    guess among k contenders one of which won; the score is the mean over
//    the scored seats. The naive projection "the base winner's party wins
//    again" puts p = 1 on that party's contender, so its Brier score is 2
//    times the share of seats it gets wrong.
//
// Plain values and pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "analysis/data.h"
#include "base/status.h"
#include "forecast/engine.h"
#include "forecast/model.h"
#include "forecast/scenario.h"

namespace janadhar::forecast {

// A constituency as matching sees it.
struct SeatId {
  std::string state;  // ECI code
  int number = 0;
  std::string name;
};

enum class SeatMatchKind { kSame, kRenumbered, kRespelled };
const char* SeatMatchKindName(SeatMatchKind kind);  // "same", "renumbered", "respelled"

struct SeatMatch {
  int base = 0;    // index into the base seats
  int target = 0;  // index into the target seats
  SeatMatchKind kind = SeatMatchKind::kSame;
};

struct SeatMatching {
  std::vector<SeatMatch> matched;  // in base order
  std::vector<int> base_only;      // base seats not matched, ascending
  std::vector<int> target_only;    // target seats not matched, ascending
};

SeatMatching MatchSeats(const std::vector<SeatId>& base,
                        const std::vector<SeatId>& target);

// The seats of an election as SeatIds, in its order.
std::vector<SeatId> SeatIds(const analysis::ElectionData& data);

// [party of `from`] → the same party's index in `to`, or kNoParty (point 2).
std::vector<int> MapParties(const analysis::ElectionData& from,
                            const analysis::ElectionData& to);

// A party standing in the target where the base had no candidate of it.
struct UnprojectedParty {
  std::string state;        // ECI code
  int target_party = 0;     // index into the target's parties
  double target_share = 0;  // its share in the target there (0..1)
};

struct StateSwings {
  // (state, base party) → target share - base share, as Scenario::state_swing.
  std::map<std::pair<std::string, int>, double> swing;
  std::vector<UnprojectedParty> unprojected;  // by state, then largest share first
};

// Point 3: `base` and `target` built from the matched seats of each election;
// `target_to_base` from MapParties(target, base).
StateSwings ComputeStateSwings(const ForecastInput& base, const ForecastInput& target,
                               const std::vector<int>& target_to_base);

// What happened in a seat of the target.
struct ActualSeat {
  bool has_winner = false;         // false when no candidate's votes are known
  int party = analysis::kNoParty;  // the winner's party in the base; kNoParty: new
  std::string label;               // the winner's party as the target labels it
  std::string candidate;
  // Winner minus runner-up in points of the seat's votes (the input's basis);
  // NaN when unknown (an uncontested seat, missing votes).
  double margin_pp = std::numeric_limits<double>::quiet_NaN();
};

ActualSeat ActualOf(const analysis::ElectionData& target, const analysis::Seat& seat,
                    const std::vector<int>& target_to_base, analysis::ShareBasis basis);

struct BacktestOptions {
  // Candidates per seat in the projection: all by default, so that a party
  // that was small in the base still moves with its state share.
  InputOptions input = {0, analysis::ShareBasis::kExcludingNota, false};
};

// Everything the engine needs, from the two elections.
struct BacktestSetup {
  SeatMatching matching;
  std::vector<int> target_to_base;  // MapParties(target, base)
  ForecastInput input;              // the base's matched seats, in matching order
  ForecastInput target_input;       // the target's matched seats, in the same order
  StateSwings swings;
  std::vector<ActualSeat> actual;  // [input seat]
};

// FailedPrecondition when no seat matches (or none has votes); the errors of
// BuildInput otherwise.
Result<BacktestSetup> PrepareBacktest(const analysis::ElectionData& base,
                                      const analysis::ElectionData& target,
                                      const BacktestOptions& options = {});

// A party (alliance < 0) or an alliance; party kNoParty and alliance < 0 is
// "no winner", or a party the base did not have (named by `label`).
struct Contender {
  int party = analysis::kNoParty;
  int alliance = -1;
  std::string label;  // the alliance's name or the party's label; "" for none
  bool operator==(const Contender& o) const;
};

struct SeatScore {
  int seat = 0;  // index into the input's seats
  Contender favourite;
  double probability = 0;  // the favourite's win probability
  Contender actual;
  bool called_right = false;
  double brier = 0;
  Contender naive;  // the base winner's contender
  bool naive_right = false;
};

struct SeatTotal {
  int party = analysis::kNoParty;  // base party; kNoParty for a new party
  int alliance = -1;               // for alliance totals
  std::string label, name;
  double mean = 0;  // projected
  int p05 = 0, p95 = 0;
  int actual = 0;
};

struct BacktestScore {
  int seats = 0;     // scored: matched seats with an actual winner
  int unscored = 0;  // matched seats without one
  int called_right = 0, naive_called_right = 0;
  double brier = 0, naive_brier = 0;   // means over the scored seats
  std::vector<SeatScore> seat_scores;  // the scored seats, in input order
  // Parties with a projected (mean > 0) or an actual seat: most actual seats
  // first, then most projected; every alliance, in scenario order.
  std::vector<SeatTotal> parties, alliances;

  double ShareCalledRight() const;  // 0 when nothing was scored
  double NaiveShareCalledRight() const;
};

// Point 4. `actual` is parallel to input.seats; `alliances` are the scenario's.
BacktestScore ScoreBacktest(const ForecastInput& input,
                            const std::vector<Alliance>& alliances,
                            const ForecastResult& result,
                            const std::vector<ActualSeat>& actual);

}  // namespace janadhar::forecast
