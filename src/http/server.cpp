// The HTTP server of http/server.h on Boost.Beast and asio: the only file
// that includes them. One session per connection, on its own strand:
// read a header (idle or read timeout), read the body (read timeout), call
// the handler, write the response, and again while the connection is kept
// alive.
#include "http/server.h"

#include <atomic>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <csignal>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>  // Boost 1.74's asio needs it first under C++20
#include <vector>

namespace janadhar::http {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using beast::error_code;

// What the server and every session share.
struct Shared {
  ServerOptions options;
  Handler handler;
  std::atomic<bool> stopping{false};

  Response Error(int status, std::string_view message) const {
    if (options.error_body) return options.error_body(status, message);
    Response r;
    r.status = status;
    r.content_type = "text/plain; charset=utf-8";
    r.body = std::string(message) + "\n";
    return r;
  }
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, std::shared_ptr<const Shared> shared)
      : stream_(std::move(socket)), shared_(std::move(shared)) {
    boost::system::error_code ec;
    const auto peer = stream_.socket().remote_endpoint(ec);
    if (!ec) client_ = peer.address().to_string();
  }

  void Run() {
    asio::dispatch(stream_.get_executor(),
                   [self = shared_from_this()] { self->ReadHeader(); });
  }

  // On the session's strand: a session waiting for a request ends now; one
  // busy with a request ends after its response.
  void OnStop() {
    if (waiting_) stream_.cancel();
  }
  auto executor() { return stream_.get_executor(); }

 private:
  void ReadHeader() {
    if (shared_->stopping) return Close();
    const ServerOptions& o = shared_->options;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(o.max_header_bytes));
    parser_->body_limit(o.max_body_bytes);
    stream_.expires_after(first_ ? o.read_timeout : o.idle_timeout);
    waiting_ = true;
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](error_code ec, std::size_t) {
                               self->waiting_ = false;
                               self->OnHeader(ec);
                             });
  }

  void OnHeader(error_code ec) {
    if (ec) return OnReadError(ec);
    stream_.expires_after(shared_->options.read_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](error_code ec, std::size_t) {
                        if (ec) return self->OnReadError(ec);
                        self->Handle();
                      });
  }

  void OnReadError(error_code ec) {
    if (ec == bhttp::error::body_limit) {
      return Send(
          shared_->Error(413, "the request body is larger than " +
                                  std::to_string(shared_->options.max_body_bytes) +
                                  " bytes"),
          true);
    }
    if (ec == bhttp::error::header_limit) {
      return Send(
          shared_->Error(431, "the request header is larger than " +
                                  std::to_string(shared_->options.max_header_bytes) +
                                  " bytes"),
          true);
    }
    // A malformed request (not a closed or timed-out connection): say why.
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category() &&
        ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
      return Send(shared_->Error(400, "malformed request: " + ec.message()), true);
    }
    Close();
  }

  void Handle() {
    const auto& msg = parser_->get();
    Request req;
    req.method = std::string(msg.method_string());
    req.target = std::string(msg.target());
    for (const auto& field : msg) {
      req.headers.emplace_back(std::string(field.name_string()),
                               std::string(field.value()));
    }
    req.body = msg.body();
    req.client = client_;
    const bool keep = msg.keep_alive() && shared_->options.keep_alive;
    auto target = ParseTarget(req.target);
    if (!target.ok()) return Send(shared_->Error(400, target.status().message()), !keep);
    req.path = std::move(target->path);
    req.query = std::move(target->query);
    Response res;
    try {
      res = shared_->handler(req);
    } catch (const std::exception& e) {
      res = shared_->Error(500, std::string("internal error: ") + e.what());
    } catch (...) {
      res = shared_->Error(500, "internal error");
    }
    Send(std::move(res), !keep);
  }

  void Send(Response r, bool close) {
    close = close || shared_->stopping;
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>();
    res->version(11);
    res->result(static_cast<unsigned>(r.status));
    res->set(bhttp::field::server, "janadhar");
    res->set(bhttp::field::content_type, r.content_type);
    for (auto& [k, v] : r.headers) res->set(k, v);
    res->body() = std::move(r.body);
    res->keep_alive(!close);
    res->prepare_payload();
    stream_.expires_after(shared_->options.read_timeout);
    bhttp::async_write(
        stream_, *res,
        [self = shared_from_this(), res, close](error_code ec, std::size_t) {
          if (ec) return self->Close();
          if (close) return self->Linger();
          self->first_ = false;
          self->ReadHeader();
        });
  }

  // After an answer that closes the connection: stop sending, then read
  // and drop what the client still sends for a moment, so that closing
  // with unread data (a refused body) does not reset the connection before
  // the client has read the answer.
  void Linger() {
    error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(1));
    Drain();
  }
  void Drain() {
    drop_.resize(16 << 10);
    stream_.async_read_some(asio::buffer(drop_),
                            [self = shared_from_this()](error_code ec, std::size_t n) {
                              self->dropped_ += n;
                              if (ec || self->dropped_ > (64u << 20))
                                return self->Close();
                              self->Drain();
                            });
  }

  void Close() {
    error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  std::shared_ptr<const Shared> shared_;
  std::string client_;  // the peer's address
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::vector<char> drop_;
  std::size_t dropped_ = 0;
  bool first_ = true;     // no request answered yet
  bool waiting_ = false;  // waiting for a request's header
};

class BeastServer final : public Server {
 public:
  BeastServer(std::shared_ptr<Shared> shared, int threads)
      : shared_(std::move(shared)),
        ioc_(threads),
        acceptor_(asio::make_strand(ioc_)),
        retry_(ioc_),
        signals_(ioc_),
        threads_(threads) {}

  ~BeastServer() override {
    Stop();
    Wait();
  }

  Status Listen() {
    const ServerOptions& o = shared_->options;
    error_code ec;
    const auto address = asio::ip::make_address(o.host, ec);
    if (ec) {
      return Status::InvalidArgument("'" + o.host +
                                     "' is not an IP address (e.g. 127.0.0.1 or ::1)");
    }
    const tcp::endpoint endpoint(address, o.port);
    const auto fail = [&](const char* what) {
      return Status::IoError(std::string("cannot ") + what + " " + o.host + ":" +
                             std::to_string(o.port) + ": " + ec.message());
    };
    if (acceptor_.open(endpoint.protocol(), ec); ec) return fail("open a socket for");
    if (acceptor_.set_option(asio::socket_base::reuse_address(true), ec); ec) {
      return fail("set up");
    }
    if (acceptor_.bind(endpoint, ec); ec) return fail("listen on");
    if (acceptor_.listen(asio::socket_base::max_listen_connections, ec); ec) {
      return fail("listen on");
    }
    port_ = acceptor_.local_endpoint().port();
    Accept();
    for (int i = 0; i < threads_; ++i) pool_.emplace_back([this] { ioc_.run(); });
    return Status::Ok();
  }

  uint16_t port() const override { return port_; }
  std::string url() const override {
    const std::string& h = shared_->options.host;
    const bool v6 = h.find(':') != std::string::npos;
    return "http://" + (v6 ? "[" + h + "]" : h) + ":" + std::to_string(port_);
  }

  void Stop() override {
    if (shared_->stopping.exchange(true)) return;
    asio::post(acceptor_.get_executor(), [this] {
      error_code ignored;
      acceptor_.close(ignored);
      retry_.cancel();
      signals_.cancel(ignored);
      std::lock_guard lock(mu_);
      for (auto& weak : sessions_) {
        if (auto s = weak.lock()) asio::post(s->executor(), [s] { s->OnStop(); });
      }
      sessions_.clear();
    });
  }

  void StopOnSignals() override {
    signals_.add(SIGINT);
    signals_.add(SIGTERM);
    signals_.async_wait([this](error_code ec, int) {
      if (!ec) Stop();
    });
  }

  void Wait() override {
    std::lock_guard lock(wait_mu_);
    for (auto& t : pool_) {
      if (t.joinable()) t.join();
    }
  }

 private:
  void Accept() {
    acceptor_.async_accept(
        asio::make_strand(ioc_), [this](error_code ec, tcp::socket socket) {
          if (shared_->stopping || !acceptor_.is_open()) return;
          if (!ec) {
            error_code ignored;
            socket.set_option(tcp::no_delay(true), ignored);
            auto session = std::make_shared<Session>(std::move(socket), shared_);
            {
              std::lock_guard lock(mu_);
              if (sessions_.size() >= 2 * live_hint_ + 64) {
                std::erase_if(sessions_, [](const auto& w) { return w.expired(); });
                live_hint_ = sessions_.size();
              }
              sessions_.push_back(session);
            }
            session->Run();
            return Accept();
          }
          // An error (too many open files): keep serving, trying again a
          // little later rather than in a busy loop.
          retry_.expires_after(std::chrono::milliseconds(50));
          retry_.async_wait(
              asio::bind_executor(acceptor_.get_executor(), [this](error_code ec) {
                if (!ec && !shared_->stopping) Accept();
              }));
        });
  }

  std::shared_ptr<Shared> shared_;
  asio::io_context ioc_;
  tcp::acceptor acceptor_;
  asio::steady_timer retry_;  // on the acceptor's strand
  asio::signal_set signals_;
  int threads_;
  uint16_t port_ = 0;
  std::vector<std::thread> pool_;
  std::mutex wait_mu_;
  std::mutex mu_;  // guards sessions_ and live_hint_
  std::vector<std::weak_ptr<Session>> sessions_;
  std::size_t live_hint_ = 0;
};

}  // namespace

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options,
                                              Handler handler) {
  auto shared = std::make_shared<Shared>();
  shared->options = options;
  shared->handler = std::move(handler);
  int threads = options.threads;
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  if (threads <= 0) threads = 1;
  auto server = std::make_unique<BeastServer>(std::move(shared), threads);
  JANADHAR_RETURN_IF_ERROR(server->Listen());
  return std::unique_ptr<Server>(std::move(server));
}

}  // namespace janadhar::http
