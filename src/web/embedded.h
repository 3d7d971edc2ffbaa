// The table the build generates from src/web/assets/ (embed_assets.cmake
// writes embedded_assets.cpp). Internal to src/web/: everything else looks
// assets up through web/assets.h.
//
// Ownership and thread-safety: static constant data, read-only; safe from
// any thread.
#pragma once

#include <cstddef>
#include <string_view>

namespace janadhar::web::internal {

struct EmbeddedFile {
  const char* path;        // relative to assets/, '/'-separated: "js/main.js"
  std::string_view bytes;  // the file as it was at build time
  const char* etag;        // "\"<16 hex digits of its SHA-256>\""
};

extern const EmbeddedFile kEmbeddedFiles[];  // sorted by path
extern const std::size_t kEmbeddedFileCount;

}  // namespace janadhar::web::internal
