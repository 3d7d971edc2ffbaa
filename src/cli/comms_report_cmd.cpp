// `janadhar comms report define|submit|show|list|rollup|missing`: thin adapters
// over service/comms_reports.h; the output is built by
// cli/comms_report_output.h.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cli/comms_report_output.h"
#include "cli/org_common.h"
#include "service/comms_reports.h"

namespace janadhar::cli {

namespace {

void RunDefine(Context& ctx, const service::ReportDefineRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto r = service::DefineReport(*store, request);
  if (!r.ok()) return ctx.Fail(r.status());
  Output out = DefinedOutput(*r);
  Emit(ctx, out, "");
}

struct SubmitArgs {
  service::ReportSubmitRequest request;
  std::vector<std::string> values;  // "field=number"
};

void RunSubmit(Context& ctx, SubmitArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  a.request.values.clear();
  for (const std::string& v : a.values) {
    auto pair = service::ParseReportValue(v);
    if (!pair.ok()) return ctx.Fail(pair.status());
    a.request.values.push_back(*pair);
  }
  auto r = service::SubmitReport(*store, a.request);
  if (!r.ok()) return ctx.Fail(r.status());
  Output out = SubmittedOutput(*r);
  Emit(ctx, out, "");
}

void RunShow(Context& ctx, int64_t id, const std::string& xlsx) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto r = service::GetReport(*store, id);
  if (!r.ok()) return ctx.Fail(r.status());
  Output out = ReportShowOutput(*r);
  Emit(ctx, out, xlsx);
}

void RunList(Context& ctx, const std::string& unit, int limit, const std::string& xlsx) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto list = service::ListReports(*store, unit, limit);
  if (!list.ok()) return ctx.Fail(list.status());
  Output out = ReportListOutput(*list, unit);
  Emit(ctx, out, xlsx);
}

struct RollUpArgs {
  service::RollUpRequest request;
  bool depth_given = false;
  int show = 50;
  std::string xlsx;
};

void RunRollUp(Context& ctx, RollUpArgs& a, bool missing) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  const bool text = !ctx.json && !ctx.csv;
  if (!a.depth_given) a.request.depth = text ? 1 : -1;
  if (missing) a.request.depth = 0;  // only the missing list is printed
  auto r = service::RollUpReport(*store, a.request);
  if (!r.ok()) return ctx.Fail(r.status());
  ReportView view;
  view.text = text && a.xlsx.empty();
  view.show = a.show;
  Output out = missing ? MissingOutput(*r, view) : RollUpOutput(*r, view);
  Emit(ctx, out, a.xlsx);
}

void AddRollUpOptions(CLI::App* c, RollUpArgs& a) {
  c->add_option("report", a.request.report, "The report's number")->required();
  c->add_option("--period", a.request.period,
                "The period, as the units submitted it (e.g. 2026-W10)")
      ->required();
  c->add_option("--unit", a.request.unit,
                "Only this unit's subtree (its code; default the unit it was sent to)");
  c->add_option("--xlsx", a.xlsx, "Also write the table to this .xlsx workbook");
}

}  // namespace

void AddCommsReportCommands(CLI::App* comms, Context& ctx) {
  CLI::App* rep = comms->add_subcommand(
      "report",
      "Periodic reports from units on a template the sender defines, summed up the tree "
      "with the units that have not reported");
  rep->require_subcommand(1);

  auto define = std::make_shared<service::ReportDefineRequest>();
  CLI::App* d = rep->add_subcommand("define", "Define a report for a unit's subtree");
  d->add_option("--unit", define->from, "The defining unit (code), e.g. S24")->required();
  d->add_option("--to", define->to,
                "A unit of the sender's subtree whose subtree reports (default the "
                "sender's own subtree)");
  d->add_option("--level", define->level,
                "Only units of this level report: district, ac, block, mandal, "
                "shakti_kendra, booth (default every unit below)");
  d->add_option("--title", define->title, "The title, in Hindi or English")->required();
  d->add_option("--field", define->fields,
                "A numeric field, name:\"Label\" (repeat; e.g. "
                "households_visited:\"Households visited\")")
      ->required();
  d->add_option("--on", define->on, "The day it is defined, YYYY-MM-DD (default today)");
  AddActorOptions(d, define->actor);
  d->callback([&ctx, define] { RunDefine(ctx, *define); });

  auto submit = std::make_shared<SubmitArgs>();
  CLI::App* s = rep->add_subcommand(
      "submit", "A target unit's values for a period (again: a correction)");
  s->add_option("report", submit->request.report, "The report's number")->required();
  s->add_option("--unit", submit->request.unit, "The reporting unit (code)")->required();
  s->add_option("--period", submit->request.period,
                "The period, free text matched exactly (e.g. 2026-W10 or 2026-03)")
      ->required();
  s->add_option("--value", submit->values,
                "field=number for every field of the report (repeat)")
      ->required();
  s->add_option("--on", submit->request.on, "The day, YYYY-MM-DD (default today)");
  AddActorOptions(s, submit->request.actor);
  s->callback([&ctx, submit] { RunSubmit(ctx, *submit); });

  struct ShowArgs {
    int64_t id = 0;
    std::string xlsx;
  };
  auto show = std::make_shared<ShowArgs>();
  CLI::App* sh = rep->add_subcommand("show", "A report's template and fields");
  sh->add_option("report", show->id, "The report's number")->required();
  sh->add_option("--xlsx", show->xlsx, "Also write the table to this .xlsx workbook");
  sh->callback([&ctx, show] { RunShow(ctx, show->id, show->xlsx); });

  struct ListArgs {
    std::string unit;
    int limit = 0;
    std::string xlsx;
  };
  auto list = std::make_shared<ListArgs>();
  CLI::App* li = rep->add_subcommand(
      "list", "Reports, newest first, with how many submissions each has had");
  li->add_option("--unit", list->unit,
                 "Only those defined above this unit, by it or below it (its code)");
  li->add_option("--limit", list->limit, "At most this many (default all)");
  li->add_option("--xlsx", list->xlsx, "Also write the table to this .xlsx workbook");
  li->callback([&ctx, list] { RunList(ctx, list->unit, list->limit, list->xlsx); });

  auto up = std::make_shared<RollUpArgs>();
  CLI::App* ro = rep->add_subcommand(
      "rollup", "Each unit's sums for a period and how many of its units reported");
  AddRollUpOptions(ro, *up);
  ro->add_option("--depth", up->request.depth,
                 "List units this many levels below (default 1 in tables, all in "
                 "--json/--csv)")
      ->each([up](const std::string&) { up->depth_given = true; });
  ro->callback([&ctx, up] { RunRollUp(ctx, *up, false); });

  auto missing = std::make_shared<RollUpArgs>();
  CLI::App* mi = rep->add_subcommand(
      "missing", "The target units that have not reported for a period");
  AddRollUpOptions(mi, *missing);
  mi->add_option("--show", missing->show, "Units shown in the table (default 50)");
  mi->callback([&ctx, missing] { RunRollUp(ctx, *missing, true); });
}

}  // namespace janadhar::cli
