// Runs the janadhar binary (JANADHAR_BINARY, set by CMake) for the CLI tests.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <string>

namespace janadhar::cli::testing_util {

struct CmdResult {
  int code = 0;
  std::string out;  // stdout and stderr together
};

inline CmdResult Janadhar(const std::string& args) {
  const std::string cmd = std::string(JANADHAR_BINARY) + " " + args + " 2>&1";
  CmdResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return {-1, "popen failed"};
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace janadhar::cli::testing_util
