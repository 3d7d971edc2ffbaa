// `janadhar comms directive send|ack|done|show|list|compliance|overdue`
// (`comms report …` is in comms_report_cmd.cpp, `comms proposal …` in
// comms_proposal_cmd.cpp): thin adapters over
// service/comms_directives.h; the output is built by cli/comms_output.h.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "cli/comms_output.h"
#include "cli/org_common.h"
#include "service/comms_directives.h"

namespace janadhar::cli {

namespace {

void RunSend(Context& ctx, const service::DirectiveRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto d = service::SendDirective(*store, request);
  if (!d.ok()) return ctx.Fail(d.status());
  Output out = SentOutput(*d);
  Emit(ctx, out, "");
}

void RunReport(Context& ctx, const service::DirectiveReportRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto t = service::ReportOnDirective(*store, request);
  if (!t.ok()) return ctx.Fail(t.status());
  Output out = ReportedOutput(request.directive, *t);
  Emit(ctx, out, "");
}

struct ShowArgs {
  int64_t id = 0;
  std::string unit;
  std::string as_of;
  std::string xlsx;
};

void RunShow(Context& ctx, const ShowArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  service::ComplianceRequest request;
  request.directive = a.id;
  request.depth = 0;
  request.as_of = a.as_of;
  auto r = service::DirectiveCompliance(*store, request);
  if (!r.ok()) return ctx.Fail(r.status());
  std::optional<org::DirectiveTarget> target;
  if (!a.unit.empty()) {
    auto found = store->Comms().GetDirectiveTarget(a.id, a.unit);
    if (!found.ok()) return ctx.Fail(found.status());
    if (!*found) {
      return ctx.Fail(Status::NotFound(
          "unit " + a.unit + " is not a target of directive " + std::to_string(a.id)));
    }
    target = std::move(*found);
  }
  Output out = ShowOutput(*r, target ? &*target : nullptr);
  Emit(ctx, out, a.xlsx);
}

void RunList(Context& ctx, const std::string& unit, int limit, const std::string& xlsx) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto list = service::ListDirectives(*store, unit, limit);
  if (!list.ok()) return ctx.Fail(list.status());
  Output out = ListOutput(*list, unit);
  Emit(ctx, out, xlsx);
}

struct RollUpArgs {
  service::ComplianceRequest request;
  bool depth_given = false;
  int show = 50;
  std::string xlsx;
};

void RunRollUp(Context& ctx, RollUpArgs& a, bool overdue) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  const bool text = !ctx.json && !ctx.csv;
  if (!a.depth_given) a.request.depth = text ? 1 : -1;
  if (overdue) a.request.depth = 0;  // only the late list is printed
  auto r = service::DirectiveCompliance(*store, a.request);
  if (!r.ok()) return ctx.Fail(r.status());
  ComplianceView view;
  view.text = text && a.xlsx.empty();
  view.json = ctx.json;
  view.show = a.show;
  Output out = overdue ? OverdueOutput(*r, view) : ComplianceOutput(*r, view);
  Emit(ctx, out, a.xlsx);
}

// The options of `compliance` and `overdue`.
void AddRollUpOptions(CLI::App* c, RollUpArgs& a) {
  c->add_option("directive", a.request.directive, "The directive's number")->required();
  c->add_option(
      "--unit", a.request.unit,
      "Only this unit's subtree (its code; default the unit it was sent to; IN: "
      "every state)");
  c->add_option("--as-of", a.request.as_of,
                "Judge lateness on this day, YYYY-MM-DD (default today)");
  c->add_option("--xlsx", a.xlsx, "Also write the table to this .xlsx workbook");
}

}  // namespace

void AddCommsCommands(CLI::App& app, Context& ctx) {
  CLI::App* comms = app.add_subcommand(
      "comms",
      "The communication system: directives down the organisation, reports up, and "
      "proposals reviewed by committees");
  comms->require_subcommand(1);
  CLI::App* dir = comms->add_subcommand(
      "directive",
      "Instructions from a unit to its subtree, acknowledged and completed by each "
      "target unit, with compliance rolled up and late units escalated");
  dir->require_subcommand(1);

  auto send = std::make_shared<service::DirectiveRequest>();
  CLI::App* s = dir->add_subcommand("send", "Send a directive down the organisation");
  s->add_option("--unit", send->from, "The sending unit (code), e.g. S24 or S24/D:AGRA")
      ->required();
  s->add_option("--to", send->to,
                "A unit of the sender's subtree whose subtree it goes to (default the "
                "sender's own subtree)");
  s->add_option("--level", send->level,
                "Only to units of this level: district, ac, block, mandal, "
                "shakti_kendra, booth (default every unit below)");
  s->add_option("--title", send->title, "The title, in Hindi or English")->required();
  s->add_option("--text", send->text, "The instruction itself");
  s->add_option("--deadline", send->deadline, "The last day to complete it, YYYY-MM-DD")
      ->required();
  s->add_option("--on", send->issued_on,
                "The day it is sent, YYYY-MM-DD (default today)");
  AddActorOptions(s, send->actor);
  s->callback([&ctx, send] { RunSend(ctx, *send); });

  for (const bool done : {false, true}) {
    auto report = std::make_shared<service::DirectiveReportRequest>();
    report->done = done;
    CLI::App* c = dir->add_subcommand(
        done ? "done" : "ack",
        done ? "Report that a target unit completed a directive, with a note"
             : "Record that a target unit received a directive");
    c->add_option("directive", report->directive, "The directive's number")->required();
    c->add_option("--unit", report->unit, "The target unit (code)")->required();
    auto* note = c->add_option("--note", report->note,
                               done ? "What was done (Hindi or English)" : "A remark");
    if (done) note->required();
    c->add_option("--on", report->on, "The day, YYYY-MM-DD (default today)");
    AddActorOptions(c, report->actor);
    c->callback([&ctx, report] { RunReport(ctx, *report); });
  }

  auto show = std::make_shared<ShowArgs>();
  CLI::App* sh =
      dir->add_subcommand("show", "A directive, its totals and a unit's record");
  sh->add_option("directive", show->id, "The directive's number")->required();
  sh->add_option("--unit", show->unit, "Also show this target unit's record");
  sh->add_option("--as-of", show->as_of, "Count overdue on this day (default today)");
  sh->add_option("--xlsx", show->xlsx, "Also write the tables to this .xlsx workbook");
  sh->callback([&ctx, show] { RunShow(ctx, *show); });

  struct ListArgs {
    std::string unit;
    int limit = 0;
    std::string xlsx;
  };
  auto list = std::make_shared<ListArgs>();
  CLI::App* li = dir->add_subcommand(
      "list", "Directives, newest first, with how many units acknowledged and completed");
  li->add_option("--unit", list->unit,
                 "Only those sent from above this unit, by it or below it (its code)");
  li->add_option("--limit", list->limit, "At most this many (default all)");
  li->add_option("--xlsx", list->xlsx, "Also write the table to this .xlsx workbook");
  li->callback([&ctx, list] { RunList(ctx, list->unit, list->limit, list->xlsx); });

  auto comp = std::make_shared<RollUpArgs>();
  CLI::App* co = dir->add_subcommand(
      "compliance", "How every unit's subtree stands on a directive, rolled up the tree");
  AddRollUpOptions(co, *comp);
  co->add_option("--depth", comp->request.depth,
                 "List units this many levels below (default 1 in tables, all in "
                 "--json/--csv)")
      ->each([comp](const std::string&) { comp->depth_given = true; });
  co->callback([&ctx, comp] { RunRollUp(ctx, *comp, false); });

  auto late = std::make_shared<RollUpArgs>();
  CLI::App* ov = dir->add_subcommand(
      "overdue",
      "The target units not done after the deadline, each escalated to its parent unit");
  AddRollUpOptions(ov, *late);
  ov->add_option("--show", late->show, "Late units shown in the table (default 50)");
  ov->callback([&ctx, late] { RunRollUp(ctx, *late, true); });

  AddCommsReportCommands(comms, ctx);
  AddCommsProposalCommands(comms, ctx);
}

}  // namespace janadhar::cli
