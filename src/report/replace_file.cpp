#include "report/replace_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace janadhar::report {

namespace {

Status CannotWrite(const std::string& path, int err) {
  return Status::IoError("cannot write '" + path + "': " + std::strerror(err));
}

}  // namespace

Status CreateTemporaryBeside(const std::string& path, std::string* tmp) {
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 100; ++attempt) {
    *tmp = path + ".tmp" + std::to_string(getpid()) + "-" + std::to_string(counter++);
    const int fd = open(tmp->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      close(fd);
      return Status::Ok();
    }
    if (errno != EEXIST) return CannotWrite(path, errno);
  }
  return CannotWrite(path, EEXIST);
}

Status ReplaceWithTemporary(const std::string& tmp, const std::string& path) {
  if (std::rename(tmp.c_str(), path.c_str()) == 0) return Status::Ok();
  const int err = errno;
  std::remove(tmp.c_str());
  return CannotWrite(path, err);
}

Status WriteFileReplacing(const std::string& path, std::string_view text) {
  std::string tmp;
  JANADHAR_RETURN_IF_ERROR(CreateTemporaryBeside(path, &tmp));
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) {
    const int err = errno;
    std::remove(tmp.c_str());
    return CannotWrite(path, err);
  }
  errno = 0;
  const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  int err = written ? 0 : (errno != 0 ? errno : EIO);
  if (std::fclose(f) != 0 && err == 0) err = errno != 0 ? errno : EIO;
  if (err != 0) {
    std::remove(tmp.c_str());
    return CannotWrite(path, err);
  }
  return ReplaceWithTemporary(tmp, path);
}

}  // namespace janadhar::report
