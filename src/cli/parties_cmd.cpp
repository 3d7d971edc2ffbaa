// `janadhar parties list` and `janadhar parties alias ALIAS PARTY`.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/context.h"
#include "nlohmann/json.hpp"
#include "report/sheet.h"

namespace janadhar::cli {

namespace {

void ListParties(Context& ctx) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto dir = store->LoadParties();
  if (!dir.ok()) return ctx.Fail(dir.status());
  if (ctx.json) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& p : dir->parties()) {
      rows.push_back({{"id", p.id}, {"abbreviation", p.abbreviation}, {"name", p.name}});
    }
    std::cout << nlohmann::json{{"parties", rows}}.dump(2) << '\n';
    return;
  }
  report::Sheet sheet("Parties", {{"abbreviation"}, {"name"}});
  for (const auto& p : dir->parties()) {
    sheet.AddRow({report::Cell::Text(p.abbreviation), report::Cell::Text(p.name)});
  }
  ctx.csv ? report::PrintCsv(sheet, std::cout) : report::PrintText(sheet, std::cout);
}

struct AliasArgs {
  std::string alias;
  std::string party;
};

void AddAlias(Context& ctx, const AliasArgs& args) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  if (Status s = store->AddPartyAlias(args.alias, args.party); !s.ok()) {
    return ctx.Fail(s);
  }
  auto dir = store->LoadParties();
  if (!dir.ok()) return ctx.Fail(dir.status());
  const results::Party* p = dir->Resolve(args.alias);
  const std::string target = p != nullptr ? p->name : args.party;
  if (ctx.json) {
    std::cout << nlohmann::json{{"alias", args.alias}, {"party", target}}.dump(2) << '\n';
  } else {
    std::cout << "'" << args.alias << "' now means " << target << '\n';
  }
}

}  // namespace

void AddPartiesCommands(CLI::App& app, Context& ctx) {
  CLI::App* parties = app.add_subcommand(
      "parties", "Parties and the aliases that match the names files give them");
  parties->require_subcommand(1);
  parties->add_subcommand("list", "List the known parties")->callback([&ctx] {
    ListParties(ctx);
  });
  auto args = std::make_shared<AliasArgs>();
  CLI::App* alias = parties->add_subcommand(
      "alias",
      "Make a spelling mean a party, e.g. parties alias \"Congress (I)\" INC "
      "(names are already matched ignoring case, spaces and punctuation)");
  alias->add_option("alias", args->alias, "The spelling as files write it")->required();
  alias->add_option("party", args->party, "The party: abbreviation or name")->required();
  alias->callback([&ctx, args] { AddAlias(ctx, *args); });
}

}  // namespace janadhar::cli
