// Proposals over HTTP (`janadhar comms proposal list|show|submit|assign|view|
// decide`), for a logged-in user, scoped to what their roles cover
// (api/authn.h): the list is of a unit's subtree (read access there); a
// proposal is submitted with write access at the unit it comes from; it is
// read, and its committee assigned, a member's view recorded and its
// decision taken, through the unit it came from (read, write); another
// subtree, or a viewer's change, is 403 and audited before anything is done.
// The audit entry of a change names the user.
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "api/comms_json.h"
#include "api/handler_util.h"
#include "api/route_groups.h"
#include "service/comms_proposals.h"

namespace janadhar::api::internal {

namespace {

Result<nlohmann::json> List(store::Store& s, const Params& p, const Principal& who,
                            const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const std::string unit, RequestUnit(p, who));
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, unit, auth::Action::kRead).status());
  JANADHAR_ASSIGN_OR_RETURN(const int limit, p.Int("limit", 0, 0, 1'000'000));
  const std::string status = p.Text("status");
  JANADHAR_ASSIGN_OR_RETURN(auto list, service::ListProposals(s, unit, status, limit));
  return ProposalListJson(list, unit, status);
}

// The unit proposal `id` came from, where the user may do `action`;
// NotFound when there is no such proposal, 403 (audited) when they may not.
Result<std::string> FromUnit(store::Store& s, const Principal& who,
                             const http::Request& q, int64_t id, auth::Action action) {
  JANADHAR_ASSIGN_OR_RETURN(auto record, s.Comms().GetProposal(id));
  if (!record) return Status::NotFound("no proposal " + std::to_string(id));
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, record->proposal.from, action).status());
  return record->proposal.from;
}

Result<nlohmann::json> Show(store::Store& s, const Principal& who,
                            const http::Request& q) {
  JANADHAR_ASSIGN_OR_RETURN(const int64_t id, PathId(q, "id", "proposal"));
  JANADHAR_ASSIGN_OR_RETURN(const std::string from,
                            FromUnit(s, who, q, id, auth::Action::kRead));
  JANADHAR_ASSIGN_OR_RETURN(auto detail, service::ShowProposal(s, id));
  return ProposalDetailJson(detail);
}

Result<nlohmann::json> View(store::Store& s, const Body& b, const Principal& who,
                            const http::Request& q) {
  service::ViewRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.proposal, PathId(q, "id", "proposal"));
  if (!b.Has("member")) {
    return Status::InvalidArgument("field 'member' (the member's person id) is missing");
  }
  JANADHAR_ASSIGN_OR_RETURN(r.member,
                            b.Int("member", 0, 1, std::numeric_limits<int64_t>::max()));
  JANADHAR_ASSIGN_OR_RETURN(r.view, b.Text("view"));
  JANADHAR_ASSIGN_OR_RETURN(r.note, b.TextOr("note", ""));
  JANADHAR_ASSIGN_OR_RETURN(r.on, b.TextOr("on", ""));
  JANADHAR_ASSIGN_OR_RETURN(const std::string from,
                            FromUnit(s, who, q, r.proposal, auth::Action::kWrite));
  r.actor = {who.user.name, from};
  JANADHAR_ASSIGN_OR_RETURN(auto detail, service::RecordView(s, r));
  return ProposalDetailJson(detail);
}

Result<nlohmann::json> Submit(store::Store& s, const Body& b, const Principal& who,
                              const http::Request& q) {
  service::ProposalSubmitRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.from, b.Text("from"));
  JANADHAR_ASSIGN_OR_RETURN(r.title, b.Text("title"));
  JANADHAR_ASSIGN_OR_RETURN(r.text, b.TextOr("text", ""));
  JANADHAR_ASSIGN_OR_RETURN(r.on, b.TextOr("on", ""));
  r.actor = {who.user.name, r.from};
  JANADHAR_RETURN_IF_ERROR(Authorize(s, who, q, r.from, auth::Action::kWrite).status());
  JANADHAR_ASSIGN_OR_RETURN(const org::Proposal p, service::SubmitProposal(s, r));
  return ProposalSubmittedJson(p);
}

Result<nlohmann::json> Assign(store::Store& s, const Body& b, const Principal& who,
                              const http::Request& q) {
  service::CommitteeRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.proposal, PathId(q, "id", "proposal"));
  JANADHAR_ASSIGN_OR_RETURN(r.members,
                            b.IntList("members", 1, std::numeric_limits<int64_t>::max()));
  if (r.members.empty()) {
    return Status::InvalidArgument(
        "field 'members' is missing: give the committee's person ids, {\"members\": [8, "
        "9]}");
  }
  JANADHAR_ASSIGN_OR_RETURN(r.on, b.TextOr("on", ""));
  JANADHAR_ASSIGN_OR_RETURN(const std::string from,
                            FromUnit(s, who, q, r.proposal, auth::Action::kWrite));
  r.actor = {who.user.name, from};
  JANADHAR_ASSIGN_OR_RETURN(auto detail, service::AssignCommittee(s, r));
  return ProposalDetailJson(detail);
}

Result<nlohmann::json> Decide(store::Store& s, const Body& b, const Principal& who,
                              const http::Request& q) {
  service::DecisionRequest r;
  JANADHAR_ASSIGN_OR_RETURN(r.proposal, PathId(q, "id", "proposal"));
  JANADHAR_ASSIGN_OR_RETURN(r.decision, b.Text("decision"));
  JANADHAR_ASSIGN_OR_RETURN(r.reasons, b.Text("reasons"));
  JANADHAR_ASSIGN_OR_RETURN(r.revised_text, b.TextOr("revised_text", ""));
  JANADHAR_ASSIGN_OR_RETURN(r.on, b.TextOr("on", ""));
  JANADHAR_ASSIGN_OR_RETURN(const std::string from,
                            FromUnit(s, who, q, r.proposal, auth::Action::kWrite));
  r.actor = {who.user.name, from};
  JANADHAR_ASSIGN_OR_RETURN(auto detail, service::DecideProposal(s, r));
  return ProposalDetailJson(detail);
}

}  // namespace

void AddCommsProposalRoutes(http::Router& router, StorePool& stores, const Authn& authn) {
  router.Add("GET", "/api/comms/proposals", [&stores, &authn](const http::Request& q) {
    return WithUser(stores, authn, q, {"unit", "status", "limit"},
                    [&q](store::Store& s, const Params& p, const Principal& who) {
                      return List(s, p, who, q);
                    });
  });
  router.Add("GET", "/api/comms/proposals/{id}",
             [&stores, &authn](const http::Request& q) {
               return WithUser(stores, authn, q, {},
                               [&q](store::Store& s, const Params&,
                                    const Principal& who) { return Show(s, who, q); });
             });
  router.Add("POST", "/api/comms/proposals/{id}/views",
             [&stores, &authn](const http::Request& q) {
               return WithUserBody(
                   stores, authn, q, {}, {"member", "view", "note", "on"},
                   [&q](store::Store& s, const Params&, const Body& b,
                        const Principal& who) { return View(s, b, who, q); });
             });
  router.Add("POST", "/api/comms/proposals", [&stores, &authn](const http::Request& q) {
    return WithUserBody(stores, authn, q, {}, {"from", "title", "text", "on"},
                        [&q](store::Store& s, const Params&, const Body& b,
                             const Principal& who) { return Submit(s, b, who, q); });
  });
  router.Add("POST", "/api/comms/proposals/{id}/committee",
             [&stores, &authn](const http::Request& q) {
               return WithUserBody(
                   stores, authn, q, {}, {"members", "on"},
                   [&q](store::Store& s, const Params&, const Body& b,
                        const Principal& who) { return Assign(s, b, who, q); });
             });
  router.Add("POST", "/api/comms/proposals/{id}/decision",
             [&stores, &authn](const http::Request& q) {
               return WithUserBody(
                   stores, authn, q, {}, {"decision", "reasons", "revised_text", "on"},
                   [&q](store::Store& s, const Params&, const Body& b,
                        const Principal& who) { return Decide(s, b, who, q); });
             });
}

}  // namespace janadhar::api::internal
