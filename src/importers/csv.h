// A CSV reader for the files election offices publish: RFC 4180 quoting, a
// UTF-8 byte-order mark, CRLF or LF line ends, and a delimiter of ',', ';' or
// TAB (detected from the first line when not given).
//
// The reader works over a caller-owned buffer holding the whole file (files
// are at most tens of megabytes); fields are views into that buffer, or into
// the record's own storage when a quoted field had doubled quotes. A record's
// views stay valid until the next call to Next() with that record.
//
// Line numbers are 1-based physical lines of the file where the record starts;
// column numbers are 1-based field positions. Errors (an unterminated quote at
// the end of the file, a stray quote inside an unquoted field) stop the reader
// and are reported by error().
//
// Thread-safety: one reader per thread; the buffer may be shared read-only.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace janadhar::importers {

struct CsvOptions {
  char delimiter = 0;  // 0: detect among ',', ';', '\t' from the first line
};

struct CsvRecord {
  int line = 0;                          // physical line where it starts
  std::vector<std::string_view> fields;  // unquoted, unescaped
  std::string storage;                   // backing for unescaped fields

  std::size_t size() const { return fields.size(); }
  std::string_view operator[](std::size_t i) const { return fields[i]; }
  // True when every field is empty or white space (a blank line).
  bool IsBlank() const;
};

struct CsvError {
  int line = 0;
  int column = 0;
  std::string message;
};

class CsvReader {
 public:
  explicit CsvReader(std::string_view data, CsvOptions options = {});

  // Reads the next record into `record`. Returns false at the end of the data
  // or on an error (then error() is set). Empty lines are returned as records
  // with one empty field (callers usually skip IsBlank() records).
  bool Next(CsvRecord* record);

  const std::optional<CsvError>& error() const { return error_; }
  char delimiter() const { return delimiter_; }
  // Line number of the next record to be read.
  int line() const { return line_; }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
  int line_ = 1;
  char delimiter_ = ',';
  std::optional<CsvError> error_;
};

// Detects the delimiter from the first line: the most frequent of ',', ';'
// and '\t' outside quotes; ',' when none occurs.
char DetectDelimiter(std::string_view data);

// Strips a UTF-8 byte-order mark.
std::string_view StripBom(std::string_view data);

}  // namespace janadhar::importers
