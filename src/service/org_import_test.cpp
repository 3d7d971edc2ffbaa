// Roster and units imports (service/org_import.h) on a fresh store with a
// hand-made tree holding the codes of the examples: S24 → district Lucknow →
// AC173 → kendra SK12 → booths B45, B46, B47; the examples' blocks and mandals
// come from data/examples/units.csv.
#include "service/org_import.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "org/unit.h"
#include "service/import_service.h"
#include "service/org_report.h"
#include "service/org_service.h"
#include "service/service_test_util.h"

namespace janadhar::service {
namespace {

using org::UnitLevel;

const std::string kAc = "S24/AC173";
const std::string kSk = "S24/AC173/SK12";
const std::string kHeader =
    "name_hi,name_en,phone,epic,joined,came_from,unit,role,status\n";
const std::string kUnitsHeader = "code,parent,level,name,state,ac,part\n";

std::string Example(const std::string& name) {
  return std::string(JANADHAR_SOURCE_DIR) + "/data/examples/" + name;
}

org::UnitTree Tree() {
  org::UnitTree t;
  const auto add = [&](int parent, UnitLevel level, const std::string& code,
                       const std::string& part = "") {
    org::Unit u;
    u.parent = parent;
    u.level = level;
    u.code = code;
    u.name = code;
    u.state = "S24";
    u.ac = level >= UnitLevel::kAssembly ? 173 : 0;
    u.part = part;
    return t.Add(u).value();
  };
  const int root = add(-1, UnitLevel::kState, "S24");
  const int d = add(root, UnitLevel::kDistrict, "S24/D:LUCKNOW");
  const int ac = add(d, UnitLevel::kAssembly, kAc);
  const int sk = add(ac, UnitLevel::kShaktiKendra, kSk);
  for (const std::string part : {"45", "46", "47"})
    add(sk, UnitLevel::kBooth, "S24/AC173/B" + part, part);
  return t;
}

class OrgImportTest : public testing::StoreTest {
 protected:
  OrgImportTest() : StoreTest("janadhar_org_import_") {}

  void SetUp() override {
    StoreTest::SetUp();
    const Status s = store_->ReplaceOrgUnits("S24", Tree());
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  Result<RosterImportReport> Roster(const std::string& file, bool all_or_nothing = true) {
    RosterImportRequest q;
    q.file = file;
    q.all_or_nothing = all_or_nothing;
    q.actor = {"importer", "S24"};
    return ImportRoster(*store_, q);
  }
  Result<UnitsImportReport> Units(const std::string& file) {
    UnitsImportRequest q;
    q.file = file;
    q.actor = {"importer", "S24"};
    return ImportUnits(*store_, q);
  }
  // People, current posts of the AC's subtree, audit entries.
  std::vector<int64_t> Counts() {
    int64_t posts = 0;
    const org::UnitTree tree = store_->LoadOrgUnits("S24").value();
    for (const org::Unit& u : tree.units())
      posts += static_cast<int64_t>(store_->LoadUnitPosts(u.code, false).value().size());
    return {store_->CountPeople(false).value(), posts,
            static_cast<int64_t>(store_->LoadAudit("", 0).value().size())};
  }
  // Each unit as "code<parent code:level:name", in the stored order.
  std::vector<std::string> UnitList() {
    const org::UnitTree t = store_->LoadOrgUnits("S24").value();
    std::vector<std::string> out;
    for (const org::Unit& u : t.units()) {
      out.push_back(u.code + "<" + (u.parent < 0 ? "" : t.unit(u.parent).code) + ":" +
                    std::string(org::UnitLevelName(u.level)) + ":" + u.name);
    }
    return out;
  }
};

TEST_F(OrgImportTest, TheExamplesImport) {
  auto u = Units(Example("units.csv"));
  ASSERT_TRUE(u.ok()) << u.status().ToString();
  EXPECT_TRUE(u->written);
  EXPECT_TRUE(u->problems.empty());
  EXPECT_EQ(u->rows_read, 6);
  EXPECT_EQ(u->units_added, 6);
  EXPECT_EQ(u->units_changed, 0);
  EXPECT_EQ(u->states, std::vector<std::string>{"S24"});
  auto mandal = store_->FindOrgUnit("S24/AC173/MDL:INDIRA-NAGAR").value();
  ASSERT_TRUE(mandal.has_value());
  EXPECT_EQ(mandal->level, UnitLevel::kMandal);  // "ward"
  EXPECT_EQ(mandal->ac, 173);

  auto r = Roster(Example("roster.csv"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->written);
  for (const auto& p : r->problems) ADD_FAILURE() << p.line << ": " << p.message;
  EXPECT_EQ(r->rows_read, 12);
  EXPECT_EQ(r->people_added, 12);
  EXPECT_EQ(r->posts_added, 7);
  EXPECT_EQ(r->rows_refused, 0);
  EXPECT_EQ(store_->CountPeople(false).value(), 12);

  const org::Person irfan = FindPerson(*store_, "90000-00003").value();
  EXPECT_EQ(irfan.came_from, "INC");
  EXPECT_EQ(irfan.epic, "UPA0000003");
  EXPECT_TRUE(store_->LoadPersonPosts(irfan.id, false).value().empty());
  const org::Person ram = FindPerson(*store_, "+919000000001").value();
  const auto posts = store_->LoadPersonPosts(ram.id, true).value();
  ASSERT_EQ(posts.size(), 1u);
  EXPECT_EQ(posts[0].role, org::Role::kBoothPresident);
  EXPECT_EQ(posts[0].from, "2019-06-15");
  EXPECT_EQ(FindPerson(*store_, "9000000012")->status, org::PersonStatus::kLeft);
  EXPECT_EQ(store_->LoadUnitPosts(kAc, true).value().size(), 2u);
  // One audit entry per person, naming the row.
  for (int64_t id = 1; id <= 12; ++id) {
    auto log = store_->LoadAudit("person " + std::to_string(id), 0);
    ASSERT_TRUE(log.ok());
    ASSERT_EQ(log->size(), 1u) << id;
    EXPECT_EQ((*log)[0].action, "person.import");
    EXPECT_EQ((*log)[0].actor, "importer");
    EXPECT_EQ((*log)[0].reason, Example("roster.csv") + ":" + std::to_string(id + 1));
  }
}

TEST_F(OrgImportTest, BadRowsAreReportedAtTheirCellsAndNothingIsWritten) {
  ASSERT_TRUE(AddPerson(*store_,
                        {std::nullopt, "Held", "9000000107", std::nullopt, "2020-01-01",
                         std::nullopt, "S24/AC173/B45"},
                        {})
                  .ok());
  const std::string file = Write(
      "roster.csv", kHeader +
                        "राम,Ram,9000000101,,2020-01-01,,S24/AC173/B45,,\n"  // 2 good
                        ",,9000000102,,2020-01-01,,S24/AC173/B45,,\n"
                        "सीता,Sita,12345,,2020-01-01,,S24/AC173/B45,,\n"
                        ",Gita,9000000104,,2020-01-01,,S24/AC173/B99,,\n"
                        ",Mohan,+91 90000 00101,,2020-01-01,,S24/AC173/B46,,\n"
                        ",Sohan,9000000107,,2020-01-01,,S24/AC173/B46,,\n"
                        ",Irfan,9000000108,,2020-01-01,INC,S24/AC173/B46,"
                        "booth_committee_member,\n"
                        ",Vinod,9000000109,,2020-01-01,,S24/AC173/B46,president,\n"
                        ",Anita,9000000110,,2020-01-01,,S24/AC173/SK12,"
                        "polling_agent,\n"
                        ",Ajay,9000000111,,2020-01-01,,S24/AC173/B47,polling_agent,\n"
                        ",Old,9000000112,,2020-01-01,,S24/AC173/B47,polling_agent,"
                        "expelled\n");
  const std::vector<int64_t> before = Counts();
  auto r = Roster(file);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->written);
  EXPECT_EQ(r->rows_read, 11);
  EXPECT_EQ(r->rows_refused, 9);
  EXPECT_EQ(r->people_added, 0);
  EXPECT_EQ(r->posts_added, 0);
  const std::vector<std::pair<int, int>> want = {{3, 1}, {4, 3}, {5, 7},  {6, 3}, {7, 3},
                                                 {8, 8}, {9, 8}, {10, 8}, {12, 8}};
  ASSERT_EQ(r->problems.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(r->problems[i].file, file);
    EXPECT_EQ(r->problems[i].line, want[i].first) << r->problems[i].message;
    EXPECT_EQ(r->problems[i].column, want[i].second) << r->problems[i].message;
  }
  const auto says = [&](int i, const std::string& text) {
    EXPECT_NE(r->problems[i].message.find(text), std::string::npos)
        << r->problems[i].message;
  };
  says(2, "no unit 'S24/AC173/B99'");
  says(3, "line 2");
  says(4, "already held by person 1");
  says(5, "came from INC");
  says(6, "post of a unit above the booth");
  says(7, "post of a booth");
  says(8, "was expelled holds no post");
  EXPECT_EQ(Counts(), before);

  r = Roster(file, false);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->written);
  EXPECT_EQ(r->rows_refused, 9);
  EXPECT_EQ(r->problems.size(), want.size());
  EXPECT_EQ(r->people_added, 2);
  EXPECT_EQ(r->posts_added, 1);
  EXPECT_EQ(Counts(),
            (std::vector<int64_t>{before[0] + 2, before[1] + 1, before[2] + 2}));
  EXPECT_TRUE(FindPerson(*store_, "9000000101").ok());
  EXPECT_TRUE(FindPerson(*store_, "9000000111").ok());
  EXPECT_EQ(FindPerson(*store_, "9000000104").status().code(), StatusCode::kNotFound);
}

TEST_F(OrgImportTest, AFileWithoutItsColumnsWritesNothing) {
  auto r = Roster(Write("r.csv", "name,mobile\nRam,9000000101\n"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->written);
  ASSERT_FALSE(r->problems.empty());
  EXPECT_EQ(store_->CountPeople(false).value(), 0);
  EXPECT_EQ(Roster(dir_.string() + "/none.csv").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(Units(dir_.string() + "/none.csv").status().code(), StatusCode::kNotFound);
}

TEST_F(OrgImportTest, UnitsAreAddedRenamedAndMoved) {
  const std::string file =
      Write("u.csv", kUnitsHeader +
                         "S24/AC173/SK12,S24/AC173,shakti_kendra,SK 12 Chinhat,,,\n"
                         "S24/AC173/SK13,S24/AC173,shakti_kendra,SK 13,,173,\n"
                         "S24/AC173/B47,S24/AC173/SK13,booth,Booth 47,,,\n"
                         "S24/AC173/BLK:X,S24/AC173,block,X,UP,,\n");
  auto r = Units(file);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  for (const auto& p : r->problems) ADD_FAILURE() << p.line << ": " << p.message;
  EXPECT_TRUE(r->written);
  EXPECT_EQ(r->units_added, 2);
  EXPECT_EQ(r->units_changed, 2);
  EXPECT_EQ(UnitList(), (std::vector<std::string>{
                            "S24<:state:S24", "S24/D:LUCKNOW<S24:district:S24/D:LUCKNOW",
                            "S24/AC173<S24/D:LUCKNOW:ac:S24/AC173",
                            "S24/AC173/SK12<S24/AC173:shakti_kendra:SK 12 Chinhat",
                            "S24/AC173/B45<S24/AC173/SK12:booth:S24/AC173/B45",
                            "S24/AC173/B46<S24/AC173/SK12:booth:S24/AC173/B46",
                            "S24/AC173/SK13<S24/AC173:shakti_kendra:SK 13",
                            "S24/AC173/B47<S24/AC173/SK13:booth:Booth 47",
                            "S24/AC173/BLK:X<S24/AC173:block:X"}));
  const auto b47 = store_->FindOrgUnit("S24/AC173/B47").value();
  ASSERT_TRUE(b47.has_value());
  EXPECT_EQ(b47->part, "47");  // kept: the file leaves it blank
  EXPECT_EQ(b47->ac, 173);
  auto log = store_->LoadAudit("units", 0);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ((*log)[0].action, "units.import");
  EXPECT_EQ((*log)[0].after, "{\"added\":2,\"changed\":2}");
}

TEST_F(OrgImportTest, UnitErrorsAreReportedAndChangeNothing) {
  ASSERT_TRUE(Units(Example("units.csv")).ok());
  const std::vector<std::string> before = UnitList();
  const size_t audit = store_->LoadAudit("", 0).value().size();
  struct Case {
    std::string rows;
    int line, column;
    std::string says;
  };
  const std::vector<Case> cases = {
      // A parent must be stored or earlier in the file.
      {"S24/AC173/MDL:A,S24/AC173/BLK:NEW,mandal,A,,,\n"
       "S24/AC173/BLK:NEW,S24/AC173,block,New,,,\n",
       2, 2, "no unit 'S24/AC173/BLK:NEW' in the store or earlier in the file"},
      // A level not below the parent's.
      {"S24/AC173/BLK:Y,S24/AC173/SK12,block,Y,,,\n", 2, 3,
       "a block cannot be under a shakti_kendra"},
      {"S24/AC173/SK12,S24/AC173/B45,shakti_kendra,SK,,,\n", 2, 3, "cannot be under"},
      // A code without its state's prefix.
      {"BLK:Y,S24/AC173,block,Y,,,\n", 2, 1, "does not start with its state's code"},
      {"S24/AC173/BLK:Y,S24/AC173,block,Y,S06,,\n", 2, 5, "not the state of the code"},
      // Two states in one file.
      {"S24/AC173/BLK:Y,S24/AC173,block,Y,,,\nS06/AC1,S06,ac,Abdasa,,,\n", 3, 1,
       "a units file is for one state"},
      // A unit moved under itself (with a level that would allow it).
      {"S24/AC173/BLK:CHINHAT,S24/AC173/MDL:MATIYARI,shakti_kendra,C,,,\n", 2, 2,
       "cannot move under itself"},
      // A new level that is not above the unit's children.
      {"S24/AC173/SK12,S24/AC173,booth,SK 12,,,\n", 2, 3,
       "a booth (S24/AC173/SK12) cannot be above S24/AC173/B4"},
      // A state has no parent.
      {"S24,S06,state,Uttar Pradesh,,,\n", 2, 2, "no parent"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.rows);
    const std::string file = Write("bad.csv", kUnitsHeader + c.rows);
    auto r = Units(file);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_FALSE(r->written);
    EXPECT_EQ(r->units_added, 0);
    EXPECT_EQ(r->units_changed, 0);
    ASSERT_FALSE(r->problems.empty());
    const auto& p = r->problems.back();
    EXPECT_EQ(p.file, file);
    EXPECT_EQ(p.line, c.line) << p.message;
    EXPECT_EQ(p.column, c.column) << p.message;
    EXPECT_NE(p.message.find(c.says), std::string::npos) << p.message;
    EXPECT_EQ(UnitList(), before);
    EXPECT_EQ(store_->LoadAudit("", 0).value().size(), audit);
  }
}

TEST_F(OrgImportTest, ANewStateComesWithItsRoot) {
  auto r =
      Units(Write("s06.csv", kUnitsHeader + "S06,,state,Gujarat,,,\n"
                                            "S06/AC1,S06,ac,Abdasa,,1,\n"
                                            "S06/AC1/B1,S06/AC1,booth,Booth 1,,1,1\n"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->written);
  EXPECT_EQ(r->units_added, 3);
  EXPECT_EQ(r->states, std::vector<std::string>{"S06"});
  const org::UnitTree t = store_->LoadOrgUnits("S06").value();
  ASSERT_EQ(t.size(), 3);
  EXPECT_EQ(t.unit(2).part, "1");
  EXPECT_EQ(store_->LoadOrgUnits("S24").value().size(), 7);  // kept

  // Units of a state with no stored root and none in the file.
  r = Units(Write("s09.csv", kUnitsHeader + "S09/AC1,S09,ac,X,,1,\n"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->written);
  ASSERT_EQ(r->problems.size(), 1u);
  EXPECT_EQ(r->problems[0].column, 2);
}

TEST_F(OrgImportTest, AnEpicHeldInTheStoreIsAnErrorAtItsCell) {
  PersonFields f{std::nullopt, "Held",       "9000000199",   "UPA0000002",
                 "2020-01-01", std::nullopt, "S24/AC173/B45"};
  ASSERT_TRUE(AddPerson(*store_, f, {}).ok());
  auto r = Roster(
      Write("e.csv", kHeader + ",A,9000000101,,2020-01-01,,S24/AC173/B45,,\n"
                               ",B,9000000102,upa0000002,2020-01-01,,S24/AC173/B45,,\n"
                               ",C,9000000103,UPA0000003,2020-01-01,,S24/AC173/B45,,\n"),
      false);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->problems.size(), 1u);
  EXPECT_EQ(r->problems[0].line, 3);
  EXPECT_EQ(r->problems[0].column, 4);
  EXPECT_NE(r->problems[0].message.find("EPIC UPA0000002 is already held by person 1"),
            std::string::npos);
  EXPECT_EQ(r->people_added, 2);
  EXPECT_EQ(FindPerson(*store_, "UPA0000003")->name_en, "C");
}

// The examples on the real tree of Uttar Pradesh, bootstrapped from the
// shipped data (the Form-20 of AC 173, Lucknow East, only).
TEST_F(OrgImportTest, TheExamplesImportOnTheBootstrappedTreeOfUttarPradesh) {
  ASSERT_TRUE(store_->ReplaceOrgUnits("S24", org::UnitTree()).ok());
  const std::string data = std::string(JANADHAR_SOURCE_DIR) + "/data/";
  std::filesystem::create_directories(dir_ / "form20");
  std::filesystem::copy_file(data + "ls2014/form20-up/173.csv.gz",
                             dir_ / "form20" / "173.csv.gz");
  ImportOptions o;
  o.election = "ls2014";
  o.delimitation = "2008";
  o.state = "S24";
  ASSERT_TRUE(ImportDelimitation(*store_, data + "reference/ac-pc-2008.csv", o).ok());
  ASSERT_TRUE(ImportResults(*store_, data + "ls2014/candidates.csv", o).ok());
  auto f20 = ImportForm20(*store_, (dir_ / "form20").string(), o);
  ASSERT_TRUE(f20.ok() && f20->committed) << f20.status().ToString();
  OrgBootstrapRequest b;
  b.state = "UP";
  b.election = "ls2014";
  b.districts_file = data + "reference/up-ac-districts.csv";
  auto tree = BootstrapOrg(*store_, b);
  ASSERT_TRUE(tree.ok() && tree->stored) << tree.status().ToString();

  ASSERT_TRUE(Units(Example("units.csv")).value().written);
  auto r = Roster(Example("roster.csv"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  for (const auto& p : r->problems) ADD_FAILURE() << p.line << ": " << p.message;
  EXPECT_EQ(r->people_added, 12);
  EXPECT_EQ(r->posts_added, 7);

  // Satyaprakash left: his district readmits him, another may not.
  auto denied = ReadmitPerson(*store_, "9000000012", "back", {"a", "S24/D:AGRA"});
  EXPECT_EQ(denied.status().code(), StatusCode::kPermissionDenied);
  auto readmitted = ReadmitPerson(*store_, "9000000012", "back", {"a", "S24/D:LUCKNOW"});
  ASSERT_TRUE(readmitted.ok()) << readmitted.status().ToString();

  auto cov = OrgCoverage(*store_, {"", "S24/AC173", 0});
  ASSERT_TRUE(cov.ok()) << cov.status().ToString();
  EXPECT_EQ(cov->report.total.booths, f20->booths);
  EXPECT_EQ(cov->report.total.covered, 0);
}

}  // namespace
}  // namespace janadhar::service
