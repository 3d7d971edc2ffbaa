// A person over HTTP: GET /api/org/people/{who} (`org people show`), and
// POST /api/org/people/{who}/edit, /leave and /expel (`org people edit`,
// `leave`, `expel`). {who} is a mobile number, an EPIC number or the store id
// (as the commands take it; `#` is written `%23` or left out). Reading needs
// read access at the person's unit; a change write access there, and an edit
// that moves them to another unit write access at that one too (api/authn.h:
// 403 and audited otherwise, before anything is done). Phone and EPIC
// numbers are shown in full only where the role allows.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/handler_util.h"
#include "api/org_json.h"
#include "api/route_groups.h"
#include "service/org_people.h"

namespace janadhar::api::internal {

namespace {

// The person of the path and what the user may do at their unit.
struct Found {
  org::Person person;
  auth::Access access;
};

Result<Found> FindAt(store::Store& s, const Principal& who, const http::Request& q,
                     auth::Action action) {
  JANADHAR_ASSIGN_OR_RETURN(org::Person p, service::FindPerson(s, q.params.at("who")));
  JANADHAR_ASSIGN_OR_RETURN(auth::Access access, Authorize(s, who, q, p.unit, action));
  return Found{std::move(p), access};
}

Result<nlohmann::json> Answer(store::Store& s, const org::Person& p, bool unmask,
                              bool all_posts) {
  JANADHAR_ASSIGN_OR_RETURN(std::vector<org::Post> posts,
                            s.LoadPersonPosts(p.id, !all_posts));
  return PersonWithPostsJson(p, posts, unmask);
}

Result<nlohmann::json> Show(store::Store& s, const Principal& who,
                            const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(Found f, FindAt(s, who, q, auth::Action::kRead));
  return Answer(s, f.person, f.access.unmasked, /*all_posts=*/true);
}

Result<nlohmann::json> Edit(store::Store& s, const Body& b, const Principal& who,
                            const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(service::PersonFields f, PersonFieldsOf(b));
  JANADHAR_ASSIGN_OR_RETURN(f.unit, b.OptionalText("unit"));
  JANADHAR_ASSIGN_OR_RETURN(Found found, FindAt(s, who, q, auth::Action::kWrite));
  if (f.unit && *f.unit != found.person.unit) {  // moving them: theirs too
    JANADHAR_RETURN_IF_ERROR(
        Authorize(s, who, q, *f.unit, auth::Action::kWrite).status());
  }
  JANADHAR_ASSIGN_OR_RETURN(
      org::Person p,
      service::EditPerson(s, q.params.at("who"), f,
                          service::OrgActor{who.user.name, found.person.unit}));
  return Answer(s, p, found.access.unmasked, /*all_posts=*/false);
}

Result<nlohmann::json> Remove(store::Store& s, const Body& b, const Principal& who,
                              const http::Request& q, org::PersonStatus status) {
  JANADHAR_ASSIGN_OR_RETURN(const auto date, b.OptionalText("date"));
  JANADHAR_ASSIGN_OR_RETURN(const auto reason, b.OptionalText("reason"));
  JANADHAR_ASSIGN_OR_RETURN(Found found, FindAt(s, who, q, auth::Action::kWrite));
  JANADHAR_ASSIGN_OR_RETURN(
      org::Person p,
      service::RemovePerson(s, q.params.at("who"), status, date.value_or(""),
                            reason.value_or(""),
                            service::OrgActor{who.user.name, found.person.unit}));
  return Answer(s, p, found.access.unmasked, /*all_posts=*/false);
}

}  // namespace

void AddOrgPeopleRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add("GET", "/api/org/people/{who}", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {},
                    [&q](store::Store& s, const Params&, const Principal& who) {
                      return Show(s, who, q);
                    });
  });
  router.Add("POST", "/api/org/people/{who}/edit",
             [&stores, &authn](const http::Request& q) {
               return WithUserBody(
                   stores, authn, q, {},
                   {"name_hi", "name_en", "phone", "epic", "joined", "came_from", "unit"},
                   [&q](store::Store& s, const Params&, const Body& b,
                        const Principal& who) { return Edit(s, b, who, q); });
             });
  for (const auto& [path, new_status] :
       {std::pair{"/api/org/people/{who}/leave", org::PersonStatus::kLeft},
        std::pair{"/api/org/people/{who}/expel", org::PersonStatus::kExpelled}}) {
    router.Add("POST", path,
               [&stores, &authn, status = new_status](const http::Request& q) {
                 return WithUserBody(stores, authn, q, {}, {"date", "reason"},
                                     [&q, status](store::Store& s, const Params&,
                                                  const Body& b, const Principal& who) {
                                       return Remove(s, b, who, q, status);
                                     });
               });
  }
}

}  // namespace janadhar::api::internal
