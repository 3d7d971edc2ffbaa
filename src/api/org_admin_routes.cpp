// The organisation's admin changes over HTTP: POST
// /api/org/people/{who}/readmit (`org people readmit`), POST
// /api/org/people/import (`org people import`) and POST /api/org/units/import
// (`org units import`). The CSV of an import is the JSON body's `csv`
// field, read as the command reads its file (its problems name the file
// "csv"). The unit the user acts for (`unit`, default their own) needs
// write access; so does every stored unit a roster's rows name and every
// stored unit a units file changes or adds units under (IN for a new
// state), and each must lie in the acting unit's subtree or above it: 403
// and audited otherwise, before anything is written and before a row's
// problems that need the store are reported. A file with problems is 422
// naming each at line and column, and nothing is written (a roster is all
// or nothing here). Each change's audit entries name the user and the
// acting unit.
#include <nlohmann/json.hpp>
#include <string>

#include "api/handler_util.h"
#include "api/org_admin_json.h"
#include "api/org_json.h"
#include "api/route_groups.h"
#include "service/org_import.h"
#include "service/org_people.h"

namespace janadhar::api::internal {

namespace {

// The unit the body says the user acts for (default their own), where they
// may write.
Result<std::string> ActingUnit(store::Store& s, const Body& b, const Principal& who,
                               const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const auto given, b.OptionalText("unit"));
  std::string unit = given.value_or(HomeUnit(who));
  if (unit.empty()) {
    return Status::PermissionDenied("user " + who.user.name +
                                    " holds no role, so they act for no unit");
  }
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, unit, auth::Action::kWrite).status());
  return unit;
}

// The check of each unit an import names: write access there (403 and
// audited otherwise), and in the acting unit's subtree or above it.
std::function<Status(const std::string&)> UnitCheck(store::Store& s, const Principal& who,
                                                    const http::Request& q,
                                                    const std::string& acting) {
  return [&s, &who, &q, acting](const std::string& unit) -> Status {
    JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, unit, auth::Action::kWrite).status());
    JANADHAR_ASSIGN_OR_RETURN(const bool related, Related(s, acting, unit));
    if (related) return Status::Ok();
    return Status::PermissionDenied("the file names " + unit + ", which is not in " +
                                    acting + "'s subtree; act for a unit above both");
  };
}

Result<nlohmann::json> Readmit(store::Store& s, const Body& b, const Principal& who,
                               const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string reason, b.TextOr("reason", ""));
  JANADHAR_ASSIGN_OR_RETURN(org::Person p, service::FindPerson(s, q.params.at("who")));
  JANADHAR_ASSIGN_OR_RETURN(const auth::Access access,
                            Authorize(s, who, q, p.unit, auth::Action::kWrite));
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, ActingUnit(s, b, who, q));
  JANADHAR_ASSIGN_OR_RETURN(
      p, service::ReadmitPerson(s, q.params.at("who"), reason,
                                service::OrgActor{who.user.name, unit}));
  JANADHAR_ASSIGN_OR_RETURN(std::vector<org::Post> posts, s.LoadPersonPosts(p.id, true));
  return PersonWithPostsJson(p, posts, access.unmasked);
}

Result<http::Response> ImportPeople(store::Store& s, const Body& b, const Principal& who,
                                    const http::Request& q) {
  service::RosterImportRequest r;
  r.file = "csv";
  JANADHAR_ASSIGN_OR_RETURN(r.text, b.Text("csv"));
  JANADHAR_ASSIGN_OR_RETURN(r.default_joined, b.TextOr("joined", ""));
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, ActingUnit(s, b, who, q));
  r.actor = service::OrgActor{who.user.name, unit};
  r.check_unit = UnitCheck(s, who, q, unit);
  JANADHAR_ASSIGN_OR_RETURN(service::RosterImportReport report,
                            service::ImportRoster(s, r));
  if (!report.written) {
    return ProblemsResponse(
        report.problems,
        (report.rows_refused > 0
             ? std::to_string(report.rows_refused) + " of " +
                   std::to_string(report.rows_read) + " rows of the roster have errors"
             : std::string("the roster has errors")) +
            "; nothing was imported");
  }
  return JsonResponse(RosterImportJson(report));
}

Result<http::Response> ImportUnits(store::Store& s, const Body& b, const Principal& who,
                                   const http::Request& q) {
  service::UnitsImportRequest r;
  r.file = "csv";
  JANADHAR_ASSIGN_OR_RETURN(r.text, b.Text("csv"));
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, ActingUnit(s, b, who, q));
  r.actor = service::OrgActor{who.user.name, unit};
  r.check_unit = UnitCheck(s, who, q, unit);
  JANADHAR_ASSIGN_OR_RETURN(service::UnitsImportReport report,
                            service::ImportUnits(s, r));
  if (!report.written) {
    return ProblemsResponse(report.problems,
                            "the units file has errors; no unit was changed");
  }
  return JsonResponse(UnitsImportJson(report));
}

}  // namespace

void AddOrgAdminRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add(
      "POST", "/api/org/people/{who}/readmit", [&stores, &authn](const http::Request& q) {
        return WithUserBody(stores, authn, q, {}, {"unit", "reason"},
                            [&q](store::Store& s, const Params&, const Body& b,
                                 const Principal& who) { return Readmit(s, b, who, q); });
      });
  router.Add("POST", "/api/org/people/import", [&stores, &authn](const http::Request& q) {
    return WithUserBody(
        stores, authn, q, {}, {"csv", "unit", "joined"},
        [&q](store::Store& s, const Params&, const Body& b, const Principal& who) {
          return ImportPeople(s, b, who, q);
        });
  });
  router.Add("POST", "/api/org/units/import", [&stores, &authn](const http::Request& q) {
    return WithUserBody(stores, authn, q, {}, {"csv", "unit"},
                        [&q](store::Store& s, const Params&, const Body& b,
                             const Principal& who) { return ImportUnits(s, b, who, q); });
  });
}

}  // namespace janadhar::api::internal
