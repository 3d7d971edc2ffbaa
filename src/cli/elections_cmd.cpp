// `janadhar elections`: what the store holds, per election.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/context.h"
#include "cli/table.h"
#include "nlohmann/json.hpp"

namespace janadhar::cli {

void AddElectionsCommand(CLI::App& app, Context& ctx) {
  app.add_subcommand("elections", "List the elections in the store with their counts")
      ->callback([&ctx] {
        auto store = ctx.OpenStoreOrFail();
        if (!store) return;
        auto summary = store->Summarise();
        if (!summary.ok()) return ctx.Fail(summary.status());
        if (ctx.json) {
          nlohmann::json rows = nlohmann::json::array();
          for (const auto& s : summary.value()) {
            rows.push_back(
                {{"name", s.election.name},
                 {"kind", std::string(results::ElectionKindName(s.election.kind))},
                 {"year", s.election.year},
                 {"delimitation", s.election.delimitation},
                 {"seats", s.seats},
                 {"candidates", s.candidates},
                 {"segments", s.segments},
                 {"booths", s.booths},
                 {"booths_marked", s.booths_marked},
                 {"problems", s.problems}});
          }
          std::cout << nlohmann::json{{"elections", rows}}.dump(2) << '\n';
          return;
        }
        using A = Table::Align;
        Table t({"election", "kind", "year", "seats", "candidates", "segments", "booths",
                 "marked"},
                {A::kLeft, A::kLeft, A::kRight, A::kRight, A::kRight, A::kRight,
                 A::kRight, A::kRight});
        for (const auto& s : summary.value()) {
          t.AddRow({s.election.name,
                    std::string(results::ElectionKindName(s.election.kind)),
                    std::to_string(s.election.year), GroupDigits(s.seats),
                    GroupDigits(s.candidates), GroupDigits(s.segments),
                    GroupDigits(s.booths), GroupDigits(s.booths_marked)});
        }
        ctx.csv ? t.PrintCsv(std::cout) : t.Print(std::cout);
      });
}

}  // namespace janadhar::cli
