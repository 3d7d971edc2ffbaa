// The HTTP layer's small interface: a request and a response as plain values,
// the parsing of a request target (path and query, percent-decoded) and a
// router from method + path pattern to a handler. Nothing here knows Boost:
// only http/server.cpp includes Beast, so the rest of the project compiles
// fast and tests routes without a socket.
//
// Patterns are absolute paths whose segments are literal or `{name}`: a
// `{name}` segment matches one non-empty path segment and is given to the
// handler as Request::params["name"]. Literal segments win over parameters
// when both match ("/api/elections/summary" before "/api/elections/{id}").
//
// Thread-safety: Request and Response are values. A Router is built on one
// thread, then only read: Match may be called from many threads at once.
// Errors: ParseTarget returns InvalidArgument for a target that is not an
// absolute path, has a bad or NUL percent escape, an encoded '/' in the
// path, or a '.' or '..' segment (no path can climb out of where a route
// serves files from).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace janadhar::http {

struct Request {
  std::string method;  // "GET", upper case as sent
  std::string target;  // as sent: "/api/org/search?q=ram%20kumar"
  std::string path;    // decoded path: "/api/org/search"
  // Decoded query parameters in the order given ('+' is a space); a
  // parameter given without '=' has the value "".
  std::vector<std::pair<std::string, std::string>> query;
  // Header fields as sent (names in the case sent; compare ignoring case).
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string client;  // the peer's IP address ("127.0.0.1"), "" when unknown
  std::map<std::string, std::string> params;  // `{name}` segments, set by the router

  // The first value of header `name` (ignoring case), or "".
  std::string Header(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra fields
};

// Splits a request target into its decoded path and query parameters.
struct Target {
  std::string path;
  std::vector<std::pair<std::string, std::string>> query;
};
Result<Target> ParseTarget(std::string_view target);

using Handler = std::function<Response(const Request&)>;

class Router {
 public:
  // Adds a route. `pattern` starts with '/'; the same method and pattern
  // twice is a bug (the first one wins).
  void Add(std::string method, std::string_view pattern, Handler handler);

  struct Match {
    const Handler* handler = nullptr;           // null: no route for the method
    std::map<std::string, std::string> params;  // of the matched pattern
    std::vector<std::string> allowed;           // methods the path has (for 405)
    bool path_found() const { return !allowed.empty(); }
  };
  // The route for `method` and decoded `path`. When the path matches no
  // pattern, `allowed` is empty (404); when it matches with other methods
  // only, `handler` is null and `allowed` lists them, sorted (405).
  Match Find(std::string_view method, std::string_view path) const;

 private:
  struct Route {
    std::string method;
    std::vector<std::string> segments;  // "{name}" for a parameter
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace janadhar::http
