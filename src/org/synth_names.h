// The name lists of the synthetic organisation (org/synth.h): given names,
// middle names and surnames common in Uttar Pradesh and north India, each in
// Devanagari and in Latin letters, written for this project. Hindu and Muslim
// names are kept in separate lists so that a made-up person's given name and
// surname belong together ("Imran Ansari", "Sunita Maurya", not "Imran
// Maurya"); the surnames span upper-caste, OBC and SC families alike.
//
// Ownership: static storage; the spans and views stay valid for the life of
// the program.
// Thread-safety: immutable data; safe from any thread.
// Errors: none.
#pragma once

#include <span>
#include <string_view>

namespace janadhar::org {

// One name in both scripts: {"राम", "Ram"}. `hi` has Devanagari letters only
// (code points U+0900–U+097F), `en` ASCII letters only, neither has spaces.
struct NamePair {
  std::string_view hi;
  std::string_view en;
};

// The names of one community.
struct NameLists {
  std::span<const NamePair> male;
  std::span<const NamePair> female;
  std::span<const NamePair> surnames;
};

const NameLists& HinduNames();
const NameLists& MuslimNames();

// Middle names put between a given name and the surname now and then:
// "कुमार"/"Kumar", "प्रसाद"/"Prasad" for men; "देवी"/"Devi", "कुमारी"/"Kumari"
// for women.
std::span<const NamePair> MaleMiddleNames();
std::span<const NamePair> FemaleMiddleNames();

}  // namespace janadhar::org
