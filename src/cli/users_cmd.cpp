// `janadhar users add|passwd|disable|enable|grant|revoke|list|check` (and
// `users token …`, users_token_cmd.cpp): thin
// adapters over service/auth_users.h; the output is built by
// cli/users_output.h. A password is read from stdin (--password-stdin) or a file
// (--password-file), never from the command line, where other users of the
// machine could see it.
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "auth/role.h"
#include "cli/org_common.h"
#include "cli/users_output.h"
#include "service/auth_users.h"

namespace janadhar::cli {

namespace {

struct PasswordSource {
  bool from_stdin = false;
  std::string file;
};

// The first line of stdin or of the file, without its line ending.
Result<std::string> ReadPassword(const PasswordSource& source) {
  if (source.from_stdin == !source.file.empty()) {
    return Status::InvalidArgument(
        "give the password with exactly one of --password-stdin or --password-file FILE");
  }
  std::string line;
  if (source.from_stdin) {
    std::getline(std::cin, line);
  } else {
    std::ifstream in(source.file, std::ios::binary);
    if (!in) return Status::NotFound("cannot read the password file " + source.file);
    std::getline(in, line);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.empty())
    return Status::InvalidArgument("no password given: the first line is empty");
  return line;
}

void AddPasswordOptions(CLI::App* c, PasswordSource& source) {
  c->add_flag("--password-stdin", source.from_stdin,
              "Read the password from the first line of stdin");
  c->add_option("--password-file", source.file,
                "Read the password from the first line of FILE (keep it private)");
}

struct AddArgs {
  service::NewUserInput input;
  PasswordSource password;
  service::OrgActor actor;
};

void RunAdd(Context& ctx, AddArgs& a) {
  auto password = ReadPassword(a.password);
  if (!password.ok()) return ctx.Fail(password.status());
  a.input.password = std::move(*password);
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto user = service::AddUser(*store, a.input, a.actor);
  if (!user.ok()) return ctx.Fail(user.status());
  Output out = UserAddedOutput(*user);
  Emit(ctx, out, "");
}

struct PasswdArgs {
  std::string name;
  PasswordSource password;
  service::OrgActor actor;
};

void RunPasswd(Context& ctx, const PasswdArgs& a) {
  auto password = ReadPassword(a.password);
  if (!password.ok()) return ctx.Fail(password.status());
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  if (Status s = service::SetPassword(*store, a.name, *password, a.actor); !s.ok()) {
    return ctx.Fail(s);
  }
  Output out = PasswordSetOutput(a.name);
  Emit(ctx, out, "");
}

struct GrantArgs {
  std::string name;
  std::string role;
  std::string unit;
  service::OrgActor actor;
};

void RunGrant(Context& ctx, const GrantArgs& a, bool revoke) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto user = revoke ? service::RevokeRole(*store, a.name, a.role, a.unit, a.actor)
                     : service::GrantRole(*store, a.name, a.role, a.unit, a.actor);
  if (!user.ok()) return ctx.Fail(user.status());
  const auto role = auth::ParseRole(a.role);  // parsed by the service already
  const std::string what =
      (role.ok() ? std::string(auth::RoleName(*role)) : a.role) + " at " + a.unit;
  Output out =
      UserRolesOutput(*user, revoke ? user->name + " no longer holds " + what + "."
                                    : user->name + " now holds " + what + ".");
  Emit(ctx, out, "");
}

struct DisableArgs {
  std::string name;
  service::OrgActor actor;
};

void RunDisable(Context& ctx, const DisableArgs& a, bool disabled) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto user = service::SetUserDisabled(*store, a.name, disabled, a.actor);
  if (!user.ok()) return ctx.Fail(user.status());
  Output out = UserRolesOutput(
      *user, user->name + (disabled ? " is disabled: they cannot log in; their roles "
                                      "are kept (janadhar users enable " +
                                          user->name + " undoes it)."
                                    : " is enabled again."));
  Emit(ctx, out, "");
}

void RunList(Context& ctx) {
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto users = service::ListUsers(*store);
  if (!users.ok()) return ctx.Fail(users.status());
  Output out = UserListOutput(*users);
  Emit(ctx, out, "");
}

struct CheckArgs {
  std::string name;
  PasswordSource password;
};

void RunCheck(Context& ctx, const CheckArgs& a) {
  auto password = ReadPassword(a.password);
  if (!password.ok()) return ctx.Fail(password.status());
  auto store = ctx.OpenStoreOrFail();
  if (!store) return;
  auto user = service::CheckPassword(*store, a.name, *password);
  if (!user.ok()) return ctx.Fail(user.status());
  Output out = UserRolesOutput(*user, "The password of " + user->name + " is correct.");
  Emit(ctx, out, "");
}

void AddGrantOptions(CLI::App* c, GrantArgs& a) {
  c->add_option("user", a.name, "The user's name")->required();
  c->add_option("--role", a.role, "admin, office_bearer, worker or viewer")->required();
  c->add_option("--unit", a.unit, "The unit (code), e.g. IN, S24, S24/D:AGRA, S24/AC173")
      ->required();
  AddActorOptions(c, a.actor);
}

}  // namespace

void AddUsersCommands(CLI::App& app, Context& ctx) {
  CLI::App* users = app.add_subcommand(
      "users",
      "The system's users: accounts with argon2id password hashes and roles held at "
      "organisation units (admin, office_bearer, worker, viewer)");
  users->require_subcommand(1);

  auto add = std::make_shared<AddArgs>();
  CLI::App* a = users->add_subcommand("add", "Add a user (no roles yet)");
  a->add_option("user", add->input.name,
                "The name they log in with: letters, digits, '.', '_', '-'")
      ->required();
  a->add_option("--display-name", add->input.display_name,
                "The name shown for them (default the user name)");
  AddPasswordOptions(a, add->password);
  AddActorOptions(a, add->actor);
  a->callback([&ctx, add] { RunAdd(ctx, *add); });

  auto passwd = std::make_shared<PasswdArgs>();
  CLI::App* p = users->add_subcommand("passwd", "Set a user's password");
  p->add_option("user", passwd->name, "The user's name")->required();
  AddPasswordOptions(p, passwd->password);
  AddActorOptions(p, passwd->actor);
  p->callback([&ctx, passwd] { RunPasswd(ctx, *passwd); });

  for (const bool disabled : {true, false}) {
    auto args = std::make_shared<DisableArgs>();
    CLI::App* d =
        users->add_subcommand(disabled ? "disable" : "enable",
                              disabled ? "Stop a user logging in (their roles are kept)"
                                       : "Let a disabled user log in again");
    d->add_option("user", args->name, "The user's name")->required();
    AddActorOptions(d, args->actor);
    d->callback([&ctx, args, disabled] { RunDisable(ctx, *args, disabled); });
  }

  auto grant = std::make_shared<GrantArgs>();
  CLI::App* g = users->add_subcommand(
      "grant", "Give a user a role at a unit (it covers the unit's whole subtree)");
  AddGrantOptions(g, *grant);
  g->callback([&ctx, grant] { RunGrant(ctx, *grant, false); });

  auto revoke = std::make_shared<GrantArgs>();
  CLI::App* r = users->add_subcommand("revoke", "Take a role at a unit back from a user");
  AddGrantOptions(r, *revoke);
  r->callback([&ctx, revoke] { RunGrant(ctx, *revoke, true); });

  CLI::App* l = users->add_subcommand("list", "List the users with their roles");
  l->callback([&ctx] { RunList(ctx); });

  auto check = std::make_shared<CheckArgs>();
  CLI::App* c = users->add_subcommand(
      "check", "Check a user's password and print their roles (exit 7 when wrong)");
  c->add_option("user", check->name, "The user's name")->required();
  AddPasswordOptions(c, check->password);
  c->callback([&ctx, check] { RunCheck(ctx, *check); });

  AddUsersTokenCommands(users, ctx);
}

}  // namespace janadhar::cli
