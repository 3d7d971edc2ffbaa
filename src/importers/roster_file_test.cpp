#include "importers/roster_file.h"

#include <gtest/gtest.h>

#include <string>

#include "importers/test_util.h"

namespace janadhar::importers {
namespace {

using testing::Dump;
using testing::ExpectOne;

constexpr char kHeader[] = "name_hi,name_en,phone,epic,joined,unit,role\n";

Roster Read(const std::string& text, ProblemList* problems,
            const std::string& default_joined = "2024-05-01") {
  RosterOptions options;
  options.default_joined = default_joined;
  return ReadRoster("p.csv", text, options, problems);
}

// The one problem of a file of kHeader and `row` (on line 2).
std::string OneProblem(const std::string& row) {
  ProblemList problems;
  const Roster r = Read(std::string(kHeader) + row + "\n", &problems);
  EXPECT_TRUE(r.rows.empty());
  EXPECT_EQ(r.rows_read, 1);
  if (problems.items().size() != 1) return "want one problem:\n" + Dump(problems);
  EXPECT_EQ(problems.items()[0].severity, Severity::kError);
  return problems.items()[0].ToString();
}

TEST(RosterFileTest, ReadsTheExampleFile) {
  auto text = testing::ReadData("examples/roster.csv");
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  ProblemList problems;
  const Roster r = Read(*text, &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  EXPECT_EQ(r.rows_read, 12);
  ASSERT_EQ(r.rows.size(), 12u);
  const RosterRow& first = r.rows[0];
  EXPECT_EQ(first.line, 2);
  EXPECT_EQ(first.person.name_hi, "राम कुमार यादव");
  EXPECT_EQ(first.person.name_en, "Ram Kumar Yadav");
  EXPECT_EQ(first.person.phone, "+919000000001");
  EXPECT_EQ(first.person.epic, "UPA0000001");
  EXPECT_EQ(first.person.unit, "S24/AC173/B45");
  ASSERT_TRUE(first.role.has_value());
  EXPECT_EQ(*first.role, org::Role::kBoothPresident);
  EXPECT_EQ(first.post_from, "2019-06-15");
  EXPECT_EQ(r.rows[2].person.came_from, "INC");
  EXPECT_FALSE(r.rows[2].role.has_value());  // no post before the induction
  EXPECT_FALSE(r.rows[10].role.has_value());
  EXPECT_EQ(r.rows[10].post_from, "");
  EXPECT_EQ(r.rows[11].person.status, org::PersonStatus::kLeft);
  EXPECT_EQ(first.col.name_hi, 1);
  EXPECT_EQ(first.col.phone, 3);
  EXPECT_EQ(first.col.unit, 7);
  EXPECT_EQ(first.col.status, 9);
}

TEST(RosterFileTest, HindiHeadersTabsAndDefaults) {
  ProblemList problems;
  // A BOM, Hindi headers, tabs; no joined, EPIC or status column.
  const Roster r = Read(
      "\xEF\xBB\xBFनाम\tमोबाइल\tइकाई\tपद\n"
      "  राम   कुमार \t 98765 43210 \tS24/AC173/B45A\tबूथ अध्यक्ष\n"
      "सीता देवी\t+91 87654 32109\tS24/AC173/SK3\t\n",
      &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[0].person.name_hi, "राम कुमार");
  EXPECT_EQ(r.rows[0].person.name_en, "");
  EXPECT_EQ(r.rows[0].person.phone, "+919876543210");
  EXPECT_EQ(r.rows[0].person.joined, "2024-05-01");
  EXPECT_EQ(r.rows[0].person.status, org::PersonStatus::kActive);
  EXPECT_EQ(*r.rows[0].role, org::Role::kBoothPresident);
  EXPECT_EQ(r.rows[0].post_from, "2024-05-01");
  EXPECT_EQ(r.rows[0].col.name_en, 0);
  EXPECT_EQ(r.rows[0].col.joined, 0);
  EXPECT_EQ(r.rows[0].col.role, 4);
  EXPECT_EQ(r.rows[1].line, 3);
  EXPECT_FALSE(r.rows[1].role.has_value());
}

TEST(RosterFileTest, EnglishAliasesAndSemicolons) {
  ProblemList problems;
  const Roster r = Read(
      "Name;Mobile No;Voter ID;Date of Joining;Previous Party;Unit Code;Post;Status\n"
      "Ram Kumar;9876543210;abc 1234567;2020-02-29;INC;S24/AC173;President;Expelled\n",
      &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  ASSERT_EQ(r.rows.size(), 1u);
  const org::Person& p = r.rows[0].person;
  EXPECT_EQ(p.name_en, "Ram Kumar");
  EXPECT_EQ(p.epic, "ABC1234567");
  EXPECT_EQ(p.joined, "2020-02-29");
  EXPECT_EQ(p.came_from, "INC");
  EXPECT_EQ(p.status, org::PersonStatus::kExpelled);
  EXPECT_EQ(*r.rows[0].role, org::Role::kPresident);
}

TEST(RosterFileTest, BadCellsAreErrorsAtTheirColumn) {
  EXPECT_EQ(OneProblem(",,9876543210,,,S24/AC173,"),
            "p.csv:2:1: the person has no name: 'name_hi' and 'name_en' are blank");
  EXPECT_EQ(OneProblem("Ram Kumar,,9876543210,,,S24/AC173,"),
            "p.csv:2:1: 'name_hi': name_hi 'Ram Kumar' has Latin letters; give them "
            "as name_en");
  EXPECT_EQ(OneProblem(",राम कुमार,9876543210,,,S24/AC173,"),
            "p.csv:2:2: 'name_en': name_en 'राम कुमार' has Devanagari letters; give "
            "them as name_hi");
  EXPECT_EQ(OneProblem("राम,Ram,98765,,,S24/AC173,"),
            "p.csv:2:3: 'phone': phone number '98765' has too few digits (5 digits; "
            "a mobile number has 10)");
  EXPECT_EQ(OneProblem("राम,Ram,0522 2345678,,,S24/AC173,").substr(0, 44),
            "p.csv:2:3: 'phone': phone number '0522 23456");
  EXPECT_NE(OneProblem("राम,Ram,9876543210,AB12,,S24/AC173,")
                .find("p.csv:2:4: 'epic': EPIC number 'AB12'"),
            std::string::npos);
  EXPECT_EQ(OneProblem("राम,Ram,9876543210,,2023-02-29,S24/AC173,"),
            "p.csv:2:5: 'joined': date '2023-02-29' has no day 29 (the month has 28)");
  EXPECT_EQ(OneProblem("राम,Ram,9876543210,,15/03/2024,S24/AC173,"),
            "p.csv:2:5: 'joined': date '15/03/2024' is not written YYYY-MM-DD "
            "(2024-03-15)");
  EXPECT_EQ(OneProblem("राम,Ram,9876543210,,, ,"),
            "p.csv:2:6: 'unit': the unit is blank");
  const std::string role = OneProblem("राम,Ram,9876543210,,,S24/AC173,booth presidnt");
  EXPECT_EQ(role.rfind("p.csv:2:7: 'role': unknown role 'booth presidnt'; the roles "
                       "are president, ",
                       0),
            0u)
      << role;
  EXPECT_NE(role.find("did you mean 'booth_president'"), std::string::npos) << role;
}

TEST(RosterFileTest, UnknownStatusAndEveryBadCellOfARow) {
  {
    ProblemList problems;
    Read("name_en,phone,unit,status\nRam,9876543210,S24,retired\n", &problems);
    ExpectOne(problems, "p.csv", 2, 4, Severity::kError,
              "'status': unknown status 'retired'; a person is active, left or "
              "expelled");
  }
  {
    ProblemList problems;
    const Roster r = Read("name_en,phone,unit\nRam,12,\n", &problems);
    ASSERT_EQ(problems.items().size(), 2u) << Dump(problems);
    EXPECT_EQ(problems.items()[0].column, 2);
    EXPECT_EQ(problems.items()[1].column, 3);
    EXPECT_TRUE(r.rows.empty());
  }
}

TEST(RosterFileTest, NoJoinedDateAtAll) {
  ProblemList problems;
  Read("name_en,phone,unit\nRam,9876543210,S24\n", &problems, "");
  ExpectOne(problems, "p.csv", 2, 0, Severity::kError,
            "no joined date: no column for it and no default was given");
}

TEST(RosterFileTest, RepeatedPhonesAndEpicsNameTheFirstLine) {
  ProblemList problems;
  const Roster r = Read(std::string(kHeader) +
                            "राम,Ram,9876543210,ABC1234567,,S24/AC173,\n"
                            "सीता,Sita,8765432109,,,S24/AC173,\n"
                            "श्याम,Shyam,+91 98765-43210,,,S24/AC173,\n"
                            "गीता,Geeta,7654321098,abc1234567,,S24/AC173,\n",
                        &problems);
  ASSERT_EQ(problems.items().size(), 2u) << Dump(problems);
  EXPECT_EQ(problems.items()[0].ToString(),
            "p.csv:4:3: 'phone': phone +919876543210 is already on line 2");
  EXPECT_EQ(problems.items()[1].ToString(),
            "p.csv:5:4: 'epic': EPIC ABC1234567 is already on line 2");
  EXPECT_EQ(r.rows_read, 4);
  ASSERT_EQ(r.rows.size(), 2u);  // the good rows of a mixed file
  EXPECT_EQ(r.rows[0].line, 2);
  EXPECT_EQ(r.rows[1].line, 3);
}

TEST(RosterFileTest, FatalProblems) {
  {
    ProblemList problems;
    const Roster r = Read("phone,unit\n9876543210,S24\n", &problems);
    ExpectOne(problems, "p.csv", 0, 0, Severity::kFatal,
              "no column for the name: the header needs 'name_hi' (in Devanagari) or "
              "'name_en' (in Latin letters)");
    EXPECT_TRUE(r.rows.empty());
  }
  {
    ProblemList problems;
    Read("name,phone,unt\nRam,9876543210,S24\n", &problems);
    ExpectOne(problems, "p.csv", 1, 0, Severity::kFatal, "did you mean 'unt'");
  }
  {
    ProblemList problems;
    Read("name,unit\nRam,S24\n", &problems);
    ExpectOne(problems, "p.csv", 1, 0, Severity::kFatal, "no column for phone");
  }
  {
    ProblemList problems;
    const Roster r = Read(std::string(kHeader), &problems);
    ExpectOne(problems, "p.csv", 0, 0, Severity::kFatal, "header but no data rows");
    EXPECT_TRUE(r.rows.empty());
  }
  {
    ProblemList problems;
    Read("", &problems);
    ExpectOne(problems, "p.csv", 0, 0, Severity::kFatal, "empty");
  }
  {
    ProblemList problems;
    Read(std::string(kHeader) + "R\xE0m,Ram,9876543210,,,S24,\n", &problems);
    ASSERT_TRUE(problems.HasFatal()) << Dump(problems);
    EXPECT_EQ(problems.items()[0].line, 2);
  }
  {
    ProblemList problems;
    const Roster r = Read(std::string(kHeader) +
                              "राम,Ram,9876543210,,,S24,\n"
                              "सीता,\"Sita,8765432109,,,S24,\n",
                          &problems);
    EXPECT_TRUE(problems.HasFatal()) << Dump(problems);
    EXPECT_TRUE(r.rows.empty());  // nothing after a fatal problem
  }
}

}  // namespace
}  // namespace janadhar::importers
