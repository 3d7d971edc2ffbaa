// Runs the janadhar binary (JANADHAR_BINARY, set by CMake) for the CLI tests.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
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

// A test suite's folder under the test temp dir (emptied when made, removed
// when destroyed) with a store in it: db() is the `--db` flag for it.
class Workspace {
 public:
  explicit Workspace(const std::string& prefix)
      : dir_(std::filesystem::path(::testing::TempDir()) /
             (prefix + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~Workspace() { std::filesystem::remove_all(dir_); }
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  std::string db() const { return "--db " + (dir_ / "t.db").string(); }
  // Writes `text` to `name` (folders made as needed); returns its path.
  std::string Write(const std::string& name, const std::string& text) const {
    const std::filesystem::path p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }

 private:
  std::filesystem::path dir_;
};

}  // namespace janadhar::cli::testing_util
