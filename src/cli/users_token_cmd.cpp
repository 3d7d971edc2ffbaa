// `janadhar users token add|list|revoke`: bearer tokens for scripts that call
// the HTTP API (docs/api.md, "Users and access"). A thin adapter over
// service/auth_sessions.h. The token is printed once, when made; the store
// keeps only its hash, so a lost token is revoked and a new one made.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "cli/analyse_output.h"
#include "cli/context.h"
#include "cli/org_common.h"
#include "service/auth_sessions.h"

namespace janadhar::cli {

namespace {

struct TokenArgs {
  std::string user;
  std::string label;
  int64_t id = 0;
  service::OrgActor actor;
};

void RunAdd(Context& ctx, const TokenArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto token = service::AddToken(*store, a.user, a.label, a.actor);
  if (!token.ok()) return ctx.Fail(token.status());
  Output out;
  out.lines.emplace_back("Token " + std::to_string(token->id) + " of " + a.user + " (" +
                         a.label + "); it is shown only now:");
  out.lines.emplace_back(token->secret);
  out.lines.emplace_back("Send it as the header  Authorization: Bearer <token>");
  out.json = {
      {"user", a.user}, {"id", token->id}, {"label", a.label}, {"token", token->secret}};
  Emit(ctx, out, "");
}

void RunList(Context& ctx, const TokenArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto tokens = service::ListTokens(*store, a.user);
  if (!tokens.ok()) return ctx.Fail(tokens.status());
  Output out;
  report::Sheet sheet(
      "Tokens", {{"Id", report::Kind::kId}, {"Label"}, {"Made on"}, {"Revoked on"}});
  nlohmann::json list = nlohmann::json::array();
  for (const auto& t : *tokens) {
    sheet.AddRow({report::Cell::Int(t.id), report::Cell::Text(t.label),
                  report::Cell::Text(t.created_on), report::Cell::Text(t.revoked_on)});
    list.push_back({{"id", t.id},
                    {"label", t.label},
                    {"created_on", t.created_on},
                    {"revoked_on", t.revoked_on.empty() ? nlohmann::json(nullptr)
                                                        : nlohmann::json(t.revoked_on)}});
  }
  if (tokens->empty()) sheet.AddNote(a.user + " has no token.");
  out.sheets.push_back(std::move(sheet));
  out.json = {{"user", a.user}, {"tokens", list}};
  Emit(ctx, out, "");
}

void RunRevoke(Context& ctx, const TokenArgs& a) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  const Status s = service::RevokeToken(*store, a.user, a.id, a.actor);
  if (!s.ok()) return ctx.Fail(s);
  Output out;
  out.lines.emplace_back("Token " + std::to_string(a.id) + " of " + a.user +
                         " is revoked: it no longer lets anyone in.");
  out.json = {{"user", a.user}, {"id", a.id}, {"revoked", true}};
  Emit(ctx, out, "");
}

}  // namespace

void AddUsersTokenCommands(CLI::App* users, Context& ctx) {
  CLI::App* token = users->add_subcommand(
      "token", "Bearer tokens for scripts that call the HTTP API (shown once when made)");
  token->require_subcommand(1);

  auto add = std::make_shared<TokenArgs>();
  CLI::App* a = token->add_subcommand("add", "Make a token for a user and print it once");
  a->add_option("user", add->user, "The user's name")->required();
  a->add_option("--label", add->label, "What it is for, e.g. \"coverage export\"")
      ->required();
  AddActorOptions(a, add->actor);
  a->callback([&ctx, add] { RunAdd(ctx, *add); });

  auto list = std::make_shared<TokenArgs>();
  CLI::App* l = token->add_subcommand("list", "A user's tokens (without their secrets)");
  l->add_option("user", list->user, "The user's name")->required();
  l->callback([&ctx, list] { RunList(ctx, *list); });

  auto revoke = std::make_shared<TokenArgs>();
  CLI::App* r = token->add_subcommand("revoke", "Revoke a user's token by its id");
  r->add_option("user", revoke->user, "The user's name")->required();
  r->add_option("id", revoke->id, "The token's id (users token list shows them)")
      ->required();
  AddActorOptions(r, revoke->actor);
  r->callback([&ctx, revoke] { RunRevoke(ctx, *revoke); });
}

}  // namespace janadhar::cli
