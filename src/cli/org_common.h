// What the `janadhar org …` subcommands share: who makes a change (--by,
// --for), how a person or a post is shown (phones masked unless
// --unmask), and the registration of each group of subcommands (one file
// each). Main thread only.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "api/org_json.h"
#include "cli/analyse_output.h"
#include "org/person.h"
#include "service/org_people.h"

namespace CLI {
class App;
}

namespace janadhar::cli {

// Adds --by USER (default $JANADHAR_USER, else $USER) and --for UNIT to `c`.
void AddActorOptions(CLI::App* c, service::OrgActor& actor);
// The user by default: $JANADHAR_USER, else $USER, else "".
std::string DefaultUser();

// A person and a post as JSON are api::PersonJson and api::PostJson
// (api/org_json.h), shared with the API.
using api::PostJson;
// A person as a two-column sheet (field, value).
report::Sheet PersonSheet(const std::string& title, const org::Person& p, bool unmask);
using api::MaskEpic;  // "ABC****567" (api/org_json.h)

// The groups of `janadhar org` subcommands.
void AddOrgPeopleCommands(CLI::App* org, Context& ctx);    // org_people_cmd.cpp
void AddOrgTrainingCommands(CLI::App* org, Context& ctx);  // org_training_cmd.cpp
void AddOrgReportCommands(CLI::App* org, Context& ctx);    // org_report_cmd.cpp

}  // namespace janadhar::cli
