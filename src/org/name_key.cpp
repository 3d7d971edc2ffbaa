#include "org/name_key.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <utility>

namespace janadhar::org {
namespace {

// --- Folding spelling variants -----------------------------------------------

// The spelling rules, applied one after the other, top to bottom, to a word
// in lower-case ASCII. What a row does depends on its step:
//   kAll     every `from`, left to right, becomes `to`;
//   kEnd     a final `from` after a consonant becomes `to` (words of 3 or more);
//   kDoubles every doubled letter becomes one (`from`, `to` unused);
//   kMiddle  every "a" after the first vowel with a consonant on each side
//            is dropped: Hindi does not say many of them (see LatinSpelling), the
//            Latin spellings write some, and the rule for which ones is not
//            exact (मायावती is "Mayawati"), so the key keeps none of them.
enum class Step { kAll, kEnd, kDoubles, kMiddle };
struct Fold {
  std::string_view from, to;
  Step step;
};
constexpr Fold kFolds[] = {
    {"chh", "c", Step::kAll},   // छ: Chhaya / Chaya / छाया
    {"ch", "c", Step::kAll},    // च: Chaudhary; a "c" alone is only ever च
    {"sh", "s", Step::kAll},    // श, ष and स are often one: Shyam / Syam, Misra
    {"x", "ks", Step::kAll},    // क्ष: Laxmi / Lakshmi ("ksh" is "ks" by now)
    {"ph", "f", Step::kAll},    // फ and फ़: Phool / Fool
    {"w", "v", Step::kAll},     // व: Vijay / Wijay
    {"z", "j", Step::kAll},     // ज़ and ज: Zafar / Jafar
    {"q", "k", Step::kAll},     // क़ and क: Qasim / Kasim
    {"ee", "i", Step::kAll},    // ई: Seeta / Sita, Lakshmee / Lakshmi
    {"oo", "u", Step::kAll},    // ऊ: Pooja / Puja
    {"au", "o", Step::kAll},    // औ: Chaudhary / Choudhary
    {"ou", "o", Step::kAll},    // औ, as above
    {"ngh", "nh", Step::kAll},  // nasal before ह: Singh / Sinh / सिंह
    {"", "", Step::kDoubles},   // long vowels, doubled consonants: Raam, Mohammad
    {"y", "i", Step::kEnd},     // ई at the end: Chaudhary / Chaudhari
    {"mb", "nb", Step::kAll},   // anusvara before ब: Sambhav / Sanbhav
    {"mp", "np", Step::kAll},   // anusvara before प: Champa / Chanpa
    {"mf", "nf", Step::kAll},   // anusvara before फ
    {"a", "", Step::kEnd},  // the inherent vowel: Yadava / Yadav; Gupta / गुप्ता
    {"a", "", Step::kMiddle},  // Hemalata / Hemlata, Rajakumar / Rajkumar
};
// Whole words spelt differently enough to need a list, as lower-case ASCII
// before folding, and the spelling whose key they take.
struct Alias {
  std::string_view word, as;
};
constexpr Alias kAliases[] = {
    {"mohammed", "mohammad"}, {"muhammad", "mohammad"}, {"muhammed", "mohammad"},
    {"mohamed", "mohammad"},  {"mohamad", "mohammad"},  {"mohd", "mohammad"},
};

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool IsConsonant(char c) {
  return c >= 'a' && c <= 'z' && !IsVowel(c);
}

// Drops each "a" of `key` that stands as in kMiddle's rule.
void DropMiddleA(std::string& key) {
  const size_t first_vowel = key.find_first_of("aeiou");
  if (first_vowel == std::string::npos) return;
  std::string out = key.substr(0, first_vowel + 1);
  for (size_t i = first_vowel + 1; i < key.size(); ++i) {
    const bool between =
        i + 1 < key.size() && IsConsonant(key[i - 1]) && IsConsonant(key[i + 1]);
    if (key[i] != 'a' || !between) out += key[i];
  }
  key = std::move(out);
}

void ApplyFold(const Fold& fold, std::string& key) {
  switch (fold.step) {
    case Step::kAll:
      for (size_t at = key.find(fold.from); at != std::string::npos;
           at = key.find(fold.from, at + fold.to.size())) {
        key.replace(at, fold.from.size(), fold.to);
      }
      break;
    case Step::kEnd:
      if (key.size() >= 3 && key.ends_with(fold.from) &&
          IsConsonant(key[key.size() - fold.from.size() - 1])) {
        key.replace(key.size() - fold.from.size(), fold.from.size(), fold.to);
      }
      break;
    case Step::kDoubles: key.erase(std::unique(key.begin(), key.end()), key.end()); break;
    case Step::kMiddle: DropMiddleA(key); break;
  }
}

// The key of a word already in lower-case ASCII letters and digits.
std::string FoldWord(std::string_view word) {
  for (const Alias& alias : kAliases) {
    if (word == alias.word) word = alias.as;
  }
  std::string key(word);
  for (const Fold& fold : kFolds) ApplyFold(fold, key);
  return key;
}

// --- Words -------------------------------------------------------------------

enum class CharClass { kSeparator, kAscii, kOther, kIgnored };

CharClass ClassOf(UChar32 cp) {
  if (cp < 0) return CharClass::kSeparator;
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
        (cp >= '0' && cp <= '9')) {
      return CharClass::kAscii;
    }
    return cp == '\'' ? CharClass::kIgnored : CharClass::kSeparator;
  }
  if (cp == 0x200C || cp == 0x200D || cp == 0x2019 || cp == 0x02BC) {
    return CharClass::kIgnored;  // ZWNJ, ZWJ, right quote, modifier apostrophe
  }
  const int8_t type = u_charType(cp);
  if (u_isalnum(cp) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK) {
    return CharClass::kOther;  // a danda is punctuation, so a separator
  }
  return CharClass::kSeparator;
}

char ToLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

// The key of one word of `text` (no separators in it): ASCII letters and
// digits lower-cased as they are, anything else through ICU, then folded.
std::string WordKey(std::string_view word, bool ascii) {
  std::string latin;
  if (ascii) {
    for (char c : word) {
      if (c != '\'') latin += ToLower(c);
    }
  } else {
    for (char c : detail::WordToAscii(word)) {
      if (ClassOf(static_cast<unsigned char>(c)) == CharClass::kAscii) {
        latin += ToLower(c);
      }
    }
  }
  return FoldWord(latin);
}

// Keys already made on this thread, by the word as written: names repeat a
// few hundred words endlessly, and ICU takes microseconds a word. Emptied
// when it grows past kMaxCachedWords, so its memory stays bounded.
constexpr size_t kMaxCachedWords = 200'000;
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using KeyCache =
    std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;

const std::string& CachedWordKey(std::string_view word, bool ascii) {
  thread_local KeyCache cache;
  if (auto it = cache.find(word); it != cache.end()) return it->second;
  if (cache.size() >= kMaxCachedWords) cache.clear();
  return cache.emplace(std::string(word), WordKey(word, ascii)).first->second;
}

// Calls fn(key) with the key of every word of `text`, in order.
template <typename Fn>
void ForEachWordKey(std::string_view text, Fn fn) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto len = static_cast<int32_t>(text.size());
  int32_t start = -1;  // the word's first byte; -1 between words
  bool ascii = true;   // the word has only ASCII letters, digits and apostrophes
  auto flush = [&](int32_t end) {
    if (start >= 0) fn(CachedWordKey(text.substr(start, end - start), ascii));
    start = -1;
    ascii = true;
  };
  for (int32_t i = 0; i < len;) {
    const int32_t at = i;
    UChar32 cp;
    U8_NEXT(s, i, len, cp);
    const CharClass c = ClassOf(cp);
    if (c == CharClass::kSeparator) {
      flush(at);
      continue;
    }
    if (start < 0) start = at;
    if (cp >= 0x80) ascii = false;
  }
  flush(len);
}

// --- Matching ---------------------------------------------------------------------

// Whether a and b differ by one letter added, dropped or changed.
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return i < a.size() && a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

int PairScore(const std::string& q, const std::string& n) {
  if (q == n) return kExactScore;
  if (q.size() >= 2 && n.size() > q.size() && n.starts_with(q)) return kPrefixScore;
  if (q.size() >= 5 && n.size() >= 5 && OneEditApart(q, n)) return kNearScore;
  return 0;
}

struct Matcher {
  int queries = 0;
  int names = 0;
  std::array<std::array<int, kMaxMatchTokens>, kMaxMatchTokens> pair{};
  int best = -1;

  void Search(int q, unsigned used, int last, int score) {
    if (q == queries) {
      best = std::max(best, score);
      return;
    }
    for (int n = 0; n < names; ++n) {
      if ((used >> n & 1) || pair[q][n] == 0) continue;
      const int bonus = q > 0 && n > last ? kInOrderBonus : 0;
      Search(q + 1, used | 1u << n, n, score + pair[q][n] + bonus);
    }
  }
};

}  // namespace

std::string NameWordKey(std::string_view word) {
  std::string key;
  ForEachWordKey(word, [&key](const std::string& k) { key += k; });
  return key;
}

std::vector<std::string> NameTokens(std::string_view name) {
  std::vector<std::string> tokens;
  ForEachWordKey(name, [&tokens](const std::string& key) {
    if (!key.empty()) tokens.push_back(key);
  });
  return tokens;
}

std::optional<int> MatchScore(const std::vector<std::string>& query,
                              const std::vector<std::string>& name) {
  Matcher m;
  m.queries = std::min<int>(static_cast<int>(query.size()), kMaxMatchTokens);
  m.names = std::min<int>(static_cast<int>(name.size()), kMaxMatchTokens);
  if (m.queries == 0 || m.queries > m.names) return std::nullopt;
  for (int q = 0; q < m.queries; ++q) {
    bool any = false;
    for (int n = 0; n < m.names; ++n) {
      m.pair[q][n] = PairScore(query[q], name[n]);
      any = any || m.pair[q][n] > 0;
    }
    if (!any) return std::nullopt;
  }
  m.Search(0, 0, -1, 0);
  if (m.best < 0) return std::nullopt;
  return m.best - kExtraTokenCost * (static_cast<int>(name.size()) - m.queries);
}

}  // namespace janadhar::org
