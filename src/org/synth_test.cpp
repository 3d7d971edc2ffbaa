// The synthetic organisation: the rules of org/synth.h on small hand-made
// trees, and the totals, identifiers and coverage on Uttar Pradesh's real tree
// (403 ACs, 1,38,771 booths from the shipped Form-20 files).
#include "org/synth.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "importers/file_source.h"
#include "importers/form20_file.h"
#include "importers/region_file.h"
#include "org/bootstrap.h"
#include "org/coverage.h"
#include "org/phone.h"
#include "org/synth_names.h"

namespace janadhar::org {
namespace {

// state → [district → AC → block → mandal →] AC's kendra → 5 booths.
UnitTree SmallTree(bool all_levels = false) {
  UnitTree t;
  const auto add = [&t](int parent, UnitLevel level, const std::string& code) {
    auto id = t.Add({.parent = parent,
                     .level = level,
                     .code = code,
                     .name = code,
                     .state = "S24",
                     .ac = level >= UnitLevel::kAssembly ? 87 : 0,
                     .part = level == UnitLevel::kBooth ? code.substr(10) : ""});
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : -1;
  };
  int top = add(-1, UnitLevel::kState, "S24");
  if (all_levels) top = add(top, UnitLevel::kDistrict, "S24/D:AGRA");
  int below = add(top, UnitLevel::kAssembly, "S24/AC87");
  if (all_levels) {
    below = add(below, UnitLevel::kBlock, "S24/AC87/BL1");
    below = add(below, UnitLevel::kMandal, "S24/AC87/M1");
  }
  const int kendra = add(below, UnitLevel::kShaktiKendra, "S24/AC87/SK1");
  for (int b = 1; b <= 5; ++b)
    add(kendra, UnitLevel::kBooth, "S24/AC87/B" + std::to_string(b));
  return t;
}

struct Tally {
  int people = 0, posts = 0, current = 0, came_from = 0, not_inducted = 0, departed = 0,
      epics = 0, booths = 0, covered = 0;
};

// Checks every rule of org/synth.h; "" when all hold, else the first breach.
std::string FirstBreach(const UnitTree& tree, const SynthOrganisation& org,
                        Tally* tally) {
  const auto fail = [](const std::string& what, size_t i) {
    return what + " (item " + std::to_string(i) + ")";
  };
  // The training unit of each unit: the AC on its path, else the root.
  std::vector<int> training(tree.size());
  for (const Unit& u : tree.units()) {
    const std::vector<int> path = tree.PathToRoot(u.id);
    const auto ac = std::find_if(path.begin(), path.end(), [&tree](int id) {
      return tree.unit(id).level == UnitLevel::kAssembly;
    });
    training[u.id] = ac == path.end() ? path.back() : *ac;
  }
  for (size_t i = 0; i < org.sessions.size(); ++i) {
    const TrainingSession& s = org.sessions[i];
    const auto unit = tree.Find(s.unit);
    if (!unit || training[*unit] != *unit) return fail("session unit " + s.unit, i);
    if (!s.synthetic || s.id != 0 || !CheckDate(s.date).ok() || s.topic.empty() ||
        s.trainer.empty() || s.induction != (s.topic == "Induction")) {
      return fail("session " + s.date + " " + s.topic, i);
    }
  }
  const std::set<std::string> parties = {"", "INC", "BSP", "SP", "RLD"};
  std::vector<int> unit_of(org.people.size());
  for (size_t i = 0; i < org.people.size(); ++i) {
    const Person& p = org.people[i];
    if (const Status s = CheckPerson(p); !s.ok()) return fail(s.message(), i);
    if (p.id != 0 || !p.synthetic || p.name_hi.empty() || p.name_en.empty()) {
      return fail("person " + p.name_en, i);
    }
    auto phone = NormalizePhone(p.phone);
    if (!phone.ok() || *phone != p.phone) return fail("phone " + p.phone, i);
    if (!p.epic.empty()) {
      auto epic = NormalizeEpic(p.epic);
      if (!epic.ok() || *epic != p.epic) return fail("EPIC " + p.epic, i);
      ++tally->epics;
    }
    if (parties.count(p.came_from) == 0) return fail("came from " + p.came_from, i);
    const auto unit = tree.Find(p.unit);
    if (!unit) return fail("person's unit " + p.unit, i);
    unit_of[i] = *unit;
    tally->came_from += p.came_from.empty() ? 0 : 1;
    tally->departed += p.status == PersonStatus::kActive ? 0 : 1;
  }
  // Induction sessions attended, by person.
  std::vector<std::vector<int>> inducted(org.people.size());
  for (size_t i = 0; i < org.attendance.size(); ++i) {
    const auto [s, p] = org.attendance[i];
    if (s < 0 || s >= static_cast<int>(org.sessions.size()) || p < 0 ||
        p >= static_cast<int>(org.people.size()) ||
        (i > 0 && org.attendance[i - 1] >= org.attendance[i])) {
      return fail("attendance", i);
    }
    if (org.sessions[s].induction) inducted[p].push_back(s);
    if (org.sessions[s].unit != tree.unit(training[unit_of[p]]).code ||
        org.sessions[s].date < org.people[p].joined) {
      return fail("attendance before joining or elsewhere", i);
    }
  }
  std::vector<int> posts_of(org.people.size(), 0);
  std::vector<BoothStaff> staff(tree.size());
  for (size_t i = 0; i < org.posts.size(); ++i) {
    const Post& post = org.posts[i];
    if (post.person < 0 || post.person >= static_cast<int64_t>(org.people.size())) {
      return fail("post's person", i);
    }
    const Person& p = org.people[post.person];
    const int unit = unit_of[post.person];
    if (post.id != 0 || !post.synthetic || post.unit != p.unit) return fail("post", i);
    if (IsBoothRole(post.role) != (tree.unit(unit).level == UnitLevel::kBooth)) {
      return fail(std::string(RoleName(post.role)) + " in " + post.unit, i);
    }
    if (!CheckDate(post.from).ok() || post.from < p.joined) return fail("from", i);
    if (!post.to.empty() && (!CheckDate(post.to).ok() || post.to < post.from)) {
      return fail("to", i);
    }
    if (post.to.empty() != (p.status == PersonStatus::kActive)) {
      return fail("a current post of a person who left, or a past one of an active", i);
    }
    if (++posts_of[post.person] > 1) return fail("two posts", i);
    if (!p.came_from.empty() && std::none_of(inducted[post.person].begin(),
                                             inducted[post.person].end(), [&](int s) {
                                               return org.sessions[s].date > p.joined &&
                                                      org.sessions[s].date < post.from;
                                             })) {
      return fail("no induction before the post", i);
    }
    ++tally->posts;
    if (!post.to.empty()) continue;
    ++tally->current;
    ++staff[unit][post.role];
  }
  for (size_t i = 0; i < org.people.size(); ++i) {
    if (posts_of[i] > 0) continue;
    if (org.people[i].came_from.empty() || !inducted[i].empty()) {
      return fail("a person without a post who is not waiting for induction", i);
    }
    ++tally->not_inducted;
  }
  tally->people = static_cast<int>(org.people.size());
  for (const Unit& u : tree.units()) {
    if (u.level != UnitLevel::kBooth) continue;
    ++tally->booths;
    tally->covered += IsCovered(staff[u.id], CoverageRules{}) ? 1 : 0;
  }
  return "";
}

// Everything of an organisation in one string, to compare two of them.
std::string Fingerprint(const SynthOrganisation& org) {
  std::string s;
  const auto add = [&s](std::initializer_list<std::string_view> fields) {
    for (const std::string_view f : fields) s.append(f).append("|");
    s += "\n";
  };
  for (const Person& p : org.people) {
    add({p.name_hi, p.name_en, p.phone, p.epic, p.joined, p.came_from,
         PersonStatusName(p.status), p.unit});
  }
  for (const Post& p : org.posts) {
    add({std::to_string(p.person), p.unit, RoleName(p.role), p.from, p.to});
  }
  for (const TrainingSession& t : org.sessions) add({t.unit, t.date, t.topic, t.trainer});
  for (const auto& [a, b] : org.attendance) add({std::to_string(a), std::to_string(b)});
  return s;
}

TEST(SynthTest, SmallTreeKeepsEveryRule) {
  for (const bool all_levels : {false, true}) {
    const UnitTree tree = SmallTree(all_levels);
    for (uint64_t seed = 1; seed <= 200; ++seed) {
      SynthOptions o;
      o.seed = seed;
      auto org = SynthesiseOrganisation(tree, o);
      ASSERT_TRUE(org.ok()) << org.status().ToString();
      Tally tally;
      ASSERT_EQ(FirstBreach(tree, *org, &tally), "") << "seed " << seed;
      EXPECT_GE(tally.current, all_levels ? 40 : 12) << seed;
      // Seats above the booths are always filled, booth seats as drawn.
      std::map<std::string, BoothStaff> has;  // current posts by unit and role
      for (const Post& p : org->posts) has[p.unit][p.role] += p.to.empty() ? 1 : 0;
      for (const Unit& u : tree.units()) {
        const BoothStaff& n = has[u.code];
        if (u.level == UnitLevel::kBooth) {
          const int m = n[Role::kBoothCommitteeMember], pages = n[Role::kPageInCharge];
          EXPECT_LE(n[Role::kBoothPresident], 1);
          EXPECT_TRUE(m == 0 || (m >= 2 && m <= 14)) << m;
          EXPECT_LE(n[Role::kPollingAgent], 2);
          EXPECT_TRUE(pages == 0 || (pages >= 2 && pages <= 4)) << pages;
          continue;
        }
        const bool big = u.level <= UnitLevel::kAssembly;
        const int emc = n[Role::kElectionCommitteeMember];
        EXPECT_EQ(n[Role::kPresident], 1) << u.code;
        EXPECT_EQ(n[Role::kGeneralSecretary],
                  u.level == UnitLevel::kShaktiKendra ? 0 : 1);
        EXPECT_TRUE(big ? emc >= 8 && emc <= 12 : emc == 0) << u.code << " " << emc;
      }
      // One or two inductions and two other sessions for the AC; one and one
      // for the state.
      EXPECT_TRUE(org->sessions.size() == 5u || org->sessions.size() == 6u);
    }
  }
}

TEST(SynthTest, ExtremeSharesStillKeepTheRules) {
  const UnitTree tree = SmallTree(true);
  SynthOptions o{.empty_booth_share = 0,
                 .booth_president_share = 1,
                 .polling_agent_share = 1,
                 .other_party_share = 1,
                 .not_inducted_share = 0.5,
                 .departed_share = 0.5,
                 .epic_share = 1,
                 .post_holder_training_share = 1};
  for (uint64_t seed = 1; seed <= 50; ++seed) {
    o.seed = seed;
    auto org = SynthesiseOrganisation(tree, o);
    ASSERT_TRUE(org.ok());
    Tally tally;
    ASSERT_EQ(FirstBreach(tree, *org, &tally), "") << "seed " << seed;
    EXPECT_EQ(tally.came_from, tally.people);
    EXPECT_EQ(tally.epics, tally.people);
    EXPECT_GT(tally.departed, 0);
    EXPECT_GT(tally.not_inducted, 0);
  }
  o.empty_booth_share = 1.0;
  o.thin_committee_share = 0.0;
  auto empty = SynthesiseOrganisation(tree, o);
  ASSERT_TRUE(empty.ok());
  for (const Post& p : empty->posts) EXPECT_FALSE(IsBoothRole(p.role));
}

TEST(SynthTest, SameSeedSameOutputOtherSeedsDiffer) {
  const UnitTree tree = SmallTree(true);
  SynthOptions o;
  o.seed = 42;
  auto a = SynthesiseOrganisation(tree, o);
  auto b = SynthesiseOrganisation(tree, o);
  o.seed = 43;
  auto c = SynthesiseOrganisation(tree, o);
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(Fingerprint(*a), Fingerprint(*b));
  EXPECT_NE(Fingerprint(*a), Fingerprint(*c));
  EXPECT_NE(a->people[0].phone, c->people[0].phone);
}

TEST(SynthTest, RejectsAnEmptyTreeAndBadShares) {
  auto empty = SynthesiseOrganisation(UnitTree(), {});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), StatusCode::kInvalidArgument);
  const UnitTree tree = SmallTree();
  const auto refused = [&tree](const SynthOptions& o, const std::string& text) {
    auto r = SynthesiseOrganisation(tree, o);
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(r.status().message().find(text), std::string::npos) << r.status().message();
  };
  refused({.epic_share = 1.5}, "epic_share");
  refused({.female_share = -0.1}, "female_share");
  refused({.departed_share = 0.6}, "departed_share");
  refused({.empty_booth_share = 0.6, .thin_committee_share = 0.6},
          "thin_committee_share");
}

// Devanagari only (U+0900–U+097F, three bytes each starting 0xE0 0xA4/0xA5).
bool AllDevanagari(std::string_view s) {
  if (s.empty() || s.size() % 3 != 0) return false;
  for (size_t i = 0; i < s.size(); i += 3) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 != 0xE0 || (b1 != 0xA4 && b1 != 0xA5)) return false;
  }
  return true;
}

TEST(SynthTest, NameListsAreCleanAndLargeEnough) {
  size_t male = 0, female = 0, surnames = 0;
  for (const NameLists* lists : {&HinduNames(), &MuslimNames()}) {
    male += lists->male.size();
    female += lists->female.size();
    surnames += lists->surnames.size();
    for (const auto list : {lists->male, lists->female, lists->surnames}) {
      std::set<std::string_view> hi, en;
      for (const NamePair& n : list) {
        EXPECT_TRUE(AllDevanagari(n.hi) && !n.en.empty()) << n.en;
        EXPECT_TRUE(std::all_of(n.en.begin(), n.en.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        })) << n.en;
        EXPECT_TRUE(hi.insert(n.hi).second && en.insert(n.en).second) << n.en;
      }
    }
  }
  EXPECT_GE(male, 150u);
  EXPECT_GE(female, 100u);
  EXPECT_GE(surnames, 120u);
  for (const auto list : {MaleMiddleNames(), FemaleMiddleNames()}) {
    for (const NamePair& n : list) EXPECT_TRUE(AllDevanagari(n.hi)) << n.en;
  }
}

// --- Uttar Pradesh ------------------------------------------------------------

// UP's tree from the shipped data: districts from the lookup, booths from the
// 403 Form-20 files of 2014.
Result<UnitTree> UttarPradeshTree() {
  const std::string data = std::string(JANADHAR_SOURCE_DIR) + "/data/";
  JANADHAR_ASSIGN_OR_RETURN(
      std::string text, importers::ReadWholeFile(data + "reference/up-ac-districts.csv"));
  importers::RegionFileOptions ro;
  ro.column = "DISTRICT";
  importers::ProblemList problems;
  const importers::RegionLookup lookup =
      importers::ParseRegionFile("up-ac-districts.csv", text, ro, &problems);
  BootstrapInput in;
  in.state_code = "S24";
  in.state_name = "Uttar Pradesh";
  for (const importers::RegionRow& row : lookup.rows) {
    in.districts[row.number] = row.region;
    const std::string name = std::to_string(row.number) + ".csv";
    JANADHAR_ASSIGN_OR_RETURN(
        std::string form20,
        importers::ReadWholeFile(data + "ls2014/form20-up/" + name + ".gz"));
    const auto seg =
        importers::ParseForm20File(name, form20, "S24", row.number, &problems);
    in.acs.push_back({row.number, "AC " + std::to_string(row.number), StationsOf(seg)});
  }
  return BootstrapUnits(in);
}

TEST(SynthTest, UttarPradeshTotalsRulesIdentifiersAndCoverage) {
  auto tree = UttarPradeshTree();
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  EXPECT_EQ(tree->CountByLevel()[static_cast<int>(UnitLevel::kBooth)], 138771);
  const auto start = std::chrono::steady_clock::now();
  auto org = SynthesiseOrganisation(*tree, {});
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(org.ok()) << org.status().ToString();
  std::printf(
      "synthesised Uttar Pradesh (%d units) in %.2f s: %zu people, %zu posts, "
      "%zu sessions, %zu attendances\n",
      tree->size(), took.count(), org->people.size(), org->posts.size(),
      org->sessions.size(), org->attendance.size());
  Tally t;
  ASSERT_EQ(FirstBreach(*tree, *org, &t), "");
  EXPECT_GE(t.people, 1'500'000);
  EXPECT_GE(t.posts, 1'500'000);
  const double people = t.people;
  const double covered = static_cast<double>(t.covered) / t.booths;
  std::printf(
      "%d current posts; from another party %.2f%%, of them not inducted %.1f%%; "
      "departed %.2f%%; with EPIC %.1f%%; booths covered %d of %d (%.1f%%)\n",
      t.current, 100 * t.came_from / people, 100.0 * t.not_inducted / t.came_from,
      100 * t.departed / people, 100 * t.epics / people, t.covered, t.booths,
      100 * covered);
  EXPECT_NEAR(t.came_from / people, 0.06, 0.005);
  EXPECT_NEAR(static_cast<double>(t.not_inducted) / t.came_from, 0.2, 0.02);
  EXPECT_NEAR(t.departed / people, 0.02, 0.003);
  EXPECT_NEAR(t.epics / people, 0.7, 0.01);
  EXPECT_GT(covered, 0.6);
  EXPECT_LT(covered, 0.8);
  std::vector<uint64_t> phones, epics;  // as numbers, sorted: a set without the cost
  for (const Person& p : org->people) {
    phones.push_back(std::stoull(p.phone.substr(3)));
    if (p.epic.empty()) continue;
    uint64_t e = 0;
    for (const char c : p.epic) e = e * 64 + static_cast<uint64_t>(c - '0');
    epics.push_back(e);
  }
  for (auto* v : {&phones, &epics}) {
    std::sort(v->begin(), v->end());
    EXPECT_EQ(std::adjacent_find(v->begin(), v->end()), v->end());
  }
  std::set<char> first;  // the first of the ten digits spreads over 6–9
  for (size_t i = 0; i < 1000; ++i) first.insert(org->people[i].phone[3]);
  EXPECT_EQ(first, (std::set<char>{'6', '7', '8', '9'}));
}

}  // namespace
}  // namespace janadhar::org
