// Status and Result<T>: how every component API reports failure.
//
// A Status is either OK or carries a code and a human-readable message. The
// message is written for the end user (an analyst at a terminal, an office
// bearer in a browser): it says what went wrong and, where possible, what to do.
// Component APIs return Status or Result<T>; they do not throw across their
// boundary. Values are cheap to copy when OK (no allocation).
//
// Thread-safety: values; safe to copy and move across threads.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace janadhar {

// The kinds of failure. Each maps to one process exit code (see exit_code.h)
// and, later, one HTTP status.
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // a bad flag, option or value given by the user
  kNotFound,            // a named election, party, state or file does not exist
  kAlreadyExists,       // a unique thing would be created twice
  kFailedPrecondition,  // something else must happen first (import X first)
  kDataError,           // an input file is malformed; nothing was changed
  kIoError,             // the file system or the store failed
  kPermissionDenied,    // the user may not do this
  kInternal,            // a bug
};

// Short stable name of a code ("invalid_argument"), used in JSON output.
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  static Status InvalidArgument(std::string m) {
    return {StatusCode::kInvalidArgument, std::move(m)};
  }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status AlreadyExists(std::string m) {
    return {StatusCode::kAlreadyExists, std::move(m)};
  }
  static Status FailedPrecondition(std::string m) {
    return {StatusCode::kFailedPrecondition, std::move(m)};
  }
  static Status DataError(std::string m) {
    return {StatusCode::kDataError, std::move(m)};
  }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status PermissionDenied(std::string m) {
    return {StatusCode::kPermissionDenied, std::move(m)};
  }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "not_found: no election named 'ls2019'"
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "Result needs a value or an error");
    if (status_.ok()) status_ = Status::Internal("Result built from OK status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace janadhar

// Returns early from the enclosing function when `expr` (a Status) is not OK.
#define JANADHAR_RETURN_IF_ERROR(expr)                   \
  do {                                                   \
    ::janadhar::Status janadhar_status_ = (expr);        \
    if (!janadhar_status_.ok()) return janadhar_status_; \
  } while (false)

// `tmp` and `lhs` are a name and a declaration: they cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define JANADHAR_CONCAT_INNER(a, b) a##b
#define JANADHAR_CONCAT(a, b) JANADHAR_CONCAT_INNER(a, b)
#define JANADHAR_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                   \
  if (!tmp.ok()) return tmp.status();                  \
  lhs = std::move(tmp).value()
// `JANADHAR_ASSIGN_OR_RETURN(auto x, F());` declares x from a Result or returns
// its error.
#define JANADHAR_ASSIGN_OR_RETURN(lhs, expr) \
  JANADHAR_ASSIGN_OR_RETURN_IMPL(JANADHAR_CONCAT(janadhar_r_, __LINE__), lhs, expr)
// NOLINTEND(bugprone-macro-parentheses)
