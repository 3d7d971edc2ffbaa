// The organisation's changes over HTTP: POST /api/org/posts (`org posts
// assign`), POST /api/org/posts/{id}/end (`org posts end`) and POST
// /api/org/people (`org people add`), for a logged-in user with write access
// at the unit concerned (api/authn.h): another subtree, or a read-only role,
// is 403 and audited before anything is done; the audit entry of the change
// names the user and that unit. Bodies are checked first (api/body.h).
#include <nlohmann/json.hpp>
#include <string>

#include "api/handler_util.h"
#include "api/org_json.h"
#include "api/route_groups.h"
#include "service/org_people.h"

namespace janadhar::api::internal {

namespace {

Result<nlohmann::json> AssignPost(store::Store& s, const Body& b, const Principal& who,
                                  const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string person, b.Text("person"));
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, b.Text("unit"));
  JANADHAR_ASSIGN_OR_RETURN(const std::string role_word, b.Text("role"));
  JANADHAR_ASSIGN_OR_RETURN(const auto from, b.OptionalText("from"));
  JANADHAR_ASSIGN_OR_RETURN(const org::Role role, org::ParseRole(role_word));
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, unit, auth::Action::kWrite).status());
  JANADHAR_ASSIGN_OR_RETURN(org::Post post,
                            service::AssignPost(s, person, unit, role, from.value_or(""),
                                                service::OrgActor{who.user.name, unit}));
  return nlohmann::json{{"post", PostJson(post)}};
}

Result<nlohmann::json> EndPost(store::Store& s, const Body& b, const Principal& who,
                               const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const int64_t id, PathId(q, "id", "post"));
  JANADHAR_ASSIGN_OR_RETURN(const auto to, b.OptionalText("to"));
  JANADHAR_ASSIGN_OR_RETURN(const auto post, s.GetPost(id));
  if (!post) return Status::NotFound("no post " + std::to_string(id));
  JANADHAR_RETURN_IF_ERROR(
      Authorize(s, who, q, post->unit, auth::Action::kWrite).status());
  JANADHAR_ASSIGN_OR_RETURN(
      org::Post ended, service::EndPost(s, id, to.value_or(""),
                                        service::OrgActor{who.user.name, post->unit}));
  return nlohmann::json{{"post", PostJson(ended)}};
}

Result<nlohmann::json> AddPerson(store::Store& s, const Body& b, const Principal& who,
                                 const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(service::PersonFields f, PersonFieldsOf(b));
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, b.Text("unit"));
  f.unit = unit;
  JANADHAR_ASSIGN_OR_RETURN(const auth::Access access,
                            Authorize(s, who, q, unit, auth::Action::kWrite));
  JANADHAR_ASSIGN_OR_RETURN(
      org::Person p, service::AddPerson(s, f, service::OrgActor{who.user.name, unit}));
  return PersonWithPostsJson(p, {}, access.unmasked);
}

}  // namespace

void AddOrgWriteRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add("POST", "/api/org/posts", [&stores, &authn](const http::Request& q) {
    return WithUserBody(stores, authn, q, {}, {"person", "unit", "role", "from"},
                        [&q](store::Store& s, const Params&, const Body& b,
                             const Principal& who) { return AssignPost(s, b, who, q); });
  });
  router.Add(
      "POST", "/api/org/posts/{id}/end", [&stores, &authn](const http::Request& q) {
        return WithUserBody(stores, authn, q, {}, {"to"},
                            [&q](store::Store& s, const Params&, const Body& b,
                                 const Principal& who) { return EndPost(s, b, who, q); });
      });
  router.Add("POST", "/api/org/people", [&stores, &authn](const http::Request& q) {
    return WithUserBody(
        stores, authn, q, {},
        {"name_hi", "name_en", "phone", "epic", "joined", "came_from", "unit"},
        [&q](store::Store& s, const Params&, const Body& b, const Principal& who) {
          return AddPerson(s, b, who, q);
        });
  });
}

}  // namespace janadhar::api::internal
