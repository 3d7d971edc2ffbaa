// The stores the API's requests read, all opened on one SQLite file.
//
// Why a pool and not one store behind a mutex: a store object is used by
// one thread at a time (store/store.h), and the server runs requests on
// every core at once. One store behind a mutex would serve one request at a
// time; instead a request takes a store of its own from the pool, uses it
// alone and gives it back when done. SQLite in WAL mode lets these
// connections read at the same time (and a writer, such as a CLI import,
// run beside them). A store is opened only when every open one is in use,
// so at most as many are open as requests ran at once (the server's
// threads), and each keeps its page cache warm across requests.
//
// Ownership: the pool owns its stores; a Lease lends one and gives it back
// when destroyed. Leases must end before the pool does.
// Thread-safety: Acquire may be called from any thread at once.
// Errors: as store::OpenStore (IoError, FailedPrecondition for a store
// written by a newer janadhar).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace janadhar::api {

class StorePool {
 public:
  // Opens a first store on `location` (a SQLite file, migrated if needed) so
  // that a bad location fails now, not at the first request. ":memory:"
  // would give every store its own empty database: it is refused.
  static Result<std::unique_ptr<StorePool>> Open(const std::string& location);

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::Store> store)
        : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    store::Store& operator*() const { return *store_; }
    store::Store* operator->() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };

  // A store no one else is using: a free one, or a new one.
  Result<Lease> Acquire();

  // Stores open now (free or lent).
  int opened() const;

 private:
  explicit StorePool(std::string location) : location_(std::move(location)) {}
  void Release(std::unique_ptr<store::Store> store);

  const std::string location_;
  mutable std::mutex mu_;  // guards free_ and opened_
  std::vector<std::unique_ptr<store::Store>> free_;
  int opened_ = 0;
};

}  // namespace janadhar::api
