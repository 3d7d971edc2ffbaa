// Training over HTTP: POST /api/org/training/sessions (`org training
// add-session`), POST /api/org/training/sessions/{id}/attendance (`org
// training attend`) and GET /api/org/training/pending (`org training
// pending`). A session is added with write access at its unit (the user's
// own when not given); attendance needs write access at the session's unit
// and at each attendee's unit; the pending list read access at the unit
// (api/authn.h: 403 and audited otherwise, before anything is done). Phone
// and EPIC numbers are shown in full only where the role allows (for
// attendance: at every attendee's unit). The audit entries name the user and
// the session's unit.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/handler_util.h"
#include "api/org_admin_json.h"
#include "api/route_groups.h"
#include "service/org_people.h"

namespace janadhar::api::internal {

namespace {

Result<nlohmann::json> AddSession(store::Store& s, const Body& b, const Principal& who,
                                  const http::Request& q) {
  org::TrainingSession session;
  JANADHAR_ASSIGN_OR_RETURN(session.unit, b.TextOr("unit", HomeUnit(who)));
  JANADHAR_ASSIGN_OR_RETURN(session.date, b.TextOr("date", ""));
  JANADHAR_ASSIGN_OR_RETURN(session.topic, b.TextOr("topic", ""));
  JANADHAR_ASSIGN_OR_RETURN(session.trainer, b.Text("trainer"));
  JANADHAR_ASSIGN_OR_RETURN(session.induction, b.Bool("induction", false));
  if (session.unit.empty()) {
    return Status::PermissionDenied("user " + who.user.name +
                                    " holds no role; say the session's unit");
  }
  JANADHAR_RETURN_IF_ERROR(
      Authorize(s, who, q, session.unit, auth::Action::kWrite).status());
  JANADHAR_ASSIGN_OR_RETURN(
      org::TrainingSession added,
      service::AddTrainingSession(s, session,
                                  service::OrgActor{who.user.name, session.unit}));
  return nlohmann::json{{"session", SessionJson(added)}};
}

Result<nlohmann::json> Attend(store::Store& s, const Body& b, const Principal& who,
                              const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const int64_t id, PathId(q, "id", "session"));
  JANADHAR_ASSIGN_OR_RETURN(const std::vector<std::string> people, b.TextList("people"));
  JANADHAR_ASSIGN_OR_RETURN(const auto session, s.GetTrainingSession(id));
  if (!session) return Status::NotFound("no training session " + std::to_string(id));
  JANADHAR_ASSIGN_OR_RETURN(const auth::Access at_session,
                            Authorize(s, who, q, session->unit, auth::Action::kWrite));
  bool unmask = at_session.unmasked;
  for (const std::string& w : people) {
    JANADHAR_ASSIGN_OR_RETURN(const org::Person p, service::FindPerson(s, w));
    JANADHAR_ASSIGN_OR_RETURN(const auth::Access access,
                              Authorize(s, who, q, p.unit, auth::Action::kWrite));
    unmask = unmask && access.unmasked;
  }
  JANADHAR_ASSIGN_OR_RETURN(
      service::AttendanceReport r,
      service::RecordAttendance(s, id, people,
                                service::OrgActor{who.user.name, session->unit}));
  return AttendanceJson(r, unmask);
}

Result<nlohmann::json> Pending(store::Store& s, const Params& p, const Principal& who,
                               const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, RequestUnit(p, who));
  JANADHAR_ASSIGN_OR_RETURN(const int limit, p.Int("limit", 0, 0, 1000000));
  JANADHAR_ASSIGN_OR_RETURN(const auth::Access access,
                            Authorize(s, who, q, unit, auth::Action::kRead));
  JANADHAR_ASSIGN_OR_RETURN(const auto pending, s.LoadPendingTraining(unit, limit));
  return PendingJson(unit, pending, access.unmasked);
}

}  // namespace

void AddOrgTrainingRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add(
      "POST", "/api/org/training/sessions", [&stores, &authn](const http::Request& q) {
        return WithUserBody(
            stores, authn, q, {}, {"unit", "date", "topic", "trainer", "induction"},
            [&q](store::Store& s, const Params&, const Body& b, const Principal& who) {
              return AddSession(s, b, who, q);
            });
      });
  router.Add("POST", "/api/org/training/sessions/{id}/attendance",
             [&stores, &authn](const http::Request& q) {
               return WithUserBody(
                   stores, authn, q, {}, {"people"},
                   [&q](store::Store& s, const Params&, const Body& b,
                        const Principal& who) { return Attend(s, b, who, q); });
             });
  router.Add(
      "GET", "/api/org/training/pending", [&stores, &authn](const http::Request& q) {
        return WithUser(stores, authn, q, {"unit", "limit"},
                        [&q](store::Store& s, const Params& p, const Principal& who) {
                          return Pending(s, p, who, q);
                        });
      });
}

}  // namespace janadhar::api::internal
