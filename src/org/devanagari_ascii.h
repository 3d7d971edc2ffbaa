// A fast route for name_key.h: the ASCII letters of a Devanagari word as
// ICU's "Devanagari-Latin" and name_key_devanagari.cpp's corrections make
// them (ज्ञ "gy", ऋ "ri", candrabindu "n", diacritics dropped), from a table
// instead of ICU. Making ICU's transliterator costs ~26 ms in a fresh
// process, which a one-off `org search` for a Devanagari name cannot afford;
// this table costs nothing to set up.
//
// Only what Hindi names are written with is in the table: the letters,
// vowel signs, virama, nukta (on क ख ग ज ड ढ फ य न र ळ), anusvara,
// candrabindu, visarga and digits, in the order they are written (a vowel
// sign, virama or nukta right after a consonant). Any other character or
// order (joiners, avagraha, Vedic signs, a vowel sign after a vowel, ASCII
// inside the word) gives nullopt, and the caller goes through ICU as before:
// search keys already stored were made by ICU, so a word either gets exactly
// ICU's letters here or is not handled here at all
// (devanagari_ascii_test.cpp checks this against ICU).
//
// Thread-safety: a pure function.
// Errors: none; nullopt for words outside the table, including invalid UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace janadhar::org {

// The ASCII letters and digits, in order and lower-case, that
// detail::WordToAsciiThroughIcu (name_key.h) gives for `word`, without the
// other ASCII characters ICU may write (its apostrophes between letters that
// would read as one, "a'i"); nullopt when the word is not all in the table.
// "राम" → "rama", "ज्ञान" → "gyana", "कृष्ण" → "krisna", "सिंह" → "sinha",
// "चंपा" → "campa".
std::optional<std::string> DevanagariAsciiLetters(std::string_view word);

}  // namespace janadhar::org
