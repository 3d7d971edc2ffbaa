// The organisation part of `janadhar demo`: Uttar Pradesh's unit tree, its
// synthetic organisation and the coverage roll-up (text and JSON).
#include "cli/demo_org_output.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "report/sheet.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

int Level(const service::OrgBootstrapReport& r, org::UnitLevel level) {
  const auto i = static_cast<size_t>(level);
  return i < r.units.size() ? r.units[i] : 0;
}

// The districts (children of the state) by share covered, least first.
std::vector<const org::UnitCoverage*> DistrictsByShare(
    const service::OrgCoverageResult& c) {
  std::vector<const org::UnitCoverage*> out;
  for (const org::UnitCoverage& u : c.report.units) {
    if (c.tree.unit(u.unit).level == org::UnitLevel::kDistrict && u.share)
      out.push_back(&u);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto* a, const auto* b) { return *a->share < *b->share; });
  return out;
}

}  // namespace

void PrintDemoOrganisation(const service::DemoReport& r, std::ostream& out) {
  const service::OrgCoverageResult& c = r.coverage;
  const org::CoverageReport& rep = c.report;
  out << "\nThe organisation of Uttar Pradesh (janadhar org):\n"
      << "  unit tree from the Form-20 polling stations and " << r.org.districts_file
      << ": " << report::GroupDigits(Level(r.org, org::UnitLevel::kDistrict))
      << " districts, " << report::GroupDigits(Level(r.org, org::UnitLevel::kAssembly))
      << " ACs, " << report::GroupDigits(Level(r.org, org::UnitLevel::kShaktiKendra))
      << " shakti kendras, " << report::GroupDigits(Level(r.org, org::UnitLevel::kBooth))
      << " booths\n";
  if (r.synth) {
    out << "  a synthetic organisation stored on it (seed " << r.synth->seed
        << "): " << report::GroupDigits(r.synth->people) << " people, "
        << report::GroupDigits(r.synth->posts) << " posts, "
        << report::GroupDigits(r.synth->sessions) << " training sessions\n";
  } else {
    out << "  the synthetic organisation already in the store: "
        << report::GroupDigits(r.synthetic_people) << " people\n";
  }
  out << "  coverage: " << report::GroupDigits(rep.total.covered) << " of "
      << report::GroupDigits(rep.total.booths) << " booths covered ("
      << (rep.total.share ? report::Percent(*rep.total.share) : "–")
      << "); a booth is covered with " << org::DescribeRules(rep.rules) << "\n\n";

  report::Sheet t("The 10 districts with the least coverage",
                  {{"district"},
                   {"booths", Kind::kInteger},
                   {"covered", Kind::kInteger},
                   {"share", Kind::kPercent},
                   {"unit"}});
  const auto districts = DistrictsByShare(c);
  for (size_t i = 0; i < districts.size() && i < 10; ++i) {
    const org::Unit& u = c.tree.unit(districts[i]->unit);
    t.AddRow({Cell::Text(u.name), Cell::Int(districts[i]->booths),
              Cell::Int(districts[i]->covered), Cell::Number(*districts[i]->share),
              Cell::Text(u.code)});
  }
  report::PrintText(t, out);
  if (!rep.uncovered.empty()) {
    const org::UncoveredBooth& b = rep.uncovered.front();
    out << "\n  e.g. " << c.tree.PathName(b.unit) << ": " << rep.Lacks(b) << "\n";
  }
  out << "\nThe people are made up (`janadhar org wipe-synthetic` removes them); a party "
         "imports its own with `janadhar org people import roster.csv`.\n"
         "Next: janadhar org coverage --state UP\n"
         "      janadhar org coverage --unit S24/D:AGRA --depth 2 --xlsx agra.xlsx\n"
         "      janadhar org search \"Ram Kumar\" --unit S24/AC173\n"
         "      janadhar org training pending --unit S24/AC173 --limit 20\n";
}

nlohmann::json DemoOrganisationJson(const service::DemoReport& r) {
  const org::CoverageReport& rep = r.coverage.report;
  nlohmann::json districts = nlohmann::json::array();
  for (const auto* d : DistrictsByShare(r.coverage)) {
    const org::Unit& u = r.coverage.tree.unit(d->unit);
    districts.push_back({{"unit", u.code},
                         {"name", u.name},
                         {"booths", d->booths},
                         {"covered", d->covered},
                         {"share", *d->share}});
  }
  return {
      {"state", r.org.state},
      {"units", r.coverage.tree.size()},
      {"synthetic_people", r.synthetic_people},
      {"booths", rep.total.booths},
      {"covered", rep.total.covered},
      {"share", rep.total.share ? nlohmann::json(*rep.total.share) : nlohmann::json()},
      {"districts", std::move(districts)}};
}

}  // namespace janadhar::cli
