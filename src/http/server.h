// An HTTP/1.1 server: accepts connections on one TCP address and hands every
// well-formed request to one Handler, whose Response it writes back. Built
// on Boost.Beast and asio in http/server.cpp alone (Beast compiles slowly;
// nothing else includes it).
//
// Threads: `threads` threads (default: the hardware's cores) run one asio
// io_context; each connection is served on a strand, one request at a time
// (HTTP/1.1 keep-alive, no pipelining in parallel), so a handler runs on any
// of those threads, for many connections at once: it must be thread-safe.
// TCP_NODELAY is set on every connection.
//
// Limits: a request whose header is larger than max_header_bytes gets 431, a
// body larger than max_body_bytes 413 (also when Content-Length says so,
// before the body is read), a request the parser refuses (a bad request
// line, a bad header) 400; each with a body from `error_body` and the
// connection closed. A connection that sends nothing for idle_timeout
// (between requests) or takes longer than read_timeout to send a request
// once begun, or to take its response, is closed. A handler that throws
// gives 500. The server stays up through all of these.
//
// Ownership: Start returns the only owner; destroying it stops it.
// Errors: Start returns InvalidArgument for an address that is not an IP
// address and IoError when it cannot listen (port taken, no permission).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "http/http.h"

namespace janadhar::http {

struct ServerOptions {
  std::string host = "127.0.0.1";  // an IPv4 or IPv6 address
  uint16_t port = 8080;            // 0: any free port (see Server::port())
  int threads = 0;                 // 0: std::thread::hardware_concurrency()
  std::size_t max_body_bytes = 1 << 20;
  std::size_t max_header_bytes = 16 << 10;
  std::chrono::milliseconds read_timeout{10'000};
  std::chrono::milliseconds idle_timeout{60'000};
  bool keep_alive = true;  // false: every response closes its connection
  // The body of a response the server makes itself (400, 413, 431, 500):
  // (status, message) → response. Default: the message as text/plain.
  std::function<Response(int status, std::string_view message)> error_body;
};

class Server {
 public:
  // Listens on options.host:options.port and starts the threads.
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options,
                                               Handler handler);
  virtual ~Server() = default;

  // The port listened on (the one chosen when options.port was 0).
  virtual uint16_t port() const = 0;
  // "http://127.0.0.1:8080" ("http://[::1]:8080" for IPv6).
  virtual std::string url() const = 0;
  // Stops accepting, closes the connections and lets the threads end.
  // Safe from any thread, and more than once.
  virtual void Stop() = 0;
  // Makes SIGINT and SIGTERM call Stop(). Call once, before Wait().
  virtual void StopOnSignals() = 0;
  // Blocks until the server has stopped and its threads have ended.
  virtual void Wait() = 0;
};

}  // namespace janadhar::http
