// Seat-distribution charts as standalone SVG: for each party or alliance, how
// many seats it won across the simulations of a forecast, one row each on a
// common seats axis, so a strategist sees at a glance who is ahead, by how
// much, how sure that is, and how far each is from a majority.
//
// Input is plain data (no forecast types: the forecast command, and later the
// web UI, map their results to it). Each row shows:
//   - a swatch of the party's colour, the label, and under it "mean 231.4
//     seats" and (when there is a majority) "P(majority) 12%", in red when
//     above zero;
//   - the histogram as bars: bar k is the number of simulations that gave k
//     seats, each row scaled to its own tallest bar (a row shows the shape of
//     its distribution; the numbers beside it give the scale);
//   - under the bars, the 5–95% interval as a dark band and the median as a
//     tick; at the right, "median 231" and "201–262" (the 5–95% interval).
// Rows are grouped by `ChartSeries::group` (groups in order of first appearance,
// a heading above each named group), sorted by mean seats within a group
// (highest first, ties in input order). A vertical dashed line marks the
// majority, labelled above the rows; the axis under the rows has round ticks.
// The title, subtitle and notes are written above and below.
//
// Geometry (for tests and for anyone adding marks): the axis covers whole
// seats lo..hi; bar k spans seats [k - 0.5, k + 0.5], so seat s is at
//   x(s) = plot_left + (s - lo + 0.5) * (plot_right - plot_left) / (hi - lo + 1)
// and the majority line is at x(majority - 0.5), between the last short
// count and the first majority. lo is 0 unless the lowest count of every row
// is above a quarter of hi; hi is at least the majority and the highest count,
// rounded up to a tick. plot_left and plot_right follow from
// ChartOptions (kLabelWidth and kValuesWidth below).
//
// Output: UTF-8 SVG 1.1 with presentation attributes only (no scripts, no
// external fonts or images, no ids, so several charts can be inlined in one
// HTML page); generic font families, so it renders offline. Elements carry
// classes for styling and tests: "row", "bars" (one <path> per row),
// "interval", "median", "majority", "axis". Labels and texts are
// XML-escaped (&<>"' as entities; control characters and invalid UTF-8 as
// U+FFFD), so any label gives well-formed XML; Devanagari passes through.
// Numbers are formatted without the locale: the same input gives the same
// bytes.
//
// Ownership: everything is a value. Thread-safety: pure functions, safe from
// any thread; no file I/O (the caller writes the text where it wants it).
// Errors: InvalidArgument (see RenderSeatChart).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace janadhar::report {

// One party or alliance.
struct ChartSeries {
  std::string label;   // "BJP"; UTF-8, shortened with "…" when too long to fit
  std::string colour;  // "#rrggbb" or "#rgb"; "" = PartyColour(label) or the palette
  std::string group;   // rows with the same group share a heading ("" = none)
  std::vector<int64_t> histogram;  // [k]: simulations that gave k seats
  double mean = 0;
  int median = 0, p05 = 0, p95 = 0;
  double p_majority = 0;  // a fraction; shown only when the chart has a majority
};

struct ChartOptions {
  int width = 960;              // px; at least kMinWidth
  int row_height = 58;          // px per row; at least kMinRowHeight
  int max_series = 12;          // rows per group, highest means first (0 = all); the
                                // rest are named in a note under the chart
  bool xml_declaration = true;  // false: a bare <svg> element for inline HTML
};

struct SeatChart {
  std::string title;     // "Seat forecast: ls2014-upa-swing.toml"
  std::string subtitle;  // "1,00,000 simulations of 543 seats, seed 7"
  int majority = 0;      // seats for a majority (272 of 543); 0 = no line
  std::vector<ChartSeries> series;
  std::vector<std::string> notes;  // sentences under the chart
  ChartOptions options;
};

inline constexpr int kMinWidth = 480;
inline constexpr int kMinRowHeight = 50;  // the three lines of a label
inline constexpr int kLabelWidth = 190;   // px left of the plot: labels, means
inline constexpr int kValuesWidth = 130;  // px right of the plot: median, interval

// The chart as SVG text.
// Errors: InvalidArgument for no series, a series whose histogram is empty,
// all zero or has a negative count, a colour that is not "#rgb"/"#rrggbb", a
// negative majority, or a width or row height below the minimum. The message
// names the series.
Result<std::string> RenderSeatChart(const SeatChart& chart);

// The built-in colour of a common Indian party or alliance, keyed by its
// abbreviation as the ECI writes it (matched by NameKey: "CPI(M)" is "CPIM"),
// e.g. BJP saffron "#ff9933"; "" for one the table does not know.
std::string PartyColour(const std::string& label);

}  // namespace janadhar::report
