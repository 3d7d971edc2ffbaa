// Reading input files whole: plain, or gzip-compressed (by the ".gz" ending or
// the gzip magic bytes), so shipped data can stay compressed.
// Thread-safe (no shared state).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/status.h"

namespace janadhar::importers {

// The largest file (after decompression) ReadWholeFile accepts: electoral
// files are at most tens of megabytes, so more means a wrong file or a
// decompression bomb.
inline constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;

// The bytes of the file at `path`, decompressed if gzip (multi-member gzip is
// read whole). NotFound when nothing exists at `path`; IoError when it is a
// folder or cannot be opened or read; DataError when a gzip file is corrupt,
// cut short, followed by other bytes, or larger than kMaxFileBytes.
Result<std::string> ReadWholeFile(const std::string& path);

// The paths (`dir` joined with the name) of the data files in `dir`: regular
// files ending .csv, .csv.gz, .txt or .txt.gz (any case). Files whose name
// starts with a number come first, by that number ("2.csv" before "10.csv"),
// then by name; the others follow by name. NotFound when `dir` does not exist;
// InvalidArgument when it is not a folder or holds no such file.
Result<std::vector<std::string>> ListDataFiles(const std::string& dir);

// "data/ls2014/form20-up/12.csv.gz" → "12.csv.gz".
std::string BaseName(const std::string& path);

}  // namespace janadhar::importers
