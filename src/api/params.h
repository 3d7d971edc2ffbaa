// The query parameters of one API request, checked against what the
// endpoint accepts: an unknown parameter, or one given twice, is refused
// naming it, and a value of the wrong type is refused naming the parameter
// and what it takes. Errors are InvalidArgument (HTTP 400).
//
// A Params reads the request it was made from: keep the request alive.
// Thread-safety: a value; one thread uses it.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "base/status.h"
#include "http/http.h"

namespace janadhar::api {

class Params {
 public:
  // The request's query, if every parameter is in `allowed` and given once.
  static Result<Params> Check(const http::Request& request,
                              std::initializer_list<std::string_view> allowed);

  bool Has(std::string_view name) const { return Find(name) != nullptr; }
  // The value, or `fallback` when not given.
  std::string Text(std::string_view name, std::string_view fallback = "") const;
  // "true"/"1" or "false"/"0" (a parameter given without a value is true).
  Result<bool> Bool(std::string_view name, bool fallback) const;
  // A whole number in [min, max].
  Result<int> Int(std::string_view name, int fallback, int min, int max) const;
  // A number in [min, max] (decimal, e.g. "-7.5").
  Result<double> Number(std::string_view name, double fallback, double min,
                        double max) const;
  // The value; InvalidArgument naming the parameter and `what` it is when
  // not given or empty.
  Result<std::string> Required(std::string_view name, std::string_view what) const;

 private:
  explicit Params(const http::Request& request) : request_(&request) {}
  const std::string* Find(std::string_view name) const;

  const http::Request* request_;
};

}  // namespace janadhar::api
