// Reading input files whole: plain, or gzip-compressed (by the ".gz" ending or
// the gzip magic bytes), so shipped data can stay compressed.
// Thread-safe (no shared state).
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace janadhar::importers {

// The bytes of the file at `path`, decompressed if gzip. IoError when the file
// cannot be opened or read, DataError when a .gz file is corrupt or cut short.
Result<std::string> ReadWholeFile(const std::string& path);

// The data files in `dir` (ending .csv, .csv.gz, .txt or .txt.gz), sorted by
// the number their name starts with and then by name ("2.csv" before
// "10.csv"). NotFound when `dir` does not exist; InvalidArgument when it holds
// no such file.
Result<std::vector<std::string>> ListDataFiles(const std::string& dir);

// "data/ls2014/form20-up/12.csv.gz" → "12.csv.gz".
std::string BaseName(const std::string& path);

}  // namespace janadhar::importers
