#include "importers/geography_files.h"

#include <gtest/gtest.h>

#include <set>

#include "importers/test_util.h"

namespace janadhar::importers {
namespace {

using testing::Dump;
using testing::ExpectOne;
using testing::ReadData;

constexpr char kDelimHeader[] =
    "ST_CODE,ST_ABBR,ST_NAME,PC_CODE,PC_NAME,PC_TYPE,AC_CODE,AC_NAME,AC_TYPE\n";
constexpr char kElectorsHeader[] =
    "STATE,PC_NO,PC_NAME,PC_TYPE,AC_NO,AC_NAME,AC_TYPE,18-19 Male,18-19 Female,"
    "18-19 Others,Above 18 Male,Above 18 Female,Above 18 Others,Gender Ratio Roll,"
    "Electors with EPIC,Electors with Photo\n";

geo::Delimitation Delim(const std::string& rows, ProblemList* problems) {
  return ParseDelimitationFile("g.csv", std::string(kDelimHeader) + rows, "2008",
                               problems);
}

TEST(DelimitationFileTest, ReadsStatesPcsAndAcs) {
  ProblemList problems;
  auto d = Delim(
      "S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,1,SIRPUR,\n"
      "S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,2,CHENNUR,SC\n"
      "S21,SK,SIKKIM,1,SIKKIM,,5,RINCHENPONG,BL\n"
      "S21,SK,SIKKIM,1,SIKKIM,,32,SANGHA,SANGHA\n"
      "S01,AP,ANDHRA PRADESH,2,PEDDAPALLE,SC,3,\"Ramagundam  \",GEN\n",
      &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  EXPECT_EQ(d.name, "2008");
  ASSERT_EQ(d.states.size(), 2u);
  EXPECT_EQ(d.states[0].code, "S01");
  EXPECT_EQ(d.states[0].abbr, "AP");
  EXPECT_EQ(d.states[0].name, "ANDHRA PRADESH");
  ASSERT_EQ(d.pcs.size(), 3u);
  EXPECT_EQ(d.pcs[0].reservation, geo::Reservation::kST);
  EXPECT_EQ(d.pcs[2].name, "PEDDAPALLE");
  ASSERT_EQ(d.acs.size(), 5u);
  EXPECT_EQ(d.acs[1].reservation, geo::Reservation::kSC);
  EXPECT_EQ(d.acs[2].reservation, geo::Reservation::kST);       // Bhutia-Lepcha
  EXPECT_EQ(d.acs[3].reservation, geo::Reservation::kGeneral);  // Sangha
  EXPECT_EQ(d.acs[4].name, "Ramagundam");
  EXPECT_EQ(d.acs[4].pc, 2);
  EXPECT_EQ(d.AcsOfPc("S01", 1).size(), 2u);
}

TEST(DelimitationFileTest, PcNameDisagreementIsAnError) {
  ProblemList problems;
  Delim(
      "S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,1,SIRPUR,\n"
      "S01,AP,ANDHRA PRADESH,1,Adilabad,ST,2,CHENNUR,\n"
      "S01,AP,ANDHRA PRADESH,1,NIZAMABAD,ST,3,X,\n",
      &problems);
  ExpectOne(problems, "g.csv", 4, 5, Severity::kError,
            "PC 1 of S01 is named 'ADILABAD' on line 2, here 'NIZAMABAD'");
}

TEST(DelimitationFileTest, PcReservationDisagreementIsAnError) {
  ProblemList problems;
  Delim(
      "S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,1,SIRPUR,\n"
      "S01,AP,ANDHRA PRADESH,1,ADILABAD,,2,CHENNUR,\n",
      &problems);
  ExpectOne(problems, "g.csv", 3, 6, Severity::kError,
            "PC 1 of S01 is ST on line 2, here general");
}

TEST(DelimitationFileTest, DuplicateAcIsAnError) {
  ProblemList problems;
  auto d = Delim(
      "S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,1,SIRPUR,\n"
      "S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,1,SIRPUR,\n",
      &problems);
  ExpectOne(problems, "g.csv", 3, 7, Severity::kError,
            "AC 1 of S01 is listed twice (also on line 2)");
  EXPECT_EQ(d.acs.size(), 1u);
}

TEST(DelimitationFileTest, BadReservationIsAnError) {
  ProblemList problems;
  auto d = Delim("S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,1,SIRPUR,OBC\n", &problems);
  ExpectOne(problems, "g.csv", 2, 9, Severity::kError,
            "'AC_TYPE' 'OBC' is not a reservation");
  ASSERT_EQ(d.acs.size(), 1u);  // the AC itself is kept
}

TEST(DelimitationFileTest, WrongTypeNumberIsAnError) {
  ProblemList problems;
  auto d = Delim("S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,x1,SIRPUR,\n", &problems);
  ExpectOne(problems, "g.csv", 2, 7, Severity::kError,
            "'AC_CODE' 'x1' is not a constituency number");
  EXPECT_TRUE(d.acs.empty());
}

TEST(DelimitationFileTest, StateDisagreementIsAnError) {
  ProblemList problems;
  Delim(
      "S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,1,SIRPUR,\n"
      "S01,AP,TELANGANA,2,PEDDAPALLE,SC,2,X,\n",
      &problems);
  ExpectOne(problems, "g.csv", 3, 3, Severity::kError,
            "state S01 is 'AP' 'ANDHRA PRADESH' on line 2");
}

TEST(DelimitationFileTest, FatalProblems) {
  ProblemList missing;
  auto d = ParseDelimitationFile("g.csv",
                                 "ST_CODE,ST_NAME,PC_CODE,PC_NAME,AC_CODE,AC_TYPE\n"
                                 "S01,AP,1,ADILABAD,1,\n",
                                 "2008", &missing);
  ExpectOne(missing, "g.csv", 1, 0, Severity::kFatal, "no column for ac_name");
  EXPECT_TRUE(d.acs.empty());
  ProblemList empty;
  ParseDelimitationFile("g.csv", "", "2008", &empty);
  ExpectOne(empty, "g.csv", 0, 0, Severity::kFatal, "the file is empty");
  ProblemList header_only;
  ParseDelimitationFile("g.csv", kDelimHeader, "2008", &header_only);
  ExpectOne(header_only, "g.csv", 0, 0, Severity::kFatal, "header but no data rows");
  ProblemList latin1;
  d = Delim(
      "S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,1,SIRPUR,\nS01,AP,A,1,ADILABAD,ST,2,P\xF6,\n",
      &latin1);
  ExpectOne(latin1, "g.csv", 3, 8, Severity::kFatal, "not UTF-8");
  EXPECT_TRUE(d.acs.empty());
  ProblemList cut;
  Delim("S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,1,\"SIR", &cut);
  ExpectOne(cut, "g.csv", 2, 8, Severity::kFatal, "not closed");
}

TEST(DelimitationFileTest, TruncatedRowIsAnError) {
  ProblemList problems;
  auto d = Delim("S01,AP,ANDHRA PRADESH,1,ADILABAD,ST,1,SIRPUR,\nS01,AP,ANDHRA PRA",
                 &problems);
  ExpectOne(problems, "g.csv", 3, 4, Severity::kError,
            "row has 3 cells, the header has 9");
  EXPECT_EQ(d.acs.size(), 1u);
}

TEST(ElectorsFileTest, SumsAgeGroupsAndReadsOptionalCounts) {
  ProblemList problems;
  auto rows = ParseElectorsFile(
      "g.csv",
      std::string(kElectorsHeader) +
          "ANDAMAN AND NICOBAR ISLANDS,1,A&N,,1,A&N,,1529,1370,0,136356,121500,0,891 ,"
          "254093 ,254093 \n"
          "BIHAR,9,ARARIA,,46,NARPATGANJ,,3569,2459,-8,142968,124964,7,874 ,,\n",
      &problems);
  ExpectOne(problems, "g.csv", 3, 10, Severity::kWarning,
            "'18-19 Others' is negative: '-8'; not counted");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].state_name, "ANDAMAN AND NICOBAR ISLANDS");
  EXPECT_EQ(rows[0].pc, 1);
  EXPECT_EQ(rows[0].ac, 1);
  EXPECT_EQ(rows[0].line, 2);
  EXPECT_EQ(rows[0].electors.male, 1529 + 136356);
  EXPECT_EQ(rows[0].electors.female, 1370 + 121500);
  EXPECT_EQ(rows[0].electors.other, 0);
  EXPECT_EQ(rows[0].electors.with_epic, 254093);
  EXPECT_EQ(rows[0].electors.with_photo, 254093);
  EXPECT_TRUE(rows[0].electors.state.empty());
  EXPECT_EQ(rows[1].ac_name, "NARPATGANJ");
  EXPECT_EQ(rows[1].electors.other, 7);
  EXPECT_EQ(rows[1].electors.with_epic, -1);
  EXPECT_EQ(rows[1].electors.with_photo, -1);
}

TEST(ElectorsFileTest, BlankNegativeAndMalformedCountsAreErrors) {
  ProblemList problems;
  auto rows = ParseElectorsFile("g.csv",
                                std::string(kElectorsHeader) +
                                    "GOA,1,N,,1,A,,1,1,0,,5,0,9,,\n"
                                    "GOA,1,N,,2,B,,1,1,0,-5,5,0,9,,\n"
                                    "GOA,1,N,,3,C,,1,1,0,5,5x,0,9,,\n"
                                    "GOA,1,N,,4,D,,1,1,0,5,5,0,9,-1,\n",
                                &problems);
  ASSERT_EQ(problems.items().size(), 4u) << Dump(problems);
  const auto& p = problems.items();
  EXPECT_EQ(p[0].line, 2);
  EXPECT_EQ(p[0].column, 11);
  EXPECT_EQ(p[0].message, "'Above 18 Male' is blank (electors must be given)");
  EXPECT_EQ(p[1].line, 3);
  EXPECT_EQ(p[1].column, 11);
  EXPECT_EQ(p[1].message, "'Above 18 Male' is negative: '-5'");
  EXPECT_EQ(p[2].line, 4);
  EXPECT_EQ(p[2].column, 12);
  EXPECT_EQ(p[3].line, 5);
  EXPECT_EQ(p[3].column, 15);
  for (const auto& x : p) EXPECT_EQ(x.severity, Severity::kError);
  ASSERT_EQ(rows.size(), 1u);  // an EPIC count is optional: the row stays
  EXPECT_EQ(rows[0].ac, 4);
  EXPECT_EQ(rows[0].electors.with_epic, -1);
}

TEST(ElectorsFileTest, DuplicateAcIsAnError) {
  ProblemList problems;
  auto rows = ParseElectorsFile("g.csv",
                                std::string(kElectorsHeader) +
                                    "GOA,1,N,,1,A,,1,1,0,5,5,0,9,,\n"
                                    "Goa,1,N,,1,A,,1,1,0,5,5,0,9,,\n",
                                &problems);
  ExpectOne(problems, "g.csv", 3, 5, Severity::kError,
            "AC 1 of Goa is listed twice (also on line 2)");
  EXPECT_EQ(rows.size(), 1u);
}

TEST(ElectorsFileTest, MissingColumnIsFatal) {
  ProblemList problems;
  auto rows = ParseElectorsFile(
      "g.csv", "STATE,AC_NO,Above 18 Male,Above 18 Female\nGOA,1,2,3\n", &problems);
  ExpectOne(problems, "g.csv", 1, 0, Severity::kFatal, "no column for other");
  EXPECT_TRUE(rows.empty());
}

TEST(ElectorsFileTest, FatalAndTruncatedFiles) {
  ProblemList empty;
  EXPECT_TRUE(ParseElectorsFile("g.csv", " \n", &empty).empty());
  ExpectOne(empty, "g.csv", 0, 0, Severity::kFatal, "the file is empty");
  ProblemList header_only;
  EXPECT_TRUE(ParseElectorsFile("g.csv", kElectorsHeader, &header_only).empty());
  ExpectOne(header_only, "g.csv", 0, 0, Severity::kFatal, "header but no data rows");
  ProblemList latin1;
  EXPECT_TRUE(ParseElectorsFile("g.csv", std::string(kElectorsHeader) + "GO\xC1,1,N,,1\n",
                                &latin1)
                  .empty());
  ExpectOne(latin1, "g.csv", 2, 1, Severity::kFatal, "not UTF-8");
  ProblemList cut;
  auto rows = ParseElectorsFile(
      "g.csv",
      std::string(kElectorsHeader) + "GOA,1,N,,1,A,,1,1,0,5,5,0,9,,\nGOA,1,N,,2,B,,1",
      &cut);
  ExpectOne(cut, "g.csv", 3, 9, Severity::kError, "row has 8 cells, the header has 16");
  EXPECT_EQ(rows.size(), 1u);
  ProblemList quote;
  EXPECT_TRUE(
      ParseElectorsFile("g.csv", std::string(kElectorsHeader) + "GOA,1,\"N", &quote)
          .empty());
  ExpectOne(quote, "g.csv", 2, 3, Severity::kFatal, "not closed");
}

TEST(GeographyRealDataTest, Delimitation2008) {
  ProblemList problems;
  const auto data = ReadData("reference/ac-pc-2008.csv");
  EXPECT_TRUE(data.ok()) << data.status().ToString();
  auto d = ParseDelimitationFile("ac-pc-2008.csv", data.ok() ? *data : std::string(),
                                 "2008", &problems);
  EXPECT_TRUE(problems.items().empty()) << Dump(problems);
  // Telangana's seats are still under Andhra Pradesh: 35 states and UTs.
  EXPECT_EQ(d.states.size(), 35u);
  EXPECT_EQ(d.pcs.size(), 543u);
  EXPECT_EQ(d.acs.size(), 4125u);
  int up_pcs = 0, up_acs = 0;
  for (const auto& p : d.pcs) up_pcs += p.state == "S24" ? 1 : 0;
  for (const auto& a : d.acs) up_acs += a.state == "S24" ? 1 : 0;
  EXPECT_EQ(up_pcs, 80);
  EXPECT_EQ(up_acs, 403);
  ASSERT_NE(d.FindState("S24"), nullptr);
  EXPECT_EQ(d.FindState("S24")->name, "UTTAR PRADESH");
  std::set<std::pair<std::string, int>> pcs;
  for (const auto& a : d.acs) {
    EXPECT_NE(d.FindPc(a.state, a.pc), nullptr);
    pcs.emplace(a.state, a.pc);
  }
  EXPECT_EQ(pcs.size(), 543u);  // every PC has ACs
}

TEST(GeographyRealDataTest, Electors2014) {
  ProblemList problems;
  const auto data = ReadData("reference/ac-electors-2014.csv");
  EXPECT_TRUE(data.ok()) << data.status().ToString();
  auto rows = ParseElectorsFile("ac-electors-2014.csv", data.ok() ? *data : std::string(),
                                &problems);
  EXPECT_FALSE(problems.HasErrors()) << Dump(problems);
  // A few Bihar ACs have a negative '18-19 Others' count.
  EXPECT_EQ(problems.items().size(), 13u);
  for (const auto& p : problems.items()) EXPECT_EQ(p.column, 10) << p.ToString();
  EXPECT_EQ(rows.size(), 4125u);
  int64_t total = 0;
  for (const auto& r : rows) {
    EXPECT_NE(geo::FindKnownState(r.state_name), nullptr) << r.state_name;
    EXPECT_GT(r.electors.total(), 0);
    total += r.electors.total();
  }
  EXPECT_EQ(total, 837'752'587);
}

}  // namespace
}  // namespace janadhar::importers
