#include "importers/csv.h"

#include <cstring>

namespace janadhar::importers {

bool CsvRecord::IsBlank() const {
  for (std::string_view f : fields) {
    for (char c : f) {
      if (c != ' ' && c != '\t') return false;
    }
  }
  return true;
}

std::string_view StripBom(std::string_view data) {
  if (data.size() >= 3 && static_cast<unsigned char>(data[0]) == 0xEF &&
      static_cast<unsigned char>(data[1]) == 0xBB &&
      static_cast<unsigned char>(data[2]) == 0xBF) {
    data.remove_prefix(3);
  }
  return data;
}

char DetectDelimiter(std::string_view data) {
  data = StripBom(data);
  std::size_t comma = 0, semi = 0, tab = 0;
  bool quoted = false;
  for (char c : data) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') ++comma;
    if (c == ';') ++semi;
    if (c == '\t') ++tab;
  }
  if (semi > comma && semi >= tab) return ';';
  if (tab > comma && tab > semi) return '\t';
  return ',';
}

CsvReader::CsvReader(std::string_view data, CsvOptions options) : data_(StripBom(data)) {
  delimiter_ = options.delimiter != 0 ? options.delimiter : DetectDelimiter(data_);
}

bool CsvReader::Next(CsvRecord* record) {
  if (error_ || pos_ >= data_.size()) return false;
  record->fields.clear();
  record->storage.clear();
  record->line = line_;
  const std::size_t n = data_.size();
  const char* d = data_.data();
  // Unescaped fields are appended to storage, which may reallocate; their
  // views are fixed once the record is complete.
  struct Pending {
    std::size_t field, at, len;
  };
  std::vector<Pending> pending;
  auto finish = [&]() {
    for (const Pending& p : pending) {
      record->fields[p.field] = std::string_view(record->storage.data() + p.at, p.len);
    }
    return true;
  };

  while (true) {
    const int column = static_cast<int>(record->fields.size()) + 1;
    if (pos_ < n && d[pos_] == '"') {
      // Quoted field.
      const int start_line = line_;
      std::size_t i = pos_ + 1;
      std::size_t begin = i;
      bool has_escape = false;
      while (true) {
        const void* q = std::memchr(d + i, '"', n - i);
        if (q == nullptr) {
          // Count lines to report where the quote opened.
          error_ = CsvError{start_line, column,
                            "a quoted field is not closed before the end of the "
                            "file (is the file cut short?)"};
          return false;
        }
        const std::size_t qi = static_cast<const char*>(q) - d;
        for (std::size_t k = i; k < qi; ++k) {
          if (d[k] == '\n') ++line_;
        }
        if (qi + 1 < n && d[qi + 1] == '"') {
          has_escape = true;
          i = qi + 2;
          continue;
        }
        i = qi;
        break;
      }
      std::string_view raw(d + begin, i - begin);
      if (has_escape) {
        const std::size_t at = record->storage.size();
        for (std::size_t k = 0; k < raw.size(); ++k) {
          record->storage.push_back(raw[k]);
          if (raw[k] == '"') ++k;  // skip the doubled quote
        }
        pending.push_back({record->fields.size(), at, record->storage.size() - at});
        record->fields.emplace_back();
      } else {
        record->fields.push_back(raw);
      }
      pos_ = i + 1;  // after closing quote
      // Allow spaces between the closing quote and the delimiter.
      while (pos_ < n && d[pos_] == ' ') ++pos_;
      if (pos_ >= n) return finish();
      const char c = d[pos_];
      if (c == delimiter_) {
        ++pos_;
        continue;
      }
      if (c == '\r' || c == '\n') {
        if (c == '\r' && pos_ + 1 < n && d[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
        return finish();
      }
      error_ = CsvError{line_, column,
                        "unexpected text after a closing quote (a quote inside a "
                        "field must be doubled)"};
      return false;
    }
    // Unquoted field.
    std::size_t i = pos_;
    while (i < n) {
      const char c = d[i];
      if (c == delimiter_ || c == '\n' || c == '\r') break;
      if (c == '"') {
        error_ = CsvError{line_, column,
                          "a quote inside an unquoted field (quote the whole "
                          "field and double the quote)"};
        return false;
      }
      ++i;
    }
    record->fields.emplace_back(d + pos_, i - pos_);
    if (i >= n) {
      pos_ = n;
      return finish();
    }
    if (d[i] == delimiter_) {
      pos_ = i + 1;
      if (pos_ >= n) {  // trailing delimiter at end of data: one more empty field
        record->fields.emplace_back(d + n, 0);
        return finish();
      }
      continue;
    }
    // End of line.
    if (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n') ++i;
    pos_ = i + 1;
    ++line_;
    return finish();
  }
}

}  // namespace janadhar::importers
