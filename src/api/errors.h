// How the HTTP API says that something failed: the one table from a
// Status code to an HTTP status, and the error body every endpoint (and
// the server itself, for a request it refuses before routing) gives, the
// shape the CLI prints with --json: {"error": {"code": "not_found",
// "message": "…"}} (docs/conventions.md).
//
// | Status code          | HTTP |
// |----------------------|------|
// | invalid_argument     | 400  |
// | not_found            | 404  |
// | already_exists       | 409  |
// | failed_precondition  | 409  |
// | data_error           | 422  |
// | permission_denied    | 403  |
// | io_error             | 503  (the store or file system failed; may pass later)
// | internal             | 500  |
//
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/status.h"
#include "http/http.h"

namespace janadhar::api {

// The HTTP status for a failed Status (200 for OK).
int HttpStatusFor(StatusCode code);

// The response for a failed Status: its HTTP status and error body.
http::Response ErrorResponse(const Status& status);

// A failure the HTTP layer finds itself (a malformed request, a body too
// large, no such endpoint): the error body with the code for `http_status`
// (400 invalid_argument, 401 unauthenticated, 403 permission_denied, 404
// not_found, 405 method_not_allowed, 413 payload_too_large, 429
// too_many_requests, 431 header_too_large, else internal).
http::Response HttpErrorResponse(int http_status, std::string_view message);

// 200 with `body` as compact JSON (invalid UTF-8 replaced, never thrown on).
http::Response JsonResponse(const nlohmann::json& body);
// 200 with `json_text`, a JSON document written as text already.
http::Response JsonTextResponse(std::string json_text);

}  // namespace janadhar::api
