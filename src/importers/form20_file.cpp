#include "importers/form20_file.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <utility>

#include "base/numbers.h"
#include "importers/csv.h"
#include "importers/form20_columns.h"

namespace janadhar::importers {

namespace {

using form20::Field;
using form20::Layout;
using form20::Trim;
using results::Booth;
using results::kMissing;

// A count column of the layout: where it is and what it fills.
struct CountColumn {
  int field = 0;                     // 0-based CSV field
  int64_t Booth::*member = nullptr;  // a booth count, or
  int vote = -1;                     // an index into votes
};

class Parser {
 public:
  Parser(std::string_view file, std::string_view data, ProblemList* problems)
      : file_(file), data_(data), problems_(problems) {}

  void Run(results::SegmentBooths* out);

 private:
  void Problem(int line, int column, std::string message, Severity severity) {
    problems_->Add(std::string(file_), line, column, std::move(message), severity);
  }
  bool ReadHeader(CsvReader* reader, CsvRecord* record);
  void ParseRow(const CsvRecord& record, results::SegmentBooths* out);
  bool CheckWidth(const CsvRecord& record);
  int FirstLineOfPart(std::string_view part, int line);

  std::string_view file_;
  std::string_view data_;
  ProblemList* problems_;
  Layout layout_;
  std::vector<CountColumn> counts_;
  int header_line_ = 0;
  int rows_ = 0;  // polling-station rows seen (total rows excluded)
  // Line of each part number seen: by number for plain numbers (the usual
  // case, no allocation), by text for the others ("12A").
  std::vector<int> numbered_parts_;
  std::unordered_map<std::string, int> other_parts_;
};

bool AllBlank(std::string_view data) {
  for (char c : StripBom(data)) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',' && c != ';') {
      return false;
    }
  }
  return true;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::size_t CountLines(std::string_view data) {
  std::size_t lines = 1;
  const char* p = data.data();
  const char* end = p + data.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr) {
    ++lines;
    if (++p == end) break;
  }
  return lines;
}

// ParseCount, with a fast path for the usual cell: a few plain digits.
ParsedCount QuickCount(std::string_view cell) {
  if (cell.empty() || cell.size() > 9) return ParseCount(cell);
  int64_t v = 0;
  for (char c : cell) {
    if (c < '0' || c > '9') return ParseCount(cell);
    v = v * 10 + (c - '0');
  }
  return {CountParse::kOk, v};
}

std::vector<std::string_view> Copy(const CsvRecord& r, std::string* storage) {
  // Views of `r` die with the next read; keep the first header row in storage.
  std::size_t total = 0;
  for (std::string_view f : r.fields) total += f.size();
  storage->clear();
  storage->reserve(total);
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  spans.reserve(r.fields.size());
  for (std::string_view f : r.fields) {
    spans.emplace_back(storage->size(), f.size());
    storage->append(f);
  }
  std::vector<std::string_view> out;
  out.reserve(spans.size());
  for (auto [at, len] : spans) out.emplace_back(storage->data() + at, len);
  return out;
}

// Finds the row of column names: the first of the first rows with a part
// number column. The row before it, if any, groups the columns.
bool Parser::ReadHeader(CsvReader* reader, CsvRecord* record) {
  constexpr int kMaxHeaderRows = 10;
  std::string previous_storage;
  std::vector<std::string_view> previous;
  int rows = 0;
  int names_line = 0;  // where the names are expected: the second row
  while (rows < kMaxHeaderRows && reader->Next(record)) {
    if (record->IsBlank()) continue;
    if (++rows <= 2) names_line = record->line;
    if (form20::HasPartColumn(record->fields)) {
      header_line_ = record->line;
      layout_ = form20::ClassifyHeader(previous, record->fields);
      return true;
    }
    previous = Copy(*record, &previous_storage);
  }
  if (reader->error()) return false;
  Problem(names_line, 0,
          "the header has no 'Part No' column (expected in the second row, after the "
          "row that groups the columns); is this a Form-20 file?",
          Severity::kFatal);
  return false;
}

// Checks the row's number of cells against the header's; false (and an error)
// when cells that matter are missing or extra cells hold something.
bool Parser::CheckWidth(const CsvRecord& record) {
  const std::size_t n = record.size();
  const std::size_t want = layout_.fields.size();
  if (n < want) {
    std::size_t j = n;
    while (j < want && layout_.fields[j] == Field::kIgnored) ++j;
    if (j == want) return true;
    Problem(record.line, static_cast<int>(n) + 1,
            "row has " + std::to_string(n) + " cells, the header has " +
                std::to_string(want) + " — is the file cut short? (" +
                layout_.display[n] + " and the columns after it are missing)",
            Severity::kError);
    return false;
  }
  for (std::size_t j = want; j < n; ++j) {
    if (!Trim(record[j]).empty()) {
      Problem(record.line, static_cast<int>(j) + 1,
              "row has " + std::to_string(n) + " cells, the header has " +
                  std::to_string(want) +
                  " — is a name with the separator in it not quoted?",
              Severity::kError);
      return false;
    }
  }
  return true;
}

// Records that `part` is on `line`; returns the line where it was seen first,
// 0 if it was not.
int Parser::FirstLineOfPart(std::string_view part, int line) {
  constexpr std::size_t kMaxNumbered = 1 << 20;
  if (AllDigits(part) && part.size() <= 6 && part[0] != '0') {
    std::size_t n = 0;
    for (char c : part) n = n * 10 + static_cast<std::size_t>(c - '0');
    if (n < kMaxNumbered) {
      if (n >= numbered_parts_.size()) {
        numbered_parts_.resize(std::max(n + 1, 2 * numbered_parts_.size()), 0);
      }
      if (numbered_parts_[n] != 0) return numbered_parts_[n];
      numbered_parts_[n] = line;
      return 0;
    }
  }
  auto [it, fresh] = other_parts_.try_emplace(std::string(part), line);
  return fresh ? 0 : it->second;
}

void Parser::ParseRow(const CsvRecord& record, results::SegmentBooths* out) {
  const std::size_t n = record.size();
  const int part_col = layout_.part;
  const std::string_view part = static_cast<std::size_t>(part_col) < n
                                    ? Trim(record[part_col])
                                    : std::string_view();
  const std::string_view name =
      layout_.name >= 0 && static_cast<std::size_t>(layout_.name) < n
          ? Trim(record[layout_.name])
          : std::string_view();
  if (part.empty()) {
    if (form20::IsTotalLabel(name)) return;
    ++rows_;
    Problem(record.line, part_col + 1,
            "the part number (" + layout_.display[part_col] +
                ") is blank; the row is left out",
            Severity::kError);
    return;
  }
  if (!AllDigits(part) && form20::IsTotalLabel(part)) return;
  ++rows_;
  if (const int first = FirstLineOfPart(part, record.line); first != 0) {
    Problem(record.line, part_col + 1,
            "duplicate polling station part " + std::string(part) + ", first on line " +
                std::to_string(first) + " (" + layout_.display[part_col] +
                "); the row is left out",
            Severity::kError);
    return;
  }

  Booth& b = out->booths.emplace_back();
  b.line = record.line;
  b.part.assign(part);
  b.name.assign(name);
  b.votes.assign(layout_.columns.size(), static_cast<int32_t>(kMissing));
  if (!CheckWidth(record)) b.flags |= results::kBoothHasInvalid;

  int blank = 0;
  int first_blank = -1;
  for (const CountColumn& c : counts_) {
    if (static_cast<std::size_t>(c.field) >= n) continue;  // reported by CheckWidth
    const std::string_view cell = record[c.field];
    const ParsedCount pc = QuickCount(cell);
    if (pc.kind == CountParse::kOk &&
        (c.vote < 0 || pc.value <= std::numeric_limits<int32_t>::max())) {
      if (c.vote >= 0) {
        b.votes[c.vote] = static_cast<int32_t>(pc.value);
      } else {
        b.*(c.member) = pc.value;
      }
      continue;
    }
    if (pc.kind == CountParse::kMissing) {
      if (blank++ == 0) first_blank = c.field;
      b.flags |= results::kBoothHasMissing;
      continue;
    }
    std::string what = pc.kind == CountParse::kOk
                           ? "is too large for a vote count"
                           : std::string(DescribeCountParse(pc.kind));
    Problem(record.line, c.field + 1,
            Quoted(Trim(cell)) + " in " + layout_.display[c.field] + " " + what,
            Severity::kError);
    b.flags |= results::kBoothHasInvalid;
  }
  if (blank > 0) {
    Problem(record.line, first_blank + 1,
            (blank == 1 ? std::string("1 cell is blank")
                        : std::to_string(blank) + " cells are blank") +
                ", the first in " + layout_.display[first_blank] +
                "; kept as not available (the row is left out of analysis)",
            Severity::kWarning);
  }
}

void Parser::Run(results::SegmentBooths* out) {
  if (AllBlank(data_)) {
    Problem(0, 0, "the file is empty", Severity::kFatal);
    return;
  }
  const char delimiter = DetectDelimiter(data_);
  if (!CheckUtf8(file_, data_, delimiter, problems_)) return;

  CsvReader reader(data_, CsvOptions{delimiter});
  CsvRecord record;
  const bool header = ReadHeader(&reader, &record);
  if (!header && !reader.error()) return;
  if (header) {
    if (layout_.columns.empty()) {
      Problem(header_line_, 0,
              "the header has no candidate columns (expected headers like "
              "'1 - NAME' and 'None of the Above')",
              Severity::kFatal);
      return;
    }
    for (const auto& [column, text] : layout_.notes) {
      Problem(header_line_, column, text, Severity::kWarning);
    }
    for (std::size_t j = 0; j < layout_.fields.size(); ++j) {
      const Field f = layout_.fields[j];
      if (f == Field::kCandidate) {
        counts_.push_back({static_cast<int>(j), nullptr, layout_.vote_index[j]});
      } else if (auto m = form20::CountMember(f); m != nullptr) {
        counts_.push_back({static_cast<int>(j), m, -1});
      }
    }
    out->columns = layout_.columns;
    // A full row takes at least two bytes a cell: a bound for the reservation
    // that blank lines cannot inflate.
    const std::size_t lines = CountLines(data_);
    out->booths.reserve(std::min(lines, data_.size() / (2 * layout_.fields.size()) + 1));
    numbered_parts_.resize(lines + 1, 0);
    record.fields.reserve(layout_.fields.size() + 4);
    while (reader.Next(&record)) {
      if (record.IsBlank()) continue;
      ParseRow(record, out);
    }
  }
  if (const auto& e = reader.error()) {
    Problem(e->line, e->column, e->message, Severity::kFatal);
    out->booths.clear();
    return;
  }
  if (rows_ == 0) {
    Problem(header_line_, 0, "the file has a header but no polling-station rows",
            Severity::kFatal);
  }
  out->booths.shrink_to_fit();
}

}  // namespace

results::SegmentBooths ParseForm20File(std::string_view file, std::string_view data,
                                       const std::string& state, int ac,
                                       ProblemList* problems) {
  results::SegmentBooths out;
  out.state = state;
  out.ac = ac;
  out.file = std::string(file);
  Parser(file, data, problems).Run(&out);
  return out;
}

int AcNumberFromFileName(std::string_view file_name) {
  if (auto slash = file_name.find_last_of("/\\"); slash != std::string_view::npos) {
    file_name.remove_prefix(slash + 1);
  }
  const std::string_view stem = file_name.substr(0, file_name.find('.'));
  auto number = [](std::string_view digits) {
    if (digits.empty() || digits.size() > 5) return 0;
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
  };
  auto digits_at = [&](std::size_t i) {
    std::size_t j = i;
    while (j < stem.size() && std::isdigit(static_cast<unsigned char>(stem[j]))) ++j;
    return stem.substr(i, j - i);
  };
  // "AC123", "ac_123", "AC-123", "ac 123": the number after the letters AC.
  for (std::size_t i = 0; i + 1 < stem.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(stem[i])) != 'A' ||
        std::toupper(static_cast<unsigned char>(stem[i + 1])) != 'C') {
      continue;
    }
    if (i > 0 && std::isalpha(static_cast<unsigned char>(stem[i - 1]))) continue;
    std::size_t j = i + 2;
    while (j < stem.size() && (stem[j] == '_' || stem[j] == '-' || stem[j] == ' ')) ++j;
    if (const int v = number(digits_at(j)); v > 0) return v;
  }
  // Otherwise the one run of digits in the name ("123", "up-123"), the 20 of
  // "Form 20" aside.
  auto after_form = [&](std::size_t i) {
    while (i > 0 && (stem[i - 1] == '_' || stem[i - 1] == '-' || stem[i - 1] == ' ')) --i;
    if (i < 4) return false;
    std::string word(stem.substr(i - 4, 4));
    for (char& c : word)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word == "form";
  };
  std::string_view run;
  int runs = 0;
  for (std::size_t i = 0; i < stem.size();) {
    if (!std::isdigit(static_cast<unsigned char>(stem[i]))) {
      ++i;
      continue;
    }
    const std::string_view digits = digits_at(i);
    if (!after_form(i)) {
      run = digits;
      ++runs;
    }
    i += digits.size();
  }
  return runs == 1 ? number(run) : 0;
}

}  // namespace janadhar::importers
