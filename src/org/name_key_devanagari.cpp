// Transliteration for name_key.h through ICU: the ASCII form of a word for
// the search keys (most Devanagari words through devanagari_ascii.h's table
// instead, which gives the same letters), and LatinSpelling for display.
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "org/devanagari_ascii.h"
#include "org/name_key.h"

namespace janadhar::org {
namespace {

// The common spelling of what ICU's ISO 15919 output writes otherwise: ज्ञ
// is said "gy" (ज्ञान "gyan"), ऋ is "ri" (कृष्ण "krishna"), a nasal "n".
// Everything else loses its diacritics (ā → a, ś → s, ṭ → t).
constexpr std::pair<const char16_t*, const char16_t*> kCommonSpellings[] = {
    {u"j\u00F1", u"gy"},       {u"r\u0325\u0304", u"ri"}, {u"r\u0325", u"ri"},
    {u"l\u0325\u0304", u"li"}, {u"l\u0325", u"li"},       {u"m\u0310", u"n"},
    {u"\u1E41", u"n"},
};

// Each thread makes its own on first use: transliterate() is not thread-safe.
// Devanagari goes through "Devanagari-Latin" alone (ICU's rule-based
// "Latin-ASCII" would take twice as long again); other scripts, and Latin
// with diacritics, through "Any-Latin; Latin-ASCII".
// Each is made when first needed (making one costs milliseconds, a search
// of one name needs only one of them).
struct Transliterators {
  icu::Transliterator* Devanagari() { return Get(devanagari_, "Devanagari-Latin"); }
  icu::Transliterator* Any() { return Get(any_, "Any-Latin; Latin-ASCII"); }

 private:
  static icu::Transliterator* Get(
      std::optional<std::unique_ptr<icu::Transliterator>>& slot, const char* id) {
    if (!slot) {
      UErrorCode status = U_ZERO_ERROR;
      slot.emplace(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
      if (U_FAILURE(status)) slot->reset();
    }
    return slot->get();
  }
  std::optional<std::unique_ptr<icu::Transliterator>> devanagari_;
  std::optional<std::unique_ptr<icu::Transliterator>> any_;
};
Transliterators& ThreadTransliterators() {
  thread_local Transliterators t;
  return t;
}

// Appends the ASCII letters of `latin` without their diacritics (ICU's
// decomposition: ś is s and a mark), dropping everything else not ASCII.
void AppendAscii(const icu::UnicodeString& latin, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::UnicodeString decomposed =
      U_SUCCESS(status) ? nfd->normalize(latin, status) : latin;
  for (int32_t i = 0; i < decomposed.length(); ++i) {
    const char16_t c = decomposed.charAt(i);
    if (c < 0x80) out += static_cast<char>(c);
  }
}

bool IsDevanagariWord(std::string_view word) {
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto len = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < len;) {
    UChar32 cp;
    U8_NEXT(s, i, len, cp);
    if (cp >= 0x80 && (cp < 0x900 || cp > 0x97F) && cp != 0x200C && cp != 0x200D) {
      return false;
    }
  }
  return true;
}

icu::UnicodeString FromUtf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

// --- The inherent vowel, for display -------------------------------------------

// One written sound of ICU's ISO 15919 output, a slice of it.
enum class Kind : unsigned char {
  kConsonant,  // with its aspiration: "k", "kh", "ś", "ṭh"
  kInherent,   // "a" straight after a consonant: the vowel it carries
  kVowel,      // any other vowel: "ā", "ai", "r̥", an "a" that starts a word
  kNasal,      // candrabindu (and anusvara before ह): "m̐", "ṁ"
  kOther,      // visarga, digits
};
struct Sound {
  Kind kind;
  int32_t start, length;
  bool said = true;  // false for an inherent vowel Hindi does not say
};

bool IsVowelLetter(char16_t c) {
  switch (c) {
    case u'a':
    case u'i':
    case u'u':
    case u'e':
    case u'o':
    case u'\u0101':
    case u'\u012B':
    case u'\u016B':
    case u'\u0113':
    case u'\u014D': return true;
    default: return false;
  }
}

// Consonants that take an "h" for their aspirated form (ख "kh", ढ़ "ṛh").
bool IsAspirable(char16_t c) {
  return c == u'k' || c == u'g' || c == u'c' || c == u'j' || c == u't' || c == u'd' ||
         c == u'p' || c == u'b' || c == u'\u1E6D' || c == u'\u1E0D' || c == u'\u1E5B' ||
         c == u'\u1E35';
}

std::vector<Sound> Sounds(const icu::UnicodeString& iso) {
  std::vector<Sound> sounds;
  const int32_t n = iso.length();
  auto at = [&iso, n](int32_t i) { return i < n ? iso.charAt(i) : char16_t{0}; };
  for (int32_t i = 0; i < n;) {
    const char16_t c = at(i);
    int32_t end = i + 1;
    Kind kind = Kind::kOther;
    if (c == u'\'' || c == u':' || c == 0x200C || c == 0x200D) {
      ++i;  // ICU's separator of letters that would read as one; joiners
      continue;
    } else if ((c == u'r' || c == u'l') && at(i + 1) == 0x0325) {
      kind = Kind::kVowel;  // r̥, l̥, long or short
      end = at(i + 2) == 0x0304 ? i + 3 : i + 2;
    } else if ((c == u'm' && at(i + 1) == 0x0310) || c == 0x1E41) {
      kind = Kind::kNasal;
      end = c == u'm' ? i + 2 : i + 1;
    } else if (IsVowelLetter(c)) {
      kind = Kind::kVowel;
      if (c == u'a' && (at(i + 1) == u'i' || at(i + 1) == u'u')) {
        end = i + 2;  // ऐ, औ
      } else if (c == u'a' && !sounds.empty() && sounds.back().kind == Kind::kConsonant &&
                 sounds.back().start + sounds.back().length == i) {
        kind = Kind::kInherent;
      }
    } else if (c != 0x1E25 && u_isalpha(c)) {  // not the visarga ḥ
      kind = Kind::kConsonant;
      while (u_charType(at(end)) == U_NON_SPACING_MARK) ++end;
      if (IsAspirable(c) && (at(end) == u'h' || at(end) == 0x1E96)) ++end;
    }
    sounds.push_back({kind, i, end - i});
    i = end;
  }
  return sounds;
}

// Hindi's rule for the inherent vowel (schwa): not said at the end of a word
// after a single consonant (राम "ram"; but इन्द्र "indra"), nor, from left to
// right, in V C _ C V, between two single consonants that stand between vowels
// (राजकुमार "rajkumar", कमला "kamla", but अमर "amar"). Left to right, because
// names are mostly compounds whose first part ends in a dropped vowel
// (रामचरण "ramcharan", not "ramachran"). The vowel is kept before र, as the
// usual spellings have it (चौधरी "chaudhari", केसरी "kesari"), and in the
// endings -वती and -मती (मायावती "mayavati", श्रीमती "shrimati").
struct SchwaRule {
  const icu::UnicodeString& iso;
  std::vector<Sound>& s;

  bool Is(const Sound& sound, char16_t c) const {
    return sound.length == 1 && iso.charAt(sound.start) == c;
  }
  bool IsSaidVowel(const Sound& sound) const {
    return (sound.kind == Kind::kVowel || sound.kind == Kind::kInherent) && sound.said;
  }
  bool IsVatiEnd(int i) const {
    return (Is(s[i - 1], u'v') || Is(s[i - 1], u'm')) && Is(s[i + 1], u't') &&
           i + 3 == static_cast<int>(s.size()) &&
           (Is(s[i + 2], u'i') || Is(s[i + 2], u'\u012B'));
  }
  void Apply() {
    const int n = static_cast<int>(s.size());
    if (n >= 3 && s[n - 1].kind == Kind::kInherent && s[n - 2].kind == Kind::kConsonant &&
        s[n - 3].kind != Kind::kConsonant) {
      s[n - 1].said = false;
    }
    for (int i = 2; i + 2 < n; ++i) {
      if (s[i].kind == Kind::kInherent && s[i - 1].kind == Kind::kConsonant &&
          IsSaidVowel(s[i - 2]) && s[i + 1].kind == Kind::kConsonant &&
          !Is(s[i + 1], u'r') && IsSaidVowel(s[i + 2]) && !IsVatiEnd(i)) {
        s[i].said = false;
      }
    }
  }
};

// Appends one said sound in its common spelling: श and ष "sh", च "ch", छ
// "chh", ज्ञ "gy", ऋ "ri", the rest without diacritics.
void AppendSound(const icu::UnicodeString& iso, const std::vector<Sound>& sounds,
                 size_t i, std::string& out) {
  const Sound& sound = sounds[i];
  const icu::UnicodeString text(iso, sound.start, sound.length);
  const char16_t first = text.charAt(0);
  const Sound* next = i + 1 < sounds.size() ? &sounds[i + 1] : nullptr;
  const char16_t next_first = next ? iso.charAt(next->start) : 0;
  if (sound.kind == Kind::kNasal) {
    if (next && next->kind == Kind::kConsonant &&
        (next_first == u'p' || next_first == u'b' || next_first == u'm')) {
      out += 'm';  // चँपा "champa"
    } else if (next && next->length == 1 && next_first == u'h' &&
               (i + 2 == sounds.size() || !sounds[i + 2].said)) {
      out += "ng";  // सिंह "singh"
    } else {
      out += 'n';
    }
  } else if (sound.kind == Kind::kConsonant && (first == 0x015B || first == 0x1E63)) {
    out += "sh";
  } else if (sound.kind == Kind::kConsonant && first == u'c') {
    out += sound.length == 1 ? "ch" : "chh";
  } else if (sound.kind == Kind::kConsonant && first == u'j' && next_first == 0x00F1) {
    out += 'g';
  } else if (sound.kind == Kind::kConsonant && first == 0x00F1 && i > 0 &&
             iso.charAt(sounds[i - 1].start) == u'j') {
    out += 'y';
  } else if (sound.kind == Kind::kVowel && sound.length > 1 && text.charAt(1) == 0x0325) {
    out += first == u'r' ? "ri" : "li";
  } else {
    AppendAscii(text, out);
  }
}

// A run of Devanagari in common Latin spelling, lower-case, appended to `out`.
void AppendDevanagari(std::string_view run, std::string& out) {
  icu::Transliterator* devanagari = ThreadTransliterators().Devanagari();
  if (!devanagari) {
    out.append(run);
    return;
  }
  // An anusvara before ह as a candrabindu, which ICU keeps as a nasal (m̐)
  // rather than "n", so that सिंह's final vowel is dropped ("singh").
  icu::UnicodeString iso = FromUtf8(run).findAndReplace(u"\u0902\u0939", u"\u0901\u0939");
  devanagari->transliterate(iso);
  std::vector<Sound> sounds = Sounds(iso);
  SchwaRule{iso, sounds}.Apply();
  for (size_t i = 0; i < sounds.size(); ++i) {
    if (sounds[i].said) AppendSound(iso, sounds, i, out);
  }
}

bool IsDevanagariLetter(UChar32 cp) {
  if (cp < 0x900 || cp > 0x97F || cp == 0x964 || cp == 0x965) return false;
  const int8_t type = u_charType(cp);
  return u_isalnum(cp) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool IsWordCharacter(UChar32 cp) {
  const int8_t type = u_charType(cp);
  return cp == '\'' || u_isalnum(cp) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}

// Where the run of Devanagari letters and joiners (ZWNJ, ZWJ) from `i` ends.
int32_t DevanagariRunEnd(const uint8_t* s, int32_t i, int32_t len) {
  while (i < len) {
    int32_t next = i;
    UChar32 cp;
    U8_NEXT(s, next, len, cp);
    if (!IsDevanagariLetter(cp) && cp != 0x200C && cp != 0x200D) break;
    i = next;
  }
  return i;
}

}  // namespace

namespace detail {

std::string WordToAscii(std::string_view word) {
  // Most Devanagari words without making ICU's transliterator (~26 ms).
  if (IsDevanagariWord(word)) {
    if (std::optional<std::string> letters = DevanagariAsciiLetters(word)) {
      return *std::move(letters);
    }
  }
  return WordToAsciiThroughIcu(word);
}

std::string WordToAsciiThroughIcu(std::string_view word) {
  Transliterators& t = ThreadTransliterators();
  icu::UnicodeString text = FromUtf8(word);
  std::string out;
  if (IsDevanagariWord(word) && t.Devanagari() != nullptr) {
    t.Devanagari()->transliterate(text);
    for (const auto& [from, to] : kCommonSpellings) text.findAndReplace(from, to);
    AppendAscii(text, out);
  } else if (t.Any() != nullptr) {
    t.Any()->transliterate(text);
    text.toUTF8String(out);
  }
  return out;
}

}  // namespace detail

std::string LatinSpelling(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  const auto* s = reinterpret_cast<const uint8_t*>(name.data());
  const auto len = static_cast<int32_t>(name.size());
  bool in_word = false;  // the last character written belongs to a word
  for (int32_t i = 0; i < len;) {
    const int32_t at = i;
    UChar32 cp;
    U8_NEXT(s, i, len, cp);
    if (IsDevanagariLetter(cp)) {
      const int32_t end = DevanagariRunEnd(s, i, len);
      const size_t first = out.size();
      AppendDevanagari(name.substr(at, end - at), out);
      if (!in_word && first < out.size() && out[first] >= 'a' && out[first] <= 'z') {
        out[first] = static_cast<char>(out[first] - 32);
      }
      in_word = out.size() > first || in_word;
      i = end;
    } else if (cp == 0x964 || cp == 0x965) {
      out += '.';  // danda, double danda
      in_word = false;
    } else {
      out.append(name.substr(at, i - at));
      in_word = cp >= 0 && IsWordCharacter(cp);
    }
  }
  return out;
}

}  // namespace janadhar::org
