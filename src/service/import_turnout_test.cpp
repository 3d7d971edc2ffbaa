// service::ImportTurnout: checks against the election's seats, the decide
// rule, and that a refused import leaves the store as it was.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "service/import_service.h"
#include "service/service_test_util.h"

namespace janadhar::service {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(JANADHAR_SOURCE_DIR) + "/data";
const std::string kHead =
    "State,PC Code,PC Name,Male Electors,Male Voters,Male Turnout,Female Electors,"
    "Female Voters,Female Turnout,Total Electors,Total Voters,Total Turnout\n";

class ImportTurnoutTest : public testing::StoreTest {
 protected:
  ImportTurnoutTest() : StoreTest("janadhar_turnout_") {}
  void SetUp() override {
    StoreTest::SetUp();
    options_.election = "ls2014";
  }
  // Two UP seats: 1 "One" and 2 "Two".
  void ImportResults() {
    const std::string res =
        Write("results.csv",
              "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
              "RAM KUMAR,Bharatiya Janata Party,1000,Uttar Pradesh,One,S24,1\n"
              "SITA DEVI,Indian National Congress,700,Uttar Pradesh,One,S24,1\n"
              "MOHAN LAL,Samajwadi Party,900,Uttar Pradesh,Two,S24,2\n");
    auto r = service::ImportResults(*store_, res, options_);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ASSERT_TRUE(r->committed) << r->outcome;
  }
  Result<ImportReport> Import(const std::string& rows) {
    return ImportTurnout(*store_, Write("turnout.csv", kHead + rows), options_);
  }

  ImportOptions options_;
};

const std::string kOne = "Uttar Pradesh,1,ONE,100,60,60%,100,70,70%,200,130,65%\n";
const std::string kTwo =
    "UP,2,Two,\"1,000\",600,60%,900,450,50%,\"1,900\",\"1,050\",55.26%\n";

TEST_F(ImportTurnoutTest, NeedsTheResultsFirst) {
  auto r = Import(kOne);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("janadhar import results FILE --election ls2014"),
            std::string::npos)
      << r.status().ToString();
  options_.election = "";
  EXPECT_EQ(Import(kOne).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(ImportTurnoutTest, ImportsEverySeat) {
  ImportResults();
  auto r = Import(kOne + kTwo);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->committed) << r->outcome;
  EXPECT_TRUE(r->problems.empty()) << r->problems[0].ToString();
  EXPECT_EQ(r->kind, "turnout");
  EXPECT_EQ(r->seats, 2);
  EXPECT_EQ(r->outcome,
            "imported the turnout of 2 seats into ls2014: 2,100 electors, 1,180 voters "
            "(56.19%)");
  auto rows = store_->LoadTurnout("ls2014", "S24");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[1].electors_male, 1000);
  EXPECT_EQ((*rows)[1].voters_total, 1050);
  EXPECT_EQ((*rows)[1].line, 3);
}

TEST_F(ImportTurnoutTest, UnknownSeatIsAnErrorAndMissingSeatsAWarning) {
  ImportResults();
  auto r = Import(kOne + "Uttar Pradesh,3,Three,100,60,60%,100,70,70%,200,130,65%\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->committed);
  ASSERT_EQ(r->problems.size(), 2u);
  EXPECT_EQ(r->problems[0].ToString(),
            "turnout.csv:3:2: seat S24-3 Three is not among the 2 seats of ls2014's "
            "results; row left out");
  EXPECT_EQ(r->problems[0].severity, importers::Severity::kError);
  EXPECT_EQ(r->problems[1].ToString(),
            "turnout.csv: 1 of the 2 seats of ls2014 have no turnout row: S24-2 Two");
  EXPECT_EQ(r->problems[1].severity, importers::Severity::kWarning);
  EXPECT_TRUE(store_->LoadTurnout("ls2014", "")->empty());

  options_.allow_bad_rows = true;  // the known seat goes in; the unknown one cannot
  r = Import(kOne + "Uttar Pradesh,3,Three,100,60,60%,100,70,70%,200,130,65%\n");
  EXPECT_TRUE(r->committed) << r->outcome;
  EXPECT_EQ(r->seats, 1);
  EXPECT_EQ(store_->LoadTurnout("ls2014", "")->size(), 1u);
}

TEST_F(ImportTurnoutTest, AnotherNameThanTheResultsIsAWarning) {
  ImportResults();
  auto r = Import(kOne + "Uttar Pradesh,2,Kairana,10,6,60%,10,7,70%,20,13,65%\n");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->committed) << r->outcome;
  ASSERT_EQ(r->problems.size(), 1u);
  EXPECT_EQ(r->problems[0].ToString(),
            "turnout.csv:3:3: seat S24-2 is 'Two' in the results, here 'Kairana'");
}

TEST_F(ImportTurnoutTest, RefusedImportChangesNothing) {
  ImportResults();
  ASSERT_TRUE(Import(kOne + kTwo)->committed);
  const auto before_rows = store_->LoadTurnout("ls2014", "");
  const auto before_records = store_->LoadImportRecords("ls2014");
  ASSERT_TRUE(before_rows.ok() && before_records.ok());
  for (const std::string& bad : {
           "Uttar Pradesh,1,ONE,100,-60,60%,100,70,70%,200,130,65%\n" + kTwo,
           "Uttar Pradesh,1,ONE,100,160,60%,100,70,70%,200,230,65%\n" + kTwo,
           kOne + kOne,
           std::string("Utar Pradesh,1,ONE,100,60,60%,100,70,70%,200,130,65%\n"),
           std::string(""),
       }) {
    SCOPED_TRACE(bad);
    auto r = bad.empty() ? ImportTurnout(*store_, Write("turnout.csv", ""), options_)
                         : Import(bad);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_FALSE(r->committed);
    ASSERT_FALSE(r->problems.empty());
    EXPECT_EQ(r->problems[0].file, "turnout.csv");
    const auto rows = store_->LoadTurnout("ls2014", "");
    ASSERT_EQ(rows->size(), before_rows->size());
    for (std::size_t i = 0; i < rows->size(); ++i) {
      EXPECT_EQ((*rows)[i].voters_total, (*before_rows)[i].voters_total);
      EXPECT_EQ((*rows)[i].voters_male, (*before_rows)[i].voters_male);
    }
    const auto records = store_->LoadImportRecords("ls2014");
    ASSERT_EQ(records->size(), before_records->size());
    EXPECT_EQ(records->back().problems.size(), before_records->back().problems.size());
  }
}

TEST_F(ImportTurnoutTest, RealFile) {
  auto res = service::ImportResults(*store_, kData + "/ls2014/candidates.csv", options_);
  ASSERT_TRUE(res.ok() && res->committed);
  auto r = ImportTurnout(*store_, kData + "/ls2014/pc-turnout.csv", options_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->committed) << r->outcome;
  EXPECT_EQ(r->seats, 543);
  EXPECT_TRUE(r->problems.empty()) << r->problems[0].ToString();
  auto ap = store_->LoadTurnout("ls2014", "S01");
  ASSERT_TRUE(ap.ok());
  ASSERT_FALSE(ap->empty());
  EXPECT_EQ((*ap)[0].name, "Adilabad");
  EXPECT_EQ((*ap)[0].electors_total, 1386233);
  EXPECT_EQ((*ap)[0].voters_total, 1045839);
  EXPECT_EQ(store_->LoadTurnout("ls2014", "S24")->size(), 80u);
}

}  // namespace
}  // namespace janadhar::service
