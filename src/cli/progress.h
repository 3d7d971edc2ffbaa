// A progress line on stderr for long work, shown only when stderr is a
// terminal (scripts and logs get nothing). Main thread; the callback it
// returns may be called from worker threads but not concurrently.
#pragma once

#include <string>

#include "service/import_service.h"

namespace janadhar::cli {

// A Progress callback drawing "label [#####     ] done/total what", or an
// empty callback when stderr is not a terminal.
service::Progress TerminalProgress(const std::string& label);
// Clears the progress line (call when the work is done).
void EndProgress();

}  // namespace janadhar::cli
