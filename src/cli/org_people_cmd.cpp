// `janadhar org people add|edit|leave|expel|readmit|show|import`, `org posts
// assign|end` and `org units import`: thin adapters over
// service/org_people.h and service/org_import.h. Each prints what it stored
// (or the refused rows at file:line:column), --json for scripts.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "api/org_admin_json.h"
#include "base/text.h"
#include "cli/org_common.h"
#include "service/org_import.h"
#include "service/org_people.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

struct PersonArgs {
  std::string who;
  service::PersonFields fields;
  std::string name_hi, name_en, phone, epic, joined, came_from, unit;
  std::string date, reason;
  bool unmask = false;
  service::OrgActor actor;
};

// Copies the options given on the command line into `fields`.
void Collect(CLI::App* c, PersonArgs& a) {
  // Only add and edit have these options (CLI11 throws for an unknown one).
  const auto take = [c](const char* flag, const std::string& value,
                        std::optional<std::string>& field) {
    const CLI::Option* o = c->get_option_no_throw(flag);
    if (o != nullptr && o->count() > 0) field = value;
  };
  take("--name-hi", a.name_hi, a.fields.name_hi);
  take("--name-en", a.name_en, a.fields.name_en);
  take("--phone", a.phone, a.fields.phone);
  take("--epic", a.epic, a.fields.epic);
  take("--joined", a.joined, a.fields.joined);
  take("--came-from", a.came_from, a.fields.came_from);
  take("--unit", a.unit, a.fields.unit);
}

void AddFieldOptions(CLI::App* c, PersonArgs& a) {
  c->add_option("--name-hi", a.name_hi, "Name in Devanagari (राम कुमार)");
  c->add_option("--name-en", a.name_en, "Name in Latin letters (Ram Kumar)");
  c->add_option("--phone", a.phone, "Mobile number (98765 43210, +91…)");
  c->add_option("--epic", a.epic, "Voter-ID (EPIC) number, ABC1234567");
  c->add_option("--joined", a.joined, "Date joined, YYYY-MM-DD (default today)");
  c->add_option("--came-from", a.came_from, "The party they came from (INC)");
  c->add_option("--unit", a.unit, "Code of the unit they work in (S24/AC173/B45)");
}

void ShowPerson(Context& ctx, const std::string& line, const org::Person& p, bool unmask,
                const std::vector<org::Post>& posts = {}) {
  Output out;
  out.lines.push_back(line);
  out.sheets.push_back(PersonSheet("Person", p, unmask));
  report::Sheet ps("Posts",
                   {{"Post", Kind::kInteger}, {"Unit"}, {"Role"}, {"From"}, {"To"}});
  for (const org::Post& q : posts) {
    ps.AddRow({Cell::Int(q.id), Cell::Text(q.unit),
               Cell::Text(std::string(org::RoleName(q.role))), Cell::Text(q.from),
               q.to.empty() ? Cell::Missing() : Cell::Text(q.to)});
  }
  if (!posts.empty()) out.sheets.push_back(std::move(ps));
  out.json = api::PersonWithPostsJson(p, posts, unmask);
  Emit(ctx, out, "");
}

void RunPerson(Context& ctx, const std::string& action, PersonArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  Result<org::Person> p = Status::Internal("no action " + action);
  if (action == "add") p = service::AddPerson(*store, a.fields, a.actor);
  if (action == "edit") p = service::EditPerson(*store, a.who, a.fields, a.actor);
  if (action == "leave") {
    p = service::RemovePerson(*store, a.who, org::PersonStatus::kLeft, a.date, a.reason,
                              a.actor);
  }
  if (action == "expel") {
    p = service::RemovePerson(*store, a.who, org::PersonStatus::kExpelled, a.date,
                              a.reason, a.actor);
  }
  if (action == "readmit") p = service::ReadmitPerson(*store, a.who, a.reason, a.actor);
  if (action == "show") p = service::FindPerson(*store, a.who);
  if (!p.ok()) return ctx.Fail(p.status());
  auto posts = store->LoadPersonPosts(p->id, action == "show" ? false : true);
  if (!posts.ok()) return ctx.Fail(posts.status());
  const std::string name = org::DisplayName(*p) + " (#" + std::to_string(p->id) + ")";
  std::string line;
  if (action == "add") line = "Added " + name + " to " + p->unit + ".";
  if (action == "edit") line = "Updated " + name + ".";
  if (action == "leave") line = name + " left; their posts ended.";
  if (action == "expel") line = name + " was expelled; their posts ended.";
  if (action == "readmit")
    line = "Readmitted " + name + " (" + a.actor.unit + ", reason on record).";
  if (action == "show") line = name;
  ShowPerson(ctx, line, *p, a.unmask, *posts);
}

void AddPersonCommand(CLI::App* people, Context& ctx, const std::string& action,
                      const std::string& help) {
  auto a = std::make_shared<PersonArgs>();
  CLI::App* c = people->add_subcommand(action, help);
  if (action != "add") {
    c->add_option("who", a->who, "The person: mobile number, EPIC or id (#12)")
        ->required();
  }
  if (action == "add" || action == "edit") AddFieldOptions(c, *a);
  if (action == "leave" || action == "expel") {
    c->add_option("--date", a->date, "The day, YYYY-MM-DD (default today)");
  }
  if (action == "leave" || action == "expel" || action == "readmit") {
    c->add_option("--reason", a->reason,
                  action == "readmit" ? "Why the party takes them back (required)"
                                      : "Why, for the record");
  }
  if (action != "show") AddActorOptions(c, a->actor);
  c->add_flag("--unmask", a->unmask, "Show phone and EPIC numbers in full");
  c->callback([&ctx, c, a, action] {
    Collect(c, *a);
    RunPerson(ctx, action, *a);
  });
}

void RunRosterImport(Context& ctx, const service::RosterImportRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto report = service::ImportRoster(*store, request);
  if (!report.ok()) return ctx.Fail(report.status());
  if (!report->written) {
    return FailWithProblems(
        ctx, report->problems,
        std::to_string(report->rows_refused) + " of " +
            CountOf(report->rows_read, "row", "rows") + " of " + request.file +
            (report->rows_refused == 1 ? " has" : " have") +
            " errors; nothing was imported (fix them, or --import-good for the good "
            "rows)");
  }
  Output out;
  out.lines.push_back(
      "Imported " + CountOf(report->people_added, "person", "people") + " and " +
      CountOf(report->posts_added, "post", "posts") + " from " + request.file +
      (report->rows_refused > 0 ? "; " + CountOf(report->rows_refused, "row", "rows") +
                                      " refused (listed below)."
                                : "."));
  out.json = api::RosterImportJson(*report);
  // The refused rows' problems are errors, each at its file:line:column.
  for (const auto& p : report->problems) out.lines.push_back(p.ToString());
  Emit(ctx, out, "");
}

void RunUnitsImport(Context& ctx, const service::UnitsImportRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto report = service::ImportUnits(*store, request);
  if (!report.ok()) return ctx.Fail(report.status());
  if (!report->written) {
    return FailWithProblems(ctx, report->problems,
                            request.file + " has errors; no unit was changed");
  }
  Output out;
  out.lines.push_back("Added " + std::to_string(report->units_added) +
                      " units and changed " + std::to_string(report->units_changed) +
                      " from " + request.file + ".");
  out.json = api::UnitsImportJson(*report);
  Emit(ctx, out, "");
}

struct PostArgs {
  std::string who, unit, role, date;
  int64_t post = 0;
  service::OrgActor actor;
};

void RunPost(Context& ctx, bool assign, const PostArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  Result<org::Post> q = Status::Internal("");
  if (assign) {
    auto role = org::ParseRole(a.role);
    if (!role.ok()) return ctx.Fail(role.status());
    q = service::AssignPost(*store, a.who, a.unit, *role, a.date, a.actor);
  } else {
    q = service::EndPost(*store, a.post, a.date, a.actor);
  }
  if (!q.ok()) return ctx.Fail(q.status());
  Output out;
  out.lines.push_back(
      (assign
           ? "Post " + std::to_string(q->id) + ": person #" + std::to_string(q->person) +
                 " is " + std::string(org::RoleWords(q->role)) + " of " + q->unit +
                 " from " + q->from + "."
           : "Post " + std::to_string(q->id) + " ended on " + q->to + "."));
  out.json = {{"post", PostJson(*q)}};
  Emit(ctx, out, "");
}

}  // namespace

void AddOrgPeopleCommands(CLI::App* org, Context& ctx) {
  CLI::App* people =
      org->add_subcommand("people", "The party's people: add, change, find");
  people->require_subcommand(1);
  AddPersonCommand(people, ctx, "add",
                   "Add a person (a name, a mobile number and a unit)");
  AddPersonCommand(people, ctx, "edit", "Change the fields given of a person");
  AddPersonCommand(people, ctx, "leave", "Record that a person left; their posts end");
  AddPersonCommand(people, ctx, "expel", "Record an expulsion; their posts end");
  AddPersonCommand(people, ctx, "readmit",
                   "Readmit a person who left or was expelled (a unit at the configured "
                   "level or above, with a reason, on the audit log)");
  AddPersonCommand(people, ctx, "show", "Show a person and their posts");

  auto roster = std::make_shared<service::RosterImportRequest>();
  auto import_good = std::make_shared<bool>(false);
  auto all_or_nothing = std::make_shared<bool>(true);  // the default either way
  CLI::App* im = people->add_subcommand(
      "import",
      "Import a roster CSV of people (names in Devanagari and/or Latin letters)");
  im->add_option("file", roster->file, "The roster (see data/examples/roster.csv)")
      ->required();
  CLI::Option* good = im->add_flag(
      "--import-good", *import_good,
      "Import the good rows even when others have errors (default: all or nothing)");
  im->add_flag("--all-or-nothing", *all_or_nothing,
               "Import no row when one has an error (the default; the opposite of "
               "--import-good)")
      ->excludes(good);
  im->add_option("--joined", roster->default_joined,
                 "Joined date for rows without one (default today)");
  AddActorOptions(im, roster->actor);
  // The callback holds the flags' values: CLI11 writes them while parsing.
  im->callback([&ctx, roster, import_good, all_or_nothing] {
    roster->all_or_nothing = !*import_good;
    RunRosterImport(ctx, *roster);
  });

  CLI::App* posts = org->add_subcommand("posts", "Posts: a person's role in a unit");
  posts->require_subcommand(1);
  auto assign = std::make_shared<PostArgs>();
  CLI::App* as = posts->add_subcommand("assign", "Give a person a post in a unit");
  as->add_option("who", assign->who, "The person: mobile number, EPIC or id (#12)")
      ->required();
  as->add_option("--unit", assign->unit, "The unit's code")->required();
  as->add_option("--role", assign->role,
                 "president, general_secretary, election_committee_member, "
                 "booth_president, booth_committee_member, polling_agent, page_in_charge")
      ->required();
  as->add_option("--from", assign->date, "First day, YYYY-MM-DD (default today)");
  AddActorOptions(as, assign->actor);
  as->callback([&ctx, assign] { RunPost(ctx, true, *assign); });
  auto end = std::make_shared<PostArgs>();
  CLI::App* en = posts->add_subcommand("end", "End a post");
  en->add_option("post", end->post, "The post's number")->required();
  en->add_option("--to", end->date, "Last day, YYYY-MM-DD (default today)");
  AddActorOptions(en, end->actor);
  en->callback([&ctx, end] { RunPost(ctx, false, *end); });

  CLI::App* units = org->add_subcommand("units", "The party's own units");
  units->require_subcommand(1);
  auto units_request = std::make_shared<service::UnitsImportRequest>();
  CLI::App* ui = units->add_subcommand(
      "import",
      "Add or change units of a state's tree from a CSV (code, parent, level, name)");
  ui->add_option("file", units_request->file,
                 "The units file (see data/examples/units.csv)")
      ->required();
  AddActorOptions(ui, units_request->actor);
  ui->callback([&ctx, units_request] { RunUnitsImport(ctx, *units_request); });
}

}  // namespace janadhar::cli
