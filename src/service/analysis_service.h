// Analysis use cases behind `janadhar analyse …`: each loads what it needs
// from the store, resolves the user's names (suggesting the closest valid
// ones when a name is not found) and runs the engines of src/analysis/.
//
// A report owns the election data its results point into: keep it whole
// (it may be moved, not copied). Warnings say what was left out and why.
// Errors: as service/analysis_load.h. Thread-safety: one call at a time per
// Store.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analysis/booths.h"
#include "analysis/data.h"
#include "analysis/iou.h"
#include "analysis/parties.h"
#include "analysis/seats.h"
#include "analysis/swing.h"
#include "analysis/targets.h"
#include "service/analysis_load.h"
#include "store/store.h"

namespace janadhar::service {

struct SeatsRequest {
  std::string election, state, party;
  analysis::ShareBasis basis = analysis::ShareBasis::kExcludingNota;
};
struct SeatsReport {
  std::unique_ptr<analysis::ElectionData> data;
  std::string state;  // resolved ECI code, "" for all
  int party = analysis::kNoParty;
  analysis::ShareBasis basis{};
  std::vector<analysis::SeatSummary> seats;
  std::vector<std::string> warnings;
};
Result<SeatsReport> AnalyseSeats(store::Store& store, const SeatsRequest& request);

struct PartiesRequest {
  std::string election, state;
  analysis::ShareBasis basis = analysis::ShareBasis::kExcludingNota;
};
struct PartiesReport {
  std::unique_ptr<analysis::ElectionData> data;
  std::string state;
  analysis::ShareBasis basis{};
  analysis::PartySummaries summary;
  std::vector<std::string> warnings;
};
Result<PartiesReport> AnalyseParties(store::Store& store, const PartiesRequest& request);

struct BoothsRequest {
  std::string election, party, state;
  std::string ac, pc;  // number or name; at most one, each needs `state`
  analysis::GradeThresholds thresholds;
};
struct BoothsReport {
  std::unique_ptr<analysis::ElectionData> data;
  std::string state;
  std::string scope;  // "Uttar Pradesh", "PC 80 Mathura", "AC 173 Lucknow East"
  int party = analysis::kNoParty;
  int pc = 0;  // when the scope is a PC
  analysis::GradeThresholds thresholds;
  BoothSet booths;
  analysis::GradeSummary grades;
  std::vector<std::string> warnings;
};
Result<BoothsReport> AnalyseBooths(store::Store& store, const BoothsRequest& request);

struct TargetsRequest {
  std::string election, party, state;
  analysis::TargetOptions options;  // its `state` is set from `state`
};
struct TargetsReport {
  std::unique_ptr<analysis::ElectionData> data;
  std::string state;
  int party = analysis::kNoParty;
  std::map<std::string, BoothSet> booths;   // by state, where there are targets
  analysis::TargetOptions options;          // as applied
  std::vector<analysis::Segment> segments;  // of every set; targets index these
  std::vector<analysis::TargetSeat> targets;
  std::vector<std::string> warnings;
};
Result<TargetsReport> AnalyseTargets(store::Store& store, const TargetsRequest& request);

struct SwingRequest {
  std::string from, to, state;
  std::vector<std::string> parties;
  analysis::ShareBasis basis = analysis::ShareBasis::kExcludingNota;
};
struct SwingReport {
  std::unique_ptr<analysis::ElectionData> from, to;
  std::string state;
  analysis::SwingResult swing;
  std::vector<std::string> warnings;
};
Result<SwingReport> AnalyseSwing(store::Store& store, const SwingRequest& request);

struct IouRequest {
  std::string election, state;
  std::vector<std::string> ruling;  // a party, or the parties of an alliance
};
struct IouReport {
  std::unique_ptr<analysis::ElectionData> data;
  std::string state;
  std::vector<int> ruling;
  analysis::IouResult iou;
  std::vector<std::string> warnings;
};
Result<IouReport> AnalyseIou(store::Store& store, const IouRequest& request);

}  // namespace janadhar::service
