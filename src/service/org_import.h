// The use cases behind `janadhar org people import FILE` and `janadhar org
// units import FILE`: bulk rosters and a party's own unit tree, checked row by
// row against the store, each problem at its file:line:column.
//
// People (importers/roster_file.h): besides the file's own checks, a row is
// an error when its unit is not stored, its phone or EPIC is held by someone
// in the store, or its role does not fit its unit (booth roles in booths
// only) or the rules (a person who came from another party holds no post
// before the induction: import them without a role, then record the
// training). With all_or_nothing (the default) one bad row stops the import
// and nothing is written; without it the good rows are written and the bad
// ones reported. The rows written are one transaction with one audit entry
// per person.
//
// Units (importers/units_file.h): a file is for one state. Rows are added to (or change
// the name, level, parent and places of) the units of their state's stored tree, in file
// order, so a parent may come earlier in the file. A row is an error when its parent is
// not stored or earlier in the file, its level is not below its parent's (nor, for a
// stored unit it changes, above the units under it), it moves a unit under itself, its
// code does not start with its state's code and '/', its state is not that of the
// file's first row, or a new state root would come without a state level. Any error
// stops the import: a unit tree is written whole or not at all.
//
// Either takes the file's text instead of reading it (`text`; `file` then
// only names it in the problems), and a check of the units it names
// (`check_unit`): called before anything is written, and before the
// problems that need the store (a held phone, an unknown unit) are
// reported, for each stored unit a roster's rows name, or each stored unit
// a units file changes or places a unit under (and the national unit IN for
// a new state); its first error stops the import and is returned. The HTTP
// API checks the user's write access with it.
//
// Errors (Status): NotFound for a missing file, IoError from the store, the
// error of check_unit.
// Problems of the file are not a Status: they come back in the report.
// Thread-safety: one call at a time per Store. ImportRoster makes the audit
// entries' JSON on a second thread of its own, joined before it returns.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "importers/problems.h"
#include "service/org_people.h"
#include "store/store.h"

namespace janadhar::service {

// A check of a unit an import names (see the top).
using UnitCheck = std::function<Status(const std::string& unit)>;

struct RosterImportRequest {
  std::string file;
  bool all_or_nothing = true;
  std::string default_joined;  // "" = today
  OrgActor actor;
  std::optional<std::string> text;  // the file's text; read from `file` when not given
  UnitCheck check_unit;             // none: every unit may be named
};

struct RosterImportReport {
  std::string file;
  int rows_read = 0;
  int people_added = 0;
  int posts_added = 0;
  int rows_refused = 0;  // rows with an error
  bool written = false;  // false when all_or_nothing and a row is bad
  std::vector<importers::ImportProblem> problems;
};

Result<RosterImportReport> ImportRoster(store::Store& store,
                                        const RosterImportRequest& request);

struct UnitsImportRequest {
  std::string file;
  OrgActor actor;
  std::optional<std::string> text;  // the file's text; read from `file` when not given
  UnitCheck check_unit;             // none: every unit may be changed
};

struct UnitsImportReport {
  std::string file;
  int rows_read = 0;
  int units_added = 0;
  int units_changed = 0;
  std::vector<std::string> states;  // the state whose tree was written
  bool written = false;
  std::vector<importers::ImportProblem> problems;
};

Result<UnitsImportReport> ImportUnits(store::Store& store,
                                      const UnitsImportRequest& request);

}  // namespace janadhar::service
