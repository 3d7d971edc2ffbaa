// Electoral geography as plain values: states, parliamentary constituencies
// (PCs), assembly constituencies (ACs) with the PC each belongs to under a
// delimitation, and polling stations (booths).
//
// States are named by their ECI codes ("S24" is Uttar Pradesh, "U05" Delhi).
// Constituency numbers are the ECI's, unique within a state and delimitation.
// Plain structs; thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace janadhar::geo {

// A reservation of a constituency for scheduled castes or tribes.
enum class Reservation { kGeneral, kSC, kST };
std::string_view ReservationName(Reservation r);  // "", "SC", "ST"
// Parses "", "GEN", "SC", "ST" (any case); nullopt for anything else.
std::optional<Reservation> ParseReservation(std::string_view text);

struct State {
  std::string code;  // ECI code: "S24"
  std::string abbr;  // "UP"
  std::string name;  // "Uttar Pradesh"
};

struct Pc {
  std::string state;  // ECI code
  int number = 0;
  std::string name;
  Reservation reservation = Reservation::kGeneral;
};

struct Ac {
  std::string state;  // ECI code
  int number = 0;
  std::string name;
  Reservation reservation = Reservation::kGeneral;
  int pc = 0;  // number of the PC it belongs to
};

// A delimitation: the states with their PCs and the ACs of each PC.
struct Delimitation {
  std::string name;  // "2008"
  std::vector<State> states;
  std::vector<Pc> pcs;
  std::vector<Ac> acs;

  const State* FindState(std::string_view code) const;
  const Ac* FindAc(std::string_view state, int number) const;
  const Pc* FindPc(std::string_view state, int number) const;
  // ACs of a PC, in AC number order.
  std::vector<const Ac*> AcsOfPc(std::string_view state, int pc) const;
};

// Electors of an assembly constituency on an electoral roll.
struct AcElectors {
  std::string state;  // ECI code
  int ac = 0;
  int64_t male = 0;
  int64_t female = 0;
  int64_t other = 0;
  int64_t with_epic = -1;   // electors with an EPIC card, -1 if not given
  int64_t with_photo = -1;  // electors with a photo on the roll, -1 if not given
  int64_t total() const { return male + female + other; }
};

// The states and union territories of India with their ECI codes, as the
// project knows them without any import (for validating --state and for
// suggestions). Jammu & Kashmir is listed under both its state-era code S09
// and its union-territory code U08.
const std::vector<State>& KnownStates();
// A known state by ECI code, two-letter abbreviation or name (any case).
const State* FindKnownState(std::string_view code_abbr_or_name);

}  // namespace janadhar::geo
