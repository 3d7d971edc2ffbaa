// Booth-wise imports: Form-20 directories and long-layout booth files.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include "base/text.h"
#include "importers/booths_long_file.h"
#include "importers/file_source.h"
#include "importers/form20_file.h"
#include "importers/form20_link.h"
#include "service/import_common.h"
#include "service/import_service.h"

namespace janadhar::service {

using importers::ProblemList;
using importers::Severity;
using internal::Decide;

namespace {

// The election and its delimitation, which booth imports link against.
struct LinkContext {
  results::Election election;
  geo::Delimitation delimitation;
};

Result<LinkContext> LoadLinkContext(store::Store& store, const std::string& election) {
  if (election.empty()) {
    return Status::InvalidArgument(
        "an election name is needed: --election NAME (e.g. ls2014)");
  }
  auto e = store.GetElection(election);
  if (!e.ok()) {
    if (e.status().code() != StatusCode::kNotFound) return e.status();
    return Status::FailedPrecondition(
        "election '" + election +
        "' is not in the store; import its constituency results first: janadhar "
        "import results FILE --election " +
        election);
  }
  auto d = store.LoadDelimitation(e->delimitation);
  if (!d.ok()) {
    if (d.status().code() != StatusCode::kNotFound) return d.status();
    return Status::FailedPrecondition(
        "delimitation " + e->delimitation + " (of election " + election +
        ") is not in the store; import it first: janadhar import delimitation FILE");
  }
  return LinkContext{e.value(), std::move(d).value()};
}

struct ParsedFile {
  results::SegmentBooths segment;
  ProblemList problems;
};

// Reads and parses the files on all cores; results in file order.
std::vector<ParsedFile> ParseAll(const std::vector<std::string>& files,
                                 const std::string& state, const Progress& progress) {
  std::vector<ParsedFile> out(files.size());
  std::atomic<std::size_t> next{0};
  std::atomic<int> done{0};
  std::mutex progress_mu;
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      const std::string base = importers::BaseName(files[i]);
      ParsedFile& pf = out[i];
      auto data = importers::ReadWholeFile(files[i]);
      if (!data.ok()) {
        pf.problems.Add(base, 0, 0, data.status().message(), Severity::kFatal);
      } else {
        const int ac = importers::AcNumberFromFileName(base);
        if (ac <= 0) {
          pf.problems.Add(base, 0, 0,
                          "cannot tell the assembly constituency from the file name "
                          "(name each file by its AC number, e.g. 12.csv)",
                          Severity::kFatal);
        } else {
          pf.segment =
              importers::ParseForm20File(base, data.value(), state, ac, &pf.problems);
        }
      }
      const int d = ++done;
      if (progress) {
        std::lock_guard<std::mutex> lock(progress_mu);
        progress(d, static_cast<int>(files.size()), base);
      }
    }
  };
  const unsigned n =
      std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(),
                                      static_cast<unsigned>(files.size())));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < n; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  return out;
}

void FillLinkCounts(const importers::LinkSummary& link, ImportReport* report) {
  report->candidate_columns = link.columns;
  report->linked = link.linked;
  report->unlinked = link.unlinked;
}

// Counts what was read, then writes it in one transaction if the problems
// allow (report->election and report->state name where).
Status CountAndCommit(store::Store& store,
                      const std::vector<results::SegmentBooths>& segments,
                      const ProblemList& problems, bool allow_bad_rows,
                      ImportReport* report) {
  report->segments = static_cast<int>(segments.size());
  for (const auto& s : segments) report->booths += static_cast<int>(s.booths.size());
  if (!Decide(problems, allow_bad_rows, report)) return Status::Ok();
  JANADHAR_RETURN_IF_ERROR(store.ReplaceBoothResults(
      report->election, report->state, segments, internal::RecordOf(*report)));
  report->committed = true;
  report->outcome = "imported " + std::to_string(report->booths) +
                    " polling stations of " + std::to_string(report->segments) +
                    " assembly segments into " + report->election;
  return Status::Ok();
}

}  // namespace

Result<ImportReport> ImportForm20(store::Store& store, const std::string& dir,
                                  const ImportOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  JANADHAR_ASSIGN_OR_RETURN(std::string state, ResolveStateCode(options.state));
  JANADHAR_ASSIGN_OR_RETURN(LinkContext ctx, LoadLinkContext(store, options.election));
  JANADHAR_ASSIGN_OR_RETURN(std::vector<std::string> files,
                            importers::ListDataFiles(dir));
  ImportReport report;
  report.kind = "form20";
  report.source = dir;
  report.election = ctx.election.name;
  report.state = state;
  report.files = static_cast<int>(files.size());

  std::vector<ParsedFile> parsed = ParseAll(files, state, options.progress);
  ProblemList problems;
  std::vector<results::SegmentBooths> segments;
  segments.reserve(parsed.size());
  std::map<int, std::string> file_of_ac;
  for (auto& pf : parsed) {
    problems.Append(pf.problems.items());
    if (pf.segment.ac <= 0) continue;
    auto [it, fresh] = file_of_ac.emplace(pf.segment.ac, pf.segment.file);
    if (!fresh) {
      problems.Add(pf.segment.file, 0, 0,
                   "assembly constituency " + std::to_string(pf.segment.ac) +
                       " is also in " + it->second + "; keep one file per AC",
                   Severity::kFatal);
      continue;
    }
    segments.push_back(std::move(pf.segment));
  }
  JANADHAR_ASSIGN_OR_RETURN(auto seats, store.LoadSeatResults(ctx.election.name, state));
  if (seats.empty()) {
    return Status::FailedPrecondition(
        "election " + ctx.election.name + " has no constituency results for " + state +
        "; import them first: janadhar import results FILE --election " +
        ctx.election.name);
  }
  FillLinkCounts(
      importers::LinkBoothColumns(&segments, ctx.delimitation, seats, {}, &problems),
      &report);
  JANADHAR_RETURN_IF_ERROR(
      CountAndCommit(store, segments, problems, options.allow_bad_rows, &report));
  report.seconds = internal::SecondsSince(start);
  return report;
}

Result<ImportReport> ImportBoothsLong(store::Store& store, const std::string& file,
                                      const ImportOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  JANADHAR_ASSIGN_OR_RETURN(std::string state, ResolveStateCode(options.state));
  JANADHAR_ASSIGN_OR_RETURN(LinkContext ctx, LoadLinkContext(store, options.election));
  JANADHAR_ASSIGN_OR_RETURN(std::string data, importers::ReadWholeFile(file));
  ImportReport report;
  report.kind = "booths";
  report.source = file;
  report.election = ctx.election.name;
  report.state = state;
  report.files = 1;
  ProblemList problems;
  JANADHAR_ASSIGN_OR_RETURN(auto map, internal::LoadMap(options.map_file, &problems));
  importers::BoothsLongData parsed;
  const std::string base = importers::BaseName(file);
  JANADHAR_ASSIGN_OR_RETURN(results::PartyDirectory parties, store.LoadParties());
  if (!problems.HasFatal()) {
    importers::BoothsLongOptions bo;
    bo.map = map ? &*map : nullptr;
    // "BJP" and "Bharatiya Janata Party" are one party: one column per candidate.
    bo.party_key = [&parties](std::string_view name) {
      const results::Party* p = parties.Resolve(name);
      return p != nullptr ? "#" + std::to_string(p->id) : NameKey(name);
    };
    parsed = importers::ParseBoothsLongFile(base, data, state, bo, &problems);
  }
  // The file's own PC numbers must agree with the delimitation.
  for (std::size_t i = 0; i < parsed.segments.size(); ++i) {
    const auto& seg = parsed.segments[i];
    const geo::Ac* ac = ctx.delimitation.FindAc(state, seg.ac);
    if (ac == nullptr) {
      problems.Add(base, 0, 0,
                   "assembly constituency " + std::to_string(seg.ac) + " is not in " +
                       state + " under delimitation " + ctx.delimitation.name,
                   Severity::kError);
    } else if (i < parsed.pc_of_segment.size() && parsed.pc_of_segment[i] != 0 &&
               parsed.pc_of_segment[i] != ac->pc) {
      problems.Add(base, 0, 0,
                   "the file puts AC " + std::to_string(seg.ac) + " in PC " +
                       std::to_string(parsed.pc_of_segment[i]) +
                       ", the delimitation in PC " + std::to_string(ac->pc),
                   Severity::kWarning);
    }
    for (const auto& c : seg.columns) {
      if (c.is_nota) continue;
      ++report.candidate_columns;
      if (!c.party.empty()) ++report.linked;
    }
  }
  JANADHAR_RETURN_IF_ERROR(
      CountAndCommit(store, parsed.segments, problems, options.allow_bad_rows, &report));
  report.seconds = internal::SecondsSince(start);
  return report;
}

}  // namespace janadhar::service
