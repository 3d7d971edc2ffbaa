#include "importers/column_map.h"

#include <gtest/gtest.h>

#include "importers/results_file.h"

namespace janadhar::importers {
namespace {

// The only problem of `problems`, which must be fatal.
const ImportProblem& OnlyFatal(const ProblemList& problems) {
  EXPECT_EQ(problems.items().size(), 1u);
  if (problems.items().empty()) {
    static const ImportProblem kNone;
    return kNone;
  }
  EXPECT_EQ(problems.items()[0].severity, Severity::kFatal);
  return problems.items()[0];
}

TEST(ColumnMapTest, ParsesToml) {
  ProblemList problems;
  auto map = ParseColumnMap("map.toml",
                            "delimiter = \";\"\nheader = false\nskip_rows = 2\n"
                            "[columns]\nstate = \"State\"\nseat_code = 7\n",
                            &problems);
  ASSERT_TRUE(map) << (problems.items().empty() ? "" : problems.items()[0].ToString());
  EXPECT_TRUE(problems.items().empty());
  EXPECT_EQ(map->delimiter, ';');
  EXPECT_FALSE(map->header);
  EXPECT_EQ(map->skip_rows, 2);
  ASSERT_EQ(map->columns.size(), 2u);
  EXPECT_EQ(std::get<std::string>(map->columns.at("state")), "State");
  EXPECT_EQ(std::get<int>(map->columns.at("seat_code")), 7);
}

TEST(ColumnMapTest, DefaultsWhenEmpty) {
  ProblemList problems;
  auto map = ParseColumnMap("map.toml", "# nothing\n", &problems);
  ASSERT_TRUE(map);
  EXPECT_EQ(map->delimiter, 0);
  EXPECT_TRUE(map->header);
  EXPECT_EQ(map->skip_rows, 0);
  EXPECT_TRUE(map->columns.empty());
}

TEST(ColumnMapTest, ParsesJsonByEndingOrBrace) {
  const std::string json =
      "{\"delimiter\": \"tab\", \"columns\": {\"votes\": 3, \"party\": \"Party\"}}";
  for (const char* file : {"map.json", "map.txt"}) {
    ProblemList problems;
    auto map = ParseColumnMap(file, json, &problems);
    ASSERT_TRUE(map) << file;
    EXPECT_EQ(map->delimiter, '\t');
    EXPECT_EQ(std::get<int>(map->columns.at("votes")), 3);
    EXPECT_EQ(std::get<std::string>(map->columns.at("party")), "Party");
  }
}

TEST(ColumnMapTest, TabDelimiterSpellings) {
  for (const char* text : {"delimiter = \"tab\"", "delimiter = \"TAB\"",
                           "delimiter = \"\\t\"", "delimiter = '\\t'"}) {
    ProblemList problems;
    auto map = ParseColumnMap("m.toml", text, &problems);
    ASSERT_TRUE(map) << text;
    EXPECT_EQ(map->delimiter, '\t') << text;
  }
}

TEST(ColumnMapTest, BadDelimiterIsFatalAtTheValue) {
  ProblemList problems;
  EXPECT_FALSE(
      ParseColumnMap("m.toml", "header = true\ndelimiter = \";;\"\n", &problems));
  const ImportProblem& p = OnlyFatal(problems);
  EXPECT_EQ(p.file, "m.toml");
  EXPECT_EQ(p.line, 2);
  EXPECT_EQ(p.column, 13);
  ProblemList quote;
  EXPECT_FALSE(ParseColumnMap("m.toml", "delimiter = '\"'", &quote));
}

TEST(ColumnMapTest, UnknownFieldIsFatalWithSuggestion) {
  ProblemList problems;
  EXPECT_FALSE(
      ParseColumnMap("m.toml", "[columns]\ncandidate = 1\n  vote = 3\n", &problems));
  const ImportProblem& p = OnlyFatal(problems);
  EXPECT_EQ(p.line, 3);
  EXPECT_EQ(p.column, 3);
  EXPECT_EQ(p.message, "unknown field 'vote' in [columns]; did you mean 'votes'?");
}

TEST(ColumnMapTest, UnknownTopLevelKeyIsFatal) {
  ProblemList problems;
  EXPECT_FALSE(ParseColumnMap("m.toml", "delimeter = \";\"\n", &problems));
  const ImportProblem& p = OnlyFatal(problems);
  EXPECT_EQ(p.line, 1);
  EXPECT_EQ(p.column, 1);
  EXPECT_EQ(p.message,
            "unknown key 'delimeter' in the column map; did you mean 'delimiter'?");
  ProblemList outside;
  EXPECT_FALSE(ParseColumnMap("m.toml", "votes = \"Votes\"\n", &outside));
  EXPECT_EQ(OnlyFatal(outside).message, "field 'votes' must be inside [columns]");
}

TEST(ColumnMapTest, WrongTypesAreFatal) {
  struct Case {
    const char* text;
    int line, column;
  } cases[] = {
      {"header = \"no\"", 1, 10},          {"skip_rows = -1", 1, 13},
      {"skip_rows = 1.5", 1, 13},          {"columns = 3", 1, 11},
      {"[columns]\nvotes = 0", 2, 9},      {"[columns]\nvotes = \"  \"", 2, 9},
      {"[columns]\nvotes = [1, 2]", 2, 9}, {"[columns]\nvotes = true", 2, 9},
  };
  for (const Case& c : cases) {
    ProblemList problems;
    EXPECT_FALSE(ParseColumnMap("m.toml", c.text, &problems)) << c.text;
    const ImportProblem& p = OnlyFatal(problems);
    EXPECT_EQ(p.line, c.line) << c.text << " → " << p.ToString();
    EXPECT_EQ(p.column, c.column) << c.text << " → " << p.ToString();
  }
}

TEST(ColumnMapTest, TomlSyntaxErrorIsFatalWithPlace) {
  ProblemList problems;
  EXPECT_FALSE(
      ParseColumnMap("m.toml", "header = true\n[columns\nvotes = 1\n", &problems));
  const ImportProblem& p = OnlyFatal(problems);
  EXPECT_EQ(p.line, 2);
  EXPECT_GT(p.column, 0);
  EXPECT_EQ(p.message.rfind("invalid TOML: ", 0), 0u) << p.message;
}

TEST(ColumnMapTest, JsonSyntaxErrorIsFatalWithPlace) {
  ProblemList problems;
  EXPECT_FALSE(ParseColumnMap("m.json", "{\n  \"columns\": {\n    \"votes\": 3,\n  }\n}",
                              &problems));
  const ImportProblem& p = OnlyFatal(problems);
  EXPECT_EQ(p.line, 4);
  EXPECT_EQ(p.column, 3);
  EXPECT_EQ(p.message.rfind("invalid JSON: syntax error", 0), 0u) << p.message;
}

TEST(ColumnMapTest, JsonProblemsPointAtTheKey) {
  ProblemList problems;
  EXPECT_FALSE(ParseColumnMap(
      "m.json", "{\n  \"columns\": {\n    \"votes\": 3,\n    \"partie\": \"P\"\n  }\n}",
      &problems));
  const ImportProblem& p = OnlyFatal(problems);
  EXPECT_EQ(p.line, 4);
  EXPECT_EQ(p.column, 5);
  EXPECT_EQ(p.message, "unknown field 'partie' in [columns]; did you mean 'party'?");
  ProblemList array;
  EXPECT_FALSE(ParseColumnMap("m.json", "[1, 2]", &array));
  EXPECT_EQ(OnlyFatal(array).line, 1);
  ProblemList type;
  EXPECT_FALSE(ParseColumnMap("m.json", "{\"header\": 1}", &type));
  EXPECT_EQ(OnlyFatal(type).column, 2);
}

TEST(ColumnMapTest, KnownFields) {
  const auto& f = ColumnMap::KnownFields();
  EXPECT_EQ(f.size(), 22u);
  EXPECT_NE(std::find(f.begin(), f.end(), "booth_name"), f.end());
  EXPECT_NE(std::find(f.begin(), f.end(), "electors_total"), f.end());
}

TEST(ResolveColumnsTest, ByNameAndNumber) {
  ProblemList problems;
  const std::vector<std::string_view> header = {"State", "PC No", "Candidate Name"};
  std::map<std::string, ColumnRef> wanted = {
      {"state", std::string("state")}, {"seat_code", 2}, {"candidate", "candidate-name"}};
  auto r = ResolveColumns("f.csv", 1, header, wanted, {"state"}, &problems);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->Get("state"), 0);
  EXPECT_EQ(r->Get("seat_code"), 1);
  EXPECT_EQ(r->Get("candidate"), 2);
  EXPECT_EQ(r->Get("votes"), -1);
  EXPECT_TRUE(problems.items().empty());
}

TEST(ResolveColumnsTest, MissingNameIsFatalWithSuggestion) {
  ProblemList problems;
  const std::vector<std::string_view> header = {"State", "Vote"};
  auto r = ResolveColumns("f.csv", 3, header, {{"votes", std::string("Votes")}},
                          {"votes"}, &problems);
  EXPECT_FALSE(r);
  const ImportProblem& p = OnlyFatal(problems);
  EXPECT_EQ(p.line, 3);
  EXPECT_EQ(p.column, 0);
  EXPECT_EQ(p.message,
            "no column 'Votes' (field 'votes') in the header; did you mean 'Vote'?");
}

TEST(ResolveColumnsTest, NumberBeyondHeaderIsFatal) {
  ProblemList problems;
  EXPECT_FALSE(ResolveColumns("f.csv", 1, {"a", "b"}, {{"votes", 3}}, {}, &problems));
  EXPECT_EQ(OnlyFatal(problems).message,
            "column 3 for field 'votes' is beyond the header's 2 columns");
}

TEST(ResolveColumnsTest, HeaderlessTakesAnyPositiveNumberButNoNames) {
  ProblemList problems;
  auto r = ResolveColumns("f.csv", 1, {}, {{"votes", 40}}, {"votes"}, &problems);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->Get("votes"), 39);
  ProblemList named;
  EXPECT_FALSE(
      ResolveColumns("f.csv", 1, {}, {{"votes", std::string("Votes")}}, {}, &named));
  EXPECT_EQ(OnlyFatal(named).severity, Severity::kFatal);
}

TEST(ResolveColumnsTest, RequiredFieldNotInMapIsFatal) {
  ProblemList problems;
  EXPECT_FALSE(ResolveColumns("f.csv", 1, {"Votes", "Party"}, {{"party", 2}},
                              {"party", "votes"}, &problems));
  EXPECT_EQ(
      OnlyFatal(problems).message,
      "the column map does not say which column holds 'votes'; did you mean 'Votes'?");
}

// A semicolon-separated headerless results file read through a map, the same
// map in TOML and JSON.
TEST(ColumnMapTest, HeaderlessSemicolonResultsThroughTomlAndJson) {
  const std::string data =
      "skip me\n"
      "S24;1;Saharanpur;A ONE;Party A;1,00,000\n"
      "S24;1;Saharanpur;B TWO;Party B;90,000\n"
      "S24;2;Kairana;C THREE;Party A;5\n";
  const std::string toml =
      "delimiter = \";\"\nheader = false\nskip_rows = 1\n[columns]\n"
      "state_code = 1\nseat_code = 2\nseat_name = 3\ncandidate = 4\nparty = 5\n"
      "votes = 6\n";
  const std::string json =
      "{\"delimiter\": \";\", \"header\": false, \"skip_rows\": 1, \"columns\": {"
      "\"state_code\": 1, \"seat_code\": 2, \"seat_name\": 3, \"candidate\": 4, "
      "\"party\": 5, \"votes\": 6}}";
  for (const auto& [file, text] :
       {std::pair{"map.toml", toml}, std::pair{"map.json", json}}) {
    ProblemList problems;
    auto map = ParseColumnMap(file, text, &problems);
    ASSERT_TRUE(map) << file;
    ResultsFileOptions options;
    options.map = &*map;
    auto seats = ParseResultsFile("r.txt", data, options, &problems);
    EXPECT_TRUE(problems.items().empty())
        << file << ": "
        << (problems.items().empty() ? "" : problems.items()[0].ToString());
    ASSERT_EQ(seats.size(), 2u) << file;
    EXPECT_EQ(seats[0].state, "S24");
    EXPECT_EQ(seats[0].state_name, "Uttar Pradesh");
    EXPECT_EQ(seats[0].name, "Saharanpur");
    ASSERT_EQ(seats[0].candidates.size(), 2u);
    EXPECT_EQ(seats[0].candidates[0].votes, 100000);
    EXPECT_EQ(seats[0].candidates[0].line, 2);
    EXPECT_EQ(seats[0].candidates[1].party, "Party B");
    EXPECT_EQ(seats[1].number, 2);
    EXPECT_EQ(seats[1].candidates[0].votes, 5);
  }
}

}  // namespace
}  // namespace janadhar::importers
