// WriteXlsx and XlsxSheetNames (report/sheet.h), on libxlsxwriter.
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>

#include "base/text.h"
#include "report/replace_file.h"
#include "report/sheet.h"

namespace janadhar::report {

namespace {

constexpr std::size_t kMaxName = 31;          // UTF-16 units
constexpr std::size_t kMaxCellBytes = 32767;  // Excel's limit is 32,767 characters
constexpr double kMinWidth = 4, kMaxWidth = 80;

// Bytes of the UTF-8 sequence starting with `lead` (1 for a stray byte).
std::size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// `s` cut to at most `max_units` UTF-16 units, at a code point boundary.
std::string TruncateUtf16(const std::string& s, std::size_t max_units) {
  std::size_t units = 0, i = 0;
  while (i < s.size()) {
    const std::size_t len = std::min(SequenceLength(s[i]), s.size() - i);
    const std::size_t u = len == 4 ? 2 : 1;
    if (units + u > max_units) break;
    units += u;
    i += len;
  }
  return s.substr(0, i);
}

std::string AsciiLower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// A worksheet name that follows Excel's rules, before uniqueness.
std::string CleanName(const std::string& title) {
  std::string s;
  for (char c : title) {
    if (std::strchr("[]:*?/\\", c) != nullptr && c != '\0') {
      s += '-';
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      s += ' ';
    } else {
      s += c;
    }
  }
  auto trim = [&s] {
    const std::size_t b = s.find_first_not_of(" '");
    if (b == std::string::npos) return s.clear();
    s = s.substr(b, s.find_last_not_of(" '") - b + 1);
  };
  trim();
  s = TruncateUtf16(s, kMaxName);
  trim();
  return s;
}

// Text cut to Excel's cell limit at a code point boundary.
std::string CellText(const std::string& s) {
  if (s.size() <= kMaxCellBytes) return s;
  std::size_t end = kMaxCellBytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

// The Excel number format of a column's values ("" for none).
std::string NumberFormat(const Column& column) {
  const int d = std::clamp(column.decimals, 0, 10);
  std::string fixed = d == 0 ? "0" : "0." + std::string(d, '0');
  switch (column.kind) {
    case Kind::kText: return "";
    case Kind::kInteger:
      return "[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0";
    case Kind::kId: return "0";
    case Kind::kPercent: return fixed + "%";
    case Kind::kPoints: return "+" + fixed + ";-" + fixed + ";" + fixed;
    case Kind::kDecimal: return fixed;
  }
  return "";
}

Status LxwError(lxw_error e, const std::string& what) {
  return Status::Internal(what + ": " + lxw_strerror(e));
}

class Writer {
 public:
  explicit Writer(lxw_workbook* wb) : wb_(wb) {
    bold_ = workbook_add_format(wb_);
    format_set_bold(bold_);
    bold_right_ = workbook_add_format(wb_);
    format_set_bold(bold_right_);
    format_set_align(bold_right_, LXW_ALIGN_RIGHT);
  }

  Status Add(const Sheet& sheet, const std::string& name) {
    lxw_worksheet* ws = workbook_add_worksheet(wb_, name.c_str());
    if (ws == nullptr) return Status::Internal("cannot add worksheet '" + name + "'");
    const auto& columns = sheet.columns();
    const auto ncols = static_cast<lxw_col_t>(columns.size());
    std::vector<lxw_format*> formats;
    std::vector<double> width;
    for (const Column& c : columns) {
      formats.push_back(Format(NumberFormat(c)));
      width.push_back(static_cast<double>(DisplayWidth(c.header)) + 1);  // bold
    }
    for (lxw_col_t c = 0; c < ncols; ++c) {
      const std::string text = CellText(columns[c].header);
      lxw_format* f = columns[c].kind == Kind::kText ? bold_ : bold_right_;
      if (lxw_error e = worksheet_write_string(ws, 0, c, text.c_str(), f)) {
        return LxwError(e, "header of '" + name + "'");
      }
    }
    lxw_row_t r = 1;
    for (const auto& row : sheet.rows()) {
      for (lxw_col_t c = 0; c < ncols; ++c) {
        const Cell& cell = row[c];
        lxw_error e = LXW_NO_ERROR;
        if (cell.is_text()) {
          e = worksheet_write_string(ws, r, c, CellText(cell.text()).c_str(), nullptr);
        } else if (!cell.missing()) {
          e = worksheet_write_number(ws, r, c, cell.number(), formats[c]);
        }
        if (e != LXW_NO_ERROR) return LxwError(e, "a cell of '" + name + "'");
        width[c] = std::max(
            width[c], static_cast<double>(DisplayWidth(TextValue(columns[c], cell))));
      }
      ++r;
    }
    if (ncols > 0) {
      worksheet_freeze_panes(ws, 1, 0);
      if (lxw_error e = worksheet_autofilter(ws, 0, 0, r - 1, ncols - 1)) {
        return LxwError(e, "autofilter of '" + name + "'");
      }
    }
    for (lxw_col_t c = 0; c < ncols; ++c) {
      const double w = std::clamp(width[c] + 2, kMinWidth, kMaxWidth);
      worksheet_set_column(ws, c, c, w, nullptr);
    }
    ++r;  // a blank row between the table and the notes
    for (const std::string& note : sheet.notes()) {
      if (lxw_error e =
              worksheet_write_string(ws, r++, 0, CellText(note).c_str(), nullptr)) {
        return LxwError(e, "a note of '" + name + "'");
      }
    }
    return Status::Ok();
  }

 private:
  lxw_format* Format(const std::string& num_format) {
    if (num_format.empty()) return nullptr;
    auto [it, added] = formats_.emplace(num_format, nullptr);
    if (added) {
      it->second = workbook_add_format(wb_);
      format_set_num_format(it->second, num_format.c_str());
    }
    return it->second;
  }

  lxw_workbook* wb_;
  lxw_format* bold_;
  lxw_format* bold_right_;
  std::map<std::string, lxw_format*> formats_;
};

Status CannotWrite(const std::string& path, int err) {
  return Status::IoError("cannot write '" + path + "': " + std::strerror(err));
}

}  // namespace

std::vector<std::string> XlsxSheetNames(const std::vector<std::string>& titles) {
  std::vector<std::string> names;
  std::set<std::string> taken = {"history"};  // ASCII-lowercased; Excel reserves it
  for (std::size_t i = 0; i < titles.size(); ++i) {
    std::string base = CleanName(titles[i]);
    if (base.empty()) base = "Sheet" + std::to_string(i + 1);
    std::string name = base;
    for (int n = 2; taken.count(AsciiLower(name)) > 0; ++n) {
      const std::string suffix = " (" + std::to_string(n) + ")";
      name = TruncateUtf16(base, kMaxName - suffix.size()) + suffix;
    }
    taken.insert(AsciiLower(name));
    names.push_back(std::move(name));
  }
  return names;
}

Status WriteXlsx(const std::vector<const Sheet*>& sheets, const std::string& path) {
  if (sheets.empty()) return Status::InvalidArgument("no tables to write to " + path);
  std::vector<std::string> titles;
  for (const Sheet* s : sheets) {
    if (s == nullptr) return Status::InvalidArgument("a null table for " + path);
    if (s->size() + s->notes().size() + 2 > LXW_ROW_MAX ||
        s->columns().size() > LXW_COL_MAX) {
      return Status::InvalidArgument("table '" + s->title() +
                                     "' is larger than an Excel worksheet holds");
    }
    titles.push_back(s->title());
  }
  const std::vector<std::string> names = XlsxSheetNames(titles);

  std::string tmp;
  JANADHAR_RETURN_IF_ERROR(CreateTemporaryBeside(path, &tmp));
  lxw_workbook* wb = workbook_new(tmp.c_str());
  if (wb == nullptr) {
    std::remove(tmp.c_str());
    return Status::Internal("cannot create a workbook for " + path);
  }
  Writer writer(wb);
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (Status s = writer.Add(*sheets[i], names[i]); !s.ok()) {
      lxw_workbook_free(wb);
      std::remove(tmp.c_str());
      return s;
    }
  }
  errno = 0;
  if (lxw_error e = workbook_close(wb)) {  // frees the workbook
    const int err = errno;
    std::remove(tmp.c_str());
    if (err != 0) return CannotWrite(path, err);
    return Status::IoError("cannot write '" + path + "': " + lxw_strerror(e));
  }
  return ReplaceWithTemporary(tmp, path);
}

}  // namespace janadhar::report
