// The first steps shared by the importers of one-record-per-row files
// (results, geography, long booth files): check the text is UTF-8, skip rows,
// read the header, find the fields' columns (a default layout matched by
// header names, or a ColumnMap), then hand out data rows of the header's width.
//
// Problems it reports: an empty file, text that is not UTF-8, a missing
// column, a CSV syntax error (an unterminated quote: the file is cut short)
// and a file with a header but no rows are fatal; a row with another number
// of cells than the header is an error and the row is skipped. Whole-file
// problems have line 0; a missing column has the header's line and column 0.
//
// Internal to the importers. Thread-compatible: one reader per file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "importers/column_map.h"
#include "importers/csv.h"
#include "importers/problems.h"

namespace janadhar::importers {

// A field of a default layout: the header names it goes by (matched by
// NameKey, the first present wins) and whether the file must have it.
struct FieldSpec {
  std::string field;  // one of ColumnMap::KnownFields() when maps may name it
  std::vector<std::string_view> names;
  bool required = true;
};

class TableReader {
 public:
  // `data` must outlive the reader.
  TableReader(std::string_view file, std::string_view data, ProblemList* problems);
  TableReader(const TableReader&) = delete;  // the reader may view owned_
  TableReader& operator=(const TableReader&) = delete;

  // Reads up to the first data row. The delimiter, unless the map gives it,
  // is detected on the first line with text (after the skipped lines). With
  // `map`, the map's delimiter, header, skip_rows (physical lines) and
  // columns are used (fields of the map that are not in
  // `fields` are ignored with a warning; those required must be in the map);
  // without, the default layout `fields`. `what` names the kind of file for
  // messages ("results"). False, with fatal problems, when the file cannot be
  // read as a table.
  bool Open(const ColumnMap* map, const std::vector<FieldSpec>& fields,
            std::string_view what);

  // The next data row of the expected width, skipping blank rows and rows of
  // another width (each an error). False at the end, or on a fatal problem
  // (then failed() is true).
  bool Next(CsvRecord* row);
  bool failed() const { return failed_; }

  // 0-based column of a field, -1 when the file does not have it.
  int Col(const std::string& field) const { return columns_.Get(field); }
  bool Has(const std::string& field) const { return Col(field) >= 0; }
  // The field's cell of `row`, "" when the file does not have the field.
  std::string_view Cell(const CsvRecord& row, const std::string& field) const;
  // Adds a problem at `row`'s line, in the field's column (0 when absent).
  void Report(const CsvRecord& row, const std::string& field, std::string message,
              Severity severity);
  // "'Votes'" (the header as written) or "column 3" for headerless files.
  std::string ColumnName(const std::string& field) const;
  // The field's cell as a constituency number (a whole number, 1 to 100000),
  // or 0 after reporting an error that it is not a `what` ("seat number").
  int Number(const CsvRecord& row, const std::string& field, std::string_view what);

  const std::string& file() const { return file_; }
  ProblemList* problems() const { return problems_; }

 private:
  void Fatal(int line, int column, std::string message);

  std::string file_;
  std::string_view data_;
  ProblemList* problems_;
  std::string owned_;  // the data with skipped lines blanked, when any
  CsvReader reader_{std::string_view()};
  std::vector<std::string> header_;
  ResolvedColumns columns_;
  std::size_t width_ = 0;  // cells per row; 0 until known (headerless files)
  int header_line_ = 0;
  int rows_seen_ = 0;  // non-blank rows after the header
  bool has_header_ = true;
  bool failed_ = false;
  bool done_ = false;
};

}  // namespace janadhar::importers
