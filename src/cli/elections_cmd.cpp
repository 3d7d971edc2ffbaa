// `janadhar elections`: what the store holds, per election.
#include <CLI/CLI.hpp>
#include <iostream>

#include "api/results_json.h"
#include "cli/context.h"
#include "report/sheet.h"

namespace janadhar::cli {

void AddElectionsCommand(CLI::App& app, Context& ctx) {
  app.add_subcommand("elections", "List the elections in the store with their counts")
      ->callback([&ctx] {
        auto store = ctx.OpenStoreOrFail();
        if (!store) return;
        auto summary = store->Summarise();
        if (!summary.ok()) return ctx.Fail(summary.status());
        if (ctx.json) {
          std::cout << api::ElectionsJson(summary.value()).dump(2) << '\n';
          return;
        }
        using report::Cell;
        using report::Kind;
        report::Sheet sheet("Elections in the store", {{"election"},
                                                       {"kind"},
                                                       {"year", Kind::kDecimal, 0},
                                                       {"seats", Kind::kInteger},
                                                       {"candidates", Kind::kInteger},
                                                       {"segments", Kind::kInteger},
                                                       {"booths", Kind::kInteger},
                                                       {"marked", Kind::kInteger}});
        for (const auto& s : summary.value()) {
          sheet.AddRow(
              {Cell::Text(s.election.name),
               Cell::Text(std::string(results::ElectionKindName(s.election.kind))),
               Cell::Int(s.election.year), Cell::Int(s.seats), Cell::Int(s.candidates),
               Cell::Int(s.segments), Cell::Int(s.booths), Cell::Int(s.booths_marked)});
        }
        if (summary->empty()) {
          sheet.AddNote("The store holds no election yet: see `janadhar import --help`.");
        }
        ctx.csv ? report::PrintCsv(sheet, std::cout)
                : report::PrintText(sheet, std::cout);
      });
}

}  // namespace janadhar::cli
