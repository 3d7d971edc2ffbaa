// `janadhar org training add-session|attend|pending`, `org settings` and
// `org audit`: thin adapters over service/org_people.h and the store.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "api/org_admin_json.h"
#include "base/text.h"
#include "cli/org_common.h"
#include "org/phone.h"
#include "service/org_people.h"

namespace janadhar::cli {

namespace {

using report::Cell;
using report::Kind;

struct SessionArgs {
  org::TrainingSession session;
  int64_t id = 0;
  std::vector<std::string> people;
  std::string unit;
  int limit = 0;
  bool unmask = false;
  service::OrgActor actor;
};

void RunAddSession(Context& ctx, SessionArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto s = service::AddTrainingSession(*store, a.session, a.actor);
  if (!s.ok()) return ctx.Fail(s.status());
  Output out;
  out.lines.push_back("Session " + std::to_string(s->id) + ": " + s->topic + " by " +
                      s->trainer + " at " + s->unit + " on " + s->date +
                      (s->induction ? " (induction)." : "."));
  out.json = {{"session", api::SessionJson(*s)}};
  Emit(ctx, out, "");
}

void RunAttend(Context& ctx, SessionArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto r = service::RecordAttendance(*store, a.id, a.people, a.actor);
  if (!r.ok()) return ctx.Fail(r.status());
  Output out;
  out.lines.push_back(
      "Session " + std::to_string(a.id) + " (" + r->session.topic + "): recorded " +
      std::to_string(r->added.size()) + " attendance(s)" +
      (r->already.empty()
           ? "."
           : "; " + std::to_string(r->already.size()) + " were recorded before."));
  out.json = api::AttendanceJson(*r, a.unmask);
  Emit(ctx, out, "");
}

void RunPending(Context& ctx, SessionArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto pending = store->LoadPendingTraining(a.unit, a.limit);
  if (!pending.ok()) return ctx.Fail(pending.status());
  Output out;
  int induction = 0;
  report::Sheet sheet("Who still needs training", {{"Person", Kind::kId},
                                                   {"Name"},
                                                   {"Phone"},
                                                   {"Unit"},
                                                   {"Came from"},
                                                   {"Posts", Kind::kInteger},
                                                   {"Needs"}});
  for (const auto& p : *pending) {
    induction += p.needs_induction ? 1 : 0;
    const std::string needs = p.needs_induction ? "induction" : "training";
    sheet.AddRow({Cell::Int(p.person.id), Cell::Text(org::DisplayName(p.person)),
                  Cell::Text(a.unmask ? p.person.phone : org::MaskPhone(p.person.phone)),
                  Cell::Text(p.person.unit), Cell::Text(p.person.came_from),
                  Cell::Int(p.posts), Cell::Text(needs)});
  }
  out.lines.push_back(
      CountOf(static_cast<int64_t>(pending->size()), "person", "people") + " of " +
      a.unit + " still need training: " + std::to_string(induction) +
      " who came from another party need the induction before any post, " +
      std::to_string(pending->size() - induction) + " hold a post with no training." +
      (a.limit > 0 && static_cast<int>(pending->size()) == a.limit
           ? " (first " + std::to_string(a.limit) + ")"
           : ""));
  out.sheets.push_back(std::move(sheet));
  out.json = api::PendingJson(a.unit, *pending, a.unmask);
  Emit(ctx, out, "");
}

struct SettingsArgs {
  std::vector<std::string> set;
  service::OrgActor actor;
};

void RunSettings(Context& ctx, const SettingsArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  org::SettingList changes;
  for (const std::string& item : a.set) {
    const auto eq = item.find('=');
    if (eq == std::string::npos) {
      return ctx.Fail(Status::InvalidArgument(
          "--set: '" + item + "' is not written KEY=VALUE (booth.need.polling_agent=2)"));
    }
    changes.emplace_back(item.substr(0, eq), item.substr(eq + 1));
  }
  auto settings = changes.empty() ? service::LoadSettings(*store)
                                  : service::ChangeSettings(*store, changes, a.actor);
  if (!settings.ok()) return ctx.Fail(settings.status());
  Output out;
  out.lines.push_back(std::string(changes.empty() ? "" : "Stored. ") +
                      "A booth is covered with " + org::DescribeRules(settings->booth) +
                      "; a unit at " +
                      std::string(org::UnitLevelName(settings->readmit_level)) +
                      " level or above may readmit.");
  report::Sheet sheet("Settings", {{"Key"}, {"Value"}});
  for (const auto& [k, v] : org::SettingsToList(*settings)) {
    sheet.AddRow({Cell::Text(k), Cell::Text(v)});
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::SettingsJson(*settings);
  Emit(ctx, out, "");
}

void RunAudit(Context& ctx, const std::string& subject, int limit, bool unmask) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto entries = store->LoadAudit(subject, limit);
  if (!entries.ok()) return ctx.Fail(entries.status());
  Output out;
  report::Sheet sheet(
      "Audit log",
      {{"#", Kind::kId}, {"At"}, {"By"}, {"For"}, {"Action"}, {"Subject"}, {"Reason"}});
  for (const org::AuditEntry& e : *entries) {
    sheet.AddRow({Cell::Int(e.id), Cell::Text(e.at), Cell::Text(e.actor),
                  Cell::Text(e.actor_unit), Cell::Text(e.action), Cell::Text(e.subject),
                  Cell::Text(e.reason)});
  }
  out.sheets.push_back(std::move(sheet));
  out.json = api::AuditJson(*entries, unmask);
  Emit(ctx, out, "");
}

}  // namespace

void AddOrgTrainingCommands(CLI::App* org, Context& ctx) {
  CLI::App* training =
      org->add_subcommand("training", "Training sessions and attendance");
  training->require_subcommand(1);

  auto add = std::make_shared<SessionArgs>();
  CLI::App* as = training->add_subcommand("add-session", "Record a training session");
  as->add_option("--unit", add->session.unit, "The unit that held it (code)")->required();
  as->add_option("--date", add->session.date, "YYYY-MM-DD (default today)");
  as->add_option("--topic", add->session.topic,
                 "What it taught (default for --induction: Induction)");
  as->add_option("--trainer", add->session.trainer, "Who trained")->required();
  as->add_flag("--induction", add->session.induction,
               "An induction: it qualifies people who came from another party for posts");
  AddActorOptions(as, add->actor);
  as->callback([&ctx, add] { RunAddSession(ctx, *add); });

  auto attend = std::make_shared<SessionArgs>();
  CLI::App* at = training->add_subcommand("attend", "Record who attended a session");
  at->add_option("session", attend->id, "The session's number")->required();
  at->add_option("people", attend->people, "Mobile numbers, EPICs or ids (#12)")
      ->required();
  at->add_flag("--unmask", attend->unmask, "Show phone and EPIC numbers in full");
  AddActorOptions(at, attend->actor);
  at->callback([&ctx, attend] { RunAttend(ctx, *attend); });

  auto pending = std::make_shared<SessionArgs>();
  CLI::App* pe = training->add_subcommand(
      "pending", "Who of a unit's subtree still needs training (induction first)");
  pe->add_option("--unit", pending->unit, "The unit (code), e.g. S24 or S24/AC173")
      ->required();
  pe->add_option("--limit", pending->limit, "At most this many (default all)");
  pe->add_flag("--unmask", pending->unmask, "Show phone numbers in full");
  pe->callback([&ctx, pending] { RunPending(ctx, *pending); });

  auto settings = std::make_shared<SettingsArgs>();
  CLI::App* se = org->add_subcommand(
      "settings", "Show or change what a booth needs and who may readmit");
  se->add_option("--set", settings->set,
                 "KEY=VALUE: booth.need.ROLE=N (booth_president, booth_committee_member, "
                 "polling_agent, page_in_charge), readmit.level=LEVEL")
      ->delimiter(',');
  AddActorOptions(se, settings->actor);
  se->callback([&ctx, settings] { RunSettings(ctx, *settings); });

  auto subject = std::make_shared<std::string>();
  auto limit = std::make_shared<int>(50);
  CLI::App* au =
      org->add_subcommand("audit", "The audit log of the organisation, newest first");
  au->add_option("--subject", *subject, "Only this subject, e.g. \"person 12\"");
  au->add_option("--limit", *limit, "At most this many entries (default 50; 0 = all)");
  auto unmask = std::make_shared<bool>(false);
  au->add_flag("--unmask", *unmask,
               "Show phone and EPIC numbers in the entries' before and after in full");
  au->callback(
      [&ctx, subject, limit, unmask] { RunAudit(ctx, *subject, *limit, *unmask); });
}

}  // namespace janadhar::cli
