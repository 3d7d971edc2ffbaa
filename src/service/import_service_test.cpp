#include "service/import_service.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "results/tally.h"
#include "service/demo.h"
#include "service/service_test_util.h"

namespace janadhar::service {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(JANADHAR_SOURCE_DIR) + "/data";

class ImportServiceTest : public testing::StoreTest {
 protected:
  ImportServiceTest() : StoreTest("janadhar_svc_") {}
  // A tiny state: two PCs, three ACs.
  void ImportSmallGeographyAndResults() {
    const std::string delim =
        Write("delim-2008.csv",
              "ST_CODE,ST_ABBR,ST_NAME,PC_CODE,PC_NAME,PC_TYPE,AC_CODE,AC_NAME,AC_TYPE\n"
              "S24,UP,UTTAR PRADESH,1,ONE,,1,A,\n"
              "S24,UP,UTTAR PRADESH,1,ONE,,2,B,\n"
              "S24,UP,UTTAR PRADESH,2,TWO,SC,3,C,SC\n");
    ImportOptions o;
    auto d = ImportDelimitation(*store_, delim, o);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    ASSERT_TRUE(d->committed) << d->outcome;
    const std::string res =
        Write("results.csv",
              "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
              "RAM KUMAR,Bharatiya Janata Party,\"1,000\",Uttar Pradesh,One,S24,1\n"
              "SITA DEVI,Indian National Congress,700,Uttar Pradesh,One,S24,1\n"
              "None of the Above,None of the Above,20,Uttar Pradesh,One,S24,1\n"
              "MOHAN LAL,Samajwadi Party,900,Uttar Pradesh,Two,S24,2\n"
              "GITA,bharatiya janata party,400,Uttar Pradesh,Two,S24,2\n");
    o.election = "ls2014";
    auto r = ImportResults(*store_, res, o);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ASSERT_TRUE(r->committed) << r->outcome;
    EXPECT_EQ(r->seats, 2);
    EXPECT_EQ(r->candidates, 5);
  }
  std::string Form20(const std::string& rows) {
    return "\"Polling Station\",,\"Total No of Electors\",,,,\"Voters Turnout\",,,,,,"
           "\"Candidate ID and Name\",,,\n"
           "\"Part No\",\"Part Name\",Male,Female,Other,\"Total No. of electors\",Male,"
           "Female,Other,Total,\"No of voters identifying using EPIC\",\"Tendered "
           "Voter\",\"1 - RAM KUMAR\",\"2 - SITA DEVI\",\"3 - None of the Above\","
           "\"Total Votes Secured\"\n" +
           rows;
  }
};

TEST_F(ImportServiceTest, Form20NeedsResultsFirst) {
  ImportOptions o;
  o.election = "ls2014";
  o.state = "S24";
  auto r = ImportForm20(*store_, (dir_ / "none").string(), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("import results"), std::string::npos);
}

TEST_F(ImportServiceTest, UnknownStateSuggests) {
  auto s = ResolveStateCode("Utar Pradesh");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("Uttar Pradesh"), std::string::npos);
  EXPECT_EQ(ResolveStateCode("up").value(), "S24");
}

TEST_F(ImportServiceTest, Form20ImportsLinksAndMarksBlankRows) {
  ImportSmallGeographyAndResults();
  Write("f20/1.csv", Form20("1,\"SCHOOL ONE\",10,10,0,20,8,7,0,15,15,0,9,5,1,15\n"
                            "2,\"SCHOOL TWO\",10,10,0,20,8,7,0,15,15,0,,,,\n"));
  Write("f20/2.csv", Form20("1,\"HALL\",10,10,0,20,8,7,0,15,15,0,6,8,1,15\n"));
  ImportOptions o;
  o.election = "ls2014";
  o.state = "S24";
  auto r = ImportForm20(*store_, (dir_ / "f20").string(), o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->committed) << r->outcome;
  EXPECT_EQ(r->files, 2);
  EXPECT_EQ(r->booths, 3);
  EXPECT_EQ(r->rows_with_errors, 1);
  EXPECT_EQ(r->candidate_columns, 4);
  EXPECT_EQ(r->linked, 4);
  auto booths = store_->LoadBoothResults("ls2014", "S24");
  ASSERT_TRUE(booths.ok());
  ASSERT_EQ(booths->size(), 2u);
  EXPECT_EQ((*booths)[0].columns[0].party, "Bharatiya Janata Party");
  EXPECT_EQ((*booths)[0].booths[1].votes[0], results::kMissing);
}

TEST_F(ImportServiceTest, BadFileLeavesStoreUnchanged) {
  ImportSmallGeographyAndResults();
  Write("good/1.csv", Form20("1,\"SCHOOL ONE\",10,10,0,20,8,7,0,15,15,0,9,5,1,15\n"));
  ImportOptions o;
  o.election = "ls2014";
  o.state = "S24";
  ASSERT_TRUE(ImportForm20(*store_, (dir_ / "good").string(), o)->committed);
  // Negative votes in one file, a cut-short row in another: refused as a whole.
  Write("bad/1.csv", Form20("1,\"SCHOOL ONE\",10,10,0,20,8,7,0,15,15,0,-9,5,1,15\n"));
  Write("bad/2.csv", Form20("1,\"HALL\",10,10,0,20,8,7,0,15,15,0,6,8"));
  auto r = ImportForm20(*store_, (dir_ / "bad").string(), o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->committed);
  EXPECT_GE(r->problems.size(), 2u);
  auto booths = store_->LoadBoothResults("ls2014", "S24");
  ASSERT_EQ(booths->size(), 1u);
  EXPECT_EQ((*booths)[0].booths[0].votes[0], 9);
  // The same with --allow-bad-rows imports them, marked.
  o.allow_bad_rows = true;
  r = ImportForm20(*store_, (dir_ / "bad").string(), o);
  EXPECT_TRUE(r->committed) << r->outcome;
  booths = store_->LoadBoothResults("ls2014", "S24");
  ASSERT_EQ(booths->size(), 2u);
  EXPECT_NE((*booths)[0].booths[0].flags & results::kBoothHasInvalid, 0u);
}

TEST_F(ImportServiceTest, BadResultsFileChangesNothing) {
  ImportSmallGeographyAndResults();
  const std::string bad =
      Write("bad.csv",
            "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
            "X,Bharatiya Janata Party,12a,Uttar Pradesh,One,S24,1\n");
  ImportOptions o;
  o.election = "ls2014";
  auto r = ImportResults(*store_, bad, o);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->committed);
  ASSERT_EQ(r->problems.size(), 1u);
  EXPECT_EQ(r->problems[0].line, 2);
  EXPECT_EQ(r->problems[0].column, 3);
  auto seats = store_->LoadSeatResults("ls2014", "");
  ASSERT_EQ(seats->size(), 2u);
  // Empty and non-UTF-8 files likewise.
  for (const std::string& text :
       {std::string(""), std::string("Candidate,Party\n\xE9\n")}) {
    r = ImportResults(*store_, Write("x.csv", text), o);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->committed);
    EXPECT_EQ(store_->LoadSeatResults("ls2014", "")->size(), 2u);
  }
}

TEST_F(ImportServiceTest, ReimportReplaces) {
  ImportSmallGeographyAndResults();
  ImportSmallGeographyAndResults();
  auto seats = store_->LoadSeatResults("ls2014", "");
  EXPECT_EQ(seats->size(), 2u);
  auto elections = store_->ListElections();
  EXPECT_EQ(elections->size(), 1u);
}

// The shipped real data, end to end: the acceptance figures of the importers.
TEST_F(ImportServiceTest, RealDataDemo) {
  DemoOptions options;
  options.data_dir = kData;
  options.organisation = false;  // the organisation's part: org_*_test.cpp
  auto r = RunDemo(*store_, options);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::map<std::string, int> won;
  for (const auto& t : r->tally) won[t.party] = t.seats_won;
  EXPECT_EQ(won["Bharatiya Janata Party"], 282);
  EXPECT_EQ(won["Indian National Congress"], 44);
  EXPECT_EQ(won["All India Anna Dravida Munnetra Kazhagam"], 37);
  EXPECT_EQ(won["All India Trinamool Congress"], 34);
  EXPECT_EQ(won["Biju Janata Dal"], 20);
  const ImportReport* results = nullptr;
  const ImportReport* form20 = nullptr;
  const ImportReport* turnout = nullptr;
  for (const auto& imp : r->imports) {
    if (imp.kind == "results") results = &imp;
    if (imp.kind == "form20") form20 = &imp;
    if (imp.kind == "turnout") turnout = &imp;
  }
  ASSERT_NE(turnout, nullptr);
  EXPECT_EQ(turnout->seats, 543);
  EXPECT_TRUE(turnout->problems.empty());
  EXPECT_EQ(r->summary[0].turnout_seats, 543);
  ASSERT_NE(results, nullptr);
  EXPECT_EQ(results->seats, 543);
  EXPECT_EQ(results->candidates, 8794);
  ASSERT_NE(form20, nullptr);
  EXPECT_EQ(form20->files, 403);
  EXPECT_EQ(form20->segments, 403);
  EXPECT_EQ(form20->booths, 138771);
  EXPECT_EQ(form20->rows_with_errors, 12);
  for (const auto& p : form20->problems) {
    EXPECT_EQ(p.severity, importers::Severity::kWarning) << p.ToString();
  }
  EXPECT_GE(form20->linked, form20->candidate_columns * 999 / 1000);
  EXPECT_EQ(form20->candidate_columns - form20->linked,
            static_cast<int>(form20->unlinked.size()));
}

}  // namespace
}  // namespace janadhar::service

namespace janadhar::service {
namespace {

// Every importer: a bad file gives a clear error with its place and leaves the
// store exactly as it was.
TEST_F(ImportServiceTest, EveryImporterRefusesBadInputAndChangesNothing) {
  ImportSmallGeographyAndResults();
  ImportOptions o;
  o.election = "ls2014";
  o.state = "S24";
  o.delimitation = "2008";
  o.roll = "2014";
  auto before = store_->Summarise();
  ASSERT_TRUE(before.ok());
  const auto delim_before = store_->LoadDelimitation("2008");
  ASSERT_TRUE(delim_before.ok());

  struct Case {
    const char* what;
    Result<ImportReport> (*run)(store::Store&, const std::string&, const ImportOptions&);
    std::string text;
  };
  const std::string delim_head =
      "ST_CODE,ST_ABBR,ST_NAME,PC_CODE,PC_NAME,PC_TYPE,AC_CODE,AC_NAME,AC_TYPE\n";
  const std::string electors_head =
      "STATE,PC_NO,PC_NAME,PC_TYPE,AC_NO,AC_NAME,AC_TYPE,18-19 Male,18-19 Female,"
      "18-19 Others,Above 18 Male,Above 18 Female,Above 18 Others,Gender Ratio Roll,"
      "Electors with EPIC,Electors with Photo\n";
  const std::string long_head = "pc,pc_name,pc_reserved,ac,booth,candidate,party,votes\n";
  const std::vector<Case> cases = {
      {"delimitation empty", &ImportDelimitation, ""},
      {"delimitation header only", &ImportDelimitation, delim_head},
      {"delimitation missing column", &ImportDelimitation,
       "ST_CODE,ST_NAME\nS24,UTTAR PRADESH\n"},
      {"delimitation duplicate AC", &ImportDelimitation,
       delim_head +
           "S24,UP,UTTAR PRADESH,1,ONE,,1,A,\nS24,UP,UTTAR PRADESH,1,ONE,,1,A,\n"},
      {"delimitation wrong type", &ImportDelimitation,
       delim_head + "S24,UP,UTTAR PRADESH,one,ONE,,1,A,\n"},
      {"electors negative", &ImportElectors,
       electors_head + "UTTAR PRADESH,1,ONE,,1,A,,1,1,0,-5,10,0,900,10,10\n"},
      {"electors not UTF-8", &ImportElectors,
       electors_head + "UTTAR PRADESH,1,ONE,,1,A\xE9,,1,1,0,5,10,0,900,10,10\n"},
      {"electors truncated", &ImportElectors,
       electors_head + "UTTAR PRADESH,1,ONE,,1,A,,1,1,0,5"},
      {"booths negative votes", &ImportBoothsLong,
       long_head + "1,ONE,,1,1,RAM KUMAR,Bharatiya Janata Party,-3\n"},
      {"booths duplicate", &ImportBoothsLong,
       long_head + "1,ONE,,1,1,RAM KUMAR,Bharatiya Janata Party,3\n"
                   "1,ONE,,1,1,RAM KUMAR,Bharatiya Janata Party,4\n"},
      {"booths wrong type", &ImportBoothsLong,
       long_head + "1,ONE,,1,1,RAM KUMAR,Bharatiya Janata Party,many\n"},
      {"booths unclosed quote", &ImportBoothsLong,
       long_head + "1,ONE,,1,1,\"RAM KUMAR,Bharatiya Janata Party,3\n"},
      {"results header only", &ImportResults,
       "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"},
      {"results missing column", &ImportResults, "Candidate,Party\nA,B\n"},
      {"turnout missing column", &ImportTurnout, "State,PC Code\nUttar Pradesh,1\n"},
      {"turnout negative", &ImportTurnout,
       "State,PC Code,Total Electors,Total Voters\nUttar Pradesh,1,200,-130\n"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    const std::string path = Write("bad-2008-2014.csv", c.text);
    auto r = c.run(*store_, path, o);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_FALSE(r->committed);
    ASSERT_FALSE(r->problems.empty());
    EXPECT_EQ(r->problems[0].file, "bad-2008-2014.csv");
    EXPECT_FALSE(r->problems[0].message.empty());
    auto after = store_->Summarise();
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), before->size());
    for (std::size_t i = 0; i < after->size(); ++i) {
      EXPECT_EQ((*after)[i].seats, (*before)[i].seats);
      EXPECT_EQ((*after)[i].candidates, (*before)[i].candidates);
      EXPECT_EQ((*after)[i].booths, (*before)[i].booths);
    }
    EXPECT_EQ(store_->LoadDelimitation("2008")->acs.size(), delim_before->acs.size());
  }
}

}  // namespace
}  // namespace janadhar::service
