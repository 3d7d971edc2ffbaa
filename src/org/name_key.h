// Search keys for the names of the organisation's people, so that a name is
// found whichever script it was typed in (DESIGN.md, "Organisation model":
// typing "Ram Kumar" finds "राम कुमार"), and whichever of the common spellings
// was used ("Laxmi", "Lakshmee" and "लक्ष्मी" are one name).
//
// How a word becomes a key:
//  1. A word with letters other than ASCII (Devanagari, other scripts, Latin
//     with diacritics such as "Rāma") goes whole through ICU: "Any-Latin"
//     (for Devanagari that is ICU's "Devanagari-Latin", ISO 15919: राम →
//     "rāma", the inherent vowel written as a plain "a"), a few corrections
//     (ज्ञ "gy", ऋ "ri", candrabindu "n") and "Latin-ASCII" (ā → a, ś → s);
//     plain ASCII is taken as it is.
//  2. The ASCII word is lower-cased and folded by the one table of spelling
//     rules in name_key.cpp (kFolds, applied top to bottom): "sh" and "s" are
//     one letter, "ee" is "i", doubled letters are one, a final "a" after a
//     consonant is dropped, and so is every "a" between two consonants after
//     the first vowel (whether Hindi says it is not written in Latin
//     spellings, nor always decided right from Devanagari), and so on. The key
//     is not meant to be read ("Kumar" → "kumr"); to show a Devanagari name in
//     Latin letters use LatinSpelling.
// Decided on purpose: Ram and Rama share a key (Hindi drops the final vowel),
// so do Kamal, Kamala and Kamla, Hemlata and Hemalata; Ram/Raj, Sita/Gita,
// Anil/Sunil stay apart; Kumari is not Kumar, but "Kumar" starts it (a prefix
// match in MatchScore). "ai" and "e" (ऐ, ए) stay apart, as do aspirated and
// plain consonants ("th", "t"), "o" and "u" (so Mohammad's spellings are
// listed as aliases).
//
// Speed: most Devanagari words are looked up in a table (devanagari_ascii.h),
// so a search for a Devanagari name does not pay the ~26 ms it takes to make
// ICU's transliterator; other words go through ICU, about 3 µs a word. Each
// thread keeps the keys of the words it has seen (up to 200,000 words, then
// it starts again); names repeat a few hundred words, so NameTokens does
// about 4 million two-word names a second from ~400 distinct words, and
// about 100,000 when every word is new (300,000 if all ASCII), on one core of
// the development machine (2026-11).
// Thread-safety: pure functions, safe to call from many threads at once (the
// ICU transliterators and the cache of keys are one per thread).
// Errors: none; invalid UTF-8 bytes and characters that are not letters or
// digits separate words and are otherwise dropped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace janadhar::org {

// The search tokens of a name written in Devanagari, Latin letters or a mix:
// one key per word, in order, lower-case ASCII letters and digits. Words are
// separated by anything that is not a letter, mark or digit, except that an
// apostrophe inside a word is dropped ("D'Souza" is one word). Words that
// fold to nothing are left out.
// "Ram Kumar" and "राम  कुमार" → {"ram", "kumr"}; "Laxmi" → {"laksmi"}.
std::vector<std::string> NameTokens(std::string_view name);

// The key of one word (NameTokens of a one-word name, or "" when it has no
// letters or digits).
std::string NameWordKey(std::string_view word);

// How well a query (NameTokens of what was typed) matches a name
// (NameTokens of a stored name). nullopt when the query is empty or when one
// of its tokens matches no token of the name; otherwise a score, higher is
// better. Each query token is matched to a different name token, the pairing
// that scores best is taken, and only the first kMaxMatchTokens tokens of
// each are compared. A token pair scores kExactScore when the keys are equal,
// kPrefixScore when the query key (of at least 2 letters) starts the name
// key, kNearScore when
// both keys have at least 5 letters and are one edit apart (a letter added, dropped or
// changed). Every two query tokens following each other that match name tokens in the
// same order add kInOrderBonus; every name token left unmatched takes off
// kExtraTokenCost. So an exact match beats a prefix match, which beats a near one, and
// "Ram Kumar" is nearer to "Ram Kumar" than to "Kumar Ram" or "Ram Kumar Yadav".
inline constexpr int kExactScore = 100;
inline constexpr int kPrefixScore = 60;
inline constexpr int kNearScore = 30;
inline constexpr int kInOrderBonus = 10;
inline constexpr int kExtraTokenCost = 3;
inline constexpr int kMaxMatchTokens = 8;
std::optional<int> MatchScore(const std::vector<std::string>& query,
                              const std::vector<std::string>& name);

// A readable Latin spelling of a name for display: every run of Devanagari
// written in Latin letters and each word that starts in Devanagari
// title-cased; everything else (Latin text, spaces, punctuation) kept as it
// is; a danda becomes ".". The run goes through ICU's "Devanagari-Latin"
// (ISO 15919), then the inherent vowels Hindi does not say are dropped (rules
// in name_key_devanagari.cpp: at the end of a word after one consonant, and
// between two single consonants that stand between vowels), then श and ष are
// written "sh", च "ch", छ "chh", and the rest in ASCII.
// "राम कुमार" → "Ram Kumar", "श्याम सिंह" → "Shyam Singh", "देवेन्द्र" →
// "Devendra" (a final vowel after two consonants is kept, as in the usual
// spelling), "कमला" → "Kamla".
std::string LatinSpelling(std::string_view name);

namespace detail {
// Within name_key*.cpp only: a word that is not plain ASCII through ICU as in
// step 1 above, not yet lower-cased or filtered ("" when ICU has no
// transliterator). A Devanagari word that devanagari_ascii.h's table covers
// comes from the table instead, without ICU: the same ASCII letters and
// digits, lower-case, and none of ICU's other ASCII characters (apostrophes),
// which step 2 drops anyway.
std::string WordToAscii(std::string_view word);
// WordToAscii always through ICU, the table left out: for the tests that
// check the table against ICU.
std::string WordToAsciiThroughIcu(std::string_view word);
}  // namespace detail

}  // namespace janadhar::org
