#include "service/demo.h"

#include <cstdlib>
#include <filesystem>

namespace janadhar::service {

namespace fs = std::filesystem;

std::string FindDataDir(const std::string& executable, const std::string& fallback) {
  if (const char* env = std::getenv("JANADHAR_DATA"); env != nullptr && *env != '\0') {
    return env;
  }
  std::error_code ec;
  const fs::path exe = fs::weakly_canonical(fs::path(executable), ec);
  if (!ec) {
    for (const fs::path& p :
         {exe.parent_path().parent_path() / "data", exe.parent_path() / "data"}) {
      if (fs::is_directory(p / "ls2014", ec)) return p.string();
    }
  }
  if (!fallback.empty() && fs::is_directory(fs::path(fallback) / "ls2014", ec)) {
    return fallback;
  }
  return "data";
}

Result<DemoReport> RunDemo(store::Store& store, const DemoOptions& options) {
  const fs::path data(options.data_dir);
  struct Step {
    const char* what;
    fs::path path;
    Result<ImportReport> (*run)(store::Store&, const std::string&, const ImportOptions&);
    ImportOptions opts;
  };
  ImportOptions base;
  base.election = "ls2014";
  ImportOptions delim = base;
  delim.delimitation = "2008";
  ImportOptions electors = base;
  electors.roll = "2014";
  ImportOptions up = base;
  up.state = "S24";
  up.progress = options.progress;
  ImportOptions gujarat = base;
  gujarat.state = "S06";
  // The Kachchh file lists some booths twice (auxiliary polling stations that
  // share a number): the demo imports them marked, and the report shows them.
  gujarat.allow_bad_rows = true;
  const std::vector<Step> steps = {
      {"delimitation 2008", data / "reference" / "ac-pc-2008.csv", &ImportDelimitation,
       delim},
      {"electors 2014", data / "reference" / "ac-electors-2014.csv", &ImportElectors,
       electors},
      {"Lok Sabha 2014 results", data / "ls2014" / "candidates.csv", &ImportResults,
       base},
      {"Lok Sabha 2014 turnout", data / "ls2014" / "pc-turnout.csv", &ImportTurnout,
       base},
      {"Form-20 of Uttar Pradesh", data / "ls2014" / "form20-up", &ImportForm20, up},
      {"Kachchh booth results", data / "ls2014" / "booths-long-gujarat-pc1.csv.gz",
       &ImportBoothsLong, gujarat},
  };
  DemoReport report;
  for (const auto& step : steps) {
    std::error_code ec;
    if (!fs::exists(step.path, ec)) {
      return Status::NotFound("the demo data is missing: " + step.path.string() +
                              " (give the data folder with --data)");
    }
    JANADHAR_ASSIGN_OR_RETURN(ImportReport r,
                              step.run(store, step.path.string(), step.opts));
    if (!r.committed) {
      return Status::DataError(std::string(step.what) + ": " + r.outcome);
    }
    report.imports.push_back(std::move(r));
  }
  JANADHAR_ASSIGN_OR_RETURN(auto seats, store.LoadSeatResults("ls2014", ""));
  report.tally = results::TallyByParty(seats);
  JANADHAR_ASSIGN_OR_RETURN(report.summary, store.Summarise());

  // The organisation of Uttar Pradesh: its tree, a synthetic organisation on
  // it, and the coverage.
  if (!options.organisation) return report;
  report.organisation = true;
  OrgBootstrapRequest bootstrap;
  bootstrap.state = "S24";
  bootstrap.election = "ls2014";
  bootstrap.districts_file = (data / "reference" / "up-ac-districts.csv").string();
  JANADHAR_ASSIGN_OR_RETURN(report.org, BootstrapOrg(store, bootstrap));
  if (!report.org.stored) {
    return Status::DataError("the districts file " + bootstrap.districts_file +
                             " has errors");
  }
  JANADHAR_ASSIGN_OR_RETURN(report.synthetic_people, store.CountPeople(true));
  if (report.synthetic_people == 0) {
    if (options.before_synth) options.before_synth();
    OrgSynthRequest synth;
    synth.state = "S24";
    synth.seed = 1;
    synth.actor.user = "demo";
    JANADHAR_ASSIGN_OR_RETURN(report.synth, SynthesiseOrg(store, synth));
    report.synthetic_people = report.synth->people;
  }
  OrgCoverageRequest coverage;
  coverage.state = "S24";
  JANADHAR_ASSIGN_OR_RETURN(report.coverage, OrgCoverage(store, coverage));
  return report;
}

}  // namespace janadhar::service
