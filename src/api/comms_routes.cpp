// The directives over HTTP (`janadhar comms directive list|show|compliance|
// overdue|send|ack|done`), for a logged-in user, scoped to what their roles cover
// (api/authn.h): the unit named is checked (read for a GET, write for a
// change) before anything is done; another subtree, or a viewer's change,
// is 403 and audited. A directive is readable through a unit it concerns
// (sent from above it, by it or below it) or through its sender; so are its
// compliance and overdue units over that unit's subtree. The audit
// entry of a change names the user and the unit they act for.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "api/comms_json.h"
#include "api/handler_util.h"
#include "api/route_groups.h"
#include "service/comms_directives.h"

namespace janadhar::api::internal {

namespace {

Result<nlohmann::json> List(store::Store& s, const Params& p, const Principal& who,
                            const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, RequestUnit(p, who));
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, unit, auth::Action::kRead).status());
  JANADHAR_ASSIGN_OR_RETURN(const int limit, p.Int("limit", 0, 0, 1'000'000));
  JANADHAR_ASSIGN_OR_RETURN(auto list, service::ListDirectives(s, unit, limit));
  return DirectiveListJson(list, unit);
}

// Directive `id`, read through `unit` (read access there checked): it must
// concern the unit, or the user read its sender's unit.
Result<org::Directive> ReadThrough(store::Store& s, const Principal& who,
                                   const http::Request& q, int64_t id,
                                   const std::string& unit) {
  return ReadThroughUnit(
      s, who, q, unit, [id](store::Store& st) { return service::GetDirective(st, id); });
}

Result<nlohmann::json> Show(store::Store& s, const Params& p, const Principal& who,
                            const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const int64_t id, PathId(q, "id", "directive"));
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, RequestUnit(p, who));
  JANADHAR_RETURN_IF_ERROR(ReadThrough(s, who, q, id, unit).status());
  service::ComplianceRequest r;
  r.directive = id;
  r.depth = 0;
  r.as_of = p.Text("as_of");
  JANADHAR_ASSIGN_OR_RETURN(auto result, service::DirectiveCompliance(s, r));
  JANADHAR_ASSIGN_OR_RETURN(auto target, s.Comms().GetDirectiveTarget(id, unit));
  return DirectiveShowJson(result, target ? &*target : nullptr);
}

// `compliance` (`depth`: units listed below the unit, all when not given)
// and `overdue` of directive {id} over the subtree of the unit asked about.
Result<nlohmann::json> RollUp(store::Store& s, const Params& p, const Principal& who,
                              const http::Request& q, bool overdue) {
  service::ComplianceRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.directive, PathId(q, "id", "directive"));
  JANADHAR_ASSIGN_OR_RETURN(r.unit, RequestUnit(p, who));
  JANADHAR_ASSIGN_OR_RETURN(r.depth, p.Int("depth", -1, 0, 1000));
  if (overdue) r.depth = 0;  // only the late units are listed
  r.as_of = p.Text("as_of");
  JANADHAR_RETURN_IF_ERROR(ReadThrough(s, who, q, r.directive, r.unit).status());
  JANADHAR_ASSIGN_OR_RETURN(auto result, service::DirectiveCompliance(s, r));
  return overdue ? DirectiveOverdueJson(result) : DirectiveComplianceJson(result);
}

Result<nlohmann::json> Send(store::Store& s, const Body& b, const Principal& who,
                            const http::Request& q) {
  service::DirectiveRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.from, b.Text("unit"));
  JANADHAR_ASSIGN_OR_RETURN(r.title, b.Text("title"));
  JANADHAR_ASSIGN_OR_RETURN(r.deadline, b.Text("deadline"));
  JANADHAR_ASSIGN_OR_RETURN(r.to, b.TextOr("to", ""));
  JANADHAR_ASSIGN_OR_RETURN(r.level, b.TextOr("level", ""));
  JANADHAR_ASSIGN_OR_RETURN(r.text, b.TextOr("text", ""));
  JANADHAR_ASSIGN_OR_RETURN(r.issued_on, b.TextOr("on", ""));
  r.actor = {who.user.name, r.from};
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, r.from, auth::Action::kWrite).status());
  JANADHAR_ASSIGN_OR_RETURN(const org::Directive d, service::SendDirective(s, r));
  return DirectiveSentJson(d);
}

Result<nlohmann::json> Report(store::Store& s, const Body& b, const Principal& who,
                              const http::Request& q, bool done) {
  service::DirectiveReportRequest r;
  r.done = done;
  JANADHAR_ASSIGN_OR_RETURN(r.directive, PathId(q, "id", "directive"));
  JANADHAR_ASSIGN_OR_RETURN(r.unit, b.Text("unit"));
  if (done) {
    JANADHAR_ASSIGN_OR_RETURN(r.note, b.Text("note"));
  } else {
    JANADHAR_ASSIGN_OR_RETURN(r.note, b.TextOr("note", ""));
  }
  JANADHAR_ASSIGN_OR_RETURN(r.on, b.TextOr("on", ""));
  r.actor = {who.user.name, r.unit};
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, r.unit, auth::Action::kWrite).status());
  JANADHAR_ASSIGN_OR_RETURN(const org::DirectiveTarget t,
                            service::ReportOnDirective(s, r));
  return DirectiveReportedJson(r.directive, t);
}

}  // namespace

void AddCommsRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add("GET", "/api/comms/directives", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {"unit", "limit"},
                    [&q](store::Store& s, const Params& p, const Principal& who) {
                      return List(s, p, who, q);
                    });
  });
  router.Add("GET", "/api/comms/directives/{id}",
             [&stores, &authn](const http::Request& q) {
               return WithUser(stores, authn, q, {"unit", "as_of"},
                               [&q](store::Store& s, const Params& p,
                                    const Principal& who) { return Show(s, p, who, q); });
             });
  router.Add("GET", "/api/comms/directives/{id}/compliance",
             [&stores, &authn](const http::Request& q) {
               return WithUser(
                   stores, authn, q, {"unit", "depth", "as_of"},
                   [&q](store::Store& s, const Params& p, const Principal& who) {
                     return RollUp(s, p, who, q, false);
                   });
             });
  router.Add("GET", "/api/comms/directives/{id}/overdue",
             [&stores, &authn](const http::Request& q) {
               return WithUser(
                   stores, authn, q, {"unit", "as_of"},
                   [&q](store::Store& s, const Params& p, const Principal& who) {
                     return RollUp(s, p, who, q, true);
                   });
             });
  router.Add("POST", "/api/comms/directives", [&stores, &authn](const http::Request& q) {
    return WithUserBody(stores, authn, q, {},
                        {"unit", "to", "level", "title", "text", "deadline", "on"},
                        [&q](store::Store& s, const Params&, const Body& b,
                             const Principal& who) { return Send(s, b, who, q); });
  });
  for (const bool done : {false, true}) {
    router.Add(
        "POST",
        done ? "/api/comms/directives/{id}/done" : "/api/comms/directives/{id}/ack",
        [&stores, &authn, done](const http::Request& q) {
          return WithUserBody(
              stores, authn, q, {}, {"unit", "note", "on"},
              [&q, done](store::Store& s, const Params&, const Body& b,
                         const Principal& who) { return Report(s, b, who, q, done); });
        });
  }
}

}  // namespace janadhar::api::internal
