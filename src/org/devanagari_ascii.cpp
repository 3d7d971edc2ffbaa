// The table behind devanagari_ascii.h. Each entry is what ICU's
// "Devanagari-Latin" (ISO 15919) writes for the character once its
// diacritics are gone: ठ "ṭha" → "th", ण "ṇa" → "n", ऋ "r̥" → "ri".
#include "org/devanagari_ascii.h"

#include <array>
#include <cstdint>
#include <vector>

namespace janadhar::org {
namespace {

constexpr char32_t kNukta = 0x093C;
constexpr char32_t kVirama = 0x094D;
constexpr char32_t kJa = 0x091C;
constexpr char32_t kNya = 0x091E;

// Consonants क (U+0915) to ह (U+0939), without their inherent vowel.
constexpr std::array<const char*, 0x0939 - 0x0915 + 1> kConsonants = {
    "k",  "kh", "g", "gh", "n", "c",  "ch", "j", "jh", "n",  "t", "th", "d",
    "dh", "n",  "t", "th", "d", "dh", "n",  "n", "p",  "ph", "b", "bh", "m",
    "y",  "r",  "r", "l",  "l", "l",  "v",  "s", "s",  "s",  "h"};

// The consonants with a nukta, U+0958 to U+095F: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़.
constexpr std::array<const char*, 8> kNuktaConsonants = {"q", "kh", "g", "z",
                                                         "r", "rh", "f", "y"};

// Independent vowels अ (U+0905) to औ (U+0914).
constexpr std::array<const char*, 0x0914 - 0x0905 + 1> kVowels = {
    "a", "a", "i", "i", "u", "u", "ri", "li", "e", "e", "e", "ai", "o", "o", "o", "au"};

// Vowel signs ा (U+093E) to ौ (U+094C).
constexpr std::array<const char*, 0x094C - 0x093E + 1> kVowelSigns = {
    "a", "i", "i", "u", "u", "ri", "ri", "e", "e", "e", "ai", "o", "o", "o", "au"};

// The consonant that a consonant and a nukta written apart stand for, or
// nullptr when there is none (nor does ICU treat the pair as one letter).
const char* WithNukta(char32_t c) {
  switch (c) {
    case 0x0915: return "q";   // क़
    case 0x0916: return "kh";  // ख़
    case 0x0917: return "g";   // ग़
    case 0x091C: return "z";   // ज़
    case 0x0921: return "r";   // ड़
    case 0x0922: return "rh";  // ढ़
    case 0x092B: return "f";   // फ़
    case 0x092F: return "y";   // य़
    case 0x0928: return "n";   // ऩ
    case 0x0930: return "r";   // ऱ
    case 0x0933: return "l";   // ऴ
    default: return nullptr;
  }
}

// The consonant at `c` without its vowel, or nullptr when `c` is none.
const char* Consonant(char32_t c) {
  if (c >= 0x0915 && c <= 0x0939) return kConsonants[c - 0x0915];
  if (c >= 0x0958 && c <= 0x095F) return kNuktaConsonants[c - 0x0958];
  return nullptr;
}

const char* VowelSign(char32_t c) {
  if (c >= 0x093E && c <= 0x094C) return kVowelSigns[c - 0x093E];
  if (c == 0x0962 || c == 0x0963) return "li";  // ॢ ॣ
  return nullptr;
}

const char* Vowel(char32_t c) {
  if (c >= 0x0905 && c <= 0x0914) return kVowels[c - 0x0905];
  if (c == 0x0960) return "ri";  // ॠ
  if (c == 0x0961) return "li";  // ॡ
  return nullptr;
}

// Whether an anusvara before `c` is written "m" (before प फ ब भ म फ़) rather
// than a nasal that loses its diacritics to "n".
bool IsLabial(char32_t c) {
  return (c >= 0x092A && c <= 0x092E) || c == 0x095E;
}

// The code points of `word`, or an empty vector when it is not valid UTF-8
// made only of characters in U+0900..U+097F.
std::vector<char32_t> DevanagariCodePoints(std::string_view word) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < word.size();) {
    // Every character of the block is three bytes: E0 A4 80..E0 A5 BF.
    if (i + 3 > word.size() || static_cast<unsigned char>(word[i]) != 0xE0) return {};
    const auto b1 = static_cast<unsigned char>(word[i + 1]);
    const auto b2 = static_cast<unsigned char>(word[i + 2]);
    if ((b1 != 0xA4 && b1 != 0xA5) || (b2 & 0xC0) != 0x80) return {};
    out.push_back(0x0900 + ((b1 - 0xA4) << 6) + (b2 & 0x3F));
    i += 3;
  }
  return out;
}

}  // namespace

std::optional<std::string> DevanagariAsciiLetters(std::string_view word) {
  const std::vector<char32_t> cps = DevanagariCodePoints(word);
  if (cps.empty()) return std::nullopt;
  const size_t n = cps.size();
  auto at = [&cps, n](size_t i) { return i < n ? cps[i] : char32_t{0}; };
  std::string out;
  out.reserve(n * 2);
  for (size_t i = 0; i < n; ++i) {
    const char32_t c = cps[i];
    if (const char* consonant = Consonant(c)) {
      const bool nukta = at(i + 1) == kNukta;
      if (nukta) {
        consonant = WithNukta(c);
        if (consonant == nullptr) return std::nullopt;
        ++i;
      }
      const char32_t next = at(i + 1);
      if (c == kNya && i >= 2 && cps[i - 1] == kVirama && cps[i - 2] == kJa) {
        out += 'y';  // ज्ञ: ICU's "jñ", said "gy"
      } else if (c == kJa && !nukta && next == kVirama && at(i + 2) == kNya) {
        out += 'g';
      } else {
        out += consonant;
      }
      if (next == kVirama) {
        ++i;
      } else if (const char* sign = VowelSign(next)) {
        out += sign;
        ++i;
      } else {
        out += 'a';  // the inherent vowel
      }
    } else if (const char* vowel = Vowel(c)) {
      out += vowel;
    } else if (c == 0x0901) {
      // Candrabindu, "m̐"; with an anusvara after it ICU writes a tilde.
      if (at(i + 1) == 0x0902) return std::nullopt;
      out += 'n';
    } else if (c == 0x0902) {
      out += IsLabial(at(i + 1)) ? 'm' : 'n';  // anusvara, "ṁ" or the next nasal
    } else if (c == 0x0903) {
      out += 'h';  // visarga, "ḥ"
    } else if (c >= 0x0966 && c <= 0x096F) {
      out += static_cast<char>('0' + (c - 0x0966));
    } else {
      return std::nullopt;  // a sign out of place, or a character not in the table
    }
  }
  return out;
}

}  // namespace janadhar::org
