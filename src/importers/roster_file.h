// A roster file: the people of the organisation, one a row, for `janadhar org
// people import FILE` (DESIGN.md, "Organisation model"). Comma, tab or
// semicolon separated, as TableReader detects; UTF-8, names in Devanagari
// and/or Latin letters. data/examples/roster.csv is a file to copy.
//
// Fields (header names matched by NameKey, the first present wins):
//   name_hi   "name_hi", "name hindi", "hindi name", "नाम", "हिंदी नाम"
//   name_en   "name_en", "name", "english name", "name english", "अंग्रेजी नाम"
//             at least one of the two must be in the header;
//   phone     "phone", "mobile", "mobile no", "phone no", "मोबाइल", "फोन"
//             required; normalised by org::NormalizePhone;
//   epic      "epic", "epic no", "voter id", "वोटर आईडी", optional;
//   joined    "joined", "joined on", "date of joining", "सदस्यता तिथि",
//             optional, YYYY-MM-DD; options.default_joined when blank/absent;
//   came_from "came_from", "previous party", "from party", "पूर्व दल", optional;
//   unit      "unit", "unit code", "इकाई", "इकाई कोड" required (a unit code,
//             org/unit.h);
//   role      "role", "post", "पद", optional: org::ParseRole's spellings; the
//             row then also asks for a post of that role at its unit from
//             the person's joined date;
//   status    "status", "स्थिति", optional: active (when blank), left, expelled.
// Cells are trimmed; names, the unit and came_from have runs of spaces
// collapsed.
//
// Problems:
//  - error at the row's line and the bad cell's column, the row left out of
//    `rows`: both names blank (at the first name column), a name in the wrong
//    script (org::CheckPerson's rules), a malformed phone or EPIC, a bad date,
//    an unknown role or status (with the valid names and the closest one), a
//    blank unit, and the same normalised phone or EPIC as an earlier row
//    ("'phone': phone +919876543210 is already on line 12"). Every bad cell
//    of a row is reported, the message prefixed by the column's header;
//  - fatal, no rows returned: no name column (naming both), no phone or unit
//    column (naming the closest header), and what table_reader.h says (empty
//    file, header only, not UTF-8, unclosed quote).
// What this reader cannot know is left to the service (service/org_people.h):
// whether the unit exists, whether a phone or EPIC is already in the store,
// whether the role may be held in the unit. RosterRow::col gives the columns
// for its messages.
//
// Thread-safety: pure; safe to call from many threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/problems.h"
#include "org/person.h"

namespace janadhar::importers {

struct RosterOptions {
  // The joined date (YYYY-MM-DD) of rows without one; the caller gives today.
  std::string default_joined;
};

struct RosterRow {
  int line = 0;                   // 1-based physical line where the row starts
  org::Person person;             // checked by org::CheckPerson; id 0
  std::optional<org::Role> role;  // a post to give the person, when asked
  std::string post_from;          // the post's first day: the joined date
  // 1-based columns of the fields, for later messages; 0 when absent.
  struct Columns {
    int name_hi = 0, name_en = 0, phone = 0, epic = 0, joined = 0, came_from = 0,
        unit = 0, role = 0, status = 0;
  } col;
};

struct Roster {
  std::vector<RosterRow> rows;  // the good rows, in file order
  int rows_read = 0;            // data rows of the header's width, good or bad
};

Roster ReadRoster(std::string_view file, std::string_view data,
                  const RosterOptions& options, ProblemList* problems);

}  // namespace janadhar::importers
