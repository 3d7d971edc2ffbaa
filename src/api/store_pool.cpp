#include "api/store_pool.h"

namespace janadhar::api {

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& location) {
  if (location.empty() || location == ":memory:") {
    return Status::InvalidArgument("the server needs a store file (--db FILE), not '" +
                                   location + "'");
  }
  std::unique_ptr<StorePool> pool(new StorePool(location));
  JANADHAR_ASSIGN_OR_RETURN(auto first, store::OpenStore(location));
  pool->free_.push_back(std::move(first));
  pool->opened_ = 1;
  return pool;
}

StorePool::Lease::~Lease() {
  if (store_) pool_->Release(std::move(store_));
}

Result<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard lock(mu_);
    if (!free_.empty()) {
      auto s = std::move(free_.back());
      free_.pop_back();
      return Lease(this, std::move(s));
    }
    ++opened_;
  }
  auto s = store::OpenStore(location_);
  if (!s.ok()) {
    std::lock_guard lock(mu_);
    --opened_;
    return s.status();
  }
  return Lease(this, std::move(s).value());
}

int StorePool::opened() const {
  std::lock_guard lock(mu_);
  return opened_;
}

void StorePool::Release(std::unique_ptr<store::Store> store) {
  std::lock_guard lock(mu_);
  free_.push_back(std::move(store));
}

}  // namespace janadhar::api
