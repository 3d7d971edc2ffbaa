// Small hand-made elections for the analysis tests.
#pragma once

#include <string>
#include <vector>

#include "analysis/data.h"

namespace janadhar::analysis::testing {

struct C {
  std::string name, party;  // party "" → NOTA
  int64_t votes;
};
struct S {
  std::string state;
  int number;
  std::string name;
  std::vector<C> candidates;
};

// An election on the 2008 delimitation with parties resolved through the
// project's known parties ("BJP", "INC", "Independent", …).
ElectionData MakeElection(const std::string& name, const std::vector<S>& seats,
                          const std::string& delimitation = "2008");

// The three-seat election the tests compute by hand (see the .cpp).
ElectionData SampleElection();

}  // namespace janadhar::analysis::testing
