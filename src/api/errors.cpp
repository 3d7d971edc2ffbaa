#include "api/errors.h"

#include <string>
#include <utility>

namespace janadhar::api {

namespace {

http::Response Error(int http_status, std::string_view code, std::string_view message) {
  http::Response r;
  r.status = http_status;
  r.body = nlohmann::json{{"error", {{"code", code}, {"message", message}}}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

}  // namespace

int HttpStatusFor(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kAlreadyExists: return 409;
    case StatusCode::kFailedPrecondition: return 409;
    case StatusCode::kDataError: return 422;
    case StatusCode::kPermissionDenied: return 403;
    case StatusCode::kIoError: return 503;
    case StatusCode::kInternal: return 500;
  }
  return 500;
}

http::Response ErrorResponse(const Status& status) {
  return Error(HttpStatusFor(status.code()), StatusCodeName(status.code()),
               status.message());
}

http::Response HttpErrorResponse(int http_status, std::string_view message) {
  std::string_view code = "internal";
  switch (http_status) {
    case 400: code = StatusCodeName(StatusCode::kInvalidArgument); break;
    case 401: code = "unauthenticated"; break;
    case 403: code = StatusCodeName(StatusCode::kPermissionDenied); break;
    case 404: code = StatusCodeName(StatusCode::kNotFound); break;
    case 405: code = "method_not_allowed"; break;
    case 413: code = "payload_too_large"; break;
    case 429: code = "too_many_requests"; break;
    case 431: code = "header_too_large"; break;
    default: break;
  }
  return Error(http_status, code, message);
}

http::Response JsonResponse(const nlohmann::json& body) {
  http::Response r;
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

http::Response JsonTextResponse(std::string json_text) {
  http::Response r;
  r.body = std::move(json_text);
  return r;
}

}  // namespace janadhar::api
