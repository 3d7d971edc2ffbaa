// The HTTP API: every endpoint over the service layer, JSON out, the
// same documents the matching CLI command prints with --json (api/
// results_json.h, analysis_json.h, forecast_json.h, backtest_json.h,
// seat_share_json.h, org_json.h, comms_json.h, users_json.h). docs/api.md
// lists them with examples.
//
// clang-format off
//   GET /api/health                            store reachable, its schema
//   GET /api/elections                         `janadhar elections`
//   GET /api/elections/{election}/parties      `analyse parties` (?state, with_nota)
//   GET /api/elections/{election}/seats        `analyse seats` (?state, party, with_nota)
//   GET /api/elections/{election}/booths       `analyse booths` (?party, state, ac, pc,
//                                              grade_a, grade_b, grade_c)
//   GET /api/elections/{election}/targets      `analyse targets` (?party, state, within,
//                                              booths, with_nota)
//   GET /api/elections/{election}/swing        `analyse swing --to election` (?from,
//                                              state, party, with_nota)
//   GET /api/elections/{election}/iou          `analyse iou` (?ruling, state)
//   POST /api/forecast                         `forecast FILE` (+ the --plot chart as svg)
//   POST /api/backtest                         `backtest`
//   POST /api/seat-share                       `seat-share`
//   POST|GET|DELETE /api/session               log in, who am I, log out
//   POST /api/session/password                 one's own password {old_password,
//                                              new_password}
//   GET /api/users                             `users list` (the caller's subtree)
//   POST /api/users                            `users add` {name, password, display_name}
//   POST /api/users/{name}/grant, /revoke      `users grant|revoke` {role, unit}
//   POST /api/users/{name}/disable, /enable    `users disable|enable` {}
//   POST /api/users/{name}/password            `users passwd` {password}
//   GET /api/org/coverage                      `org coverage` (?state, unit, depth,
//                                              uncovered)
//   GET /api/org/search                        `org search` (?q, unit, limit, active)
//   POST /api/org/posts                        `org posts assign` {person, unit, role, from}
//   POST /api/org/posts/{id}/end               `org posts end` {to}
//   POST /api/org/people                       `org people add` {name_hi, name_en, phone,
//                                              epic, joined, came_from, unit}
//   GET /api/org/people/{who}                  `org people show`
//   POST /api/org/people/{who}/edit            `org people edit` {the fields of add}
//   POST /api/org/people/{who}/leave, /expel   `org people leave|expel` {date, reason}
//   POST /api/org/people/{who}/readmit         `org people readmit` {unit, reason}
//   POST /api/org/people/import                `org people import` {csv, unit, joined}
//   POST /api/org/units/import                 `org units import` {csv, unit}
//   POST /api/org/training/sessions            `org training add-session` {unit, date,
//                                              topic, trainer, induction}
//   POST /api/org/training/sessions/{id}/attendance
//                                              `org training attend` {people}
//   GET /api/org/training/pending              `org training pending` (?unit, limit)
//   GET /api/org/settings                      `org settings`
//   POST /api/org/settings                     `org settings --set` {KEY: VALUE, …}
//   GET /api/org/audit                         `org audit` (?unit, subject, limit, unmask)
//   GET /api/comms/directives                  `comms directive list` (?unit, limit)
//   GET /api/comms/directives/{id}             `comms directive show` (?unit, as_of)
//   GET /api/comms/directives/{id}/compliance  `comms directive compliance` (?unit,
//                                              depth, as_of)
//   GET /api/comms/directives/{id}/overdue     `comms directive overdue` (?unit, as_of)
//   POST /api/comms/directives                 `comms directive send` {unit, to, level,
//                                              title, text, deadline, on}
//   POST /api/comms/directives/{id}/ack        `comms directive ack` {unit, note, on}
//   POST /api/comms/directives/{id}/done       `comms directive done` {unit, note, on}
//   GET /api/comms/reports                     `comms report list` (?unit, limit)
//   GET /api/comms/reports/{id}                `comms report show` (?unit, period)
//   GET /api/comms/reports/{id}/rollup         `comms report rollup` (?unit, period, depth)
//   GET /api/comms/reports/{id}/missing        `comms report missing` (?unit, period)
//   POST /api/comms/reports                    `comms report define` {unit, to, level,
//                                              title, fields, on}
//   POST /api/comms/reports/{id}/submissions   `comms report submit` {unit, period,
//                                              values, on}
//   GET /api/comms/proposals                   `comms proposal list` (?unit, status, limit)
//   GET /api/comms/proposals/{id}              `comms proposal show`
//   POST /api/comms/proposals                  `comms proposal submit` {from, title, text, on}
//   POST /api/comms/proposals/{id}/committee   `comms proposal assign` {members, on}
//   POST /api/comms/proposals/{id}/views       `comms proposal view` {member, view, note, on}
//   POST /api/comms/proposals/{id}/decision    `comms proposal decide` {decision, reasons,
//                                              revised_text, on}
//   GET / and /ui/...                          the web UI (web/assets.h)
// clang-format on
//
// The results and their analyses (booths, targets, swing, iou) are public;
// everything else needs a user (api/authn.h: a session cookie with its CSRF
// token, or a bearer token); the projections (forecast, backtest, seat-share) take any
// user, as they cost CPU rather than show data; the organisation's reads are
// scoped to what their roles cover: another subtree is 403, audited. Phone and EPIC
// numbers are masked unless a role allows them. Query parameters are checked
// (api/params.h): an unknown one, one given twice or a value of the wrong
// type is 400 naming it; so are a JSON body's fields (api/body.h). A change
// needs write access at the unit it is about, checked before anything is
// done, and its audit entry names the user; managing users needs a role
// allowing grant (admin) over every unit concerned (users_routes.cpp). A
// path no endpoint has is 404, a method the path does not take 405 with
// Allow; failures of the services are mapped to HTTP statuses by
// api/errors.h, with the CLI's error body.
//
// The POST endpoints take a JSON body checked by api/body.h (an unknown
// field or a value of the wrong type is 400 naming it); the scenarios in
// them are TOML text, and one with errors is 422 with its problems.
//
// The public endpoints (elections, parties, seats, booths, targets, swing,
// iou) are answered from a ResponseCache when one is given
// (api/response_cache.h): kept until the store's data changes.
//
// Ownership: an Api borrows its StorePool, cache and Authn (when given),
// which must outlive it.
// Thread-safety: Handle may be called from many threads at once; each call
// leases a store of its own.
#pragma once

#include <memory>

#include "api/authn.h"
#include "api/response_cache.h"
#include "api/store_pool.h"
#include "http/http.h"

namespace janadhar::api {

class Api {
 public:
  // `cache` may be null: every request is then computed. `authn` may be
  // null: the Api then has one with the default options.
  explicit Api(StorePool& stores, ResponseCache* cache = nullptr, Authn* authn = nullptr);

  // The response to one request (never throws for a bad request).
  http::Response Handle(const http::Request& request) const;

 private:
  StorePool& stores_;
  ResponseCache* cache_;
  std::unique_ptr<Authn> own_authn_;
  Authn& authn_;
  http::Router router_;
};

}  // namespace janadhar::api
