#include "report/svg_chart.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "base/text.h"

namespace janadhar::report {

namespace {

constexpr int kMargin = 16;
constexpr std::size_t kMaxLabelWidth = 16;  // display columns of a label
constexpr const char* kFont = "'DejaVu Sans', 'Noto Sans', Arial, Helvetica, sans-serif";
constexpr const char* kMajorityColour = "#c62828";

// For parties the table does not know, in order; colours a drawn row
// already has are skipped.
constexpr const char* kPalette[] = {"#4e79a7", "#59a14f", "#b07aa1", "#9c755f",
                                    "#76b7b2", "#e15759", "#edc948", "#f28e2b",
                                    "#ff9da7", "#6b6ecf", "#8c6d31", "#17becf"};

// `x` with `decimals` decimals (trailing zeros dropped when `trim`), never
// "-0"; independent of the locale. Not finite: "-".
std::string Num(double x, int decimals, bool trim = true) {
  if (!std::isfinite(x)) return "-";
  char buf[64];
  auto [end, ec] =
      std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, decimals);
  if (ec != std::errc()) return "-";
  std::string s(buf, end);
  if (trim && s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-') s.erase(0, 1);
  return s;
}

std::string Px(double x) {
  return Num(x, 2);
}

// A probability as a whole percentage; "<1%" and ">99%" for the extremes
// that would round to certainty.
std::string Chance(double p) {
  if (!std::isfinite(p)) return "-";
  if (p <= 0 || p >= 1) return p <= 0 ? "0%" : "100%";
  if (p < 0.005 || p > 0.995) return p < 0.005 ? "<1%" : ">99%";
  return Num(std::round(p * 100), 0) + "%";
}

// Text for element content or an attribute value: markup characters as
// entities; invalid UTF-8 and what XML 1.0 forbids (control characters,
// U+FFFE, U+FFFF) as U+FFFD.
std::string Escape(std::string_view s) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  while (!s.empty()) {
    const std::size_t valid = FindInvalidUtf8(s).value_or(s.size());
    for (std::size_t i = 0; i < valid; ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      const std::string_view next3 = s.substr(i, 3);
      switch (c) {
        case '&': out += "&amp;"; continue;
        case '<': out += "&lt;"; continue;
        case '>': out += "&gt;"; continue;
        case '"': out += "&quot;"; continue;
        case '\'': out += "&apos;"; continue;
        default: break;
      }
      const bool control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
      if (control || next3 == "\xEF\xBF\xBE" || next3 == "\xEF\xBF\xBF") {
        out += kReplacement;
        if (!control) i += 2;
      } else {
        out += static_cast<char>(c);
      }
    }
    if (valid == s.size()) break;
    out += kReplacement;
    s.remove_prefix(valid + 1);
  }
  return out;
}

// `s` cut to `width` display columns (at a character boundary, combining
// marks kept with their letter), with "…" when cut.
std::string Shorten(const std::string& s, std::size_t width) {
  if (DisplayWidth(s) <= width) return s;
  std::size_t keep = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 1;  // the next character's bytes
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0u) == 0x80u)
      ++n;
    if (DisplayWidth(std::string_view(s).substr(0, i + n)) > width - 1) break;
    keep = i += n;
  }
  return s.substr(0, keep) + "…";
}

// `text` broken at spaces into lines of about `width` display columns.
std::vector<std::string> Wrap(const std::string& text, std::size_t width) {
  std::vector<std::string> lines(1);
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    const std::string word = text.substr(start, end - start);
    if (!lines.back().empty() &&
        DisplayWidth(lines.back()) + 1 + DisplayWidth(word) > width) {
      lines.emplace_back();
    }
    lines.back() += (lines.back().empty() ? "" : " ") + word;
    start = end + 1;
  }
  return lines;
}

bool IsColour(const std::string& c) {
  return (c.size() == 4 || c.size() == 7) && c[0] == '#' &&
         c.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
}

Status Validate(const SeatChart& chart) {
  const ChartOptions& o = chart.options;
  auto bad = [](const std::string& m) { return Status::InvalidArgument(m); };
  if (chart.series.empty()) return bad("the chart has no series");
  if (o.width < kMinWidth || o.row_height < kMinRowHeight) {
    return bad("chart width " + std::to_string(o.width) + " or row height " +
               std::to_string(o.row_height) + " is below the minimum (" +
               std::to_string(kMinWidth) + ", " + std::to_string(kMinRowHeight) + " px)");
  }
  if (chart.majority < 0 || o.max_series < 0)
    return bad("a negative majority or max_series");
  for (const ChartSeries& s : chart.series) {
    const std::string name = "series '" + s.label + "'";
    const auto& h = s.histogram;
    if (std::any_of(h.begin(), h.end(), [](int64_t n) { return n < 0; }))
      return bad(name + " has a negative count");
    if (std::all_of(h.begin(), h.end(), [](int64_t n) { return n == 0; }))
      return bad(name + " has no simulations (its histogram is empty or all zero)");
    if (!s.colour.empty() && !IsColour(s.colour))
      return bad(name + " has colour '" + s.colour + "'; give #rgb or #rrggbb");
  }
  return Status::Ok();
}

// A row to draw.
struct Row {
  const ChartSeries* series = nullptr;
  std::string colour;
  std::string heading;  // drawn above the row when not ""
};

// The rows in drawing order, capped per group; the labels left out are
// listed in `dropped` ("A, B").
std::vector<Row> ChooseRows(const SeatChart& chart, std::string& dropped) {
  std::vector<std::string> groups;
  for (const auto& s : chart.series) {
    if (std::find(groups.begin(), groups.end(), s.group) == groups.end())
      groups.push_back(s.group);
  }
  std::vector<Row> rows;
  const auto cap = static_cast<std::size_t>(chart.options.max_series);
  for (const auto& g : groups) {
    std::vector<const ChartSeries*> members;
    for (const auto& s : chart.series)
      if (s.group == g) members.push_back(&s);
    std::stable_sort(members.begin(), members.end(),
                     [](const auto* a, const auto* b) { return a->mean > b->mean; });
    const std::size_t shown = cap == 0 ? members.size() : std::min(cap, members.size());
    for (std::size_t i = 0; i < shown; ++i) rows.push_back({members[i], "", i ? "" : g});
    for (std::size_t i = shown; i < members.size(); ++i)
      dropped += (dropped.empty() ? "" : ", ") + members[i]->label;
  }
  std::set<std::string> used;
  for (Row& r : rows) {
    r.colour = r.series->colour.empty() ? PartyColour(r.series->label) : r.series->colour;
    used.insert(r.colour);
  }
  std::size_t next = 0;
  constexpr std::size_t kColours = std::size(kPalette);
  for (Row& r : rows) {
    for (std::size_t tried = 0; r.colour.empty(); ++tried, ++next) {
      if (tried >= kColours || used.count(kPalette[next % kColours]) == 0)
        r.colour = kPalette[next % kColours];
    }
  }
  return rows;
}

// A round step between ticks for a span of `span` seats: 1, 2, 5, 10, 20,
// 50, 100, …, giving at most about eight ticks.
int TickStep(int span) {
  for (int mag = 1;; mag *= 10) {
    for (int m : {1, 2, 5})
      if (span / (m * mag) <= 8) return m * mag;
  }
}

// Presentation attributes of a text.
std::string Font(int size, const std::string& fill, bool bold = false,
                 const char* anchor = "start") {
  return "font-size=\"" + std::to_string(size) + "\" fill=\"" + fill + "\"" +
         (bold ? " font-weight=\"bold\"" : "") + " text-anchor=\"" + anchor + "\"";
}

// The chart's horizontal scale and the SVG text being written.
struct Canvas {
  std::string svg;
  int lo = 0, hi = 0;          // the seats axis
  double left = 0, right = 0;  // the plot's edges, px
  double per_seat = 0;         // px

  double X(double seats) const { return left + (seats - lo + 0.5) * per_seat; }
  void Text(double x, double y, const std::string& text, const std::string& attrs) {
    svg += "<text x=\"" + Px(x) + "\" y=\"" + Px(y) + "\" " + attrs + ">" + Escape(text) +
           "</text>\n";
  }
  void Rect(double x, double y, double w, double h, const std::string& attrs) {
    svg += "<rect x=\"" + Px(x) + "\" y=\"" + Px(y) + "\" width=\"" + Px(w) +
           "\" height=\"" + Px(h) + "\" " + attrs + "/>\n";
  }
  void Line(double x1, double y1, double x2, double y2, const std::string& attrs) {
    svg += "<line x1=\"" + Px(x1) + "\" y1=\"" + Px(y1) + "\" x2=\"" + Px(x2) +
           "\" y2=\"" + Px(y2) + "\" " + attrs + "/>\n";
  }
};

// One row whose top is at `top`: label and figures, bars, interval, median.
void DrawRow(const SeatChart& chart, const Row& row, double top, bool shaded, Canvas& c) {
  const ChartSeries& s = *row.series;
  const int width = chart.options.width;
  const double h = chart.options.row_height;
  const double base = top + h - 17;  // the bars stand on it
  c.svg += "<g class=\"row\">\n";
  if (shaded) c.Rect(10, top, width - 20, h, "fill=\"#000\" fill-opacity=\"0.035\"");
  c.Rect(kMargin, top + 8, 11, 11, "fill=\"" + row.colour + "\"");
  c.Text(kMargin + 17, top + 18, Shorten(s.label, kMaxLabelWidth),
         Font(15, "#222", true));
  c.Text(kMargin + 17, top + 33, "mean " + Num(s.mean, 1, false) + " seats",
         Font(12, "#444"));
  if (chart.majority > 0) {  // a chance of a majority stands out; none is greyed
    const bool any = s.p_majority > 0;
    c.Text(kMargin + 17, top + 47, "P(majority) " + Chance(s.p_majority),
           Font(12, any ? kMajorityColour : "#999", any));
  }
  // The bars, as one step outline from the first count to the last.
  const auto& hist = s.histogram;
  const auto peak = static_cast<double>(*std::max_element(hist.begin(), hist.end()));
  std::size_t k0 = 0, k1 = hist.size() - 1;
  while (hist[k0] == 0) ++k0;
  while (hist[k1] == 0) --k1;
  std::string d = "M" + Px(c.X(static_cast<double>(k0) - 0.5)) + " " + Px(base);
  for (std::size_t k = k0; k <= k1; ++k) {
    const double bar = (h - 24) * static_cast<double>(hist[k]) / peak;
    d += "V" + Px(base - bar) + "H" + Px(c.X(static_cast<double>(k) + 0.5));
  }
  c.svg += "<path class=\"bars\" d=\"" + d + "V" + Px(base) + "Z\" fill=\"" + row.colour +
           "\" fill-opacity=\"0.85\"/>\n";
  c.Line(c.left, base, c.right, base, "stroke=\"#999\" stroke-width=\"1\"");
  const double a = c.X(std::clamp(s.p05, c.lo, c.hi) - 0.5);
  const double b = c.X(std::clamp(s.p95, c.lo, c.hi) + 0.5);
  c.Rect(a, base + 3, b - a, 5, "class=\"interval\" fill=\"#333\"");
  c.Rect(c.X(std::clamp(s.median, c.lo, c.hi)) - 1.5, base - 2, 3, 13,
         "class=\"median\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"0.75\"");
  c.Text(width - kMargin, top + 22, "median " + std::to_string(s.median),
         Font(13, "#222", true, "end"));
  c.Text(width - kMargin, top + 38, std::to_string(s.p05) + "–" + std::to_string(s.p95),
         Font(12, "#555", false, "end"));
  c.svg += "</g>\n";
}

}  // namespace

std::string PartyColour(const std::string& label) {
  static const std::map<std::string, std::string> kColours = {
      {"BJP", "#ff9933"},    {"NDA", "#ff9933"}, {"INC", "#19aaed"},
      {"UPA", "#19aaed"},    {"BSP", "#22409a"}, {"SP", "#e8202a"},
      {"AITC", "#20c646"},   {"TMC", "#20c646"}, {"AIADMK", "#138808"},
      {"ADMK", "#138808"},   {"DMK", "#7b1113"}, {"CPM", "#b00000"},
      {"CPIM", "#b00000"},   {"CPI", "#e4002b"}, {"YSRCP", "#1569c7"},
      {"TDP", "#e6b800"},    {"BJD", "#2e7d32"}, {"TRS", "#e5559b"},
      {"BRS", "#e5559b"},    {"SHS", "#f26f21"}, {"SS", "#f26f21"},
      {"NCP", "#00a19a"},    {"RJD", "#1e8c3a"}, {"JDU", "#1f4e8c"},
      {"AAP", "#0066a4"},    {"LJP", "#7b3fa0"}, {"SAD", "#1a237e"},
      {"JMM", "#215b30"},    {"JDS", "#0a7d3b"}, {"INLD", "#00695c"},
      {"AIMIM", "#0b6b4f"},  {"IND", "#8c8c8c"}, {"NOTA", "#bdbdbd"},
      {"OTHERS", "#a0a0a0"},
  };
  const auto it = kColours.find(NameKey(label));
  return it == kColours.end() ? "" : it->second;
}

Result<std::string> RenderSeatChart(const SeatChart& chart) {
  JANADHAR_RETURN_IF_ERROR(Validate(chart));
  const ChartOptions& o = chart.options;
  std::string dropped;
  const std::vector<Row> rows = ChooseRows(chart, dropped);

  // The seats axis: every drawn count, and the majority.
  Canvas c;
  int first = -1, last = 0;
  for (const Row& r : rows) {
    const auto& h = r.series->histogram;
    for (int k = 0; k < static_cast<int>(h.size()); ++k) {
      if (h[static_cast<std::size_t>(k)] == 0) continue;
      if (first < 0) first = k;
      first = std::min(first, k), last = std::max(last, k);
    }
  }
  c.hi = std::max(last, chart.majority);
  const int step = TickStep(std::max(1, c.hi - std::min(first, c.hi)));
  c.lo = first > c.hi / 4 ? first / step * step : 0;
  c.hi = std::max((c.hi + step - 1) / step * step, c.lo + step);
  c.left = kLabelWidth, c.right = o.width - kValuesWidth;
  c.per_seat = (c.right - c.left) / (c.hi - c.lo + 1);

  // Notes: the rows left out, then the caller's; wrapped to the width.
  std::vector<std::string> notes;
  if (!dropped.empty()) notes.push_back("Not drawn (fewer seats): " + dropped + ".");
  notes.insert(notes.end(), chart.notes.begin(), chart.notes.end());
  std::vector<std::string> lines;
  for (const auto& n : notes) {
    for (auto& l : Wrap(n, static_cast<std::size_t>((o.width - 2 * kMargin) / 6.5)))
      lines.push_back(std::move(l));
  }

  // Heights: title, subtitle, the majority label, rows with their headings,
  // the axis, the key and the notes.
  double y = 8;
  const double title_y = chart.title.empty() ? y : (y += 26);
  const double subtitle_y = chart.subtitle.empty() ? y : (y += 20);
  const double top = y + 30;
  double bottom = top;
  for (const Row& r : rows) bottom += o.row_height + (r.heading.empty() ? 0 : 24);
  const double height = bottom + 64 + 16.0 * static_cast<double>(lines.size());

  std::string& svg = c.svg;
  if (o.xml_declaration) svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  const std::string w = std::to_string(o.width);
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + w +
         "\" height=\"" + Px(height) + "\" viewBox=\"0 0 " + w + " " + Px(height) +
         "\" font-family=\"" + kFont + "\">\n<title>" + Escape(chart.title) +
         "</title>\n";
  c.Rect(0, 0, o.width, height, "fill=\"#ffffff\"");
  if (!chart.title.empty()) c.Text(kMargin, title_y, chart.title, Font(19, "#222", true));
  if (!chart.subtitle.empty())
    c.Text(kMargin, subtitle_y, chart.subtitle, Font(13, "#555"));
  c.Text(o.width - kMargin, top - 8, "median · 5–95%", Font(11, "#777", false, "end"));

  // Grid lines at the ticks, behind the rows.
  svg += "<g class=\"axis\">\n";
  for (int t = c.lo; t <= c.hi; t += step) {
    c.Line(c.X(t), top, c.X(t), bottom + 4, "stroke=\"#e3e3e3\" stroke-width=\"1\"");
    c.Text(c.X(t), bottom + 19, std::to_string(t), Font(12, "#555", false, "middle"));
  }
  c.Text(c.right + 16, bottom + 19, "seats", Font(12, "#555"));
  svg += "</g>\n";

  double row_top = top;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i].heading.empty()) {
      c.Text(kMargin, row_top + 17, rows[i].heading, Font(13, "#666", true));
      c.Line(kMargin, row_top + 22, o.width - kMargin, row_top + 22,
             "stroke=\"#bbb\" stroke-width=\"1\"");
      row_top += 24;
    }
    DrawRow(chart, rows[i], row_top, i % 2 == 1, c);
    row_top += o.row_height;
  }

  if (chart.majority > 0) {
    const double m = c.X(chart.majority - 0.5);
    svg += "<g class=\"majority\">\n";
    c.Line(m, top - 4, m, bottom + 4,
           std::string("stroke=\"") + kMajorityColour +
               "\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"");
    c.Text(std::clamp(m, c.left + 40, c.right - 40), top - 8,
           "majority " + std::to_string(chart.majority),
           Font(12, kMajorityColour, true, "middle"));
    svg += "</g>\n";
  }

  double text_y = bottom + 42;
  c.Text(kMargin, text_y,
         "Bars: simulations giving each number of seats (each row scaled to its "
         "tallest bar). Dark band: 5–95% of simulations; tick: median.",
         Font(11, "#666"));
  for (const auto& line : lines) c.Text(kMargin, text_y += 16, line, Font(12, "#444"));
  svg += "</svg>\n";
  return std::move(svg);
}

}  // namespace janadhar::report
