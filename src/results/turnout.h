// Turnout per seat: electors and voters of a constituency, by gender, as the
// ECI reports them after the poll (e.g. data/ls2014/pc-turnout.csv).
//
// Counts a file leaves blank (or that were wrong and imported with
// --allow-bad-rows) are kMissing, never zero. The total is the file's own
// total: it may exceed male + female (third-gender electors and voters that
// some files do not list by gender), never fall short of it.
// Plain structs and pure functions; thread-compatible.
#pragma once

#include <cstdint>
#include <string>

#include "results/election.h"

namespace janadhar::results {

// What the turnout functions return when the turnout cannot be known (a count
// missing, or no electors). Always compare with `< 0`, never average it.
inline constexpr double kUnknownTurnout = -1.0;

// voters / electors as a fraction (0.7544 for 75.44%), or kUnknownTurnout
// when either is missing (negative) or electors is 0. A fraction above 1
// (more voters than electors, which importers report as an error) is returned
// as it is.
double TurnoutFraction(int64_t voters, int64_t electors);

struct SeatTurnout {
  std::string state;  // ECI code
  int number = 0;     // PC (Lok Sabha) or AC (Vidhan Sabha) number
  std::string name;   // as written in the file
  int64_t electors_male = kMissing, voters_male = kMissing;
  int64_t electors_female = kMissing, voters_female = kMissing;
  // Third gender, when the file has such columns; kMissing otherwise.
  int64_t electors_other = kMissing, voters_other = kMissing;
  int64_t electors_total = kMissing, voters_total = kMissing;
  int line = 0;  // source line, 0 if not from a file

  // The seat's turnout: voters_total / electors_total as a fraction, or
  // kUnknownTurnout (-1) when either is missing or there are no electors.
  double Turnout() const { return TurnoutFraction(voters_total, electors_total); }
};

}  // namespace janadhar::results
