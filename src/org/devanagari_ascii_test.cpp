#include "org/devanagari_ascii.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "org/name_key.h"

namespace janadhar::org {
namespace {

std::string Utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

// What the ICU route writes, as the table is to: ASCII letters and digits,
// lower-case.
std::string IcuLetters(const std::string& word) {
  std::string out;
  for (char c : detail::WordToAsciiThroughIcu(word)) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

// Compares the table with ICU for `word` when the table has it; counts it.
void ExpectAsIcu(const std::string& word, int* handled) {
  const std::optional<std::string> letters = DevanagariAsciiLetters(word);
  if (!letters) return;
  ++*handled;
  EXPECT_EQ(*letters, IcuLetters(word)) << word;
}

TEST(DevanagariAsciiTest, Examples) {
  EXPECT_EQ(DevanagariAsciiLetters("राम"), "rama");
  EXPECT_EQ(DevanagariAsciiLetters("ज्ञान"), "gyana");
  EXPECT_EQ(DevanagariAsciiLetters("कृष्ण"), "krisna");
  EXPECT_EQ(DevanagariAsciiLetters("सिंह"), "sinha");
  EXPECT_EQ(DevanagariAsciiLetters("चंपा"), "campa");
  EXPECT_EQ(DevanagariAsciiLetters("चाँद"), "canda");
  EXPECT_EQ(DevanagariAsciiLetters("दुःख"), "duhkha");
  EXPECT_EQ(DevanagariAsciiLetters("जगत्"), "jagat");
  EXPECT_EQ(DevanagariAsciiLetters("क़ासिम"), "qasima");        // क़ as one character
  EXPECT_EQ(DevanagariAsciiLetters("क\u093Cासिम"), "qasima");  // and as क and nukta
  EXPECT_EQ(DevanagariAsciiLetters("ज़\u094Dञ"), "zna");        // not ज्ञ
  EXPECT_EQ(DevanagariAsciiLetters("पूजा१२"), "puja12");
}

TEST(DevanagariAsciiTest, LeavesToIcuWhatIsNotInTheTable) {
  for (const char* word : {
           "",               // nothing
           "राम\u200Dू",      // a joiner
           "अक\u200C्षय",     // a joiner
           "रामKumar",       // ASCII
           "कऽ",             // avagraha
           "ॐ",              // om
           "ािम",            // a vowel sign not after a consonant
           "का\u093F",       // two vowel signs
           "अ\u094D",        // a virama not after a consonant
           "म\u093C",        // a nukta that makes no letter
           "क़\u093C",        // two nuktas
           "क\u0901\u0902",  // candrabindu and anusvara: ICU writes a tilde
           "\xE0\xA4",       // cut UTF-8
           "क\u0951",        // a Vedic accent
       }) {
    EXPECT_EQ(DevanagariAsciiLetters(word), std::nullopt) << word;
  }
}

// Every character of the Devanagari block alone and in every pair: the table
// has the letters ICU writes, or leaves the word to ICU.
TEST(DevanagariAsciiTest, SameAsIcuForEveryPairOfCharacters) {
  int handled = 0;
  for (char32_t a = 0x0900; a <= 0x097F; ++a) {
    ExpectAsIcu(Utf8(a), &handled);
    for (char32_t b = 0x0900; b <= 0x097F; ++b) ExpectAsIcu(Utf8(a) + Utf8(b), &handled);
  }
  EXPECT_GT(handled, 6000);  // the table is used, not left to ICU
}

// Words of 3 to 10 characters drawn from what the table knows, so that most
// are spelt as names are: consonant clusters, signs after them, nasals.
TEST(DevanagariAsciiTest, SameAsIcuForManyWords) {
  std::vector<std::string> alphabet;
  for (char32_t c = 0x0901; c <= 0x0963; ++c) {
    if (c <= 0x0903 || (c >= 0x0905 && c <= 0x0939) || c == 0x093C ||
        (c >= 0x093E && c <= 0x094D) || c >= 0x0958) {
      alphabet.push_back(Utf8(c));
    }
  }
  // Consonants, virama and the common vowel signs again, to weight them.
  for (char32_t c = 0x0915; c <= 0x0939; ++c) alphabet.push_back(Utf8(c));
  for (int i = 0; i < 10; ++i) alphabet.push_back(Utf8(0x094D));
  for (char32_t c = 0x093E; c <= 0x0942; ++c) alphabet.push_back(Utf8(c));
  std::mt19937 random(20261124);
  int handled = 0;
  for (int i = 0; i < 100'000; ++i) {
    std::string word;
    const int length = 3 + static_cast<int>(random() % 8);
    for (int j = 0; j < length; ++j) word += alphabet[random() % alphabet.size()];
    ExpectAsIcu(word, &handled);
  }
  EXPECT_GT(handled, 10'000);
}

// The keys the ICU-only implementation made for 396 names (testdata/
// devanagari_keys.tsv), made again through the table: existing stores keep
// finding their people.
TEST(DevanagariAsciiTest, KeysAreThoseStoredBefore) {
  std::ifstream in(std::string(JANADHAR_SOURCE_DIR) +
                   "/src/org/testdata/devanagari_keys.tsv");
  ASSERT_TRUE(in) << "testdata/devanagari_keys.tsv";
  int rows = 0;
  int words_in_table = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    const std::string name = line.substr(0, tab);
    std::string keys;
    for (const std::string& key : NameTokens(name)) {
      keys += (keys.empty() ? "" : " ") + key;
    }
    EXPECT_EQ(keys, line.substr(tab + 1)) << name;
    ++rows;
    std::istringstream words(name);
    for (std::string word; words >> word;) {
      words_in_table += DevanagariAsciiLetters(word).has_value();
    }
  }
  EXPECT_EQ(rows, 396);
  // The keys came through the table: all words but "Ram", "Kumar" and the
  // two with joiners, which go through ICU.
  EXPECT_EQ(words_in_table, 862);
}

}  // namespace
}  // namespace janadhar::org
