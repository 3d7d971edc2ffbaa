// For forecast tests and timing only: the shipped 2014 Lok Sabha results
// (data/ls2014/candidates.csv) imported into a temporary store under `dir`
// and loaded as analysis::ElectionData. Links janadhar_service.
#pragma once

#include <filesystem>
#include <string>

#include "analysis/data.h"
#include "base/status.h"
#include "service/analysis_load.h"
#include "service/import_service.h"
#include "store/store.h"

namespace janadhar::forecast::testing {

inline Result<analysis::ElectionData> LoadLs2014(const std::string& source_dir,
                                                 const std::filesystem::path& dir) {
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  Result<analysis::ElectionData> out = Status::Internal("not loaded");
  {
    JANADHAR_ASSIGN_OR_RETURN(auto store, store::OpenStore((dir / "ls2014.db").string()));
    service::ImportOptions options;
    options.election = "ls2014";
    JANADHAR_ASSIGN_OR_RETURN(
        auto report, service::ImportResults(
                         *store, source_dir + "/data/ls2014/candidates.csv", options));
    if (!report.committed) return Status::DataError(report.outcome);
    out = service::LoadElectionData(*store, "ls2014");
  }
  std::filesystem::remove_all(dir);
  return out;
}

}  // namespace janadhar::forecast::testing
