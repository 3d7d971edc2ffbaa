#include "api/users_json.h"

#include <utility>

#include "auth/role.h"

namespace janadhar::api {

nlohmann::json UserJson(const auth::User& u) {
  nlohmann::json grants = nlohmann::json::array();
  for (const auth::UserGrant& g : u.grants) {
    grants.push_back({{"role", auth::RoleName(g.grant.role)},
                      {"unit", g.grant.unit},
                      {"granted_on", g.granted_on},
                      {"granted_by", g.granted_by}});
  }
  return {{"name", u.name},
          {"display_name", u.display_name},
          {"created_on", u.created_on},
          {"disabled", u.disabled},
          {"grants", std::move(grants)}};
}

}  // namespace janadhar::api
