// The process exit codes of `janadhar`, one enum for every subcommand.
// Documented in docs/conventions.md; scripts rely on them, so values never change.
#pragma once

#include "base/status.h"

namespace janadhar {

enum class ExitCode : int {
  kOk = 0,
  kInternal = 1,      // a bug; please report it
  kUsage = 2,         // bad command line: unknown flag, bad value, missing argument
  kNotFound = 3,      // a named thing (election, party, state, file) does not exist
  kDataError = 4,     // an input file has errors; the store was not changed
  kPrecondition = 5,  // something else must be done first, or store is too new
  kIoError = 6,       // file system or store failure
  kPermissionDenied = 7,
};

// The exit code for a failed Status.
ExitCode ExitCodeFor(const Status& status);

}  // namespace janadhar
