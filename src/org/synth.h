// A synthetic but plausible organisation for a unit tree: people with names in
// both scripts, phones and EPIC numbers, the posts they hold, training
// sessions and who attended them. It is what `janadhar org synth --state CODE
// --seed N` stores, and what demos, tests and benchmarks run on. Everything
// made here is marked `synthetic`.
//
// What it makes, per unit (the shares are SynthOptions, defaults below):
//   booth          the booth is empty (no one at all) with empty_booth_share;
//                  otherwise a booth president, a committee of 10–14 members
//                  (mostly 10–12; 2–9 in thin_committee_share of all
//                  booths), one or two polling agents, and 2–4
//                  page-in-charges, each present so that its share over all
//                  booths is the one given.
//   shakti kendra  a president;
//   AC, district, state
//                  a president, a general secretary and 8–12 election
//                  management committee members;
//   block, mandal  a president and a general secretary.
// With the defaults a booth has about 14 people; Uttar Pradesh's 1,38,771
// booths give about 1.95 million people and 1.93 million posts, and two booths
// in three are covered under the default CoverageRules (org/coverage.h).
//
// The rules the store and the service enforce hold in the output:
//   - every person lives in the unit of their post and holds at most one;
//     booth roles (IsBoothRole) only in booth units, the others only above;
//   - a post starts on or after the day its holder joined; a past post's `to`
//     is on or after its `from`;
//   - a person who came from another party (other_party_share; "INC", "BSP",
//     "SP" or "RLD") and holds a post attended an induction session of their
//     training unit dated after they joined and before the post's `from`;
//     not_inducted_share of them have not been inducted yet (they joined after
//     their training unit's last induction) and hold no post;
//   - departed_share of people have left or been expelled: they hold no
//     current post, only a past one (with a `to` date) in the unit they left,
//     where someone else now holds the seat.
// A person's training unit is the AC above (or at) their unit, or the root of
// the tree when there is none (units above the ACs, trees without ACs). Each
// AC holds one or two induction sessions and two others ("Booth management",
// "Polling day duties", …); the root one induction session and one other.
// post_holder_training_share of current post holders are picked to attend one
// of the other sessions of their training unit, the first of them (in a random
// order) held on or after the day they joined, if any.
//
// Identifiers: phones are "+91" and ten digits starting 6–9, normalised
// (NormalizePhone returns them unchanged) and unique: person i gets the image
// of i under a permutation of the 4×10⁹ possible numbers keyed by the seed.
// EPIC numbers (epic_share of people) likewise: three letters and seven
// digits, unique. Dates ("YYYY-MM-DD") lie in 2010-01-01 .. 2024-12-31.
//
// Determinism: the same tree, options and seed give exactly the same output,
// on any platform (a PRNG of this project, no <random> distributions).
// Different seeds give different people.
// Cost: linear in the size of the tree; Uttar Pradesh takes about 1–2 s on one
// core and ~1 GB of memory.
// Ownership: the result is a value. Thread-safety: a pure function.
// Errors (InvalidArgument): an empty tree; a share outside [0, 1];
// empty_booth_share + thin_committee_share above 1; other_party_share ×
// not_inducted_share or departed_share above 0.5 (each such person is drawn in
// addition to the one who fills the seat).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "base/status.h"
#include "org/person.h"
#include "org/unit.h"

namespace janadhar::org {

struct SynthOptions {
  uint64_t seed = 1;
  // Booths, as shares of all booth units.
  double empty_booth_share = 0.03;      // no one at all
  double thin_committee_share = 0.15;   // 2–9 committee members
  double booth_president_share = 0.90;  // capped by 1 − empty_booth_share
  double polling_agent_share = 0.85;    // one or two; capped likewise
  double second_agent_share = 0.15;     // of the booths with an agent
  double page_in_charge_share = 0.50;   // 2–4 of them; capped likewise
  // People, as shares of all people made.
  double other_party_share = 0.06;
  double not_inducted_share = 0.20;  // of those from another party
  double departed_share = 0.02;      // left (7 in 10) or expelled
  double epic_share = 0.70;
  double female_share = 0.28;
  double muslim_share = 0.15;
  // Of the current post holders: attended a session other than an induction.
  double post_holder_training_share = 0.30;
};

struct SynthOrganisation {
  // id 0 (not stored yet), synthetic, unit = the code of their unit.
  std::vector<Person> people;
  // id 0; person = the index of its holder in `people` (not a store id);
  // synthetic. In the order of the units in the tree.
  std::vector<Post> posts;
  // id 0; synthetic; unit = the code of the AC (or root) that held it.
  std::vector<TrainingSession> sessions;
  // (index in `sessions`, index in `people`), sorted, no repeats.
  std::vector<std::pair<int, int>> attendance;
};

Result<SynthOrganisation> SynthesiseOrganisation(const UnitTree& tree,
                                                 const SynthOptions& options = {});

}  // namespace janadhar::org
