#include "importers/scenario_file.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace janadhar::importers {
namespace {

// Every problem as "file:line:column: message [severity]".
std::vector<std::string> Problems(const std::string& text, ScenarioSpec* spec = nullptr) {
  ProblemList problems;
  ScenarioSpec parsed = ParseScenarioFile("s.toml", text, &problems);
  if (spec != nullptr) *spec = parsed;
  std::vector<std::string> out;
  for (const ImportProblem& p : problems.items()) {
    out.push_back(p.ToString() + " [" + std::string(SeverityName(p.severity)) + "]");
  }
  return out;
}

// The only problem of `text`, which must be an error.
std::string OnlyError(const std::string& text) {
  const auto all = Problems(text);
  EXPECT_EQ(all.size(), 1u) << text;
  if (all.size() != 1) return all.empty() ? "(none)" : all[0] + " (and more)";
  return all[0];
}

void ExpectAt(const Located& at, int line, int column) {
  EXPECT_EQ(at.line, line);
  EXPECT_EQ(at.column, column);
}

constexpr const char* kFull = R"(base = "ls2014"
simulations = 100000
seed = 7
majority = 272
threads = 4
swing_mode = "proportional"
[sigma]
national = 1.5
state = 2.5
seat = 3.5
[swings]
BJP = -3.0
INC = 2.5
"Samajwadi Party" = 1
[swings.S24]
SP = 4
[[alliance]]
name = "UPA"
parties = ["INC", "RJD", "NCP"]
transfer = 0.8
transfer_from = { RJD = 0.9 }
fielded = { "S04-5" = "RJD", "S24:Varanasi" = "INC" }
[[alliance]]
name = "NDA"
parties = ["BJP", "AD"]
)";

TEST(ScenarioFileTest, FullExampleParses) {
  ScenarioSpec s;
  EXPECT_EQ(Problems(kFull, &s), std::vector<std::string>{});
  EXPECT_EQ(s.base_election, "ls2014");
  EXPECT_EQ(s.simulations, 100000);
  EXPECT_EQ(s.seed, 7u);
  EXPECT_EQ(s.majority, 272);
  EXPECT_EQ(s.threads, 4);
  EXPECT_EQ(s.swing_mode, "proportional");
  EXPECT_DOUBLE_EQ(s.sigma_national, 1.5);
  EXPECT_DOUBLE_EQ(s.sigma_state, 2.5);
  EXPECT_DOUBLE_EQ(s.sigma_seat, 3.5);

  ASSERT_EQ(s.swings.size(), 4u);  // in file order
  EXPECT_EQ(s.swings[0].party, "BJP");
  EXPECT_EQ(s.swings[0].state, "");
  EXPECT_DOUBLE_EQ(s.swings[0].points, -3.0);
  ExpectAt(s.swings[0].at, 12, 1);
  ExpectAt(s.swings[0].state_at, 0, 0);
  EXPECT_EQ(s.swings[1].party, "INC");
  EXPECT_DOUBLE_EQ(s.swings[1].points, 2.5);
  EXPECT_EQ(s.swings[2].party, "Samajwadi Party");
  EXPECT_DOUBLE_EQ(s.swings[2].points, 1.0);
  EXPECT_EQ(s.swings[3].party, "SP");
  EXPECT_EQ(s.swings[3].state, "S24");
  EXPECT_DOUBLE_EQ(s.swings[3].points, 4.0);
  ExpectAt(s.swings[3].at, 16, 1);
  ExpectAt(s.swings[3].state_at, 15, 9);

  ASSERT_EQ(s.alliances.size(), 2u);
  const AllianceSpec& upa = s.alliances[0];
  EXPECT_EQ(upa.name, "UPA");
  ExpectAt(upa.at, 17, 1);
  ExpectAt(upa.name_at, 18, 8);
  EXPECT_EQ(upa.parties, (std::vector<std::string>{"INC", "RJD", "NCP"}));
  ASSERT_EQ(upa.party_at.size(), 3u);
  ExpectAt(upa.party_at[0], 19, 12);
  ExpectAt(upa.party_at[1], 19, 19);
  ExpectAt(upa.party_at[2], 19, 26);
  EXPECT_DOUBLE_EQ(upa.transfer, 0.8);
  ASSERT_EQ(upa.transfer_from.size(), 1u);
  EXPECT_DOUBLE_EQ(upa.transfer_from.at("RJD"), 0.9);
  ExpectAt(upa.transfer_from_at.at("RJD"), 21, 19);
  using Seat = std::pair<std::string, std::string>;
  EXPECT_EQ(upa.fielded, (std::vector<Seat>{{"S04-5", "RJD"}, {"S24:Varanasi", "INC"}}));
  ASSERT_EQ(upa.fielded_at.size(), 2u);
  ExpectAt(upa.fielded_at[1], 22, 30);
  ExpectAt(upa.fielded_party_at[1], 22, 47);
  EXPECT_EQ(s.alliances[1].name, "NDA");
  EXPECT_DOUBLE_EQ(s.alliances[1].transfer, 1.0);
  EXPECT_EQ(s.alliances[1].parties, (std::vector<std::string>{"BJP", "AD"}));

  ExpectAt(s.where.at("base"), 1, 8);
  ExpectAt(s.where.at("sigma.seat"), 10, 8);
  ExpectAt(s.where.at("swings.\"Samajwadi Party\""), 14, 21);
  ExpectAt(s.where.at("swings.S24.SP"), 16, 6);
  ExpectAt(s.where.at("alliance[0].parties[1]"), 19, 19);
  ExpectAt(s.where.at("alliance[0].transfer_from.RJD"), 21, 25);
  ExpectAt(s.where.at("alliance[0].fielded.S04-5"), 22, 23);
  ExpectAt(s.where.at("alliance[0].fielded.\"S24:Varanasi\""), 22, 47);
  ExpectAt(s.where.at("alliance[1].name"), 24, 8);
}

TEST(ScenarioFileTest, ShortScenarioGivesEveryDefault) {
  for (const char* text : {"base = \"ls2014\"\n", "# comment only\n", ""}) {
    ScenarioSpec s;
    EXPECT_EQ(Problems(text, &s), std::vector<std::string>{}) << text;
    EXPECT_EQ(s.base_election,
              std::string(text).empty() || text[0] == '#' ? "" : "ls2014");
    EXPECT_EQ(s.swing_mode, "uniform");
    EXPECT_TRUE(s.swings.empty());
    EXPECT_DOUBLE_EQ(s.sigma_national, 2.0);
    EXPECT_DOUBLE_EQ(s.sigma_state, 2.0);
    EXPECT_DOUBLE_EQ(s.sigma_seat, 3.0);
    EXPECT_EQ(s.simulations, 10000);
    EXPECT_EQ(s.seed, 1u);
    EXPECT_EQ(s.majority, 0);
    EXPECT_EQ(s.threads, 0);
    EXPECT_TRUE(s.alliances.empty());
  }
}

TEST(ScenarioFileTest, SwingsMayBeWholeButCountsMustBe) {
  ScenarioSpec s;
  EXPECT_EQ(Problems("simulations = 100_000\nswing_mode = \"Proportional\"\n"
                     "[swings]\nBJP = -3\n",
                     &s),
            std::vector<std::string>{});
  EXPECT_EQ(s.simulations, 100000);
  EXPECT_EQ(s.swing_mode, "proportional");
  ASSERT_EQ(s.swings.size(), 1u);
  EXPECT_DOUBLE_EQ(s.swings[0].points, -3.0);
  EXPECT_EQ(OnlyError("simulations = 1e5\n"),
            "s.toml:1:15: 'simulations' must be a whole number, not a decimal number "
            "[error]");
}

TEST(ScenarioFileTest, UnknownKeysSuggest) {
  EXPECT_EQ(OnlyError("simulation = 5\n"),
            "s.toml:1:1: unknown key 'simulation' in the scenario; did you mean "
            "'simulations'? [error]");
  EXPECT_EQ(
      OnlyError("[sigma]\nnation = 1\n"),
      "s.toml:2:1: unknown key 'nation' in [sigma]; did you mean 'national'? [error]");
  EXPECT_EQ(OnlyError("[[alliance]]\nname = \"UPA\"\nparties = [\"INC\"]\npartys = 1\n"),
            "s.toml:4:1: unknown key 'partys' in [[alliance]]; did you mean 'parties'? "
            "[error]");
  EXPECT_EQ(OnlyError("colour = 1\n"),
            "s.toml:1:1: unknown key 'colour' in the scenario; the keys are base, "
            "simulations, seed, majority, threads, swing_mode, sigma, swings, "
            "alliance and regions [error]");
  EXPECT_EQ(OnlyError("seat = 3\n"),
            "s.toml:1:1: key 'seat' must be inside [sigma] [error]");
  EXPECT_EQ(OnlyError("swing_mode = \"unifrom\"\n"),
            "s.toml:1:14: unknown swing_mode 'unifrom'; did you mean 'uniform'? [error]");
}

TEST(ScenarioFileTest, RegionsTheirSwingsAndSigma) {
  ScenarioSpec spec;
  EXPECT_TRUE(Problems(R"([sigma]
region = 1.5

[swings.UP]
SP = 4.0

[swings.UP.WEST]
BJP = 2
"Rashtriya Lok Dal" = 1.5

[[regions]]
file = "../reference/up-ac-districts.csv"
state = "UP"

[[regions]]
file = "bihar.csv"
column = "ZONE"
)",
                       &spec)
                  .empty());
  EXPECT_EQ(spec.sigma_region, 1.5);
  ASSERT_EQ(spec.swings.size(), 3u);
  EXPECT_EQ(spec.swings[0].region, "");
  const SwingSpec& w = spec.swings[1];
  EXPECT_EQ(w.party, "BJP");
  EXPECT_EQ(w.state, "UP");
  EXPECT_EQ(w.region, "WEST");
  EXPECT_EQ(w.points, 2.0);
  ExpectAt(w.at, 8, 1);
  ExpectAt(w.state_at, 4, 9);
  ExpectAt(w.region_at, 7, 12);
  EXPECT_EQ(spec.swings[2].party, "Rashtriya Lok Dal");
  ASSERT_EQ(spec.regions.size(), 2u);
  EXPECT_EQ(spec.regions[0].file, "../reference/up-ac-districts.csv");
  EXPECT_EQ(spec.regions[0].state, "UP");
  EXPECT_EQ(spec.regions[0].column, "");
  ExpectAt(spec.regions[0].file_at, 12, 8);
  ExpectAt(spec.regions[0].at, 11, 1);
  EXPECT_EQ(spec.regions[1].column, "ZONE");
  EXPECT_EQ(spec.regions[1].state, "");
  ExpectAt(spec.where.at("swings.UP.WEST.BJP"), 8, 7);
  ExpectAt(spec.where.at("regions[1].column"), 17, 10);
  // One lookup may be written [regions].
  EXPECT_TRUE(Problems("[regions]\nfile = \"r.csv\"\n", &spec).empty());
  ASSERT_EQ(spec.regions.size(), 1u);
  EXPECT_EQ(spec.regions[0].file, "r.csv");
  EXPECT_EQ(spec.sigma_region, 0.0);  // the default: regions carry swings only
}

TEST(ScenarioFileTest, BadRegionsAreErrorsAtTheirPlace) {
  EXPECT_EQ(OnlyError("[[regions]]\nstate = \"UP\"\n"),
            "s.toml:1:1: a region lookup needs its file: file = \"up-regions.csv\" "
            "[error]");
  EXPECT_EQ(OnlyError("[[regions]]\nfile = \"r.csv\"\ncolumns = \"ZONE\"\n"),
            "s.toml:3:1: unknown key 'columns' in [[regions]]; did you mean 'column'? "
            "[error]");
  EXPECT_EQ(OnlyError("[[regions]]\nfile = 3\n"),
            "s.toml:2:8: 'file' of the regions must be text, not a whole number [error]");
  EXPECT_EQ(OnlyError("regions = \"r.csv\"\n"),
            "s.toml:1:11: 'regions' must be a table: [[regions]] with file = \"...\", "
            "not text [error]");
  EXPECT_EQ(OnlyError("[sigma]\nregion = 101\n"),
            "s.toml:2:10: 'sigma.region' must be from 0 to 100 points, not 101 [error]");
  EXPECT_EQ(OnlyError("[swings.UP.WEST]\nBJP = \"x\"\n"),
            "s.toml:2:7: 'swings.UP.WEST.BJP' must be a number, not text [error]");
}

TEST(ScenarioFileTest, WrongTypesLeaveTheDefault) {
  ScenarioSpec s;
  EXPECT_EQ(Problems("simulations = \"lots\"\n[sigma]\nseat = \"3\"\n", &s),
            (std::vector<std::string>{
                "s.toml:1:15: 'simulations' must be a whole number, not text [error]",
                "s.toml:3:8: 'sigma.seat' must be a number, not text [error]"}));
  EXPECT_EQ(s.simulations, 10000);
  EXPECT_DOUBLE_EQ(s.sigma_seat, 3.0);
  EXPECT_EQ(s.where.count("simulations"), 0u);  // only good values are recorded
  EXPECT_EQ(s.where.count("sigma"), 1u);
  EXPECT_EQ(OnlyError("base = 2014\n"),
            "s.toml:1:8: 'base' must be text, not a whole number [error]");
  EXPECT_EQ(OnlyError("sigma = 2\n"),
            "s.toml:1:9: 'sigma' must be a table: [sigma] with national, state and "
            "seat, not a whole number [error]");
  EXPECT_EQ(OnlyError("[swings]\nBJP = \"+3\"\n"),
            "s.toml:2:7: 'swings.BJP' must be a number, not text [error]");
  EXPECT_EQ(OnlyError("alliance = \"UPA\"\n"),
            "s.toml:1:12: 'alliance' must be a list: [[alliance]], not text [error]");
  EXPECT_EQ(OnlyError("alliance = [1]\n"),
            "s.toml:1:13: an alliance must be a table: [[alliance]], not a whole number "
            "[error]");
  EXPECT_EQ(
      OnlyError("[[alliance]]\nname = \"UPA\"\nparties = \"INC\"\n"),
      "s.toml:3:11: 'parties' of alliance 'UPA' must be a list: [\"INC\", \"RJD\"], "
      "not text [error]");
  EXPECT_EQ(OnlyError("[alliance]\nname = \"UPA\"\n"),
            "s.toml:1:1: write [[alliance]], not [alliance] [error]");
}

TEST(ScenarioFileTest, OutOfRangeValues) {
  EXPECT_EQ(OnlyError("[sigma]\nnational = -1\n"),
            "s.toml:2:12: 'sigma.national' must be from 0 to 100 points, not -1 [error]");
  EXPECT_EQ(OnlyError("simulations = 0\n"),
            "s.toml:1:15: 'simulations' must be from 1 to 10,00,00,000, not 0 [error]");
  EXPECT_EQ(OnlyError("simulations = 100_000_001\n"),
            "s.toml:1:15: 'simulations' must be from 1 to 10,00,00,000, not 100000001 "
            "[error]");
  EXPECT_EQ(OnlyError("seed = -1\n"),
            "s.toml:1:8: 'seed' must be 0 or more, not -1 [error]");
  EXPECT_EQ(OnlyError("[swings]\nBJP = 150\n"),
            "s.toml:2:7: 'swings.BJP' must be from -100 to 100 points, not 150 [error]");
  EXPECT_EQ(OnlyError("[swings.UP]\nBJP = -101.5\n"),
            "s.toml:2:7: 'swings.UP.BJP' must be from -100 to 100 points, not -101.5 "
            "[error]");
  EXPECT_EQ(OnlyError("[swings]\nBJP = nan\n"),
            "s.toml:2:7: 'swings.BJP' must be from -100 to 100 points, not nan [error]");
  EXPECT_EQ(
      OnlyError("[[alliance]]\nname = \"UPA\"\nparties = [\"INC\"]\ntransfer = 1.5\n"),
      "s.toml:4:12: 'transfer' of alliance 'UPA' must be from 0 to 1, not 1.5 "
      "[error]");
  EXPECT_EQ(OnlyError("[[alliance]]\nname = \"UPA\"\nparties = [\"INC\"]\n"
                      "transfer_from = { INC = -0.1 }\n"),
            "s.toml:4:25: the transfer from 'INC' in alliance 'UPA' must be from 0 to 1, "
            "not -0.1 [error]");
}

TEST(ScenarioFileTest, AlliancesNeedNameAndParties) {
  EXPECT_EQ(OnlyError("[[alliance]]\nparties = [\"INC\"]\n"),
            "s.toml:1:1: an alliance needs a name: name = \"UPA\" [error]");
  EXPECT_EQ(OnlyError("[[alliance]]\nname = \"UPA\"\n"),
            "s.toml:1:1: alliance 'UPA' needs its parties: parties = [\"INC\", \"RJD\"] "
            "[error]");
  EXPECT_EQ(OnlyError("[[alliance]]\nname = \"UPA\"\nparties = [\"INC\"]\n"
                      "fielded = { Varanasi = \"INC\" }\n"),
            "s.toml:4:13: seat 'Varanasi' in 'fielded' of alliance 'UPA' must be written "
            "STATE-NUMBER or STATE:NAME, e.g. \"S24-77\" or \"S24:Varanasi\" [error]");
}

TEST(ScenarioFileTest, DuplicateAllianceNamesAndParties) {
  EXPECT_EQ(OnlyError("[[alliance]]\nname = \"UPA\"\nparties = [\"INC\"]\n"
                      "[[alliance]]\nname = \"upa\"\nparties = [\"RJD\"]\n"),
            "s.toml:5:8: alliance 'upa' is defined twice (also at line 2) [error]");
  EXPECT_EQ(
      OnlyError("[[alliance]]\nname = \"UPA\"\nparties = [\"INC\", \"RJD\"]\n"
                "[[alliance]]\nname = \"Third Front\"\nparties = [\"SP\", \"rjd\"]\n"),
      "s.toml:6:18: party 'rjd' is in alliance 'Third Front' and in alliance 'UPA' "
      "(line 3); a party belongs to at most one alliance [error]");
  EXPECT_EQ(OnlyError("[[alliance]]\nname = \"UPA\"\nparties = [\"INC\", \"INC\"]\n"),
            "s.toml:3:19: party 'INC' is listed twice in alliance 'UPA' (also at line 3) "
            "[error]");
}

TEST(ScenarioFileTest, SyntaxErrorIsFatalAtItsLine) {
  ScenarioSpec s;
  const auto all = Problems("base = \"ls2014\"\nsimulations = = 5\n", &s);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].rfind("s.toml:2:15: invalid TOML: ", 0), 0u) << all[0];
  EXPECT_NE(all[0].find("[fatal]"), std::string::npos) << all[0];
  EXPECT_EQ(s.base_election, "");  // nothing is taken from a broken file
  const auto duplicate = Problems("seed = 1\nseed = 2\n");
  ASSERT_EQ(duplicate.size(), 1u);
  EXPECT_EQ(duplicate[0].rfind("s.toml:2:", 0), 0u) << duplicate[0];
}

TEST(ScenarioFileTest, NotUtf8IsFatal) {
  EXPECT_EQ(Problems("base = \"ls\xff\"\n"),
            std::vector<std::string>{
                "s.toml:1:11: the file is not UTF-8 text (byte 0xFF); convert it first, "
                "e.g. `iconv -f WINDOWS-1252 -t UTF-8` [fatal]"});
  // Columns count code points, as toml++ does: "# अ" then the bad byte.
  const auto all = Problems("seed = 1\n# \xe0\xa4\x85\xff\n");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].rfind("s.toml:2:4: the file is not UTF-8 text (byte 0xFF)", 0), 0u)
      << all[0];
}

TEST(ScenarioFileTest, ProblemsComeInFileOrder) {
  EXPECT_EQ(
      Problems("threads = -1\nbase = \"\"\n[sigma]\nseat = -2\nstate = true\n"),
      (std::vector<std::string>{
          "s.toml:1:11: 'threads' must be from 0 (every core) to 4096, not -1 [error]",
          "s.toml:2:8: 'base' must not be blank [error]",
          "s.toml:4:8: 'sigma.seat' must be from 0 to 100 points, not -2 [error]",
          "s.toml:5:9: 'sigma.state' must be a number, not true or false [error]"}));
}

TEST(ScenarioFileTest, TomlKeyQuotesWhatIsNotBare) {
  EXPECT_EQ(TomlKey("BJP"), "BJP");
  EXPECT_EQ(TomlKey("S04-5"), "S04-5");
  EXPECT_EQ(TomlKey("Samajwadi Party"), "\"Samajwadi Party\"");
  EXPECT_EQ(TomlKey("a\"b\\"), "\"a\\\"b\\\\\"");
  EXPECT_EQ(TomlKey(""), "\"\"");
}

}  // namespace
}  // namespace janadhar::importers
