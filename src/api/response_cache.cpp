#include "api/response_cache.h"

#include <utility>

namespace janadhar::api {

ResponseCache::ResponseCache(std::unique_ptr<store::Store> watcher,
                             ResponseCacheOptions options)
    : options_(options), watcher_(std::move(watcher)) {
  auto version = watcher_->DataVersion();
  if (version.ok()) data_version_ = *version;
}

Result<ResponseCache::Hit> ResponseCache::Find(const std::string& key) {
  std::lock_guard<std::mutex> lock(mu_);
  JANADHAR_ASSIGN_OR_RETURN(const int64_t version, watcher_->DataVersion());
  if (version != data_version_) {
    data_version_ = version;
    ++generation_;
    answers_.clear();
    bytes_ = 0;
  }
  Hit hit;
  hit.generation = generation_;
  if (auto it = answers_.find(key); it != answers_.end()) hit.response = it->second;
  return hit;
}

void ResponseCache::Put(const std::string& key, uint64_t generation,
                        const http::Response& response) {
  if (response.status != 200) return;
  const size_t size = key.size() + response.body.size();
  if (size > options_.max_bytes) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (generation != generation_) return;
  if (bytes_ + size > options_.max_bytes) {
    answers_.clear();
    bytes_ = 0;
  }
  if (answers_.emplace(key, response).second) bytes_ += size;
}

size_t ResponseCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return answers_.size();
}

}  // namespace janadhar::api
