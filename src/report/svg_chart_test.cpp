#include "report/svg_chart.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "base/text.h"

namespace janadhar::report {
namespace {

namespace fs = std::filesystem;

// What is wrong with `xml` as a well-formed XML document (an optional
// declaration, then one element), or "" when nothing is: tags nest and close,
// names are names, attributes are quoted and unique, '<' and '&' appear only
// as markup and entity references, the text is UTF-8.
std::string XmlProblem(const std::string& xml) {
  if (FindInvalidUtf8(xml)) return "not UTF-8";
  auto name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' ||
           c == '-' || c == '.';
  };
  std::size_t i = 0;
  auto read_name = [&] {
    const std::size_t start = i;
    while (i < xml.size() && name_char(xml[i])) ++i;
    return xml.substr(start, i - start);
  };
  auto entity_ok = [&](std::size_t at) {
    const std::size_t end = xml.find(';', at);
    if (end == std::string::npos || end - at > 10) return false;
    const std::string e = xml.substr(at + 1, end - at - 1);
    static const std::set<std::string> kNamed = {"amp", "lt", "gt", "quot", "apos"};
    if (kNamed.count(e) > 0) return true;
    if (e.size() < 2 || e[0] != '#') return false;
    const bool hex = e[1] == 'x';
    const std::string digits = e.substr(hex ? 2 : 1);
    return !digits.empty() && std::all_of(digits.begin(), digits.end(), [hex](char c) {
      return hex ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                 : std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
  };
  if (xml.rfind("<?xml", 0) == 0) {
    i = xml.find("?>");
    if (i == std::string::npos) return "unclosed declaration";
    i += 2;
  }
  std::vector<std::string> open;
  bool had_root = false;
  while (i < xml.size()) {
    const char c = xml[i];
    if (c == '&') {
      if (!entity_ok(i)) return "bad entity at " + std::to_string(i);
      ++i;
    } else if (c != '<') {
      if (open.empty() && !std::isspace(static_cast<unsigned char>(c)))
        return "text outside the root at " + std::to_string(i);
      ++i;
    } else if (xml.compare(i, 2, "</") == 0) {
      i += 2;
      const std::string name = read_name();
      if (open.empty() || open.back() != name || i >= xml.size() || xml[i] != '>')
        return "bad end tag </" + name + "> at " + std::to_string(i);
      open.pop_back();
      ++i;
    } else {
      if (open.empty() && had_root) return "a second root at " + std::to_string(i);
      ++i;
      const std::string name = read_name();
      if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])))
        return "bad tag name at " + std::to_string(i);
      std::set<std::string> attrs;
      while (true) {
        while (i < xml.size() && std::isspace(static_cast<unsigned char>(xml[i]))) ++i;
        if (i >= xml.size()) return "unclosed tag <" + name + ">";
        if (xml.compare(i, 2, "/>") == 0) {
          i += 2;
          break;
        }
        if (xml[i] == '>') {
          open.push_back(name);
          ++i;
          break;
        }
        const std::string attr = read_name();
        if (attr.empty() || !attrs.insert(attr).second)
          return "bad or repeated attribute in <" + name + "> at " + std::to_string(i);
        if (i + 1 >= xml.size() || xml[i] != '=' ||
            (xml[i + 1] != '"' && xml[i + 1] != '\''))
          return "unquoted attribute " + attr + " at " + std::to_string(i);
        const char quote = xml[i + 1];
        i += 2;
        while (i < xml.size() && xml[i] != quote) {
          if (xml[i] == '<') return "'<' in attribute " + attr;
          if (xml[i] == '&' && !entity_ok(i)) return "bad entity in attribute " + attr;
          ++i;
        }
        ++i;
      }
      had_root = true;
    }
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  return had_root ? "" : "no element";
}

ChartSeries MakeSeries(const std::string& label, std::vector<int64_t> histogram,
                       double mean) {
  ChartSeries s;
  s.label = label;
  s.histogram = std::move(histogram);
  s.mean = mean;
  return s;
}

std::string Render(const SeatChart& chart) {
  auto r = RenderSeatChart(chart);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : "";
}

// The numbers after each command letter of the first path of class "bars"
// after `from`: {letter, value} pairs ("M" gives x and then y as "M" and " ").
std::vector<std::pair<char, double>> BarPath(const std::string& svg,
                                             std::size_t from = 0) {
  const std::size_t at = svg.find("class=\"bars\" d=\"", from);
  if (at == std::string::npos) return {};
  std::size_t i = at + 16;
  std::vector<std::pair<char, double>> out;
  while (svg[i] != '"') {
    const char cmd = svg[i++];
    if (cmd == 'Z') continue;
    char* end = nullptr;
    out.emplace_back(cmd, std::strtod(svg.c_str() + i, &end));
    i = static_cast<std::size_t>(end - svg.c_str());
  }
  return out;
}

TEST(SvgChart, BarHeightsAreProportionalToTheCounts) {
  SeatChart chart;
  chart.series = {MakeSeries("BJP", {0, 10, 20, 40, 0, 5}, 2.4)};
  const std::string svg = Render(chart);
  const auto path = BarPath(svg);
  // M x base, then V top H right per count from seat 1 to 5, then V base.
  ASSERT_EQ(path.size(), 2u + 2 * 5 + 1) << svg;
  const double base = path[1].second;
  EXPECT_EQ(path.back(), std::make_pair('V', base));
  const int64_t counts[] = {10, 20, 40, 0, 5};
  const double tallest = base - path[2 + 2 * 2].second;
  EXPECT_GT(tallest, 10);
  double left = path[0].second;
  for (int k = 0; k < 5; ++k) {
    const auto& [v, top] = path[2 + 2 * k];
    const auto& [h, right] = path[3 + 2 * k];
    ASSERT_EQ(v, 'V');
    ASSERT_EQ(h, 'H');
    EXPECT_NEAR(base - top, tallest * static_cast<double>(counts[k]) / 40, 0.011) << k;
    EXPECT_GT(right, left);
    left = right;
  }
}

TEST(SvgChart, MajorityLineAndTicksAtTheirSeats) {
  SeatChart chart;
  std::vector<int64_t> h(40, 0);
  h[0] = 3;
  h[39] = 1;
  chart.series = {MakeSeries("X", h, 10)};
  chart.majority = 30;
  // Seats 0..40 (ticks every 5; 39 rounds up to 40): 41 bars of 20 px.
  chart.options.width = kLabelWidth + kValuesWidth + 41 * 20;
  const std::string svg = Render(chart);
  const std::size_t g = svg.find("<g class=\"majority\">");
  ASSERT_NE(g, std::string::npos) << svg;
  // Seat s is at kLabelWidth + (s + 0.5) * 20; the line at s = 29.5.
  EXPECT_EQ(svg.compare(g, 35, "<g class=\"majority\">\n<line x1=\"790\""), 0)
      << svg.substr(g, 80);
  EXPECT_NE(svg.find("majority 30</text>", g), std::string::npos);
  EXPECT_NE(svg.find("<text x=\"400\" y=\"", svg.find("class=\"axis\"")),
            std::string::npos);  // the tick of 10 seats
  EXPECT_NE(svg.find(">40</text>"), std::string::npos);
  EXPECT_EQ(svg.find(">45</text>"), std::string::npos);
  const auto path = BarPath(svg);
  ASSERT_FALSE(path.empty());
  EXPECT_EQ(path[0].second, kLabelWidth + 0.0);  // seat 0 starts at the plot's left
  EXPECT_EQ(path[path.size() - 2].second, kLabelWidth + 40 * 20.0);
  EXPECT_EQ(XmlProblem(svg), "");
}

TEST(SvgChart, NoMajorityNoLine) {
  SeatChart chart;
  chart.series = {MakeSeries("X", {1, 2}, 0.6)};
  const std::string svg = Render(chart);
  EXPECT_EQ(svg.find("class=\"majority\""), std::string::npos);
  EXPECT_EQ(svg.find("P(majority)"), std::string::npos);
}

TEST(SvgChart, LabelsAreEscapedAndUtf8PassesThrough) {
  SeatChart chart;
  chart.title = "Scenario <\"a&b\">";
  chart.subtitle = "it's";
  chart.series = {MakeSeries("A<&>\"'B", {1, 2, 3}, 1.2), MakeSeries("भाजपा", {0, 5}, 1),
                  MakeSeries(std::string("bad\x01\xff"), {4}, 0)};
  chart.notes = {"Note with <tag> & more"};
  const std::string svg = Render(chart);
  EXPECT_EQ(XmlProblem(svg), "");
  EXPECT_NE(svg.find(">A&lt;&amp;&gt;&quot;&apos;B</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("Scenario &lt;&quot;a&amp;b&quot;&gt;"), std::string::npos);
  EXPECT_NE(svg.find(">it&apos;s</text>"), std::string::npos);
  EXPECT_NE(svg.find(">भाजपा</text>"), std::string::npos);
  EXPECT_NE(svg.find(">bad\xEF\xBF\xBD\xEF\xBF\xBD</text>"), std::string::npos);
  EXPECT_NE(svg.find("Note with &lt;tag&gt; &amp; more"), std::string::npos);
  EXPECT_EQ(svg.find("<tag>"), std::string::npos);
}

TEST(SvgChart, LongLabelsAreShortened) {
  SeatChart chart;
  chart.series = {MakeSeries("Rashtriya Lok Samata Party of Everyone", {1}, 0),
                  MakeSeries("राष्ट्रीय लोक समता पार्टी सबकी", {1}, 0)};
  const std::string svg = Render(chart);
  EXPECT_NE(svg.find(">Rashtriya Lok S…</text>"), std::string::npos) << svg;
  EXPECT_EQ(XmlProblem(svg), "");  // cut at a character boundary
}

TEST(SvgChart, SameInputSameBytes) {
  SeatChart chart;
  chart.title = "t";
  chart.majority = 272;
  chart.series = {MakeSeries("BJP", std::vector<int64_t>(544, 7), 271.5),
                  MakeSeries("INC", {0, 0, 9, 1}, 2.0)};
  chart.series[0].p_majority = 0.5;
  chart.series[1].p_majority = 0.001;
  const std::string a = Render(chart);
  EXPECT_EQ(a, Render(chart));
  EXPECT_NE(a.find("mean 271.5 seats"), std::string::npos);
  EXPECT_NE(a.find("mean 2.0 seats"), std::string::npos);
  EXPECT_NE(a.find("P(majority) 50%"), std::string::npos);
  EXPECT_NE(a.find("P(majority) &lt;1%"), std::string::npos);
  EXPECT_EQ(a.find("nan"), std::string::npos);
  EXPECT_EQ(a.find("e+"), std::string::npos);
}

TEST(SvgChart, RowsSortedByMeanGroupedAndCapped) {
  SeatChart chart;
  chart.series = {MakeSeries("Small", {1}, 0.1), MakeSeries("Big", {0, 1}, 9),
                  MakeSeries("Mid", {0, 1}, 4), MakeSeries("NDA", {0, 1}, 20)};
  chart.series[3].group = "Alliances";
  chart.options.max_series = 2;
  const std::string svg = Render(chart);
  const auto pos = [&](const std::string& label) { return svg.find(">" + label + "<"); };
  ASSERT_NE(pos("Big"), std::string::npos);
  EXPECT_LT(pos("Big"), pos("Mid"));
  EXPECT_LT(pos("Mid"), pos("Alliances"));  // groups in order of first appearance
  EXPECT_LT(pos("Alliances"), pos("NDA"));
  EXPECT_EQ(pos("Small"), std::string::npos);
  EXPECT_NE(svg.find("Not drawn (fewer seats): Small."), std::string::npos);
}

TEST(SvgChart, Colours) {
  EXPECT_EQ(PartyColour("BJP"), "#ff9933");
  EXPECT_EQ(PartyColour("bjp"), "#ff9933");
  EXPECT_EQ(PartyColour("CPI(M)"), PartyColour("CPM"));
  EXPECT_NE(PartyColour("INC"), "");
  EXPECT_EQ(PartyColour("XYZ"), "");
  SeatChart chart;
  chart.series = {MakeSeries("BJP", {1}, 3), MakeSeries("XYZ", {1}, 2),
                  MakeSeries("ABC", {1}, 1)};
  chart.series[2].colour = "#123ABC";
  const std::string svg = Render(chart);
  EXPECT_NE(svg.find("fill=\"#ff9933\""), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#123ABC\""), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#4e79a7\""), std::string::npos);  // the palette's first
}

TEST(SvgChart, ClearErrors) {
  const auto error = [](const SeatChart& c) {
    auto r = RenderSeatChart(c);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    return r.ok() ? std::string() : r.status().message();
  };
  SeatChart chart;
  EXPECT_NE(error(chart).find("no series"), std::string::npos);
  chart.series = {MakeSeries("BJP", {}, 0)};
  EXPECT_NE(error(chart).find("'BJP' has no simulations"), std::string::npos);
  chart.series = {MakeSeries("BJP", {0, 0, 0}, 0)};
  EXPECT_NE(error(chart).find("'BJP' has no simulations"), std::string::npos);
  chart.series = {MakeSeries("BJP", {3, -1}, 0)};
  EXPECT_NE(error(chart).find("negative count"), std::string::npos);
  chart.series = {MakeSeries("BJP", {3}, 0)};
  chart.series[0].colour = "#fff\" onload=\"x";
  EXPECT_NE(error(chart).find("#rgb or #rrggbb"), std::string::npos);
  chart.series[0].colour = "";
  chart.majority = -1;
  EXPECT_NE(error(chart).find("majority"), std::string::npos);
  chart.majority = 0;
  chart.options.width = 100;
  EXPECT_NE(error(chart).find("width"), std::string::npos);
  chart.options.width = 960;
  chart.options.row_height = 2;
  EXPECT_NE(error(chart).find("row height"), std::string::npos);
}

TEST(SvgChart, InlineFormHasNoDeclaration) {
  SeatChart chart;
  chart.series = {MakeSeries("X", {1}, 0)};
  EXPECT_EQ(Render(chart).rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg", 0),
            0u);
  chart.options.xml_declaration = false;
  const std::string svg = Render(chart);
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_EQ(XmlProblem(svg), "");
}

TEST(SvgChart, TheCheckerCatchesBadXml) {
  EXPECT_EQ(XmlProblem("<a x=\"1\"><b/>t &amp; u</a>"), "");
  EXPECT_NE(XmlProblem("<a><b></a></b>"), "");
  EXPECT_NE(XmlProblem("<a>x < y</a>"), "");
  EXPECT_NE(XmlProblem("<a>x & y</a>"), "");
  EXPECT_NE(XmlProblem("<a x=1></a>"), "");
  EXPECT_NE(XmlProblem("<a x=\"1\" x=\"2\"></a>"), "");
  EXPECT_NE(XmlProblem("<a></a><b></b>"), "");
  EXPECT_NE(XmlProblem("<a>"), "");
}

}  // namespace
}  // namespace janadhar::report
