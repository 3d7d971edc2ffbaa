// Typed output tables: what every command prints, as an aligned terminal table,
// RFC 4180 CSV or an .xlsx workbook, from one description of its columns.
//
// A Sheet is a title, typed columns, rows of Cells (a value or missing) and
// notes. The column's Kind decides how a value is shown in each format, so a
// command never formats numbers itself:
//
//   Kind      value          text          CSV        XLSX
//   kText     Text           left-aligned  as is      shared string
//   kInteger  Int            "1,38,771"    "138771"   number, Indian grouping
//   kId       Int            "138771"      "138771"   number, no grouping
//   kPercent  Number 0.3134  "31.34%"      "31.34"    0.3134 as 0.00%
//   kPoints   Number 4.2     "+4.20"       "4.20"     4.2 as +0.00;-0.00;0.00
//   kDecimal  Number 1.5     "1.50"        "1.50"     1.5 as 0.00
//   (missing) Missing        "-" ("" kText) ""        blank cell
//
// Percent, points and decimals show `Column::decimals` decimals (0 to 10). A
// value that rounds to zero is never shown as "-0.00". A Text cell is shown as
// text in any column (e.g. "others" in a number column); an Int in a kPercent,
// kPoints or kDecimal column is used as that number, a Number in a kInteger
// or kId column is rounded. A kId column holds identifiers (a person's or a
// directive's number), which people type back into commands: never grouped.
// A Number that is not finite (NaN, ±inf) is Missing.
// Text is UTF-8; the importers validate it, this component does not.
//
// Ownership: Sheets and Cells are values. Thread-safety: a Sheet is safe to read
// from several threads; the print and write functions only read it. Errors: the
// printers cannot fail (stream errors stay in the stream's state); WriteXlsx
// returns a Status.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "base/text.h"

namespace janadhar::report {

// How a column's values are shown; see the table above.
enum class Kind { kText, kInteger, kId, kPercent, kPoints, kDecimal };

struct Column {
  std::string header;
  Kind kind = Kind::kText;
  int decimals = 2;  // for kPercent, kPoints, kDecimal (and Numbers in kText)
};

// One cell: a text, an integer, a real number, or missing (never read as 0).
class Cell {
 public:
  enum class Type { kMissing, kText, kInt, kNumber };

  Cell() = default;  // Missing
  static Cell Text(std::string s);
  static Cell Int(int64_t n);
  static Cell Number(double x);  // for kPercent, kPoints, kDecimal; NaN/inf: Missing
  static Cell Missing();

  Type type() const { return type_; }
  bool missing() const { return type_ == Type::kMissing; }
  bool is_text() const { return type_ == Type::kText; }
  // kText: the text; "" otherwise.
  const std::string& text() const { return text_; }
  // kInt: the integer; kNumber: rounded (saturating); 0 otherwise.
  int64_t integer() const;
  // kInt or kNumber as a double; 0 otherwise.
  double number() const;

 private:
  Type type_ = Type::kMissing;
  std::string text_;
  int64_t int_ = 0;
  double number_ = 0;
};

class Sheet {
 public:
  // `title` names the table (a line above it in text, the worksheet's name in
  // XLSX; "" prints no title line).
  Sheet(std::string title, std::vector<Column> columns);

  // `cells.size()` must equal `columns().size()` (asserted in debug builds; a
  // release build pads a short row with Missing and drops extra cells).
  void AddRow(std::vector<Cell> cells);
  // A sentence shown under the table in text and XLSX; not part of the CSV.
  void AddNote(std::string note);

  const std::string& title() const { return title_; }
  const std::vector<Column>& columns() const { return columns_; }
  std::size_t size() const { return rows_.size(); }  // rows
  bool empty() const { return rows_.empty(); }
  const std::vector<Cell>& row(std::size_t i) const { return rows_[i]; }
  const std::vector<std::vector<Cell>>& rows() const { return rows_; }
  const Cell& at(std::size_t row, std::size_t column) const { return rows_[row][column]; }
  const std::vector<std::string>& notes() const { return notes_; }

 private:
  std::string title_;
  std::vector<Column> columns_;
  std::vector<std::vector<Cell>> rows_;
  std::vector<std::string> notes_;
};

// The title line (if any), the header, a rule of '-' under each column, the
// rows, then each note on its own line. Columns are aligned by DisplayWidth
// (base/text.h: non-spacing marks such as the vowel sign ु take no column), two
// spaces apart; kText columns are left-aligned, the others (header included)
// right-aligned; no trailing spaces.
void PrintText(const Sheet& sheet, std::ostream& out);

// RFC 4180: the header row, then the rows; CRLF line ends, UTF-8, fields with a
// comma, quote, CR or LF quoted (quotes doubled). No title, no notes.
void PrintCsv(const Sheet& sheet, std::ostream& out);

// Writes `sheets` (one worksheet each, in order) to the .xlsx file `path`,
// replacing it: bold header row, frozen, with an autofilter; column widths
// fitted to the text; numbers as numbers in the formats above; notes below the
// table after one blank row. Worksheet names come from the titles through
// XlsxSheetNames. The file is written beside `path` and renamed over it, so a
// failure leaves an existing file as it was.
// Errors: IoError naming `path` when it cannot be written (a missing directory,
// no permission, a full disk); InvalidArgument for no sheets, a null sheet, or
// more rows or columns than Excel holds (1,048,576 rows, 16,384 columns).
// Thread-safe for different paths. Integers beyond 2^53 lose precision (Excel
// numbers are doubles); the Indian format groups up to 99,99,99,999 (then the
// leading group grows) and not below -99,999.
Status WriteXlsx(const std::vector<const Sheet*>& sheets, const std::string& path);

// Worksheet names for `titles` under Excel's rules: []:*?/\ and control
// characters become '-' or ' ', no leading or trailing apostrophe or space, at
// most 31 characters (UTF-16 units), never empty ("Sheet1" for the first title,
// "Sheet2" for the second, …), unique ignoring ASCII case (" (2)", " (3)", …
// appended; "History", reserved by Excel, becomes "History (2)").
std::vector<std::string> XlsxSheetNames(const std::vector<std::string>& titles);

// The text and CSV forms of one cell in `column` (as described above).
std::string TextValue(const Column& column, const Cell& cell);
std::string CsvValue(const Column& column, const Cell& cell);

// 138771 → "1,38,771" (base/text.h).
using ::janadhar::GroupDigits;
// 0.31337 → "31.34%"; not finite → "-".
std::string Percent(double fraction, int decimals = 2);
// Percentage points, signed: 4.2 → "+4.20", -3.1 → "-3.10", 0 → "0.00";
// not finite → "-".
std::string Points(double points, int decimals = 2);
// x with `decimals` decimals, never "-0.00"; not finite → "-".
std::string Fixed(double x, int decimals = 2);

}  // namespace janadhar::report
