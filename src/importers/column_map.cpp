#include "importers/column_map.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>
#include <utility>

#include "base/text.h"

namespace janadhar::importers {

namespace {

constexpr int kMaxColumn = 100000;
constexpr int64_t kMaxSkipRows = 1000000;

// A map file's key/value tree, the same for TOML and JSON, with the places
// of the keys and values in the map file (0 when unknown).
struct Pos {
  int line = 0;
  int column = 0;
};
struct Entry {
  enum class Kind { kString, kInteger, kBool, kTable, kOther };
  std::string key;
  Pos key_pos, value_pos;
  Kind kind = Kind::kOther;
  std::string text;
  int64_t number = 0;
  bool flag = false;
  std::vector<Entry> children;  // kTable
};

std::string_view KindName(Entry::Kind k) {
  switch (k) {
    case Entry::Kind::kString: return "text";
    case Entry::Kind::kInteger: return "a whole number";
    case Entry::Kind::kBool: return "true or false";
    case Entry::Kind::kTable: return "a table";
    case Entry::Kind::kOther: return "another kind of value";
  }
  return "a value";
}

Pos PosOf(const toml::source_region& r) {
  return {static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}

std::vector<Entry> FromToml(const toml::table& table, int depth) {
  std::vector<Entry> out;
  for (auto&& [k, v] : table) {
    Entry e;
    e.key = std::string(k.str());
    e.key_pos = PosOf(k.source());
    e.value_pos = PosOf(v.source());
    if (v.is_string()) {
      e.kind = Entry::Kind::kString;
      e.text = v.as_string()->get();
    } else if (v.is_integer()) {
      e.kind = Entry::Kind::kInteger;
      e.number = v.as_integer()->get();
    } else if (v.is_boolean()) {
      e.kind = Entry::Kind::kBool;
      e.flag = v.as_boolean()->get();
    } else if (v.is_table() && depth == 0) {
      e.kind = Entry::Kind::kTable;
      e.children = FromToml(*v.as_table(), depth + 1);
    }
    out.push_back(std::move(e));
  }
  return out;
}

Pos PosAt(std::string_view text, std::size_t offset) {
  Pos p{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

// Where `"key"` followed by ':' first occurs at or after `from`; npos if the
// key is not written plainly (escapes).
std::size_t FindJsonKey(std::string_view text, const std::string& key, std::size_t from) {
  const std::string quoted = "\"" + key + "\"";
  for (std::size_t at = text.find(quoted, from); at != std::string_view::npos;
       at = text.find(quoted, at + 1)) {
    std::size_t i = at + quoted.size();
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) {
      ++i;
    }
    if (i < text.size() && text[i] == ':') return at;
  }
  return std::string_view::npos;
}

std::vector<Entry> FromJson(const nlohmann::json& object, std::string_view text,
                            std::size_t from, int depth) {
  std::vector<Entry> out;
  for (auto it = object.begin(); it != object.end(); ++it) {
    Entry e;
    e.key = it.key();
    const std::size_t at = FindJsonKey(text, e.key, from);
    if (at != std::string_view::npos) e.key_pos = PosAt(text, at);
    e.value_pos = e.key_pos;
    const nlohmann::json& v = it.value();
    if (v.is_string()) {
      e.kind = Entry::Kind::kString;
      e.text = v.get<std::string>();
    } else if (v.is_number_unsigned()) {
      e.kind = Entry::Kind::kInteger;
      const auto u = v.get<uint64_t>();
      e.number = u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())
                     ? std::numeric_limits<int64_t>::max()
                     : static_cast<int64_t>(u);
    } else if (v.is_number_integer()) {
      e.kind = Entry::Kind::kInteger;
      e.number = v.get<int64_t>();
    } else if (v.is_boolean()) {
      e.kind = Entry::Kind::kBool;
      e.flag = v.get<bool>();
    } else if (v.is_object() && depth == 0) {
      e.kind = Entry::Kind::kTable;
      e.children = FromJson(v, text, at == std::string_view::npos ? from : at, depth + 1);
    }
    out.push_back(std::move(e));
  }
  return out;
}

// Reads "parse error at line 3, column 7: ..." from nlohmann's message.
void JsonErrorPlace(const std::string& what, Pos* pos, std::string* message) {
  *message = what;
  if (const std::size_t b = message->find("] "); b != std::string::npos) {
    message->erase(0, b + 2);
  }
  const std::size_t at = message->find("at line ");
  int line = 0, column = 0;
  if (at != std::string::npos &&
      std::sscanf(message->c_str() + at, "at line %d, column %d", &line, &column) == 2) {
    *pos = {line, column};
    if (const std::size_t colon = message->find(": ", at); colon != std::string::npos) {
      message->erase(0, colon + 2);
    }
  }
}

class Validator {
 public:
  Validator(std::string_view file, ProblemList* problems)
      : file_(file), problems_(problems) {}

  std::optional<ColumnMap> Build(const std::vector<Entry>& top) {
    ColumnMap map;
    static const std::vector<std::string> kTopKeys = {"delimiter", "header", "skip_rows",
                                                      "columns"};
    for (const Entry& e : top) {
      if (e.key == "delimiter") {
        Delimiter(e, &map);
      } else if (e.key == "header") {
        if (e.kind != Entry::Kind::kBool) {
          Fail(e.value_pos,
               "'header' must be true or false, not " + std::string(KindName(e.kind)));
        } else {
          map.header = e.flag;
        }
      } else if (e.key == "skip_rows") {
        if (e.kind != Entry::Kind::kInteger || e.number < 0 || e.number > kMaxSkipRows) {
          Fail(e.value_pos, "'skip_rows' must be a whole number from 0 to " +
                                std::to_string(kMaxSkipRows));
        } else {
          map.skip_rows = static_cast<int>(e.number);
        }
      } else if (e.key == "columns") {
        if (e.kind != Entry::Kind::kTable) {
          Fail(e.value_pos, "'columns' must be a table of field = column");
        } else {
          Columns(e.children, &map);
        }
      } else if (IsField(e.key)) {
        Fail(e.key_pos, "field '" + e.key + "' must be inside [columns]");
      } else {
        std::string m = "unknown key '" + e.key + "' in the column map";
        const std::string dym = DidYouMean(e.key, kTopKeys);
        m += dym.empty() ? "; the keys are delimiter, header, skip_rows and columns"
                         : "; " + dym;
        Fail(e.key_pos, m);
      }
    }
    if (failed_) return std::nullopt;
    return map;
  }

 private:
  static bool IsField(const std::string& key) {
    const auto& f = ColumnMap::KnownFields();
    return std::find(f.begin(), f.end(), key) != f.end();
  }

  void Fail(Pos pos, std::string message) {
    problems_->Add(file_, pos.line, pos.column, std::move(message), Severity::kFatal);
    failed_ = true;
  }

  void Delimiter(const Entry& e, ColumnMap* map) {
    const std::string& t = e.text;
    if (e.kind == Entry::Kind::kString) {
      std::string lower;
      for (char c : t)
        lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      if (lower == "tab" || t == "\\t" || t == "\t") {
        map->delimiter = '\t';
        return;
      }
      const unsigned char c = t.size() == 1 ? static_cast<unsigned char>(t[0]) : 0;
      if (c >= 0x20 && c < 0x7F && c != '"') {
        map->delimiter = static_cast<char>(c);
        return;
      }
    }
    Fail(e.value_pos,
         "'delimiter' must be one character such as \";\" or \"|\", or \"tab\"");
  }

  void Columns(const std::vector<Entry>& children, ColumnMap* map) {
    std::vector<std::string> known;
    for (std::string_view f : ColumnMap::KnownFields()) known.emplace_back(f);
    for (const Entry& c : children) {
      if (!IsField(c.key)) {
        std::string m = "unknown field '" + c.key + "' in [columns]";
        const std::string dym = DidYouMean(c.key, known);
        if (!dym.empty()) {
          m += "; " + dym;
        } else {
          m += "; the fields are";
          for (std::size_t i = 0; i < known.size(); ++i) {
            m += (i == 0 ? " " : ", ") + known[i];
          }
        }
        Fail(c.key_pos, m);
        continue;
      }
      if (c.kind == Entry::Kind::kString && !CollapseSpaces(c.text).empty()) {
        map->columns[c.key] = CollapseSpaces(c.text);
      } else if (c.kind == Entry::Kind::kInteger && c.number >= 1 &&
                 c.number <= kMaxColumn) {
        map->columns[c.key] = static_cast<int>(c.number);
      } else if (c.kind == Entry::Kind::kInteger) {
        Fail(c.value_pos, "column " + std::to_string(c.number) + " for field '" + c.key +
                              "' is out of range: columns are numbered from 1");
      } else {
        Fail(c.value_pos,
             "field '" + c.key +
                 "' must be a header name (text) or a column number, not " +
                 std::string(c.kind == Entry::Kind::kString ? "blank text"
                                                            : KindName(c.kind)));
      }
    }
  }

  std::string file_;
  ProblemList* problems_;
  bool failed_ = false;
};

bool LooksLikeJson(std::string_view file, std::string_view text) {
  if (file.size() >= 5) {
    std::string ext(file.substr(file.size() - 5));
    for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    if (ext == ".json") return true;
  }
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '{';
  }
  return false;
}

}  // namespace

std::optional<ColumnMap> ParseColumnMap(std::string_view file, std::string_view text,
                                        ProblemList* problems) {
  std::vector<Entry> top;
  if (LooksLikeJson(file, text)) {
    try {
      const nlohmann::json doc = nlohmann::json::parse(text.begin(), text.end());
      if (!doc.is_object()) {
        problems->Add(std::string(file), 1, 1,
                      "a JSON column map must be an object: { \"columns\": { ... } }",
                      Severity::kFatal);
        return std::nullopt;
      }
      top = FromJson(doc, text, 0, 0);
    } catch (const nlohmann::json::exception& e) {
      Pos pos;
      std::string message;
      JsonErrorPlace(e.what(), &pos, &message);
      problems->Add(std::string(file), pos.line, pos.column, "invalid JSON: " + message,
                    Severity::kFatal);
      return std::nullopt;
    }
  } else {
    try {
      const toml::table doc = toml::parse(text, file);
      top = FromToml(doc, 0);
    } catch (const toml::parse_error& e) {
      problems->Add(std::string(file), PosOf(e.source()).line, PosOf(e.source()).column,
                    "invalid TOML: " + std::string(e.description()), Severity::kFatal);
      return std::nullopt;
    }
  }
  return Validator(file, problems).Build(top);
}

std::optional<ResolvedColumns> ResolveColumns(
    std::string_view file, int header_line, const std::vector<std::string_view>& header,
    const std::map<std::string, ColumnRef>& wanted,
    const std::vector<std::string>& required, ProblemList* problems) {
  bool ok = true;
  auto fatal = [&](int line, std::string message) {
    problems->Add(std::string(file), line, 0, std::move(message), Severity::kFatal);
    ok = false;
  };
  std::vector<std::string> header_names;
  std::vector<std::string> header_keys;
  for (std::string_view h : header) {
    header_names.push_back(CollapseSpaces(h));
    header_keys.push_back(NameKey(h));
  }
  auto suggest = [&](std::string_view query) {
    std::vector<std::string> named;
    for (const auto& n : header_names) {
      if (!n.empty()) named.push_back(n);
    }
    const std::string dym = DidYouMean(query, named);
    return dym.empty() ? std::string() : "; " + dym;
  };
  ResolvedColumns out;
  for (const auto& [field, ref] : wanted) {
    if (const int* number = std::get_if<int>(&ref)) {
      if (*number < 1) {
        fatal(header_line, "column " + std::to_string(*number) + " for field '" + field +
                               "' is out of range: columns are numbered from 1");
      } else if (!header.empty() && *number > static_cast<int>(header.size())) {
        fatal(header_line, "column " + std::to_string(*number) + " for field '" + field +
                               "' is beyond the header's " +
                               std::to_string(header.size()) + " columns");
      } else {
        out.index[field] = *number - 1;
      }
      continue;
    }
    const std::string& name = std::get<std::string>(ref);
    if (header.empty()) {
      std::string msg = "the file has no header row, so field '";
      msg.append(field).append("' must be given by column number, not as '");
      msg.append(name).append("'");
      fatal(header_line, msg);
      continue;
    }
    const std::string key = NameKey(name);
    const auto it = key.empty() ? header_keys.end()
                                : std::find(header_keys.begin(), header_keys.end(), key);
    if (it == header_keys.end()) {
      std::string msg = "no column '";
      msg.append(name).append("' (field '").append(field).append("') in the header");
      msg.append(suggest(name));
      fatal(header_line, msg);
    } else {
      out.index[field] = static_cast<int>(it - header_keys.begin());
    }
  }
  for (const std::string& field : required) {
    if (wanted.count(field) == 0) {
      fatal(header_line, "the column map does not say which column holds '" + field +
                             "'" + (header.empty() ? std::string() : suggest(field)));
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace janadhar::importers
