// The JSON body of one API request, checked against what the endpoint
// accepts: it must be a JSON object (Content-Type application/json, or none
// given); a syntax error is refused with the line and column; a key the
// endpoint does not take is refused naming it and the closest it does take;
// a value of the wrong type is refused naming the key and the type wanted.
// Errors are InvalidArgument (HTTP 400); nothing is written before a body is
// checked, so a refused request changes nothing.
//
// Ownership: a value holding the parsed document (nlohmann::json is only in
// body.cpp). Thread-safety: a value; one thread uses it.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "http/http.h"

namespace janadhar::api {

class Body {
 public:
  // The request's body, if it is a JSON object whose keys are all in
  // `allowed`.
  static Result<Body> Parse(const http::Request& request,
                            std::initializer_list<std::string_view> allowed);
  static Result<Body> Parse(const http::Request& request,
                            const std::vector<std::string>& allowed);
  ~Body();
  Body(Body&&) noexcept;
  Body& operator=(Body&&) noexcept;

  bool Has(std::string_view key) const;
  // A string; InvalidArgument when missing (Text) or not a string.
  Result<std::string> Text(std::string_view key) const;
  Result<std::optional<std::string>> OptionalText(std::string_view key) const;
  // A string, or `fallback` when not given (or null).
  Result<std::string> TextOr(std::string_view key, std::string_view fallback) const;
  // A whole number in [min, max]; `fallback` when not given.
  Result<int64_t> Int(std::string_view key, int64_t fallback, int64_t min,
                      int64_t max) const;
  // A number in [min, max]; `fallback` when not given.
  Result<double> Number(std::string_view key, double fallback, double min,
                        double max) const;
  Result<bool> Bool(std::string_view key, bool fallback) const;
  // An array of strings; empty when not given.
  Result<std::vector<std::string>> TextList(std::string_view key) const;
  // An array of whole numbers in [min, max]; empty when not given.
  Result<std::vector<int64_t>> IntList(std::string_view key, int64_t min,
                                       int64_t max) const;
  // An object of key → string; empty when not given.
  Result<std::map<std::string, std::string>> TextMap(std::string_view key) const;
  // An object of key → number in [min, max]; empty when not given.
  Result<std::map<std::string, double>> NumberMap(std::string_view key, double min,
                                                  double max) const;
  // An object of key → whole number in [min, max]; empty when not given.
  Result<std::map<std::string, int64_t>> IntMap(std::string_view key, int64_t min,
                                                int64_t max) const;

 private:
  struct Doc;
  explicit Body(std::unique_ptr<Doc> doc);
  std::unique_ptr<Doc> doc_;
};

}  // namespace janadhar::api
