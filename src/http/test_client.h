// For tests: a blocking HTTP/1.1 client on a plain loopback socket, so the
// server is driven byte for byte (malformed requests included) by code that
// shares nothing with it. Reads responses with Content-Length (all the
// server sends). Failures are test failures; one thread per Client.
#pragma once

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstdint>
#include <string>

namespace janadhar::http::testing_util {

struct Reply {
  int status = 0;  // 0: no answer (the connection was closed)
  std::string head;
  std::string body;
  bool closes = false;  // "Connection: close"
  bool Has(const std::string& text) const { return head.find(text) != std::string::npos; }
};

class Client {
 public:
  explicit Client(uint16_t port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    timeval tv{5, 0};  // no test waits longer for a byte
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  }
  ~Client() { ::close(fd_); }
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;
  Client(Client&& o) noexcept : fd_(o.fd_), buf_(std::move(o.buf_)) { o.fd_ = -1; }

  void Send(const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      const ssize_t n =
          ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return;  // the server closed: the reply says what it said first
      sent += static_cast<std::size_t>(n);
    }
  }

  // The next response; status 0 when the connection ends first.
  Reply Read() {
    Reply r;
    std::size_t end;
    while ((end = buf_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill()) return r;
    }
    r.head = buf_.substr(0, end + 2);
    buf_.erase(0, end + 4);
    r.status = std::stoi(r.head.substr(9, 3));
    std::size_t length = 0;
    for (std::size_t at = 0; at < r.head.size();) {
      const std::size_t eol = r.head.find("\r\n", at);
      std::string line = r.head.substr(at, eol - at);
      for (char& ch : line) ch = static_cast<char>(std::tolower(ch));
      if (line.rfind("content-length:", 0) == 0) length = std::stoul(line.substr(15));
      if (line == "connection: close") r.closes = true;
      at = eol + 2;
    }
    while (buf_.size() < length) {
      if (!Fill()) break;
    }
    r.body = buf_.substr(0, length);
    buf_.erase(0, length);
    return r;
  }

  // Whether the server closes the connection (waits up to 5 s for it).
  bool AtEof() {
    char c;
    const ssize_t n = ::recv(fd_, &c, 1, 0);
    return n == 0 || (n < 0 && errno == ECONNRESET);
  }

 private:
  bool Fill() {
    char chunk[16384];
    const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buf_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }

  int fd_ = -1;
  std::string buf_;
};

}  // namespace janadhar::http::testing_util
