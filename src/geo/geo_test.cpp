#include "geo/geo.h"

#include <gtest/gtest.h>

namespace janadhar::geo {
namespace {

TEST(KnownStates, FindsByCodeAbbreviationAndName) {
  ASSERT_NE(FindKnownState("S24"), nullptr);
  EXPECT_EQ(FindKnownState("S24")->name, "Uttar Pradesh");
  EXPECT_EQ(FindKnownState("up")->code, "S24");
  EXPECT_EQ(FindKnownState("UTTAR PRADESH")->code, "S24");
  EXPECT_EQ(FindKnownState("Orissa")->code, "S18");
  EXPECT_EQ(FindKnownState("ANDAMAN & NICOBAR ISLANDS")->code, "U01");
  // The spellings of the 2014 turnout file (data/ls2014/pc-turnout.csv).
  EXPECT_EQ(FindKnownState("Daman & Diu")->code, "U04");
  EXPECT_EQ(FindKnownState("Chattisgarh")->code, "S26");
  EXPECT_EQ(FindKnownState("NCT OF Delhi")->code, "U05");
  EXPECT_EQ(FindKnownState("S99"), nullptr);
}

TEST(Delimitation, AcsOfPcInOrder) {
  Delimitation d;
  d.states.push_back({"S24", "UP", "Uttar Pradesh"});
  d.pcs.push_back({"S24", 1, "Saharanpur", Reservation::kGeneral});
  d.acs.push_back({"S24", 5, "Deoband", Reservation::kGeneral, 1});
  d.acs.push_back({"S24", 1, "Behat", Reservation::kGeneral, 1});
  d.acs.push_back({"S24", 6, "Rampur Maniharan", Reservation::kSC, 2});
  auto acs = d.AcsOfPc("S24", 1);
  ASSERT_EQ(acs.size(), 2u);
  EXPECT_EQ(acs[0]->number, 1);
  EXPECT_EQ(acs[1]->number, 5);
  EXPECT_EQ(d.FindAc("S24", 6)->reservation, Reservation::kSC);
  EXPECT_EQ(d.FindPc("S24", 2), nullptr);
}

TEST(Reservation, Parses) {
  EXPECT_EQ(ParseReservation("sc"), Reservation::kSC);
  EXPECT_EQ(ParseReservation(""), Reservation::kGeneral);
  EXPECT_EQ(ParseReservation("GEN"), Reservation::kGeneral);
  EXPECT_FALSE(ParseReservation("XY").has_value());
}

}  // namespace
}  // namespace janadhar::geo
