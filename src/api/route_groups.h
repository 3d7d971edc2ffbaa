// Internal to api/: each group of endpoints adds its routes to the Api's
// router (routes.cpp builds the Api from them). Handlers borrow the pool,
// the Authn and the cache, which outlive the router (api/routes.h).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "api/authn.h"
#include "api/response_cache.h"
#include "api/store_pool.h"
#include "auth/user.h"
#include "http/http.h"

namespace janadhar::service {
struct LoginResult;
}  // namespace janadhar::service

namespace janadhar::api::internal {

// POST, GET and DELETE /api/session (session_routes.cpp).
void AddSessionRoutes(http::Router& router, StorePool& stores, Authn& authn);
// The document of a session, as the login and GET /api/session give it:
// {user: {name, display_name, grants}, via, csrf_token, expires_at} (null
// for "" and 0) (session_routes.cpp).
nlohmann::json LoginSessionJson(const auth::User& user, const std::string& csrf,
                                int64_t expires_at, std::string_view via);
// 429 with Retry-After when the login rate limit holds `key` (a normalized
// user name) or the request's client back; nullopt when it does not.
std::optional<http::Response> TooManyTries(Authn& authn, const std::string& key,
                                           const http::Request& q, int64_t now);
// 200 with a new session: LoginSessionJson of `login` plus `extra`'s fields,
// its cookie and no caching (a login, a password change in a session).
http::Response NewSessionResponse(const Authn& authn, const service::LoginResult& login,
                                  int64_t now, const nlohmann::json& extra);
// GET and POST /api/users, POST /api/users/{name}/grant, …/revoke,
// …/disable, …/enable, …/password, and POST /api/session/password
// (users_routes.cpp).
void AddUsersRoutes(http::Router& router, StorePool& stores, Authn& authn);
// /api/org/… (org_routes.cpp).
void AddOrgRoutes(http::Router& router, StorePool& stores, const Authn& authn);
// POST /api/org/posts, /api/org/posts/{id}/end, /api/org/people
// (org_write_routes.cpp).
void AddOrgWriteRoutes(http::Router& router, StorePool& stores, const Authn& authn);
// GET /api/org/people/{who}, POST …/edit, …/leave, …/expel
// (org_people_routes.cpp).
void AddOrgPeopleRoutes(http::Router& router, StorePool& stores, const Authn& authn);
// POST /api/org/people/{who}/readmit, /api/org/people/import,
// /api/org/units/import (org_admin_routes.cpp).
void AddOrgAdminRoutes(http::Router& router, StorePool& stores, const Authn& authn);
// POST /api/org/training/sessions, …/sessions/{id}/attendance, GET
// /api/org/training/pending (org_training_routes.cpp).
void AddOrgTrainingRoutes(http::Router& router, StorePool& stores, const Authn& authn);
// GET and POST /api/org/settings, GET /api/org/audit (org_settings_routes.cpp).
void AddOrgSettingsRoutes(http::Router& router, StorePool& stores, const Authn& authn);
// /api/comms/directives… (comms_routes.cpp).
void AddCommsRoutes(http::Router& router, StorePool& stores, const Authn& authn);
// /api/comms/reports… (comms_report_routes.cpp).
void AddCommsReportRoutes(http::Router& router, StorePool& stores, const Authn& authn);
// /api/comms/proposals… (comms_proposal_routes.cpp).
void AddCommsProposalRoutes(http::Router& router, StorePool& stores, const Authn& authn);
// GET /api/elections/{e}/booths, /targets, /swing and /iou, public, through
// `cache` when not null (analysis_routes.cpp).
void AddAnalysisRoutes(http::Router& router, StorePool& stores, ResponseCache* cache);
// POST /api/forecast and /api/backtest, for a logged-in user
// (forecast_routes.cpp).
void AddForecastRoutes(http::Router& router, StorePool& stores, const Authn& authn);
// The most simulations a request may run (forecast, seat-share), and the
// check of a scenario's own count when the request gives none:
// InvalidArgument when the scenario text asks for more (forecast_routes.cpp).
inline constexpr int64_t kMaxApiSimulations = 200000;
Status CheckScenarioSimulations(const std::string& name, const std::string& text);
// POST /api/seat-share, for a logged-in user (seat_share_routes.cpp).
void AddSeatShareRoutes(http::Router& router, StorePool& stores, const Authn& authn);

}  // namespace janadhar::api::internal
