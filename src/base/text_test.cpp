#include "base/text.h"

#include <gtest/gtest.h>

namespace janadhar {
namespace {

TEST(NameKey, IgnoresCaseSpacesAndPunctuation) {
  EXPECT_EQ(NameKey("Communist Party of India  (Marxist)"),
            NameKey("COMMUNIST PARTY OF INDIA (MARXIST)"));
  EXPECT_EQ(NameKey("Indian National congress"), "INDIANNATIONALCONGRESS");
  EXPECT_EQ(NameKey(" J.C. DIVAKAR  REDDI "), "JCDIVAKARREDDI");
  EXPECT_EQ(NameKey(""), "");
}

TEST(NameKey, KeepsDevanagariLettersAndVowelSigns) {
  // राम कुमार: the vowel signs are combining marks and must stay.
  EXPECT_EQ(NameKey("राम कुमार"), NameKey("राम  कुमार।"));
  EXPECT_NE(NameKey("राम"), NameKey("रम"));
  // A zero-width joiner inside a Latin name is dropped.
  EXPECT_EQ(NameKey("DAB\u200dLOO"), "DABLOO");
}

TEST(FindInvalidUtf8, FindsFirstBadByte) {
  EXPECT_FALSE(FindInvalidUtf8("plain ascii").has_value());
  EXPECT_FALSE(FindInvalidUtf8("जनाधार").has_value());
  EXPECT_EQ(FindInvalidUtf8("ab\xE9z"), 2u);        // Latin-1 é
  EXPECT_EQ(FindInvalidUtf8("ab\xE0\xA4"), 2u);     // cut short
  EXPECT_EQ(FindInvalidUtf8("\xC0\x80"), 0u);       // overlong NUL
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);  // surrogate
}

TEST(DidYouMean, SuggestsCloseNames) {
  const std::vector<std::string> names = {"BJP", "INC", "BSP", "Samajwadi Party"};
  EXPECT_EQ(ClosestNames("BJPP", names).front(), "BJP");
  EXPECT_EQ(DidYouMean("samajwadi", names), "did you mean 'Samajwadi Party'?");
  EXPECT_EQ(DidYouMean("Completely Different", names), "");
}

TEST(CollapseSpaces, TrimsAndCollapses) {
  EXPECT_EQ(CollapseSpaces("  a \t b\r\n c  "), "a b c");
}

}  // namespace
}  // namespace janadhar

namespace janadhar {
namespace {

TEST(DidYouMean, ShortContainedNamesAreNotSuggested) {
  const std::vector<std::string> names = {"IND", "Indian National Congress"};
  EXPECT_EQ(DidYouMean("Indian Natinal Congress", names),
            "did you mean 'Indian National Congress'?");
}

TEST(CountOfTest, OneAndMany) {
  EXPECT_EQ(CountOf(1, "person", "people"), "1 person");
  EXPECT_EQ(CountOf(0, "person", "people"), "0 people");
  EXPECT_EQ(CountOf(2, "booth", "booths"), "2 booths");
  EXPECT_EQ(CountOf(100000, "person", "people"), "1,00,000 people");
}

}  // namespace
}  // namespace janadhar
