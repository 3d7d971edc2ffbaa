#include "base/exit_code.h"

namespace janadhar {

ExitCode ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk: return ExitCode::kOk;
    case StatusCode::kInvalidArgument: return ExitCode::kUsage;
    case StatusCode::kNotFound: return ExitCode::kNotFound;
    case StatusCode::kAlreadyExists: return ExitCode::kUsage;
    case StatusCode::kFailedPrecondition: return ExitCode::kPrecondition;
    case StatusCode::kDataError: return ExitCode::kDataError;
    case StatusCode::kIoError: return ExitCode::kIoError;
    case StatusCode::kPermissionDenied: return ExitCode::kPermissionDenied;
    case StatusCode::kInternal: return ExitCode::kInternal;
  }
  return ExitCode::kInternal;
}

}  // namespace janadhar
