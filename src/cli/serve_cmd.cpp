// `janadhar serve`: the HTTP/1.1 JSON API (api/routes.h) and the web UI
// (web/assets.h) on the Beast server (http/server.h) over the store, until
// SIGINT or SIGTERM.
#include <CLI/CLI.hpp>
#include <charconv>
#include <iostream>
#include <memory>
#include <thread>
#include <utility>

#include "api/errors.h"
#include "api/routes.h"
#include "api/store_pool.h"
#include "cli/context.h"
#include "http/server.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {

namespace {

// "HOST:PORT" (an IPv6 host in brackets: "[::1]:8080") into the options.
Status ParseListen(const std::string& listen, http::ServerOptions& o) {
  const std::size_t colon = listen.rfind(':');
  const auto bad = [&](const std::string& why) {
    return Status::InvalidArgument("--listen '" + listen + "': " + why +
                                   " (e.g. 127.0.0.1:8080 or [::1]:8080)");
  };
  if (colon == std::string::npos) return bad("give HOST:PORT");
  std::string host = listen.substr(0, colon);
  const std::string port = listen.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  } else if (host.find(':') != std::string::npos) {
    return bad("an IPv6 address goes in brackets");
  }
  if (host.empty()) return bad("the host is missing");
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (port.empty() || ec != std::errc() || end != port.data() + port.size() ||
      value > 65535) {
    return bad("the port must be a number from 0 to 65535");
  }
  o.host = host;
  o.port = static_cast<uint16_t>(value);
  return Status::Ok();
}

}  // namespace

void Serve(Context& ctx, const ServeArgs& a) {
  http::ServerOptions options;
  if (Status s = ParseListen(a.listen, options); !s.ok()) return ctx.Fail(s);
  options.threads =
      a.threads > 0 ? a.threads : static_cast<int>(std::thread::hardware_concurrency());
  options.error_body = api::HttpErrorResponse;
  auto stores = api::StorePool::Open(ctx.db);
  if (!stores.ok()) return ctx.Fail(stores.status());
  auto watcher = store::OpenStore(ctx.db);  // the cache's own connection
  if (!watcher.ok()) return ctx.Fail(watcher.status());
  api::ResponseCache cache(std::move(watcher).value());
  const api::Api routes(**stores, &cache);
  const http::Handler handler = [&routes](const http::Request& q) {
    return routes.Handle(q);
  };
  auto server = http::Server::Start(options, handler);
  if (!server.ok() && a.any_port_if_taken && options.port != 0) {
    options.port = 0;  // the port is taken: any free one
    server = http::Server::Start(options, handler);
  }
  if (!server.ok()) return ctx.Fail(server.status());
  (*server)->StopOnSignals();
  if (ctx.json) {
    std::cout << nlohmann::json{{"url", (*server)->url()},
                                {"db", ctx.db},
                                {"threads", options.threads},
                                {"ui", (*server)->url() + "/"}}
                     .dump()
              << std::endl;
  } else {
    std::cout << "janadhar: serving " << ctx.db << " at " << (*server)->url() << " on "
              << options.threads << " threads (docs/api.md; Ctrl-C stops)" << std::endl;
    std::cout << "janadhar: the web UI is at " << (*server)->url() << "/" << std::endl;
    for (const std::string& line : a.lines) std::cout << line << '\n';
    std::cout << std::flush;
  }
  (*server)->Wait();
  if (!ctx.json) std::cout << "janadhar: stopped" << std::endl;
}

void AddServeCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<ServeArgs>();
  CLI::App* c = app.add_subcommand(
      "serve", "Serve the HTTP/1.1 JSON API (docs/api.md) until Ctrl-C or SIGTERM");
  c->add_option("--listen", a->listen,
                "HOST:PORT to listen on (port 0: any free port, printed)")
      ->capture_default_str();
  c->add_option("--threads", a->threads, "Threads serving requests (default: the cores)")
      ->check(CLI::Range(1, 1024));
  c->callback([&ctx, a] { Serve(ctx, *a); });
}

}  // namespace janadhar::cli
