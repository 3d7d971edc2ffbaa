#include "cli/org_common.h"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <string>

#include "org/phone.h"

namespace janadhar::cli {

using report::Cell;

std::string DefaultUser() {
  for (const char* name : {"JANADHAR_USER", "USER"}) {
    const char* v = std::getenv(name);
    if (v != nullptr && *v != '\0') return v;
  }
  return "";
}

void AddActorOptions(CLI::App* c, service::OrgActor& actor) {
  actor.user = DefaultUser();
  c->add_option("--by", actor.user,
                "Who makes the change, for the audit log (default $JANADHAR_USER or "
                "$USER)");
  c->add_option("--for", actor.unit, "The unit (code) you act for, for the audit log");
}

report::Sheet PersonSheet(const std::string& title, const org::Person& p, bool unmask) {
  report::Sheet sheet(title, {{"Field"}, {"Value"}});
  const auto row = [&](const std::string& field, const std::string& value) {
    sheet.AddRow(
        {Cell::Text(field), value.empty() ? Cell::Missing() : Cell::Text(value)});
  };
  row("id", "#" + std::to_string(p.id));
  row("name (hi)", p.name_hi);
  row("name (en)", p.name_en);
  row("phone", unmask ? p.phone : org::MaskPhone(p.phone));
  row("EPIC", unmask ? p.epic : MaskEpic(p.epic));
  row("joined", p.joined);
  row("came from", p.came_from);
  row("status", std::string(org::PersonStatusName(p.status)));
  row("unit", p.unit);
  if (!unmask) sheet.AddNote("Phones and EPIC numbers are masked; --unmask shows them.");
  return sheet;
}

}  // namespace janadhar::cli
