// Test helpers for the importer tests: printing and checking the problems of a
// parse, and reading the files of the repository's data/ folder (found through
// the JANADHAR_SOURCE_DIR macro the test build defines). Header-only; for the
// *_test.cpp files beside it, never for library code.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "base/status.h"
#include "importers/file_source.h"
#include "importers/problems.h"

#ifndef JANADHAR_SOURCE_DIR
#error "importers/test_util.h needs JANADHAR_SOURCE_DIR (set by the test build)"
#endif

namespace janadhar::importers::testing {

// Every problem of `problems`, one a line, with its severity:
// "r.csv:3:2: ... [error]\n".
inline std::string Dump(const ProblemList& problems) {
  std::string s;
  for (const auto& p : problems.items()) {
    s += p.ToString() + " [" + std::string(SeverityName(p.severity)) + "]\n";
  }
  return s;
}

// Expects exactly one problem, in `file` at `line` and `column`, of `severity`,
// whose message contains `text`.
inline void ExpectOne(const ProblemList& problems, const std::string& file, int line,
                      int column, Severity severity, const std::string& text) {
  ASSERT_EQ(problems.items().size(), 1u) << Dump(problems);
  const ImportProblem& p = problems.items()[0];
  EXPECT_EQ(p.file, file);
  EXPECT_EQ(p.line, line) << p.ToString();
  EXPECT_EQ(p.column, column) << p.ToString();
  EXPECT_EQ(p.severity, severity) << p.ToString();
  EXPECT_NE(p.message.find(text), std::string::npos) << p.ToString();
}

// The path of `rel` in the repository's data/ folder:
// "ls2014/candidates.csv" → "<source dir>/data/ls2014/candidates.csv".
inline std::string DataPath(const std::string& rel) {
  return std::string(JANADHAR_SOURCE_DIR) + "/data/" + rel;
}

// The bytes of data/`rel` through ReadWholeFile (decompressed when gzip), or
// its error. Asserts nothing: the caller checks.
inline Result<std::string> ReadData(const std::string& rel) {
  return ReadWholeFile(DataPath(rel));
}

}  // namespace janadhar::importers::testing
