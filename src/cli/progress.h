// A progress line on stderr for long work, shown only when stderr is a
// terminal (scripts and logs get nothing). Main thread; the callback it
// returns may be called from worker threads but not concurrently.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "service/import_service.h"

namespace janadhar::cli {

// A Progress callback drawing "label [#####     ] done/total what", or an
// empty callback when stderr is not a terminal.
service::Progress TerminalProgress(const std::string& label);
// Clears the progress line (call when the work is done).
void EndProgress();
// A progress callback for simulations (done and total as counts of
// simulations), drawn by TerminalProgress("simulations"); empty with --json
// or when stderr is not a terminal.
std::function<void(int64_t done, int64_t total)> SimulationProgress(bool json);

}  // namespace janadhar::cli
