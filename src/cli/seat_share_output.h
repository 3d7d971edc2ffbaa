// Internal to cli/: what `janadhar seat-share` prints. Tables: the three
// allocations compared (expected seats, seats per partner, limits a rule
// could not keep), the concession prices, and every seat (the optimal
// partner, each partner's win probability, why, and the two rules' choices;
// the one --csv prints); --json has all of it, shares and probabilities as
// fractions.
#pragma once

#include "cli/analyse_output.h"
#include "service/seat_share_service.h"

namespace janadhar::cli {

Output SeatShareOutput(const service::SeatShareReport& report);

}  // namespace janadhar::cli
