// Version 10: the communication system's reports (org/report.h): templates,
// their fields, the units that are to report and their submissions
// (store/README.md).
#include <string_view>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_util.h"

namespace janadhar::store::sqlite {

namespace {

// As comms_directives: units by row id (ReplaceOrgUnits keeps the units they
// refer to). A template's targets are fixed when it is defined, one row each
// without a rowid. A submission is one row per (template, unit, period), its
// values a comma-separated list of whole numbers in field order (a
// correction replaces the row).
constexpr std::string_view kReportsV10 = R"sql(
CREATE TABLE comms_report_templates (
  id INTEGER PRIMARY KEY,
  from_unit_id INTEGER NOT NULL REFERENCES org_units(id),
  to_unit_id INTEGER NOT NULL REFERENCES org_units(id),
  level TEXT,  -- only units of this level (org::UnitLevelName); NULL = all
  title TEXT NOT NULL,
  defined_on TEXT NOT NULL,
  defined_by TEXT NOT NULL,
  targets INTEGER NOT NULL
);
CREATE INDEX comms_report_templates_from ON comms_report_templates(from_unit_id);
CREATE INDEX comms_report_templates_to ON comms_report_templates(to_unit_id);

CREATE TABLE comms_report_fields (
  template_id INTEGER NOT NULL REFERENCES comms_report_templates(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,  -- from 0, the order of the values
  name TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (template_id, position),
  UNIQUE (template_id, name)
) WITHOUT ROWID;

CREATE TABLE comms_report_targets (
  template_id INTEGER NOT NULL REFERENCES comms_report_templates(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES org_units(id),
  PRIMARY KEY (template_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX comms_report_targets_unit ON comms_report_targets(unit_id);

CREATE TABLE comms_report_submissions (
  template_id INTEGER NOT NULL,
  unit_id INTEGER NOT NULL,
  period TEXT NOT NULL,
  field_values TEXT NOT NULL,  -- "12,0,7": org::JoinReportValues
  submitted_on TEXT NOT NULL,
  submitted_by TEXT NOT NULL,
  PRIMARY KEY (template_id, period, unit_id),
  FOREIGN KEY (template_id, unit_id)
    REFERENCES comms_report_targets(template_id, unit_id) ON DELETE CASCADE
) WITHOUT ROWID;
)sql";

}  // namespace

Status CreateReports(sqlite3* db) {
  return Exec(db, kReportsV10, "creating the communication system's report tables");
}

}  // namespace janadhar::store::sqlite
