#include "importers/table_reader.h"

#include <algorithm>
#include <utility>

#include "base/numbers.h"
#include "base/text.h"

namespace janadhar::importers {

namespace {

bool IsBlankText(std::string_view data) {
  for (char c : data) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

}  // namespace

TableReader::TableReader(std::string_view file, std::string_view data,
                         ProblemList* problems)
    : file_(file), data_(data), problems_(problems) {}

void TableReader::Fatal(int line, int column, std::string message) {
  problems_->Add(file_, line, column, std::move(message), Severity::kFatal);
  failed_ = true;
}

bool TableReader::Open(const ColumnMap* map, const std::vector<FieldSpec>& fields,
                       std::string_view what) {
  if (IsBlankText(StripBom(data_))) {
    Fatal(0, 0, "the file is empty");
    return false;
  }
  // Skipped rows are physical lines, whatever they hold (titles, notes): they
  // are blanked, keeping the line numbers, and the delimiter is detected on
  // the first line with text after them.
  const int skip = map != nullptr ? map->skip_rows : 0;
  std::size_t body = 0;
  int skipped = 0;
  for (; skipped < skip && body < data_.size(); ++skipped) {
    const std::size_t nl = data_.find('\n', body);
    body = nl == std::string_view::npos ? data_.size() : nl + 1;
  }
  std::string_view rest = data_.substr(body);
  if (body == 0) rest = StripBom(rest);
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    if (!IsBlankText(rest.substr(0, nl))) break;
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
  CsvOptions options;
  options.delimiter = map != nullptr ? map->delimiter : 0;
  if (options.delimiter == 0) options.delimiter = DetectDelimiter(rest);
  if (!CheckUtf8(file_, data_, options.delimiter, problems_)) {
    failed_ = true;
    return false;
  }
  std::string_view text = data_;
  if (skipped > 0) {
    owned_.assign(static_cast<std::size_t>(skipped), '\n');
    owned_.append(data_.substr(body));
    text = owned_;
  }
  reader_ = CsvReader(text, options);
  has_header_ = map == nullptr || map->header;
  CsvRecord record;

  std::vector<std::string_view> header_cells;
  if (has_header_) {
    bool got = false;
    while (reader_.Next(&record)) {
      if (!record.IsBlank()) {
        got = true;
        break;
      }
    }
    if (const auto& e = reader_.error()) {
      Fatal(e->line, e->column, e->message);
      return false;
    }
    if (!got) {
      Fatal(0, 0,
            skip > 0 ? "the file has nothing after the " + std::to_string(skip) +
                           " lines the column map skips"
                     : "the file is empty");
      return false;
    }
    header_line_ = record.line;
    for (std::string_view h : record.fields) header_.push_back(CollapseSpaces(h));
    for (const auto& h : header_) header_cells.push_back(h);
    width_ = header_.size();
  } else {
    header_line_ = reader_.line();
  }

  std::map<std::string, ColumnRef> wanted;
  std::vector<std::string> required;
  if (map != nullptr) {
    for (const auto& [field, ref] : map->columns) {
      bool used = false;
      for (const FieldSpec& f : fields) used = used || f.field == field;
      if (used) {
        wanted[field] = ref;
      } else {
        problems_->Add(file_, 0, 0,
                       "the column map's field '" + field + "' is not used for " +
                           std::string(what) + " files; ignored",
                       Severity::kWarning);
      }
    }
    for (const FieldSpec& f : fields) {
      if (f.required) required.push_back(f.field);
    }
  } else {
    std::vector<std::string> keys;
    for (const auto& h : header_) keys.push_back(NameKey(h));
    for (const FieldSpec& f : fields) {
      bool found = false;
      for (std::string_view name : f.names) {
        if (std::find(keys.begin(), keys.end(), NameKey(name)) != keys.end()) {
          wanted[f.field] = std::string(name);
          found = true;
          break;
        }
      }
      if (found || !f.required) continue;
      std::string m = "no column for " + f.field + ": the header needs ";
      for (std::size_t i = 0; i < f.names.size() && i < 4; ++i) {
        m += (i == 0                                              ? "'"
              : i + 1 == std::min<std::size_t>(f.names.size(), 4) ? " or '"
                                                                  : ", '") +
             std::string(f.names[i]) + "'";
      }
      std::vector<std::string> named;
      for (const auto& h : header_) {
        if (!h.empty()) named.push_back(h);
      }
      const std::string dym = DidYouMean(f.names.front(), named);
      if (!dym.empty()) m += "; " + dym;
      m += " (or describe the layout with a column map)";
      Fatal(header_line_, 0, m);
    }
    if (failed_) return false;
  }
  auto resolved =
      ResolveColumns(file_, header_line_, header_cells, wanted, required, problems_);
  if (!resolved) {
    failed_ = true;
    return false;
  }
  columns_ = std::move(*resolved);
  return true;
}

bool TableReader::Next(CsvRecord* row) {
  if (failed_ || done_) return false;
  while (reader_.Next(row)) {
    if (row->IsBlank()) continue;
    ++rows_seen_;
    if (width_ == 0) {
      // Headerless: the first row sets the width, and must hold every field.
      width_ = row->size();
      for (const auto& [field, index] : columns_.index) {
        if (index >= static_cast<int>(width_)) {
          Fatal(row->line, 0,
                "the column map puts field '" + field + "' in column " +
                    std::to_string(index + 1) + ", but the first row has only " +
                    std::to_string(width_) + " cells");
          return false;
        }
      }
    }
    if (row->size() != width_) {
      const std::string n = std::to_string(row->size());
      const std::string m = std::to_string(width_);
      std::string msg = "row has ";
      msg.append(n).append(" cells, ");
      msg.append(has_header_ ? "the header has " : "the first row has ").append(m);
      msg.append(row->size() < width_
                     ? " — is the file cut short?"
                     : " — is a delimiter inside a field without quotes?");
      problems_->Add(file_, row->line,
                     static_cast<int>(std::min(row->size(), width_)) + 1, msg,
                     Severity::kError);
      continue;
    }
    return true;
  }
  done_ = true;
  if (const auto& e = reader_.error()) {
    Fatal(e->line, e->column, e->message);
    return false;
  }
  if (rows_seen_ == 0) {
    Fatal(0, 0,
          has_header_ ? "the file has a header but no data rows"
                      : "the file has no data rows");
  }
  return false;
}

std::string_view TableReader::Cell(const CsvRecord& row, const std::string& field) const {
  const int c = Col(field);
  if (c < 0 || c >= static_cast<int>(row.size())) return {};
  return row[static_cast<std::size_t>(c)];
}

void TableReader::Report(const CsvRecord& row, const std::string& field,
                         std::string message, Severity severity) {
  problems_->Add(file_, row.line, Col(field) + 1, std::move(message), severity);
}

std::string TableReader::ColumnName(const std::string& field) const {
  const int c = Col(field);
  if (c < 0) return field;
  if (c < static_cast<int>(header_.size()) &&
      !header_[static_cast<std::size_t>(c)].empty()) {
    return "'" + header_[static_cast<std::size_t>(c)] + "'";
  }
  return "column " + std::to_string(c + 1);
}

int TableReader::Number(const CsvRecord& row, const std::string& field,
                        std::string_view what) {
  const std::string_view cell = Cell(row, field);
  const ParsedCount n = ParseCount(cell);
  if (n.kind == CountParse::kOk && n.value >= 1 && n.value <= 100000) {
    return static_cast<int>(n.value);
  }
  Report(row, field,
         ColumnName(field) + " " + Quoted(cell) + " is not a " + std::string(what) +
             " (a whole number from 1)",
         Severity::kError);
  return 0;
}

}  // namespace janadhar::importers
