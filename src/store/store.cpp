#include "store/store.h"

#include <string_view>

#include "store/access_store.h"
#include "store/sqlite/sqlite_store.h"

namespace janadhar::store {

Result<std::unique_ptr<Store>> OpenStore(const std::string& location) {
  const std::string_view loc(location);
  if (loc.starts_with("postgres://") || loc.starts_with("postgresql://")) {
    return Status::InvalidArgument(
        "the PostgreSQL store is not in this build of janadhar; give the path of a "
        "SQLite store file instead (e.g. --store janadhar.db)");
  }
  JANADHAR_ASSIGN_OR_RETURN(std::unique_ptr<sqlite::SqliteStore> store,
                            sqlite::SqliteStore::Open(location));
  return std::unique_ptr<Store>(std::move(store));
}

AccessStore* AccessOf(Store& store) {
  return dynamic_cast<AccessStore*>(&store);
}

}  // namespace janadhar::store
