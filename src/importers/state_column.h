// The state of a row of a one-record-per-row file (results, turnout): the
// `state_code` field when the file has one (an ECI code such as "S24"), else
// the `state` field (any name, abbreviation or old spelling
// geo::FindKnownState knows: "Orissa", "Chattisgarh", "NCT OF Delhi").
//
// A blank cell, an unknown name or code (with a "did you mean" suggestion), or
// a known state in the code column written other than by its code are errors
// at the row's line and the field's column. Lookups and their messages are
// cached by cell text, so a large file pays for each spelling once.
//
// Internal to the importers. Thread-compatible: one per TableReader.
#pragma once

#include <string>
#include <unordered_map>

#include "geo/geo.h"
#include "importers/table_reader.h"

namespace janadhar::importers {

class StateColumn {
 public:
  // `table` must be open and outlive this object.
  explicit StateColumn(TableReader* table) : table_(table) {}

  // True when the file has a state_code or state field; otherwise adds a
  // fatal problem (line 0) saying which header or map field is needed.
  bool CheckPresent(bool with_map);

  // The state of `row`, or nullptr after reporting why not (an error).
  const geo::State* Resolve(const CsvRecord& row);

 private:
  struct Lookup {
    const geo::State* state = nullptr;
    std::string error;  // why there is none
  };
  Lookup Find(const std::string& cell, bool by_code, const std::string& field) const;

  TableReader* table_;
  std::unordered_map<std::string, Lookup> cache_;
};

}  // namespace janadhar::importers
