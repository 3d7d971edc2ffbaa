#include "importers/file_source.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <utility>

namespace janadhar::importers {

namespace fs = std::filesystem;

namespace {

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s.remove_prefix(s.size() - suffix.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

bool HasGzipMagic(std::string_view data) {
  return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f &&
         static_cast<unsigned char>(data[1]) == 0x8b;
}

Result<std::string> ReadRaw(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return Status::IoError("cannot open '" + path + "': " + std::strerror(errno));
  }
  std::string data;
  char buf[1 << 16];
  while (true) {
    const std::size_t n = std::fread(buf, 1, sizeof buf, f);
    data.append(buf, n);
    if (n < sizeof buf) break;
  }
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status::IoError("cannot read '" + path + "'");
  return data;
}

// Inflates one or more concatenated gzip members.
Result<std::string> Gunzip(const std::string& path, std::string_view in) {
  auto corrupt = [&](const std::string& why) {
    return Status::DataError("'" + path + "' is not a readable gzip file: " + why);
  };
  if (!HasGzipMagic(in)) {
    return corrupt(in.empty() ? "it is empty" : "it does not start with the gzip header");
  }
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) {
    return Status::Internal("zlib could not be initialised");
  }
  std::string out;
  char buf[1 << 16];
  std::size_t pos = 0;
  Status status;
  bool member_done = false;
  while (true) {
    if (z.avail_in == 0 && pos < in.size()) {
      const std::size_t chunk = std::min<std::size_t>(in.size() - pos, 1u << 30);
      z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + pos));
      z.avail_in = static_cast<uInt>(chunk);
      pos += chunk;
    }
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    const int rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > kMaxFileBytes) {
      status = corrupt("it expands to more than " + std::to_string(kMaxFileBytes >> 20) +
                       " MiB");
      break;
    }
    if (rc == Z_STREAM_END) {
      member_done = true;
      const std::size_t rest = z.avail_in + (in.size() - pos);
      if (rest == 0) break;
      // Another member follows (as `cat a.gz b.gz` makes); anything else is
      // not gzip.
      const std::size_t at = in.size() - rest;
      if (!HasGzipMagic(in.substr(at))) {
        status = corrupt("unexpected bytes after the compressed data");
        break;
      }
      inflateReset(&z);
      member_done = false;
      continue;
    }
    if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT) {
      status = corrupt(z.msg != nullptr ? z.msg : "corrupt data");
      break;
    }
    if (rc == Z_MEM_ERROR) {
      status = Status::IoError("out of memory while decompressing '" + path + "'");
      break;
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0 && pos >= in.size()) {
      status = corrupt("it is cut short (the compressed data ends early)");
      break;
    }
  }
  inflateEnd(&z);
  if (!status.ok()) return status;
  if (!member_done) return corrupt("it is cut short (the compressed data ends early)");
  return out;
}

// The number a file name starts with, or -1.
long long LeadingNumber(const std::string& name) {
  long long n = -1;
  for (char c : name) {
    if (c < '0' || c > '9') break;
    if (n < 0) n = 0;
    if (n > (1LL << 50)) break;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

Result<std::string> ReadWholeFile(const std::string& path) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (!fs::exists(st)) {
    return Status::NotFound("no file '" + path + "'");
  }
  if (fs::is_directory(st)) {
    return Status::IoError("'" + path + "' is a folder, not a file");
  }
  Result<std::string> raw = ReadRaw(path);
  if (!raw.ok()) return raw.status();
  if (EndsWithNoCase(path, ".gz") || HasGzipMagic(*raw)) return Gunzip(path, *raw);
  if (raw->size() > kMaxFileBytes) {
    return Status::DataError("'" + path + "' is larger than " +
                             std::to_string(kMaxFileBytes >> 20) + " MiB");
  }
  return raw;
}

Result<std::vector<std::string>> ListDataFiles(const std::string& dir) {
  std::error_code ec;
  const fs::file_status st = fs::status(dir, ec);
  if (!fs::exists(st)) return Status::NotFound("no folder '" + dir + "'");
  if (!fs::is_directory(st)) {
    return Status::InvalidArgument("'" + dir + "' is a file, not a folder");
  }
  std::vector<std::pair<long long, std::string>> found;
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::IoError("cannot list '" + dir + "': " + ec.message());
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return Status::IoError("cannot list '" + dir + "': " + ec.message());
    std::error_code fec;
    if (!it->is_regular_file(fec)) continue;
    const std::string name = it->path().filename().string();
    bool data = false;
    for (std::string_view ext : {".csv", ".csv.gz", ".txt", ".txt.gz"}) {
      data = data || EndsWithNoCase(name, ext);
    }
    if (data) found.emplace_back(LeadingNumber(name), name);
  }
  if (found.empty()) {
    return Status::InvalidArgument(
        "'" + dir + "' holds no data file (.csv, .csv.gz, .txt or .txt.gz)");
  }
  // Numbered files first in numeric order, then the others by name.
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    const bool an = a.first >= 0, bn = b.first >= 0;
    if (an != bn) return an;
    if (a.first != b.first) return a.first < b.first;
    return a.second < b.second;
  });
  std::vector<std::string> paths;
  paths.reserve(found.size());
  for (const auto& [n, name] : found) paths.push_back((fs::path(dir) / name).string());
  return paths;
}

std::string BaseName(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace janadhar::importers
