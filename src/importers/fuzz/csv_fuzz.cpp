// Fuzzes the CSV reader: records come in line order, fields point into the
// data or the record's storage, and writing the records back quoted and
// reading them again gives the same fields.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "importers/csv.h"
#include "importers/fuzz/fuzz_check.h"

namespace {

using janadhar::importers::CsvOptions;
using janadhar::importers::CsvReader;
using janadhar::importers::CsvRecord;

std::vector<std::vector<std::string>> ReadAll(std::string_view data, CsvOptions options,
                                              bool* ok, char* delimiter) {
  std::vector<std::vector<std::string>> rows;
  CsvReader reader(data, options);
  *delimiter = reader.delimiter();
  const long max_line = 1 + std::count(data.begin(), data.end(), '\n') +
                        std::count(data.begin(), data.end(), '\r');
  CsvRecord r;
  int last_line = 0;
  while (reader.Next(&r)) {
    FUZZ_CHECK(r.line > last_line);
    FUZZ_CHECK(r.line <= max_line);
    FUZZ_CHECK(!r.fields.empty());
    last_line = r.line;
    std::vector<std::string> row;
    for (std::string_view f : r.fields) {
      const bool in_data =
          f.data() >= data.data() && f.data() + f.size() <= data.data() + data.size();
      const bool in_storage = f.data() >= r.storage.data() &&
                              f.data() + f.size() <= r.storage.data() + r.storage.size();
      FUZZ_CHECK(f.empty() || in_data || in_storage);
      row.emplace_back(f);
    }
    rows.push_back(std::move(row));
  }
  *ok = !reader.error().has_value();
  if (const auto& e = reader.error()) {
    FUZZ_CHECK(e->line >= 1 && e->line <= max_line);
    FUZZ_CHECK(e->column >= 1);
    FUZZ_CHECK(!e->message.empty());
  }
  return rows;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view data(reinterpret_cast<const char*>(bytes), size);
  for (char given : {'\0', ';'}) {
    CsvOptions options;
    options.delimiter = given;
    bool ok = false;
    char delimiter = 0;
    const auto rows = ReadAll(data, options, &ok, &delimiter);
    if (!ok || delimiter == '"' || delimiter == '\n' || delimiter == '\r') continue;
    // Round trip: every field quoted, quotes doubled.
    std::string out;
    for (const auto& row : rows) {
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (i > 0) out.push_back(delimiter);
        out.push_back('"');
        for (char c : row[i]) {
          if (c == '"') out.push_back('"');
          out.push_back(c);
        }
        out.push_back('"');
      }
      out.push_back('\n');
    }
    CsvOptions again;
    again.delimiter = delimiter;
    bool ok2 = false;
    char d2 = 0;
    // A leading byte-order mark inside the first field would be stripped.
    if (out.rfind("\"\xEF\xBB\xBF", 0) == 0) continue;
    const auto reread = ReadAll(out, again, &ok2, &d2);
    FUZZ_CHECK(ok2);
    FUZZ_CHECK(reread == rows);
  }
  return 0;
}
