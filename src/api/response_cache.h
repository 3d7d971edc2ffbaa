// Answers of the public read endpoints (results: elections, a party summary,
// seats) kept between requests until the store's data changes, so that a
// read endpoint answers from memory instead of loading and summing an
// election for every request.
//
// The cache holds a store of its own that never writes (the watcher): its
// Store::DataVersion changes when any other connection — the API's own
// stores or another process, such as an import — commits. Every Find asks
// it first and empties the cache when it changed. An answer computed while
// a change was committed is kept only until the next Find sees the change,
// and an answer begun before the cache was emptied is not kept at all (Put
// checks the generation Find gave), so no answer outlives a change it
// missed by more than the commit itself.
//
// Only answers that are the same for every caller belong here (public
// results); the cache knows nothing of users.
//
// Ownership: the cache owns its watcher store. Thread-safety: Find and Put
// may be called from any thread at once (one mutex; the watcher is asked
// under it). Errors: Find passes on the watcher's IoError (the caller then
// answers without the cache).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "base/status.h"
#include "http/http.h"
#include "store/store.h"

namespace janadhar::api {

struct ResponseCacheOptions {
  // When the answers kept would pass this many bytes of body, the cache is
  // emptied first (the results of one store are a few MB).
  size_t max_bytes = 64u << 20;
};

class ResponseCache {
 public:
  explicit ResponseCache(std::unique_ptr<store::Store> watcher,
                         ResponseCacheOptions options = {});

  struct Hit {
    std::optional<http::Response> response;  // nullopt: not kept
    uint64_t generation = 0;                 // give it back to Put
  };
  // The answer kept for `key` (a request's method and target), after
  // emptying the cache if the data changed.
  Result<Hit> Find(const std::string& key);

  // Keeps `response` for `key` if it is a success and the cache was not
  // emptied since the Find that gave `generation`.
  void Put(const std::string& key, uint64_t generation, const http::Response& response);

  // Answers kept now.
  size_t size() const;

 private:
  const ResponseCacheOptions options_;
  mutable std::mutex mu_;  // guards everything below
  std::unique_ptr<store::Store> watcher_;
  int64_t data_version_ = 0;
  uint64_t generation_ = 0;
  size_t bytes_ = 0;
  std::unordered_map<std::string, http::Response> answers_;
};

}  // namespace janadhar::api
