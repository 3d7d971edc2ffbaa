#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace janadhar::cli {

service::Progress TerminalProgress(const std::string& label) {
  if (isatty(STDERR_FILENO) == 0) return {};
  return [label](int done, int total, const std::string& what) {
    constexpr int kWidth = 30;
    const int filled = total > 0 ? done * kWidth / total : 0;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(kWidth, ' ');
    std::fprintf(stderr, "\r\033[K%s [%s] %d/%d %s", label.c_str(), bar.c_str(), done,
                 total, what.c_str());
    std::fflush(stderr);
  };
}

std::function<void(int64_t, int64_t)> SimulationProgress(bool json) {
  service::Progress bar = json ? service::Progress() : TerminalProgress("simulations");
  if (!bar) return {};
  return [bar](int64_t done, int64_t total) {
    bar(static_cast<int>(done), static_cast<int>(total), "");
  };
}

void EndProgress() {
  if (isatty(STDERR_FILENO) != 0) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
  }
}

}  // namespace janadhar::cli
