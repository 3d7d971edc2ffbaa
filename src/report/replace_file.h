// Writing an output file (a spreadsheet, a chart) so that a failure never
// leaves a half-written file: the content goes to a new temporary file beside
// the target, which is then renamed over it (an existing file stays as it was
// until the rename).
//
// Errors: IoError "cannot write 'PATH': <reason>" naming the target.
// Thread-safe (temporary names are unique per process and call).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace janadhar::report {

// Creates an empty new file beside `path` ("PATH.tmpPID-N") and sets *tmp to
// its name.
Status CreateTemporaryBeside(const std::string& path, std::string* tmp);

// Renames `tmp` over `path`; on failure removes `tmp`.
Status ReplaceWithTemporary(const std::string& tmp, const std::string& path);

// Writes `text` to `path` through a temporary file beside it.
Status WriteFileReplacing(const std::string& path, std::string_view text);

}  // namespace janadhar::report
