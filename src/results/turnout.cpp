#include "results/turnout.h"

namespace janadhar::results {

double TurnoutFraction(int64_t voters, int64_t electors) {
  if (voters < 0 || electors <= 0) return kUnknownTurnout;
  return static_cast<double>(voters) / static_cast<double>(electors);
}

}  // namespace janadhar::results
