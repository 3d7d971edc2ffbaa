// `janadhar comms proposal submit|assign|view|decide|show|list`: thin
// adapters over service/comms_proposals.h; the output is built by
// cli/comms_proposal_output.h.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <string>

#include "cli/comms_proposal_output.h"
#include "cli/org_common.h"
#include "service/comms_proposals.h"

namespace janadhar::cli {

namespace {

void RunSubmit(Context& ctx, const service::ProposalSubmitRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto p = service::SubmitProposal(*store, request);
  if (!p.ok()) return ctx.Fail(p.status());
  Output out = ProposalSubmittedOutput(*p);
  Emit(ctx, out, "");
}

void RunAssign(Context& ctx, const service::CommitteeRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto d = service::AssignCommittee(*store, request);
  if (!d.ok()) return ctx.Fail(d.status());
  Output out = ProposalChangedOutput(*d, ProposalChange::kAssign, 0);
  Emit(ctx, out, "");
}

void RunView(Context& ctx, const service::ViewRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto d = service::RecordView(*store, request);
  if (!d.ok()) return ctx.Fail(d.status());
  Output out = ProposalChangedOutput(*d, ProposalChange::kView, request.member);
  Emit(ctx, out, "");
}

void RunDecide(Context& ctx, const service::DecisionRequest& request) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto d = service::DecideProposal(*store, request);
  if (!d.ok()) return ctx.Fail(d.status());
  Output out = ProposalChangedOutput(*d, ProposalChange::kDecide, 0);
  Emit(ctx, out, "");
}

struct ShowArgs {
  int64_t id = 0;
  std::string xlsx;
};

void RunShow(Context& ctx, const ShowArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto d = service::ShowProposal(*store, a.id);
  if (!d.ok()) return ctx.Fail(d.status());
  Output out = ProposalShowOutput(*d);
  Emit(ctx, out, a.xlsx);
}

struct ListArgs {
  std::string unit;
  std::string status;
  int limit = 0;
  std::string xlsx;
};

void RunList(Context& ctx, const ListArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto list = service::ListProposals(*store, a.unit, a.status, a.limit);
  if (!list.ok()) return ctx.Fail(list.status());
  Output out = ProposalListOutput(*list, a.unit, a.status);
  Emit(ctx, out, a.xlsx);
}

// The proposal's number and --on, as every change takes them.
void AddChangeOptions(CLI::App* c, int64_t& proposal, std::string& on,
                      service::OrgActor& actor) {
  c->add_option("proposal", proposal, "The proposal's number")->required();
  c->add_option("--on", on, "The day, YYYY-MM-DD (default today)");
  AddActorOptions(c, actor);
}

}  // namespace

void AddCommsProposalCommands(CLI::App* comms, Context& ctx) {
  CLI::App* prop = comms->add_subcommand(
      "proposal",
      "Proposals from units, reviewed by a committee whose members each give a view, "
      "then accepted, rejected or revised with reasons; the history is kept");
  prop->require_subcommand(1);

  auto submit = std::make_shared<service::ProposalSubmitRequest>();
  CLI::App* s = prop->add_subcommand("submit", "Submit a proposal from a unit");
  s->add_option("--from", submit->from,
                "The submitting unit (code), e.g. S24/AC173 or S24/D:AGRA")
      ->required();
  s->add_option("--title", submit->title, "The title, in Hindi or English")->required();
  s->add_option("--text", submit->text, "The proposal itself (Hindi or English)");
  s->add_option("--on", submit->on,
                "The day it is submitted, YYYY-MM-DD (default today)");
  AddActorOptions(s, submit->actor);
  s->callback([&ctx, submit] { RunSubmit(ctx, *submit); });

  auto assign = std::make_shared<service::CommitteeRequest>();
  CLI::App* a = prop->add_subcommand(
      "assign", "Assign a proposal's review committee (again: replace it)");
  AddChangeOptions(a, assign->proposal, assign->on, assign->actor);
  a->add_option("--member", assign->members,
                "A committee member by person id (commas or repeat; active members "
                "only)")
      ->required()
      ->delimiter(',');
  a->callback([&ctx, assign] { RunAssign(ctx, *assign); });

  auto view = std::make_shared<service::ViewRequest>();
  CLI::App* v = prop->add_subcommand(
      "view", "Record a committee member's view (again: it replaces theirs)");
  AddChangeOptions(v, view->proposal, view->on, view->actor);
  v->add_option("--member", view->member, "The member's person id")->required();
  v->add_option("--view", view->view, "support, oppose or abstain")->required();
  v->add_option("--note", view->note, "Why, in Hindi or English");
  v->callback([&ctx, view] { RunView(ctx, *view); });

  auto decide = std::make_shared<service::DecisionRequest>();
  CLI::App* d =
      prop->add_subcommand("decide", "Decide a proposal under review, which closes it");
  AddChangeOptions(d, decide->proposal, decide->on, decide->actor);
  d->add_option("--decision", decide->decision, "accepted, rejected or revised")
      ->required();
  d->add_option("--reasons", decide->reasons, "The reasons for the decision")->required();
  d->add_option("--revised-text", decide->revised_text,
                "The proposal's text as revised (for --decision revised only)");
  d->callback([&ctx, decide] { RunDecide(ctx, *decide); });

  auto show = std::make_shared<ShowArgs>();
  CLI::App* sh = prop->add_subcommand(
      "show",
      "A proposal, its committee with each member's current view, the decision and the "
      "history (--csv prints the committee)");
  sh->add_option("proposal", show->id, "The proposal's number")->required();
  sh->add_option("--xlsx", show->xlsx, "Also write the tables to this .xlsx workbook");
  sh->callback([&ctx, show] { RunShow(ctx, *show); });

  auto list = std::make_shared<ListArgs>();
  CLI::App* li = prop->add_subcommand("list", "Proposals, newest first");
  li->add_option("--unit", list->unit,
                 "Only those from this unit's subtree (its code; IN: all)");
  li->add_option("--status", list->status,
                 "Only those of this status: submitted, under_review, accepted, "
                 "rejected or revised");
  li->add_option("--limit", list->limit, "At most this many (default all)");
  li->add_option("--xlsx", list->xlsx, "Also write the table to this .xlsx workbook");
  li->callback([&ctx, list] { RunList(ctx, *list); });
}

}  // namespace janadhar::cli
