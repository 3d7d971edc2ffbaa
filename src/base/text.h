// Text helpers for names as they appear in electoral files: normalisation keys
// for matching, UTF-8 validation, and "did you mean" suggestions.
//
// All functions are pure and thread-safe. Input is UTF-8; invalid UTF-8 is
// never passed to them by the importers (they validate first), but they do not
// crash on it either (invalid bytes are dropped from keys).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace janadhar {

// The matching key of a name: case-folded, with everything but letters,
// combining marks and digits removed, so that "Communist Party of India
// (Marxist)", "COMMUNIST PARTY OF INDIA  (MARXIST)" and "communist party of
// india marxist" share one key. Works for Devanagari as well as Latin text.
std::string NameKey(std::string_view name);

// Collapses runs of white space to one space and trims both ends.
std::string CollapseSpaces(std::string_view text);

// Byte offset of the first invalid UTF-8 sequence, or nullopt if `text` is
// valid UTF-8.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

// Levenshtein distance between two byte strings (used on NameKeys).
std::size_t EditDistance(std::string_view a, std::string_view b);

// Up to `max` of `candidates` closest to `query` (compared by NameKey), best
// first, only those plausibly meant (distance at most a third of the longer
// key, or one containing the other). For "unknown party 'BJPP'; did you mean
// BJP?" messages.
std::vector<std::string> ClosestNames(std::string_view query,
                                      const std::vector<std::string>& candidates,
                                      std::size_t max = 3);

// 138771 → "1,38,771" (Indian digit grouping, as the party's offices write);
// -12345 → "-12,345"; 0 → "0".
std::string GroupDigits(int64_t n);

// "1 person", "2 people", "1,00,000 people": `n` (GroupDigits) and the word
// for one or for many.
std::string CountOf(int64_t n, std::string_view one, std::string_view many);

// "did you mean 'A', 'B'?" or "" when there is nothing to suggest.
std::string DidYouMean(std::string_view query,
                       const std::vector<std::string>& candidates);

}  // namespace janadhar

namespace janadhar {

// Columns a string takes in a terminal: code points, less combining marks and
// format characters (so Devanagari vowel signs do not widen a column).
std::size_t DisplayWidth(std::string_view text);

}  // namespace janadhar
