#include "org/name_key.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace janadhar::org {
namespace {

using Tokens = std::vector<std::string>;

// Every spelling of a group must give one key; each group's key differs from
// every other group's.
TEST(NameKeyTest, SpellingsOfOneNameShareAKey) {
  const std::vector<std::vector<std::string>> groups = {
      {"Ram", "Raam", "राम", "RAM", "ram"},
      {"Kumar", "Kumaar", "कुमार"},
      {"Shyam", "Syam", "Shyaam", "श्याम"},
      {"Lakshmi", "Laxmi", "Lakshmee", "लक्ष्मी"},
      {"Sita", "Seeta", "सीता"},
      {"Suresh", "सुरेश"},
      {"Yadav", "Yadava", "यादव"},
      {"Pooja", "Puja", "पूजा"},
      {"Vijay", "Wijay", "विजय"},
      {"Chaudhary", "Choudhary", "Chaudhari", "चौधरी"},
      {"Gupta", "गुप्ता"},
      {"Singh", "सिंह"},
      {"Mishra", "Misra", "मिश्रा"},
      {"Tripathi", "त्रिपाठी"},
      {"Srivastava", "Shrivastav", "श्रीवास्तव"},
      {"Devendra", "देवेंद्र", "देवेन्द्र"},
      {"Mohammad", "Mohammed", "Muhammad", "मोहम्मद", "Mohd"},
      {"Rajesh", "राजेश"},
      {"Anil", "अनिल"},
      {"Sunita", "सुनीता"},
      {"Priyanka", "प्रियंका"},
      {"Rajkumar", "Rajakumar", "राजकुमार"},
      {"Kamla", "Kamala", "Kamal", "कमला"},
      {"Mayawati", "Mayavati", "मायावती"},
      {"Bhagwati", "भगवती"},
      {"Ramcharan", "रामचरण"},
      {"Hemlata", "Hemalata", "हेमलता"},
      {"Zafar", "Jafar", "ज़फ़र"},
      {"Raj"},
      {"Gita", "Geeta", "गीता"},
      {"Sunil", "सुनील"},
      {"Kumari", "कुमारी"},
  };
  std::vector<std::string> keys;
  for (const auto& group : groups) {
    const std::string key = NameWordKey(group[0]);
    ASSERT_FALSE(key.empty()) << group[0];
    for (const auto& spelling : group) {
      EXPECT_EQ(NameWordKey(spelling), key) << spelling << " vs " << group[0];
    }
    for (size_t i = 0; i < keys.size(); ++i) {
      EXPECT_NE(keys[i], key) << groups[i][0] << " and " << group[0] << " share a key";
    }
    keys.push_back(key);
  }
}

TEST(NameKeyTest, TokensOfWholeNames) {
  EXPECT_EQ(NameTokens("Ram Kumar"), NameTokens("राम कुमार"));
  EXPECT_EQ(NameTokens("Ram Kumar"), (Tokens{"ram", "kumr"}));
  EXPECT_EQ(NameTokens("  राम\tकुमार  "), (Tokens{"ram", "kumr"}));
  EXPECT_EQ(NameTokens("Shyam Singh Yadav"), NameTokens("श्याम सिंह यादव"));
  EXPECT_EQ(NameTokens("Laxmi Devi Gupta"), NameTokens("लक्ष्मी देवी गुप्ता"));
  EXPECT_EQ(NameTokens("Lakshmi"), (Tokens{"laksmi"}));
}

TEST(NameKeyTest, DropsPunctuationAndEmptyWords) {
  EXPECT_EQ(NameTokens("R.K. Sharma"), (Tokens{"r", "k", NameWordKey("Sharma")}));
  EXPECT_EQ(NameTokens("Ram-Kumar, (Yadav)"), NameTokens("Ram Kumar Yadav"));
  EXPECT_EQ(NameTokens("D'Souza"), (Tokens{NameWordKey("DSouza")}));
  EXPECT_EQ(NameTokens("राम। कुमार॥"), (Tokens{"ram", "kumr"}));
  EXPECT_TRUE(NameTokens("").empty());
  EXPECT_TRUE(NameTokens(" - , . ").empty());
  EXPECT_TRUE(NameTokens("\xff\xfe").empty());  // invalid UTF-8
}

TEST(NameKeyTest, MixedScriptsAndDiacritics) {
  EXPECT_EQ(NameTokens("राम Kumar"), (Tokens{"ram", "kumr"}));
  // Latin with diacritics and other scripts go through ICU.
  EXPECT_EQ(NameTokens("Rāma Kumār"), (Tokens{"ram", "kumr"}));
  EXPECT_EQ(NameTokens("José"), (Tokens{"jose"}));
  EXPECT_EQ(NameTokens("ਰਾਮ"), (Tokens{"ram"}));  // Gurmukhi
  // Joiners inside Devanagari change nothing.
  EXPECT_EQ(NameWordKey("लक्\u200dष्मी"), NameWordKey("लक्ष्मी"));
}

TEST(NameKeyTest, MatchScoreOrdersMatches) {
  const Tokens name = NameTokens("राम कुमार यादव");
  const auto exact = MatchScore(NameTokens("Ram Kumar Yadav"), name);
  const auto two = MatchScore(NameTokens("Ram Kumar"), name);
  const auto swapped = MatchScore(NameTokens("Kumar Ram"), name);
  const auto prefix = MatchScore(NameTokens("Ram Kum"), name);
  ASSERT_TRUE(exact && two && swapped && prefix);
  EXPECT_GT(*exact, *two);
  EXPECT_GT(*two, *swapped);
  EXPECT_GT(*two, *prefix);
  EXPECT_FALSE(MatchScore(NameTokens("Shyam"), name));
  EXPECT_FALSE(MatchScore(NameTokens("Ram Ram"), name));  // one name token each
  EXPECT_FALSE(MatchScore({}, name));
  EXPECT_FALSE(MatchScore(NameTokens("Ram"), {}));
}

TEST(NameKeyTest, ExactBeatsPrefixBeatsNear) {
  const Tokens query = NameTokens("Suresh");
  const auto exact = MatchScore(query, NameTokens("Suresh"));
  const auto prefix = MatchScore(NameTokens("Sur"), NameTokens("Suresh"));
  const auto near = MatchScore(NameTokens("Suresj"), NameTokens("Suresh"));
  ASSERT_TRUE(exact && prefix && near);
  EXPECT_EQ(*exact, kExactScore);
  EXPECT_EQ(*prefix, kPrefixScore);
  EXPECT_EQ(*near, kNearScore);
  // Extra name tokens cost a little, never more than a better kind of match.
  EXPECT_GT(*MatchScore(query, NameTokens("Suresh Kumar Singh Yadav")), *prefix);
  EXPECT_GT(*exact, *MatchScore(query, NameTokens("Suresh Kumar")));
  // A one-letter query is not a prefix; short keys need to be exact.
  EXPECT_FALSE(MatchScore(NameTokens("S"), NameTokens("Suresh")));
  EXPECT_FALSE(MatchScore(NameTokens("Ram"), NameTokens("Raj")));
  EXPECT_FALSE(MatchScore(NameTokens("Sita"), NameTokens("Gita")));
  EXPECT_FALSE(MatchScore(NameTokens("Anil"), NameTokens("Sunil")));
  EXPECT_FALSE(MatchScore(NameTokens("Kumari"), NameTokens("Kumar")));
  EXPECT_EQ(MatchScore(NameTokens("Kumar"), NameTokens("कुमारी")), kPrefixScore);
  EXPECT_EQ(MatchScore(NameTokens("Laxmi"), NameTokens("लक्ष्मी")), kExactScore);
  EXPECT_EQ(MatchScore(NameTokens("Kamala"), NameTokens("कमला")), kExactScore);
  EXPECT_EQ(MatchScore(NameTokens("Chaudh"), NameTokens("चौधरी")), kPrefixScore);
}

TEST(NameKeyTest, LatinSpellingForDisplay) {
  EXPECT_EQ(LatinSpelling("राम कुमार"), "Ram Kumar");
  EXPECT_EQ(LatinSpelling("श्याम सिंह यादव"), "Shyam Singh Yadav");
  EXPECT_EQ(LatinSpelling("लक्ष्मी देवी"), "Lakshmi Devi");
  EXPECT_EQ(LatinSpelling("देवेन्द्र"), "Devendra");
  EXPECT_EQ(LatinSpelling("देवेंद्र"), "Devendra");
  EXPECT_EQ(LatinSpelling("चौधरी"), "Chaudhari");
  EXPECT_EQ(LatinSpelling("राजकुमार"), "Rajkumar");
  EXPECT_EQ(LatinSpelling("कमला"), "Kamla");
  EXPECT_EQ(LatinSpelling("अमर"), "Amar");
  EXPECT_EQ(LatinSpelling("मायावती"), "Mayavati");
  EXPECT_EQ(LatinSpelling("श्रीमती"), "Shrimati");
  EXPECT_EQ(LatinSpelling("भगवती"), "Bhagvati");
  EXPECT_EQ(LatinSpelling("प्रियंका"), "Priyanka");
  EXPECT_EQ(LatinSpelling("संभव"), "Sambhav");
  EXPECT_EQ(LatinSpelling("ज्ञान"), "Gyan");
  EXPECT_EQ(LatinSpelling("कृष्ण"), "Krishna");
  EXPECT_EQ(LatinSpelling("ज़फ़र"), "Zafar");
  EXPECT_EQ(LatinSpelling("मोहम्मद"), "Mohammad");
  EXPECT_EQ(LatinSpelling("Ram Kumar"), "Ram Kumar");
  EXPECT_EQ(LatinSpelling("राम (Ram)"), "Ram (Ram)");
  EXPECT_EQ(LatinSpelling("राम।"), "Ram.");
  EXPECT_EQ(LatinSpelling(""), "");
}

// Many names, and from several threads at once: the ICU transliterator is one
// per thread. Not a timing assertion; see the speed in name_key.h.
TEST(NameKeyTest, ManyNamesFromManyThreads) {
  const std::vector<std::string> first = {"राम",  "Shyam", "लक्ष्मी", "Pooja",
                                          "विजय", "Rāma",  "सुनीता", "Anil"};
  const std::vector<std::string> last = {"कुमार",  "Yadav",  "गुप्ता",    "Singh",
                                         "चौधरी", "Mishra", "त्रिपाठी", "Kumār"};
  constexpr int kNames = 25000;  // per thread: 100,000 in all
  auto run = [&](int* failures) {
    for (int i = 0; i < kNames; ++i) {
      const std::string name =
          first[i % first.size()] + " " + last[(i / 8) % last.size()];
      const Tokens tokens = NameTokens(name);
      if (tokens.size() != 2 || tokens[0] != NameWordKey(first[i % first.size()]) ||
          tokens[1] != NameWordKey(last[(i / 8) % last.size()])) {
        ++*failures;
      }
    }
  };
  int failures[4] = {};
  std::vector<std::thread> threads;
  for (int& f : failures) threads.emplace_back(run, &f);
  for (auto& t : threads) t.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

}  // namespace
}  // namespace janadhar::org
