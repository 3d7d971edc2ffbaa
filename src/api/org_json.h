// The JSON documents of the organisation's read commands, shared by the CLI
// (`janadhar org coverage --json`, `org search --json`, a person and a post
// in the other `org` commands) and the HTTP API (api/routes.h), so both give the
// same shape (docs/conventions.md). Phone and EPIC numbers are masked
// unless `unmask`.
//
// Pure functions of service values; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "org/person.h"
#include "org/unit.h"
#include "service/org_report.h"
#include "store/store.h"

namespace janadhar::api {

// The EPIC masked: "ABC****567"; "" stays "".
std::string MaskEpic(const std::string& epic);

// {id, name_hi, name_en, phone, epic, joined, came_from, status, unit, synthetic}
nlohmann::json PersonJson(const org::Person& p, bool unmask);

// {id, person, unit, role, from, to (null while current)}
nlohmann::json PostJson(const org::Post& q);

// `org people add|show --json` and the API's POST /api/org/people:
// {person, posts: [...]}.
nlohmann::json PersonWithPostsJson(const org::Person& p,
                                   const std::vector<org::Post>& posts, bool unmask);

// The name of the assembly constituency `unit` lies in (its nearest
// ancestor of that level); "" when none.
std::string AcNameOf(const org::UnitTree& tree, int unit);

// {state, unit, rules, booths, covered, share, units: [...], uncovered:
// [...], warnings}: every unit of the report and every uncovered booth with
// what it has and lacks.
nlohmann::json CoverageJson(const service::OrgCoverageResult& r);

// {query, unit, people: [person + score], warnings}
nlohmann::json SearchJson(const service::OrgSearchRequest& request,
                          const std::vector<store::Store::PersonHit>& hits, bool unmask);

}  // namespace janadhar::api
